"""Round 44: a sentence with two "respectively" lists ("imports came to $0.9bn and $1.0bn in
2029 and 2030 respectively, meaning that exports and imports both went up, by 14.2 and 11.3
percent respectively"): the second list of figures takes the run of flows written after the
first "respectively", as a sentence with one list takes the run before its first figure
(``respective_flows``). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rates(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {(r.flow, r.value) for r in out.itertuples() if r.measure == "pct_change"}


def test_the_second_respectively_list_takes_the_flows_after_the_first() -> None:
    text = (
        "Ghana's imports from Togo came to $0.9 billion and $1.0 billion in 2029 and 2030"
        " respectively, meaning that exports and imports both went up, by 14.2 and 11.3 percent"
        " respectively."
    )
    assert _rates(text) == {("exports", 14.2), ("imports", 11.3)}


def test_the_order_of_the_flows_decides() -> None:
    text = (
        "Ghana's exports to Togo were $0.4 billion and $0.5 billion in 2029 and 2030 respectively,"
        " so imports and exports grew by 6.5% and 25% respectively."
    )
    assert _rates(text) == {("imports", 6.5), ("exports", 25.0)}


def test_near_miss_one_list_keeps_its_reading() -> None:
    text = "Ghana's exports to and imports from Togo rose by 14.2% and 11.3% respectively in 2030."
    assert _rates(text) == {("exports", 14.2), ("imports", 11.3)}
