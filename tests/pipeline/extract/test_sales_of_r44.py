"""Round 44: "sales of" right before a country's amount are its exports, as "purchases of" are
its imports ("turnover rose to $3,177m, split between Chinese sales of $2,070m and purchases of
$1,107m": Lusophone and Macau trade reports); ``triggers.csv``. A company's sales of a product
in a country are no pair's trade. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_sales_of_an_amount_are_exports() -> None:
    rows = _rows(
        "Trade between China and Angola rose to $3,450 million in 2030, split between Chinese"
        " sales of $1,240 million and purchases of $2,210 million."
    )
    assert ("exports", "CHN", "AGO", 1.24e9) in rows
    assert ("imports", "CHN", "AGO", 2.21e9) in rows


def test_near_miss_a_companys_sales_in_a_country_are_no_row() -> None:
    rows = _rows(
        "Toyota's sales of cars in China rose to $2 billion in 2030, while Japan's exports to"
        " China reached $150 billion."
    )
    assert rows == {("exports", "JPN", "CHN", 150e9)}
