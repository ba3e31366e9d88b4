"""Product lines and sectors on glossed pages (``pipeline.extract.foreign``; product and sector
rows of ``lexicon/foreign_words.csv``, read by the English ``product``/``sector`` triggers).

A figure for one product or one product group ("der Export an Uhren", "los envíos de oro",
"les exportations de minéraux") is no total: unglossed, the product word was invisible to the
English rules and the figure came out as the pair's total. Glossed, a sector keeps its scope
(NOTES.md "scope": machinery, energy, metals, agriculture, textiles) and a single product or a
group outside the sectors (gold, watches, broad minerals) gets no row. Every sentence is made up;
the near miss in each is the pair's total in the same text, which stays ``total``.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _scopes(text: str) -> dict[float, str]:
    return {r.value: r.scope for r in figures(text).itertuples()}


def test_german_export_an_names_the_goods() -> None:
    got = _scopes(
        "Der schweizerische Export nach Japan betrug im Jahr 2031 8,4 Milliarden Franken, ist um "
        "12,5 Prozent gestiegen. Der schweizerische Export an Uhren nach Japan stieg um 7,2 "
        "Prozent. Die Ausfuhren an Maschinen nach Japan erreichten 1,3 Milliarden Franken."
    )
    assert got[8_400_000_000] == "total" and got[12.5] == "total"  # near miss: the total
    assert 7.2 not in got  # watches: one product line, no row
    assert got[1_300_000_000] == "machinery"
    assert gloss("der Import an Textilien", "de") == "the imports of textiles"


def test_spanish_gold_fruit_and_mining_products() -> None:
    got = _scopes(
        "Las exportaciones peruanas hacia Japón sumaron US$ 2.450 millones en el año 2031, con "
        "un alza de 8,5% respecto al año anterior. Entre los productos exportados a Japón se "
        "encuentra el oro, cuyos envíos sumaron US$ 640 millones. Los concentrados de molibdeno "
        "exportados a Japón sumaron US$ 95 millones y el petróleo crudo US$ 37 millones."
    )
    assert got[2_450_000_000] == "total" and got[8.5] == "total"
    assert 640_000_000 not in got  # gold is no sector (NOTES: precious metals)
    assert got[95_000_000] == "metals"
    assert got[37_000_000] == "energy"
    assert gloss("las uvas y las paltas", "es") == "the grapes and the avocados"


def test_french_broad_minerals_and_agri_food() -> None:
    got = _scopes(
        "Les exportations marocaines vers l'Inde ont atteint 930 millions de dollars en 2031. "
        "Elles sont suivies par les exportations de minéraux vers l'Inde, pour 215 millions de "
        "dollars, et les produits agroalimentaires exportés vers l'Inde à hauteur de 88 millions "
        "de dollars."
    )
    assert got[930_000_000] == "total"
    assert 215_000_000 not in got  # a broad mineral group is no sector
    assert got[88_000_000] == "agriculture"


def test_italian_and_portuguese_sector_nouns() -> None:
    assert gloss("le esportazioni di macchinari e di prodotti chimici", "it") == (
        "the exports of machinery and of chemicals"
    )
    assert gloss("exportações de petróleo bruto e de calçados", "pt") == (
        "exports of crude oil and of footwear"
    )


def test_russian_turkish_indonesian_arabic_sector_nouns() -> None:
    assert "machinery and equipment" in gloss("экспорт машин и оборудования", "ru")
    assert "crude oil" in gloss("поставки нефти", "ru")
    # near miss: "стали" is also "became" (стать), so it is no gloss of steel
    assert "steel" not in gloss("поставки стали больше", "ru")
    assert "iron and steel" in gloss("demir çelik ihracatı", "tr")
    assert "coal" in gloss("ekspor batu bara", "id")
    assert "machinery" in gloss("صادرات الآلات", "ar")


def test_a_page_with_both_thousands_separators_and_no_decimals() -> None:
    # a Spanish page copy edited by several hands: "1.572" and "4,991" are both thousands
    both = {
        r.value
        for r in figures(
            "Las exportaciones chilenas hacia Corea sumaron US$ 1.572 millones en el año 2031. "
            "Las importaciones chilenas desde Corea sumaron US$ 4,991 millones en el año 2031."
        ).itertuples()
    }
    assert {1_572_000_000, 4_991_000_000} <= both
    # near miss: a page that writes a decimal comma ("2,5%") keeps "4,991" a decimal
    decimal = {
        r.value
        for r in figures(
            "Las exportaciones chilenas hacia Corea sumaron US$ 1.572 millones en el año 2031, "
            "un alza de 2,5%. Las importaciones chilenas desde Corea sumaron US$ 4,991 millones "
            "en el año 2031."
        ).itertuples()
    }
    assert 4_991_000 in decimal and 4_991_000_000 not in decimal


def test_a_follow_up_change_whose_subject_is_one_product() -> None:
    # a sentence with no trade word whose subject is one product: its change is the product's
    got = _scopes(
        "Peruvian exports to Japan grew 9% to US$ 2,450 million in 2031. Grapes reached US$ 95 "
        "million, with a share of 4% and an increase of 31%. That is 15% more than the year before."
    )
    assert got[2_450_000_000] == "total" and got[9] == "total"
    assert 31 not in got
    assert got[15] == "total"  # near miss: a change with no product before it continues the total
