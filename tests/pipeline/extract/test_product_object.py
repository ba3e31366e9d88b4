"""A flow whose object names one product outside the closed list ("export of shea nuts to X",
"exported yams for $Y", "exported $Y of cassava") is that product's figure, not the pair's
total (NOTES, "scope": a single named product that is no sector is not annotated). All goods
("goods", "merchandise"), a sector word, or a function word after the flow word is no product.
A left-out product figure still fixes the year of an undated page's relative periods. Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, dated: bool = True) -> set[tuple[str, str, float]]:
    out = figures(("date 2031-03-09\n" if dated else "") + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_export_of_an_unlisted_product_is_no_row() -> None:
    assert _rows("Ghana's export of shea nuts to Togo reached $42 million in 2030.") == set()
    assert _rows("Ghana exported yams worth $730,000 to Togo in 2030.") == set()


def test_an_unlisted_product_after_the_amount_is_no_row() -> None:
    assert _rows("Ghana exported over €3 billion of cassava to Togo in 2030.") == set()


def test_near_miss_all_goods_or_a_sector_stays_a_row() -> None:
    rows = _rows("Ghana's export of goods to Togo reached $42 million in 2030.")
    assert rows == {("exports", "total", 42e6)}, rows
    rows = _rows("Ghana exported merchandise worth $730,000 to Togo in 2030.")
    assert rows == {("exports", "total", 730e3)}, rows
    rows = _rows("Ghana exported over €3 billion of goods to Togo in 2030.")
    assert rows == {("exports", "total", 3e9)}, rows
    rows = _rows("Ghana's exports of agricultural products to Togo reached $42 million in 2030.")
    assert rows == {("exports", "agriculture", 42e6)}, rows


def test_near_miss_an_export_noun_compound_is_no_object() -> None:
    rows = _rows("Togo, Ghana's largest export market, imported goods worth $5 billion in 2030.")
    assert rows == {("imports", "total", 5e9)}, rows


def test_a_left_out_product_still_dates_an_undated_page() -> None:
    out = figures(
        "Ghana's exports to Togo grew 30% to $90 million in the first four months of the "
        "calendar year. Export of shea nuts to Togo reached $40 million in the January-April "
        "period of 2030."
    )
    rows = {(r.value, str(r.period_start), str(r.period_end)) for r in out.itertuples()}
    assert rows == {(30.0, "2030-01-01", "2030-04-30"), (90e6, "2030-01-01", "2030-04-30")}, rows
