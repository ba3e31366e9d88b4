"""Round 34 (breaking pass on periods): a later quarter or half of a fiscal year ("the second
quarter of fiscal 2029" is its months 4-6, July-September for Japan's April year) and a span
named by the month it ended with behind "that"/"which" ("the fiscal year that ended in June").
Made-up sentences (``period_resolve_fiscal.fiscal``, the ``rolling`` pattern)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _periods(text: str, date: str) -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.measure, str(r.period_start)[:10], str(r.period_end)[:10]) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Japan's exports to Peru in the second quarter of fiscal 2029 were 90 billion yen.",
         "2029-07-01", "2029-09-30"),
        ("Japan's exports to Peru in the third quarter of FY2029 were 90 billion yen.",
         "2029-10-01", "2029-12-31"),
        ("Japan's exports to Peru in the final quarter of fiscal 2029 were 90 billion yen.",
         "2030-01-01", "2030-03-31"),
        ("Japan's exports to Peru in the second half of fiscal 2029 were 90 billion yen.",
         "2029-10-01", "2030-03-31"),
        ("India's exports to Peru in the second quarter of 2029-30 were $4 billion.",
         "2029-07-01", "2029-09-30"),
        # near miss: the first quarter, read so before this round
        ("Japan's exports to Peru in the first quarter of fiscal 2029 were 90 billion yen.",
         "2029-04-01", "2029-06-30"),
    ],
)  # fmt: skip
def test_a_later_part_of_a_fiscal_year_is_its_months(text: str, start: str, end: str) -> None:
    assert _periods(text, "2030-06-01") == {("level", start, end)}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nepal's exports to India crossed $1.5 billion in the fiscal year that ended in June.",
         "2029-07-01", "2030-06-30"),
        ("Nepal's exports to India reached $1.5 billion in the year which ended in March.",
         "2029-04-01", "2030-03-31"),
        # near miss: "ended" right after the span, read so before this round
        ("Nepal's exports to India reached $1.5 billion in the year ended in March.",
         "2029-04-01", "2030-03-31"),
    ],
)  # fmt: skip
def test_a_span_that_ended_in_a_month(text: str, start: str, end: str) -> None:
    assert _periods(text, "2030-08-12") == {("level", start, end)}
