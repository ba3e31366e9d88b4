"""List items with a bracketed change whose words name no economy, sector or flow are products
(NOTES: single products get no row), even when the lexicon does not know the product by name:
the round-19 real-news run showed a false conflict from such a list. Sentences are made up."""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures

HEAD = "date 2022-09-01\nKenya's exports to Uganda fell 4.8% in January-July 2022. "


def _rows(sentence: str) -> list[tuple[str, float]]:
    found = figures(HEAD + sentence + "\n")
    return [(scope, value) for scope, value in zip(found["scope"], found["value"], strict=True)]


def test_unknown_products_in_a_bracketed_list_get_no_row() -> None:
    assert _rows(
        "The Kenyan exports to Uganda that suffered from the drought are the zorblax (-22%) "
        "and the natural quiffles (-46%), among others."
    ) == [("total", -4.8)]


def test_a_glossed_list_whose_verb_stays_unglossed() -> None:
    # Spanish "son el camarón (-22 %)": the gloss leaves "son", the article marks the item
    assert _rows(
        "Las exportaciones no petroleras de Kenia a Uganda que se han resentido son el "
        "camarón (-22 %) y las flores naturales (-46 %), entre otros."
    ) == [("total", -4.8)]


def test_near_miss_flows_in_brackets_stay_read() -> None:
    assert _rows("Exports rose (12%) while imports fell (-3%).") == [
        ("total", -4.8),
        ("total", 12.0),
        ("total", -3.0),
    ]


def test_near_miss_a_sector_heading_a_run_of_items_is_no_product() -> None:
    # the first item's run starts with a sector: the bracketed change stays a sector's
    rows = _rows(
        "Many key exports kept growing, including machinery, tools and spare parts (62.1%); "
        "textiles (26.3%) and iron and steel (102.9%)."
    )
    assert ("total", -4.8) in rows
    assert {value for _, value in rows} >= {26.3, 102.9}


def test_near_miss_an_amount_in_brackets_is_no_item() -> None:
    assert _rows(
        "Kenya's exports to Uganda reached 5.1 billion shillings, a similar amount (-0.1%) to "
        "last year, while imports rose (+8.6%)."
    ) != [("total", -4.8)]


def test_unknown_products_with_bracketed_amounts_get_no_row() -> None:
    # a list of the flow's items with their values, after a comma: each amount is a product's
    assert _rows(
        "Chief exports to Uganda took in tea ($41 million), zorblax and parts ($16 million), "
        "quiffles ($5.5 million) and chemical products ($6.5 million)."
    ) == [("total", -4.8)]


def test_near_miss_bracketed_amounts_of_partners_goods_and_sectors_are_read() -> None:
    # economies, goods and services, and sectors in the same list shape keep their rows
    found = _rows(
        "Kenya's trade with Uganda comprised goods ($3.1 billion) and services ($1.2 billion)."
    )
    assert ("total", 3.1e9) in found and ("services", 1.2e9) in found
    found = _rows("Kenya exported machinery ($120 million) and textiles ($45 million) to Uganda.")
    assert ("machinery", 120e6) in found and ("textiles", 45e6) in found
