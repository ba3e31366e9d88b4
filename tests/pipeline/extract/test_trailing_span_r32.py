"""Round 32 (gd02): the two levels of a change with the span of years after them ("rose from
$2.6bn to $10.8bn from 2026 to 2030", "between 2026 and 2030"): the first level is the first
year's, the level reached the last year's, and an amount restating either in another currency
("R2.6bn, which is about $202m") takes its year. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-03-02") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {(str(r.period_start), str(r.period_end), r.value, r.unit) for r in out.itertuples()}


def test_levels_before_a_from_to_span_take_its_ends() -> None:
    got = _rows(
        "Trade between Chile and Peru rose from $2.6 billion to $10.8 billion from 2026 to 2030."
    )
    assert got == {
        ("2026-01-01", "2026-12-31", 2.6e9, "USD"),
        ("2030-01-01", "2030-12-31", 10.8e9, "USD"),
    }
    got = _rows(
        "Exports from Chile to Peru climbed from $1.2 billion to $3.4 billion between 2027 and 2029."
    )
    assert got == {
        ("2027-01-01", "2027-12-31", 1.2e9, "USD"),
        ("2029-01-01", "2029-12-31", 3.4e9, "USD"),
    }


def test_restated_levels_take_the_year_of_the_level_they_restate() -> None:
    got = _rows(
        "Trade between Chile and Peru has been rising from CLP 2.6 billion which is about $3"
        " million to CLP 10.8 billion, about $12 million, from 2026 to 2030."
    )
    assert ("2026-01-01", "2026-12-31", 3e6, "USD") in got
    assert ("2030-01-01", "2030-12-31", 10.8e9, "CLP") in got
    assert ("2030-01-01", "2030-12-31", 12e6, "USD") in got


def test_near_miss_another_amount_before_the_span_keeps_it_a_span() -> None:
    got = _rows(
        "Trade between Chile and Peru rose from $2.6 billion to $10.8 billion, a total of"
        " $40 billion between 2026 and 2030."
    )
    assert ("2026-01-01", "2030-12-31", 40e9, "USD") in got
    assert ("2030-01-01", "2030-12-31", 10.8e9, "USD") not in got


def test_near_miss_a_counted_back_span_is_left_to_its_own_rule() -> None:
    got = _rows(
        "Trade between Chile and Peru rose from $2.6 billion to $10.8 billion over the past five"
        " years."
    )
    assert ("2026-01-01", "2026-12-31", 2.6e9, "USD") not in got


def test_a_period_after_an_unbracketed_restatement_dates_the_level() -> None:
    got = _rows(
        "Trade between Chile and Peru rose from a total of CLP 20.5 billion or about $25 million"
        " in 2026 to CLP 66.2 billion which is about $80 million in 2030."
    )
    assert ("2030-01-01", "2030-12-31", 66.2e9, "CLP") in got
    assert ("2026-01-01", "2026-12-31", 20.5e9, "CLP") in got
