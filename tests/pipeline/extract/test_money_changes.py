"""Changes in money read as levels (issue 15, round 13): "down about $700 million from 2029"
(a hedge between the direction and the amount) is a change as "down $700 million" is; a money
change is dated as a percentage change is, so "from 2029" names its base, never its period.

Every sentence is made up; each kind comes with a near miss that must stay a level.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> list[tuple[str, float, str]]:
    return sorted((r.measure, r.value, str(r.period_start)) for r in figures(text).itertuples())


def test_a_hedged_direction_before_an_amount_is_a_change() -> None:
    assert rows(
        "date 2031-02-01\nChile's exports to Peru were $4 billion in 2030, down about $700 "
        "million from 2029."
    ) == [("abs_change", -700e6, "2030-01-01"), ("level", 4e9, "2030-01-01")]


def test_a_money_change_from_a_year_takes_the_later_year() -> None:
    assert rows(
        "date 2031-02-01\nChile's exports to Peru were $4 billion in 2030, down $700 million "
        "from 2029."
    ) == [("abs_change", -700e6, "2030-01-01"), ("level", 4e9, "2030-01-01")]


def test_set_up_before_an_amount_stays_a_level() -> None:
    # "set up" is no direction of a change; a level that starts "from" a year is a level
    assert rows("date 2031-02-01\nIn 2030 Chile set up $5 billion of trade with Peru.") == [
        ("level", 5e9, "2030-01-01")
    ]
    assert rows("date 2031-02-01\nChile's exports to Peru were $4 billion from 2029 to 2030.") == [
        ("level", 4e9, "2029-01-01")
    ]
