"""Round 29: "the first nine months of this year" on a page dated before those months have
passed is the fiscal year's first months where the figure's own country counts a fiscal year
(Pakistan's July-June, India's April-March), as central-bank copy writes it ("showing growth of
27.35 percent in nine months of this year" on an April page); elsewhere the calendar's.

Every sentence is made up. Near misses: a partner's fiscal year is no reason (Chile's imports
from Japan stay Chile's calendar months), and months that have passed stay calendar months.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> set[tuple[str, str, str]]:
    return {(r.measure, str(r.period_start), str(r.period_end)) for r in figures(text).itertuples()}


def test_a_central_bank_change_in_nine_months_of_this_year_is_the_fiscal_years() -> None:
    text = (
        "date 2031-04-26\nISLAMABAD: On the other hand, the imports from Nepal during the period "
        "were recorded at $17.455 million, showing growth of 21.35 percent in nine months of this "
        "year, the State Bank of Pakistan reported."
    )
    assert ("pct_change", "2030-07-01", "2031-03-31") in _periods(text)


@pytest.mark.parametrize(
    ("reporter", "start", "end"),
    [("India", "2030-04-01", "2030-12-31"), ("Chile", "2031-01-01", "2031-09-30")],
)
def test_the_reporters_fiscal_year_decides(reporter: str, start: str, end: str) -> None:
    text = (
        f"date 2031-01-26\n{reporter}'s imports from Japan rose 12% to $9.1 billion in the first "
        "nine months of this year."
    )
    assert _periods(text) == {("pct_change", start, end), ("level", start, end)}


def test_months_that_have_passed_stay_the_calendars() -> None:
    text = (
        "date 2031-10-26\nPakistan's imports from Japan rose 12% to $9.1 billion in the first "
        "nine months of this year."
    )
    assert _periods(text) == {
        ("pct_change", "2031-01-01", "2031-09-30"),
        ("level", "2031-01-01", "2031-09-30"),
    }
