"""Forecasts due by a year's end (wrong-period kind, round 12): a forecast verb makes a figure a
target ("will jump", "is likely to cross", "might get close to", "anticipate reaching", "could
double"), and a target due "in late 2031", "by the year end" or "by the year's end" has an empty
start and the year's end (NOTES: target periods). Made-up sentences, other countries, numbers
and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def rows(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(
        zip(
            out["measure"],
            values,
            out["period_start"],
            out["period_end"],
            out["status"],
            strict=True,
        )
    )


def test_could_double_by_a_year_is_a_target() -> None:
    found = rows("date 2031-04-02\nBy 2034 trade between Peru and Chile could double.")
    assert found == {("multiple", 2.0, None, D(2034, 12, 31), "target")}


def test_near_miss_doubled_in_a_year_is_actual() -> None:
    found = rows("date 2031-04-02\nTrade between Peru and Chile doubled in 2030.")
    assert found == {("multiple", 2.0, D(2030, 1, 1), D(2030, 12, 31), "actual")}


def test_will_jump_by_the_end_of_a_year_is_a_target() -> None:
    found = rows(
        "date 2031-04-02\nTrade between Peru and Chile will jump 14 percent year-on-year by "
        "the end of 2031, an official said."
    )
    assert found == {("pct_change", 14.0, None, D(2031, 12, 31), "target")}


def test_likely_to_cross_a_mark_is_a_target() -> None:
    found = rows(
        "date 2031-04-02\nTrade between Peru and Chile is likely to cross the $3-billion mark "
        "by the end of this year, the ambassador said."
    )
    assert found == {("level", 3e9, None, D(2031, 12, 31), "target")}


def test_by_the_end_of_this_year_on_an_undated_page_keeps_the_open_start() -> None:
    found = rows(
        "Trade between Peru and Chile in the first quarter of 2031 grew 20 percent, the "
        "ambassador said.\n\nTrade between Peru and Chile is likely to cross the $3-billion mark "
        "by the end of this year, he added."
    )
    assert ("level", 3e9, None, D(2031, 12, 31), "target") in found


def test_in_late_year_already_is_a_by_target() -> None:
    found = rows(
        "date 2031-04-02\nIf the trend holds, Peru's exports to Chile might get close to EUR 2 "
        "billion in late 2031 already."
    )
    assert found == {("level", 2e9, None, D(2031, 12, 31), "target")}


def test_near_miss_a_target_for_a_year_covers_it() -> None:
    found = rows("date 2031-04-02\nPeru's exports to Chile should reach EUR 2 billion in 2031.")
    assert found == {("level", 2e9, D(2031, 1, 1), D(2031, 12, 31), "target")}


def test_near_miss_an_actual_in_late_year_is_the_year() -> None:
    found = rows("date 2031-04-02\nPeru's exports to Chile reached EUR 2 billion in late 2030.")
    assert found == {("level", 2e9, D(2030, 1, 1), D(2030, 12, 31), "actual")}


def test_by_the_year_end_after_a_quarter_is_that_years_end() -> None:
    found = rows(
        "date 2031-04-02\nTrade between Peru and Chile in the first quarter of 2031 grew 20 "
        "percent and is poised to cross the $3-billion mark by the year end, he said."
    )
    assert ("pct_change", 20.0, D(2031, 1, 1), D(2031, 3, 31), "actual") in found
    assert ("level", 3e9, None, D(2031, 12, 31), "target") in found


def test_anticipate_reaching_by_the_years_end() -> None:
    found = rows(
        "date 2031-04-02\nAs of mid-2031, Peru's exports to Chile have already exceeded $3 "
        "billion, and we anticipate reaching $6 billion by the year's end, the minister said."
    )
    assert ("level", 3e9, D(2031, 1, 1), D(2031, 6, 30), "actual") in found
    assert ("level", 6e9, None, D(2031, 12, 31), "target") in found


def test_near_miss_a_target_set_for_a_year_reached_by_the_end_of_this_year() -> None:
    # NOTES: the goal fixed for a year keeps that year; "by the end of this year" is its own
    found = rows(
        "date 2031-04-02\nTrade between Peru and Chile is on track to hit the $9 billion target "
        "- set by both presidents for 2034 - by the end of this year."
    )
    assert ("level", 9e9, D(2034, 1, 1), D(2034, 12, 31), "target") in found


def test_by_the_close_of_december_after_a_part_year_is_the_year_end() -> None:
    # a forecast beside the part-year actual it grows from: due by the year's last month
    text = (
        "date 2031-10-20\nIn the first nine months of 2031, trade between Laos and Peru stood"
        " at USD 2.3 billion, and it is forecast to climb to USD 3.4 billion by the close of"
        " December."
    )
    assert rows(text) == {
        ("level", 2.3e9, D(2031, 1, 1), D(2031, 9, 30), "actual"),
        ("level", 3.4e9, None, D(2031, 12, 31), "target"),
    }


def test_by_december_and_by_the_close_of_the_year() -> None:
    for due in ("by the close of the year", "by December"):
        text = (
            "date 2031-08-20\nTrade between Laos and Chile reached $1.7 billion in the first"
            f" half of 2031 and is expected to hit $2.6 billion {due}."
        )
        assert ("level", 2.6e9, None, D(2031, 12, 31), "target") in rows(text), due


def test_near_miss_by_december_of_a_named_year_keeps_that_year() -> None:
    text = (
        "date 2031-08-20\nTrade between Laos and Chile reached $1.7 billion in the first"
        " half of 2031 and is expected to hit $2.6 billion by December 2033."
    )
    assert ("level", 2.6e9, None, D(2033, 12, 31), "target") in rows(text)
