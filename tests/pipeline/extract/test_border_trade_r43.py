"""Round 43: "border trade" (the trade through a pair's border posts: Myanmar-Thailand,
China-Vietnam, Nepal-India) is a subset of the pair's trade and gets no row, like trade at named
crossings (NOTES gb 7, and rule 7 of the round-17 `ge` decisions on subsets by border
checkpoint); "cross-border trade", which pages write for the pair's whole trade, keeps its row.
The glosses of Thai, Vietnamese, Chinese, Russian, Spanish, French and Portuguese name it.
Made-up sentences."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _values(text: str) -> set[float]:
    out = figures(f"date 2030-03-25\nLaos and Thailand\n\n{text}\n")
    return {r.value for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Border trade between Laos and Thailand passed $1.24 billion in 2029.",
        "Laos-Thailand border trade totalled $1.24 billion in 2029.",
        "Border trade volume reached $845.5 million at the Vientiane crossing in 2029.",
    ],
)
def test_border_trade_is_no_row(text: str) -> None:
    assert _values(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Cross-border trade between Laos and Thailand reached $5 billion in 2029.",
        "Trade between Laos and Thailand reached $5 billion in 2029, the ministry said.",
    ],
)
def test_near_miss_the_pairs_trade_keeps_its_row(text: str) -> None:
    assert _values(text) == {5e9}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kim ngạch thương mại biên giới Việt Nam - Lào đạt 5 tỷ USD", "vi"),
        ("中老边境贸易额达到12亿美元", "zh"),
        ("Объем приграничной торговли составил 1,2 млрд долларов", "ru"),
        ("El comercio fronterizo alcanzó 1.200 millones de dólares", "es"),
        ("การค้าชายแดนไทย-ลาว มีมูลค่า 1,240 ล้านดอลลาร์", "th"),
    ],
)
def test_foreign_border_trade_is_glossed(text: str, lang: str) -> None:
    assert "border trade" in gloss(text, lang)
