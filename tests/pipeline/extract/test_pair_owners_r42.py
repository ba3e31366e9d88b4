"""Round 42: "total trade of the two countries (A and B)" is the pair's total, not a country's
trade with the world; Vietnamese writes the owner with no "of" ("tổng kim ngạch xuất nhập khẩu
hai nước", the total trade [of] the two countries). Made-up sentences; a near miss keeps the old
reading."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nPeru and Chile\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, str(r.period_start), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Total trade of the two countries Peru and Chile reached $7.3 billion in 2030.",
        "Total trade of both countries reached $7.3 billion in 2030.",
        "Trong năm 2030, tổng kim ngạch xuất nhập khẩu hai nước Peru và Chile đạt 7,3 tỷ USD, tăng"
        " 6,4% so với năm trước.",
    ],
)
def test_total_trade_of_the_two_countries_is_the_pairs(text: str) -> None:
    rows = _rows(text)
    assert ("turnover", "PER", "CHL", "2030-01-01", 7.3e9) in rows
    assert {r[0] for r in rows} == {"turnover"}


def test_total_trade_of_one_country_stays_its_whole_trade() -> None:
    assert _rows("Total trade of Peru reached $97.3 billion in 2030.") == set()
