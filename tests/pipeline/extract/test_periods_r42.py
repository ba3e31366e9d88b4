"""Round 42: periods real pages write that were misread. A year in apposition to "this year"
("the first 11 months of this year 2030", Russian "текущего 2030 года"); "until the end of the
third quarter" in Arabic; an undated page's "between April and September last year, up 38% over
the same period in 2029"; "the same period last year ($9m in January-April 2030)" as one base;
a bracketed "(from $A to $B)" after a change; "In 2030, until the month of September, ...";
"exceeded the sales in 2029" as a base. Made-up sentences; near misses keep the old reading."""

import datetime as dt

import pytest

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str | None = "2031-02-10", title: str = "Trade news") -> set[tuple]:
    head = f"date {date}\n" if date else ""
    out = figures(f"{head}{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


def _spans(sentence: str, ref: dt.date | None) -> list[tuple[str, str, str]]:
    return [
        (sentence[p.start : p.end], str(p.period_start), str(p.period_end))
        for p in find_periods(sentence, ref)
    ]


@pytest.mark.parametrize("ref", [dt.date(2030, 12, 20), None])
@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Peru and Chile reached during the first 11 months of this year 2030 to about"
        " $610 million.",
        "Trade between Peru and Chile reached $610 million in the first 11 months of the current"
        " year (2030).",
        "Trade between Peru and Chile reached $610 million in the first 11 months of this year,"
        " 2030.",
    ],
)
def test_a_year_in_apposition_to_this_year_names_it(sentence: str, ref: dt.date | None) -> None:
    spans = _spans(sentence, ref)
    assert [(s, e) for _, s, e in spans] == [("2030-01-01", "2030-11-30")], spans


def test_a_year_after_this_year_that_differs_from_the_page_stays_its_own() -> None:
    # near miss: a dated page whose "this year" is another year keeps both, as written
    sentence = "Trade reached $610 million this year; in 2029 it was lower."
    assert len(_spans(sentence, dt.date(2030, 12, 20))) == 2


def test_russian_current_year_with_its_number_is_that_year() -> None:
    text = "Товарооборот между Арменией и Грузией за 10 месяцев текущего 2030 года составил 930 млн долларов."
    assert ("turnover", "ARM", "GEO", "2030-01-01", "2030-10-31", "level", 930e6) in _rows(
        text, "2030-12-01"
    )


def test_arabic_until_the_end_of_the_third_quarter_is_the_year_so_far() -> None:
    text = "قال الوزير إن التبادل التجاري بين الأردن وتونس بلغ حتى نهاية الربع الثالث من عام 2030 ما قيمته 2.4 مليار دولار."
    assert ("turnover", "JOR", "TUN", "2030-01-01", "2030-09-30", "level", 2.4e9) in _rows(
        text, "2030-12-01"
    )


def test_an_undated_page_last_year_against_the_same_period_of_a_year() -> None:
    text = (
        "Trade between Kenya and Peru hit $740 million between April and September last year,"
        " a 21 per cent increase over the same period in 2028."
    )
    rows = _rows(text, date=None, title="Kenya's trade with Peru hits $740m last year")
    assert rows == {
        ("turnover", "KEN", "PER", "2029-04-01", "2029-09-30", "level", 740e6),
        ("turnover", "KEN", "PER", "2029-04-01", "2029-09-30", "pct_change", 21.0),
    }


def test_an_undated_page_this_year_against_the_same_period_stays_the_year_after() -> None:
    # near miss: "this year" is the year after the base, as before
    text = "Trade between Kenya and Peru hit $740 million this year, up 21 per cent over the same period of 2028."
    assert ("turnover", "KEN", "PER", "2029-01-01", "2029-12-31", "level", 740e6) in _rows(
        text, date=None
    )


