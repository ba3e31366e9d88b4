"""Round 44: a figure with no period of its own, compared with a named fiscal year ("fell to
$340,000, compared with fiscal year 2029 ($2.79m), down 88%"), is of the next fiscal year in the
fiscal calendar of its countries (``period_after_base``; round 43 left fiscal bases out). India
counts April-March years named by their end (``fiscal_years.csv``): fiscal 2029 is April 2028 to
March 2029, so the figure is April 2029 to March 2030. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-05-10") -> set[tuple]:
    out = figures(f"date {date}\nTrade\n\n{text}\n")
    return {(r.measure, str(r.period_start), str(r.period_end), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "India's exports to Nepal fell to $340,000, down 88% compared with fiscal 2029.",
        "India's exports to Nepal fell to $340,000, down 88% against fiscal year 2029.",
    ],
)
def test_a_figure_after_a_fiscal_base_is_the_next_fiscal_year(text: str) -> None:
    assert _rows(text) == {
        ("level", "2029-04-01", "2030-03-31", 340e3),
        ("pct_change", "2029-04-01", "2030-03-31", -88.0),
    }


def test_near_miss_a_next_fiscal_year_not_ended_by_the_page_date_stays_undated() -> None:
    rows = _rows(
        "India's exports to Nepal fell to $340,000, down 88% compared with fiscal 2031.",
        date="2031-05-10",
    )
    assert {(r[1], r[2]) for r in rows} == {("None", "None")}
