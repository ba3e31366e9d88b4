"""Round 56 kind: a figure given for one item of goods ("the top import item was X, at $Y"; Korean
"1위 품목은 X로 $Y", Japanese "品目は、Xが$Y、Zが$W") read as the pair's total or as the sector of
the item before it. Seen on dev pages of four outlets in two languages: hp12 spnews (ko: "수입 1위
품목은 원자로로, 301만 달러", the top import item), hp04 jtbc (ko: "간판 품목인 반도체 수출", the
flagship item), hp17 kilala (ja: "輸出した品目は、繊維・衣服が…、輸送手段・予備部品が12億ドル", a
product after a sector item took its sector), hs10 wkvetter (ja: "輸出品目の首位は", the top item).
The rule reads the item's own words (from the amount before it, or from the cue) in every language
the gloss gives "item(s) was/were" for: a sector word keeps the row with its sector, a product
word drops it (NOTES "scope": a single product is not annotated). Made-up sentences, other pairs
and goods than the pages (English, the Korean "주요 수출 품목은", "주력 품목", the Japanese
"主要な輸出品目は" with other goods)."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> dict[float, str]:
    return {r["value"]: r["scope"] for r in figures(text).to_dict("records")}


def test_english_top_item_is_a_single_product() -> None:
    got = _rows(
        "Trade news\n\nTrade between Chile and Peru reached $5 billion in 2030. Peru's top "
        "import item from Chile was fishing nets, worth $12 million.\n"
    )
    assert 5e9 in got
    assert 12e6 not in got


def test_english_item_of_a_sector_keeps_its_sector() -> None:
    got = _rows(
        "Trade news\n\nTrade between Chile and Peru reached $5 billion in 2030. Chile's main "
        "export items to Peru were copper at $900 million and wine at $40 million.\n"
    )
    assert got.get(900e6) == "metals"
    assert 40e6 not in got


def test_korean_main_export_item() -> None:
    got = _rows(
        " date 2031-04-15\n칠레 교역\n\n2030년 한국의 칠레 수출은 20억 달러로 집계됐다. 한국의 대칠레 "
        "수출 1위 품목은 반도체로 3억 달러였다.\n"
    )
    assert 2e9 in got
    assert 300e6 not in got


def test_japanese_item_list_keeps_sector_items_and_drops_products() -> None:
    got = _rows(
        " date 2031-04-15\nタイ 日本 貿易\n\n2030年のタイの日本への輸出は90億ドルだった。主要な輸出品目は、"
        "繊維が8億ドル、コメが5億ドル、鉄鋼が4億ドルだった。\n"
    )
    assert 9e9 in got
    assert got.get(800e6) == "textiles"
    assert 500e6 not in got
    assert got.get(400e6) == "metals"


def test_near_miss_flow_after_an_item_sentence_stays() -> None:
    got = _rows(
        "Trade news\n\nChile's main export items are copper and fruit; exports from Chile to "
        "Peru reached $700 million in 2030.\n"
    )
    assert got.get(700e6) == "total"


def test_near_miss_total_named_after_the_items_stays() -> None:
    got = _rows(
        "Trade news\n\nThe main items were fruit and wine, and total exports from Chile to Peru "
        "were $700 million in 2030.\n"
    )
    assert got.get(700e6) == "total"


def test_vietnamese_item_list_keeps_sector_items_and_drops_products() -> None:
    got = _rows(
        " date 2031-04-15\nThương mại Việt Nam Chile\n\nNăm 2030, kim ngạch xuất khẩu của Việt Nam "
        "sang Chile đạt 2 tỷ USD. Các mặt hàng xuất khẩu chính của Việt Nam sang Chile gồm dệt may "
        "đạt 600 triệu USD, giày dép đạt 90 triệu USD.\n"
    )
    assert 2e9 in got
    assert got.get(600e6) == "textiles"
    assert 90e6 not in got


def test_near_miss_items_in_a_relative_clause_describe_the_total() -> None:
    got = _rows(
        "Trade news\n\nPeru's total exports to Chile, whose main items include fish and copper, "
        "rose from $410 million in 2028 to $520 million in 2030.\n"
    )
    assert 410e6 in got and 520e6 in got
