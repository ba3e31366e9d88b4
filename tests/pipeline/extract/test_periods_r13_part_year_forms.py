"""Part-year forms of round 13's fresh pages, each on made-up sentences (other countries, numbers
and years than any real page), with a near miss that must stay as it was.

- "the first semester of 2030" is its first half, as the Spanish, Portuguese and French
  "semestre" is and as English written by their speakers (Latin American and Philippine outlets)
  says it; a school's "first semester of the academic year" names no half;
- the business press's part-year codes take a hyphen before the year ("8M-30", "H1-2030") as
  they take a space ("8M 2030", "H1 2030"); "8M-10M tonnes" is an amount;
- a bracket naming the months' code or range ("the first eight months (8M) of 2030") does not
  cut the months from their year.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_semester_is_a_half_year() -> None:
    got = dated(
        "date 2031-09-02\nChile's exports to Peru reached $3.1bn in the first semester of 2030."
    )
    assert got == {("level", 3_100_000_000.0, D(2030, 1, 1), D(2030, 6, 30))}
    got = dated(
        "date 2031-09-02\nTrade between Chile and Peru totalled $4.2bn during the second semester "
        "of 2030."
    )
    assert got == {("level", 4_200_000_000.0, D(2030, 7, 1), D(2030, 12, 31))}
    got = dated(
        "date 2031-09-02\nChile's exports to Peru reached $3.1bn during the first semester of "
        "this year."
    )
    assert got == {("level", 3_100_000_000.0, D(2031, 1, 1), D(2031, 6, 30))}


def test_near_miss_a_school_semester_is_no_half() -> None:
    got = dated(
        "date 2031-09-02\nChile's exports to Peru reached $3.1bn in the first semester of the "
        "academic year 2030."
    )
    assert got == {("level", 3_100_000_000.0, D(2030, 1, 1), D(2030, 12, 31))}


def test_part_year_codes_with_a_hyphen() -> None:
    got = dated(
        "date 2031-04-17\nChile's exports to Peru amounted to $47.5 million during 8M-30, down "
        "2.10% when compared to $48.5 million in 8M-29, the agency said."
    )
    assert got == {
        ("level", 47_500_000.0, D(2030, 1, 1), D(2030, 8, 31)),
        ("pct_change", -2.1, D(2030, 1, 1), D(2030, 8, 31)),
        ("level", 48_500_000.0, D(2029, 1, 1), D(2029, 8, 31)),
    }
    got = dated("date 2031-04-17\nChile's exports to Peru reached $3.1bn in H1-2030.")
    assert got == {("level", 3_100_000_000.0, D(2030, 1, 1), D(2030, 6, 30))}


def test_near_miss_eight_million_is_no_period() -> None:
    got = dated(
        "date 2031-04-17\nChile's exports to Peru reached $3.1bn in 2030, when 8M-10M tonnes "
        "of copper were shipped."
    )
    assert got == {("level", 3_100_000_000.0, D(2030, 1, 1), D(2030, 12, 31))}


def test_a_bracket_between_the_months_and_their_year() -> None:
    got = dated(
        "date 2031-04-17\nTrade between Chile and Peru rose during the first eight months (8M) "
        "of 2030 to $71.3 million."
    )
    assert got == {("level", 71_300_000.0, D(2030, 1, 1), D(2030, 8, 31))}
