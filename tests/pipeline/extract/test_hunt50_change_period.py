"""Round 50 hunt (hunt50a), kind "a change dated with the wrong amount's period": a change
followed by "to reach more than $X in YEAR" was left undated ("more than $X in YEAR" was read as
a comparison base "than $X in YEAR"), and a change followed by "year-on-year ($X in <base
period>)" took the bracketed base's period instead of the period it continues. 2 of 27 hunted
pages (2 outlets); dev hm15 has the bracket-base shape after "compared to", already right.
Made-up sentences and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-06-30") -> set[tuple]:
    out = figures(f" date {date}\nChile and Norway\n\n{text}\n")
    return {(str(r.period_start), str(r.period_end), r.measure, r.value) for r in out.itertuples()}


def test_change_to_reach_more_than_a_level_in_a_year() -> None:
    got = _rows(
        "The trade volume between Chile and Norway soared 18% to reach more than"
        " $31 billion in 2029, the minister said."
    )
    assert ("2029-01-01", "2029-12-31", "pct_change", 18.0) in got


def test_change_rising_to_more_than_a_level_in_a_year() -> None:
    got = _rows("Chile's exports to Norway grew by 7 percent to more than $2.5 billion in 2029.")
    assert ("2029-01-01", "2029-12-31", "pct_change", 7.0) in got


def test_year_on_year_bracket_base_does_not_date_the_change() -> None:
    got = _rows(
        "Chile's trade with Norway amounted to $6.1 billion from January through May"
        " 2030. This figure is 12.5 percent higher year-on-year ($5.4 billion in January-May"
        " 2029)."
    )
    assert ("2030-01-01", "2030-05-31", "pct_change", 12.5) in got
    assert ("2029-01-01", "2029-05-31", "level", 5.4e9) in got


def test_increased_year_on_year_with_a_bracketed_base() -> None:
    got = _rows(
        "Chile's imports from Norway reached $2.2 billion in January-April 2030. This"
        " indicator has increased by 9.1 percent year-on-year ($2 billion in January-April 2029)."
    )
    assert ("2030-01-01", "2030-04-30", "pct_change", 9.1) in got


def test_near_miss_year_on_year_in_a_named_period_keeps_it() -> None:
    # near miss: no bracketed base; the period after the change is its own
    got = _rows("Chile's imports from Norway rose 9.1 percent year-on-year in January-April 2030.")
    assert got == {("2030-01-01", "2030-04-30", "pct_change", 9.1)}


def test_near_miss_more_than_a_base_amount_stays_a_base() -> None:
    # near miss: "higher than $X in 2028" is a comparison base; the change is not 2028's
    got = _rows(
        "Chile's exports to Norway reached $4 billion in 2029, 11% higher than $3.6"
        " billion in 2028."
    )
    assert ("2029-01-01", "2029-12-31", "pct_change", 11.0) in got
