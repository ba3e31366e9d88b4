"""Round 33 (breaking pass on direction): "sourced/procured goods from X" and "procurement from
X" are imports; "Sino-" is China's combining form ("Sino-Russian trade"). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Zambia sourced goods worth $3 billion from China in 2029.",
        "Zambia procured goods worth $3 billion from China in 2029.",
        "Zambia's procurement from China reached $3 billion in 2029.",
    ],
)
def test_sourcing_from_a_partner_is_imports(text: str) -> None:
    assert _rows(text) == {("imports", "ZMB", "CHN", 3e9)}


def test_sino_names_china() -> None:
    assert _rows("Sino-Zambian trade reached $4 billion in 2029.") == {
        ("turnover", "CHN", "ZMB", 4e9)
    }


def test_near_miss_a_company_name_is_no_country() -> None:
    assert _rows("Sinopec's sales to Zambia reached $4 billion in 2029.") == set()
