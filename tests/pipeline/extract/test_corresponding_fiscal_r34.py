"""Round 34 (breaking pass on periods): a base "in the corresponding (same) period of FY28" after
months of the figure's own year is those months of that fiscal year ("April-September ...,
against $31bn in the corresponding period of FY28": April-September 2027 for India's April
year), and "corresponding period" names a comparison base as "same period" did. Made-up
sentences (``period_joins.months_of_fiscal_year``, ``period_comparison``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _periods(text: str, date: str = "2028-11-02") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.value, str(r.period_start)[:10], str(r.period_end)[:10]) for r in out.itertuples()}


@pytest.mark.parametrize("word", ["corresponding", "same"])
def test_a_fiscal_base_after_months_is_those_months_of_it(word: str) -> None:
    text = (
        "India's imports from Peru in April-September were $3.3 billion, compared with $3.1"
        f" billion in the {word} period of FY28."
    )
    assert _periods(text) == {
        (3.3e9, "2028-04-01", "2028-09-30"),
        (3.1e9, "2027-04-01", "2027-09-30"),
    }


def test_counted_months_and_a_corresponding_fiscal_base() -> None:
    text = (
        "India's imports from Peru in the first ten months of FY28 were $5.3 billion, against"
        " $5.1 billion in the corresponding period of FY27."
    )
    assert _periods(text, "2028-03-01") == {
        (5.3e9, "2027-04-01", "2028-01-31"),
        (5.1e9, "2026-04-01", "2027-01-31"),
    }


def test_near_miss_a_calendar_base_of_a_named_year() -> None:
    text = (
        "Peru's exports to Chile in January-May rose to $3 billion from $2.5 billion in the"
        " same period of 2027."
    )
    assert _periods(text) == {
        (3e9, "2028-01-01", "2028-05-31"),
        (2.5e9, "2027-01-01", "2027-05-31"),
    }
