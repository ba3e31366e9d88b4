"""Round 35: a year that names a reference level ("surpassing pre-pandemic 2029 levels", "still
above their 2029 value") is no figure's period, where the sentence's own period is fronted; a
part of "the year before" ("the first two months of the year before") is the previous year's.
Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2032-08-03") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.measure, r.value, str(r.period_start)[:10], str(r.period_end)[:10])
        for r in out.itertuples()
    }


def test_a_reference_level_year_after_a_fronted_year_is_not_the_amounts_period() -> None:
    got = _rows(
        "In 2031, Chile's exports to Peru rose 12% to $2 billion, surpassing pre-pandemic 2029"
        " levels."
    )
    assert ("exports", "level", 2e9, "2031-01-01", "2031-12-31") in got
    got = _rows("Last year Chile's exports to Peru rose 12% to $2 billion, back above 2029 levels.")
    assert ("exports", "level", 2e9, "2031-01-01", "2031-12-31") in got
    got = _rows(
        "In 2030 Chilean exports to Peru fell 5.8% to $2 billion, still above their 2028 value."
    )
    assert ("exports", "level", 2e9, "2030-01-01", "2030-12-31") in got
    got = _rows(
        "In 2031 trade between Chile and Peru grew 8% to $5 billion, exceeding its 2029 level for"
        " the first time."
    )
    assert ("turnover", "level", 5e9, "2031-01-01", "2031-12-31") in got


def test_near_miss_a_reference_level_that_states_its_amount_keeps_its_year() -> None:
    # the amount after the level is that year's
    got = _rows(
        "In 2031 trade between Chile and Peru reached $5 billion, still below the 2029 record of"
        " $6 billion."
    )
    assert ("turnover", "level", 6e9, "2029-01-01", "2029-12-31") in got
    assert ("turnover", "level", 5e9, "2031-01-01", "2031-12-31") in got
    got = _rows(
        "In 2031 trade between Chile and Peru reached $5 billion, short of the 2029 peak, when it"
        " stood at $6 billion."
    )
    assert ("turnover", "level", 6e9, "2029-01-01", "2029-12-31") in got


def test_months_of_the_year_before_are_the_previous_years() -> None:
    got = _rows(
        "In January-February trade between Chile and Peru came to $1.67 billion, down from"
        " $1.71 billion in the first two months of the year before.",
        "2031-04-03",
    )
    assert ("turnover", "level", 1.71e9, "2030-01-01", "2030-02-28") in got
    assert ("turnover", "level", 1.67e9, "2031-01-01", "2031-02-28") in got
    got = _rows(
        "Trade between Chile and Peru came to $1.67 billion in the first half, against"
        " $1.5 billion in the first half of the year earlier.",
        "2031-08-03",
    )
    assert ("turnover", "level", 1.5e9, "2030-01-01", "2030-06-30") in got


def test_near_miss_the_first_half_of_the_year_is_this_years() -> None:
    got = _rows(
        "In the first half of the year trade between Chile and Peru came to $1.67 billion.",
        "2031-08-03",
    )
    assert ("turnover", "level", 1.67e9, "2031-01-01", "2031-06-30") in got