def test_the_same_period_last_year_restated_in_a_bracket_is_one_base() -> None:
    text = (
        "From January through May 2030, Georgia's trade turnover with Armenia amounted to $311.4"
        " million. This figure is 6.2 percent less compared to the same period last year ($332.0"
        " million in January–May 2029)."
    )
    rows = _rows(text, "2030-07-01")
    assert ("turnover", "GEO", "ARM", "2030-01-01", "2030-05-31", "pct_change", -6.2) in rows
    assert ("turnover", "GEO", "ARM", "2029-01-01", "2029-05-31", "level", 332e6) in rows


def test_two_named_bases_still_date_a_change_with_the_later() -> None:
    # near miss: two distinct named bases, as before (the later one dates the change)
    text = "Georgian exports to Armenia rose 79% from $17 million in May 2029, against $31 million in May 2030."
    rows = _rows(text, "2030-07-01")
    assert ("exports", "GEO", "ARM", "2030-05-01", "2030-05-31", "pct_change", 79.0) in rows


@pytest.mark.parametrize(
    ("text", "base", "reached"),
    [
        (
            "Georgian imports from Turkey rose by 41.5 percent (from $210.4 million to $297.7"
            " million).",
            "2029-01-01",
            "2030-01-01",
        ),
        (
            "Trade between Georgia and Turkey rose by 41.5 percent in 2030 (from $210.4 million to"
            " $297.7 million).",
            "2029-01-01",
            "2030-01-01",
        ),
    ],
)
def test_a_bracketed_from_to_after_a_change(text: str, base: str, reached: str) -> None:
    lead = "Georgia-Turkey trade came to $1.2 billion in January-August 2030, up 9% on the same period of 2029. "
    rows = _rows(lead + text, "2030-10-01")
    starts = {r[3]: r[6] for r in rows if r[5] == "level" and r[6] in (210.4e6, 297.7e6)}
    assert starts == {base: 210.4e6, reached: 297.7e6}, rows


def test_a_bracketed_from_to_with_its_own_years_keeps_them() -> None:
    # near miss: years inside the bracket date its amounts
    text = "Trade between Georgia and Turkey rose by 41.5 percent (from $210.4 million in 2027 to $297.7 million in 2030)."
    rows = _rows(text, "2031-03-01")
    assert {r[3] for r in rows if r[5] == "level"} == {"2027-01-01", "2030-01-01"}


def test_a_year_then_until_the_month_is_that_year_so_far() -> None:
    text = (
        "In 2029, until the month of August, Bolivia's exports to Peru already exceeded the"
        " sales in 2028 and totalled $377.3 million."
    )
    assert _rows(text, "2031-02-10") == {
        ("exports", "BOL", "PER", "2029-01-01", "2029-08-31", "level", 377.3e6)
    }


def test_exceeding_an_amount_names_no_base() -> None:
    # near miss: "exceeded the $5bn mark in 2030" is that year's
    text = "Bolivia's exports to Peru exceeded the $5 billion mark in 2030."
    assert ("exports", "BOL", "PER", "2030-01-01", "2030-12-31", "level", 5e9) in _rows(text)


def test_portuguese_target_by_the_end_of() -> None:
    text = "Segundo o governo boliviano, a meta é exportar US$ 2,3 bilhões para o Peru até o final de 2032."
    out = figures(f"date 2031-02-10\nBolívia e Peru\n\n{text}\n")
    assert [
        (r.flow, r.reporter, r.partner, str(r.period_end), r.value, r.status)
        for r in out.itertuples()
    ] == [("exports", "BOL", "PER", "2032-12-31", 2.3e9, "target")]


def test_german_genitive_half_year_and_half_a_billion() -> None:
    text = (
        "Innerhalb des ersten Halbjahres 2030 ist der Handelsumsatz zwischen Polen und Litauen um"
        " 12 % gestiegen und betrug rund eine halbe Milliarde Euro."
    )
    rows = _rows(text, "2030-08-01")
    assert ("turnover", "POL", "LTU", "2030-01-01", "2030-06-30", "pct_change", 12.0) in rows
    assert ("turnover", "POL", "LTU", "2030-01-01", "2030-06-30", "level", 5e8) in rows
