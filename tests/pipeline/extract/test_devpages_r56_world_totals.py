"""Round 56 kind: a country's trade with the world (its other countries, the whole world, abroad)
read as the page pair's figure. Seen on dev pages of three outlets in three languages: ih09
cisminsk (ru: "Внешнеторговый оборот с остальными странами ... до 26,2 миллиарда долларов", the
other countries left unglossed), hr12 ots (de: "Brasiliens Bezüge aus der EU ..., aus der ganzen
Welt sogar um 21,6 Prozent", the flow gapped before the whole world), hl13 kabultimes (en: "goods
worth $759 million were sent to foreign countries", "exported abroad"). Built as the Russian
paradigm of "other countries / the rest of the world / the whole world / far abroad / abroad" in
its cases, the gapped world partner after a pair's figure, and an amount sent abroad in the
passive (NOTES: world totals are no rows). Made-up sentences, other pairs and forms than the pages
("прочими странами", "остального мира", "страны дальнего зарубежья"; "to the rest of the world";
"sold overseas")."""

from tests.pipeline.extract.test_extract import figures


def _values(text: str) -> set[float]:
    return {r["value"] for r in figures(text).to_dict("records")}


def test_russian_other_countries_and_rest_of_the_world() -> None:
    got = _values(
        " date 2031-02-01\nТоварооборот Казахстана\n\nТоварооборот Казахстана с Китаем в 2030 году "
        "составил 31 миллиард долларов. Товарооборот с прочими странами вырос на 4,1 процента. "
        "Экспорт Казахстана в страны дальнего зарубежья достиг 60 миллиардов долларов. Импорт из "
        "остального мира составил 20 миллиардов долларов.\n"
    )
    assert 31e9 in got
    assert 4.1 not in got
    assert 60e9 not in got
    assert 20e9 not in got


def test_gapped_world_partner_after_a_pair_figure() -> None:
    got = _values(
        "Trade news\n\nChile's exports to the EU rose by 12.5 percent in 2030, to the rest of the "
        "world only by 3.5 percent.\n"
    )
    assert 12.5 in got
    assert 3.5 not in got


def test_guard_amount_sold_overseas_stays_out() -> None:
    got = _values(
        "Trade news\n\nTrade between Kenya and Uganda grew in 2030. Goods worth $410 million were "
        "sold overseas in the first half. Kenya's exports to Uganda reached $300 million.\n"
    )
    assert 410e6 not in got
    assert 300e6 in got


def test_near_miss_goods_sent_to_a_named_partner_stay() -> None:
    got = _values(
        "Trade news\n\nGoods worth $410 million were sent from Kenya to Uganda in 2030.\n"
    )
    assert 410e6 in got


def test_spanish_world_total_led_by_a_partner() -> None:
    """hq06 rtp (pt: "com a liderança das compras à África do Sul") showed the partition cue
    unglossed; built for the Romance "led by" forms (es "lideradas por", pt "lideradas pelas",
    fr "menées par")."""
    got = _values(
        " date 2031-02-01\nComercio Chile China\n\nEl comercio entre Chile y China creció en 2030. "
        "Las importaciones chilenas crecieron un 5% en 2030, hasta 80.000 millones de dólares, "
        "lideradas por las compras a China, con el 25% del total.\n"
    )
    assert 80e9 not in got
    assert 5.0 not in got
