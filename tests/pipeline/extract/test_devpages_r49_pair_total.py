"""Round 49, a pair's total read as a country's whole trade (made-up sentences, made-up figures).

Kind: a "total trade" amount whose pair is named in a way the national-total test missed, so the
figure was dropped as a country's trade with the world (``national.names_national``,
``flow._pair_total``): the two economies as one compound right before the total ("China — ASEAN
total trade", any dash), joined by "and" right after its "value"/"volume" (an Indonesian "total
nilai perdagangan A dan B" glossed), a bare "total goods/merchandise trade" after a sentence naming
the pair, and a bare total whose only country is its source's ("..., according to the Ivorian
ministry"): the source names no side, so the sentence before decides (``sentence``). Dev pages:
hw10 (abidjan.net), ib02 (inews), ii02 (china.com.cn), hk14 (mondaq). Near misses keep their
output: a total with an owner ("Kenya's total goods trade"), a region's compound ("Asia-Pacific
total trade"), and a sourced total after a sentence naming one country."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"date 2030-03-01\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # English: a bare total of goods after the pair's two flows
            "Kenya's exports to Rwanda rose to $610 million in 2029, while imports from Rwanda "
            "reached $90 million. Total merchandise trade thus came to about $700 million.",
            {
                ("exports", "KEN", "RWA", *_Y29, "level", 610000000.0, "USD"),
                ("imports", "KEN", "RWA", *_Y29, "level", 90000000.0, "USD"),
                ("turnover", "KEN", "RWA", *_Y29, "level", 700000000.0, "USD"),
            },
        ),
        (  # English: the pair as a compound with a long dash
            "In 2029 Peru — Chile total trade was 4.1 billion US dollars.",
            {("turnover", "CHL", "PER", *_Y29, "level", 4100000000.0, "USD")},
        ),
        (  # Indonesian: "total nilai perdagangan A dan B", glossed "total trade value A and B"
            "Menurut Ari, pada 2029 total nilai perdagangan Peru dan Chile mencapai 7 miliar "
            "dolar AS.",
            {("turnover", "CHL", "PER", *_Y29, "level", 7000000000.0, "USD")},
        ),
        (  # English: the only country of the sentence is its source's
            "Trade between Senegal and Mali is dominated by Senegalese sales. In 2029, total trade "
            "reached 120 billion CFA francs, according to the Senegalese ministry of trade.",
            {("turnover", "MLI", "SEN", *_Y29, "level", 120000000000.0, "XOF")},
        ),
    ],
)
def test_pair_total_is_read(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # near miss: the total has an owner, one country's trade with the world
            "Kenya's exports to Rwanda rose to $610 million in 2029. Kenya's total goods trade "
            "came to $21 billion.",
            {("exports", "KEN", "RWA", *_Y29, "level", 610000000.0, "USD")},
        ),
        (  # near miss: a region's compound names no pair
            "In 2029 Asia-Pacific total trade was 5.2 trillion US dollars.",
            set(),
        ),
        (  # near miss: a sourced total after a sentence naming one country
            "Kenya is Africa's largest exporter of tea. In 2029, total trade reached $21 billion, "
            "according to the Kenyan ministry of trade.",
            set(),
        ),
    ],
)
def test_country_total_stays_out(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
