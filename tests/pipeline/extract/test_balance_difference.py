"""The difference between a pair's exports and imports is its trade balance, not a flow ("the
difference in exports and imports of goods is $270m"), and money held as bank deposits is no
trade (NOTES: trade balance / deficit / surplus are not figures; money that is not trade).
Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_the_difference_between_exports_and_imports_is_no_flow() -> None:
    text = "Trade between Ghana and Togo favours Ghana: the difference in exports and imports of "
    assert _rows(text + "goods is $270 million.") == set()
    text = "In 2030 the difference between imports and exports of Ghana and Togo was $270 million."
    assert _rows(text) == set()


def test_bank_deposits_are_no_investment() -> None:
    rows = _rows(
        "Ghana's investment in Togo reached €1.5 billion in 2030, while Ghanaian banks hold "
        "deposits of around €7 billion in Togo."
    )
    assert rows == {("investment", "total", 1.5e9)}, rows


def test_near_miss_a_difference_of_something_else_stays_read() -> None:
    rows = _rows("Ghana's exports to Togo, up 12% on the difference in prices, reached $5 billion.")
    assert ("exports", "total", 5e9) in rows, rows
