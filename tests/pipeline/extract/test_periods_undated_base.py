"""Round 14, the period field on pages without a publication date: a year-on-year base written
"a similar period in 2028" is "the same period of 2028" (NOTES: such a base fixes an undated
page's year), as Kenyan, Jamaican and other outlets write it. Made-up sentences: other countries,
numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


def test_a_similar_period_is_a_same_period_base() -> None:
    found = find_periods("Imports dipped 6 per cent compared to a similar period in 2028.", None)
    assert [(p.kind, p.comparison, p.same_year) for p in found] == [("same_period", True, 2028)]
    # near miss: "a similar amount" names no period
    assert find_periods("A similar amount was shipped, officials said.", None) == []


def test_a_similar_period_base_fixes_the_undated_half_year() -> None:
    rows = dated(
        "Ghana's exports to Togo fell 7.5 per cent to $31.4 million during the half year "
        "compared to a similar period in 2028."
    )
    assert rows == {
        ("pct_change", -7.5, D(2029, 1, 1), D(2029, 6, 30)),
        ("level", 31_400_000.0, D(2029, 1, 1), D(2029, 6, 30)),
    }


# --- the last fallback: the span after the base a figure is compared with ---------------------


def test_change_against_a_year_is_of_the_next_year() -> None:
    rows = dated("Peru took €2.85 billion of Chilean exports, up by 14.6% from 2027.")
    assert rows == {
        ("level", 2_850_000_000.0, D(2028, 1, 1), D(2028, 12, 31)),
        ("pct_change", 14.6, D(2028, 1, 1), D(2028, 12, 31)),
    }


def test_change_against_a_month_is_that_month_a_year_later() -> None:
    rows = dated(
        "date 2028-08-03\nThe agency said Chile's exports to Peru increased by 31.5 percent compared to "
        "May 2027 while imports advanced by nine percent."
    )
    assert rows == {
        ("pct_change", 31.5, D(2028, 5, 1), D(2028, 5, 31)),
        ("pct_change", 9.0, D(2028, 5, 1), D(2028, 5, 31)),  # the clause that continues it
    }


def test_a_base_amount_or_an_old_base_dates_nothing_after_it() -> None:
    # near miss: the base is an amount of 2027; the level reached may be of any later time
    rows = dated(
        "The envoy said trade between Peru and Chile rose to $2.3 billion, up from $1.7 billion in 2027."
    )
    assert ("level", 2_300_000_000.0, None, None) in rows
    # near miss: a base decades before the page's date is a change since then
    rows = dated(
        "date 2031-02-01\nExports from Peru to Chile reached $6.41 billion, 512 per cent higher "
        "than in 2009."
    )
    assert rows == {("level", 6_410_000_000.0, None, None), ("pct_change", 512.0, None, None)}


# --- a relative part-year restated with its year ------------------------------------------------


def test_a_restated_part_of_last_year_fixes_the_undated_year() -> None:
    rows = dated(
        "Trade between Chile and Peru was $4.2 billion at the end of the third quarter of last "
        "year, the envoy said.\n\nTrade between Chile and Peru was $4.2 billion in the first "
        "nine months of 2027, official data show.\n\nChile's exports to Peru were $1.6 billion "
        "in the second quarter of last year."
    )
    assert rows == {
        ("level", 4_200_000_000.0, D(2027, 1, 1), D(2027, 9, 30)),
        ("level", 1_600_000_000.0, D(2027, 4, 1), D(2027, 6, 30)),
    }


def test_two_values_of_the_same_months_are_a_series_not_a_restatement() -> None:
    # near miss: another value for the same months is the year before, as the page's stated
    # part-year fixes it (unchanged)
    rows = dated(
        "Trade between Chile and Peru was $4.2 billion in the first nine months of last year, "
        "the envoy said.\n\nTrade between Chile and Peru was $3.9 billion in the first nine "
        "months of 2027, official data show."
    )
    assert rows == {
        ("level", 4_200_000_000.0, D(2026, 1, 1), D(2026, 9, 30)),
        ("level", 3_900_000_000.0, D(2027, 1, 1), D(2027, 9, 30)),
    }


def test_a_restated_whole_year_fixes_the_undated_year() -> None:
    # "$41bn in 2029" (the base of an outlook) restated as "$41bn last year": one figure, so
    # last year is 2029 and this year's months are 2030's
    rows = dated(
        "Trade between Chile and Peru is expected to grow from $41 billion in 2029 to $45 billion "
        "by 2032, the minister said.\n\nTrade between Chile and Peru amounted to $41 billion last "
        "year and reached $17.3 billion in the first four months of this year."
    )
    assert ("level", 17_300_000_000.0, D(2030, 1, 1), D(2030, 4, 30)) in rows
    assert ("level", 41_000_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_near_miss_another_value_last_year_is_no_restatement() -> None:
    rows = dated(
        "Trade between Chile and Peru is expected to grow from $41 billion in 2029 to $45 billion "
        "by 2032, the minister said.\n\nTrade between Chile and Peru amounted to $38 billion last "
        "year and reached $17.3 billion in the first four months of this year."
    )
    assert ("level", 17_300_000_000.0, None, None) in rows
    assert ("level", 38_000_000_000.0, None, None) in rows
