"""A flow "as of the third quarter of 2031" is the year to date, January to the quarter's end, as
"at the end of the third quarter" is (NOTES, fo and ft decisions). Near miss: "in the third
quarter" stays that quarter. Made-up sentences.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_flow_as_of_a_quarter_is_the_year_to_date() -> None:
    rows = dated(
        "date 2031-12-02\nExports from Chile to Peru reached $1.4 billion as of the third quarter "
        "of 2031, from $0.3 billion in 2024."
    )
    assert ("level", 1_400_000_000.0, D(2031, 1, 1), D(2031, 9, 30)) in rows


def test_near_miss_in_a_quarter_stays_the_quarter() -> None:
    rows = dated(
        "date 2031-12-02\nTrade between Chile and Peru amounted to $1.4 billion in the third "
        "quarter of 2031."
    )
    assert rows == {("level", 1_400_000_000.0, D(2031, 7, 1), D(2031, 9, 30))}
