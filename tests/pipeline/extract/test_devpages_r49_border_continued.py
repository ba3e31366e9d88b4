"""Round 49, figures that go on with border trade (made-up sentences, made-up figures).

Kind (spurious figures): "border trade" (trade through a pair's border posts) gets no row (NOTES
round-42 rule 11, like trade at named crossings, gb 7), and the sentences with numbers right after
one naming it go on with it when they name no partner: "Myanmar-Thailand border trade totalled
$1.24bn. Myanmar's export volume came to more than $270m, and its import volume to $900m";
"Border trade is not free trade ... Trade in Batas is small, less than $1m a year"; a Thai
sentence glossed "border trade of Thailand rose 41.68% ... amounted to trade 146bn baht"
(``border_continued``). Dev pages: hl12 (ycowaeng, English), hp10 (thenationalpg, English), hy10
(odmekong, Thai). Near misses: a partner named ("exports to Vietnam"), "total trade between the
two countries", "cross-border trade" (the pair's whole trade) and a pair named with "between"
stay figures."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    "text",
    [
        "In the year to March 2030, Laos-Vietnam border trade totalled $2.4 billion. Laotian "
        "exports came to $900 million, and imports to $1.5 billion.",
        "Kenya-Uganda border trade rose 12% in 2030. Exports reached $3 billion.",
    ],
)
def test_border_trade_goes_on(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laos-Vietnam border trade totalled $2.4 billion in 2030. Laotian exports to Vietnam "
            "came to $900 million.",
            ("exports", "LAO", "VNM", *_Y30, "level", 900000000.0, "USD"),
        ),
        (
            "Laos-Vietnam border trade totalled $2.4 billion in 2030. Total trade between the two "
            "countries was $5 billion.",
            ("turnover", "LAO", "VNM", *_Y30, "level", 5000000000.0, "USD"),
        ),
        (
            "Laos-Vietnam cross-border trade totalled $2.4 billion in 2030. Laotian exports came "
            "to $900 million.",
            ("exports", "LAO", "VNM", *_Y30, "level", 900000000.0, "USD"),
        ),
        (
            "Border trade grew in 2030. Trade between Laos and Vietnam reached $5 billion.",
            ("turnover", "LAO", "VNM", *_Y30, "level", 5000000000.0, "USD"),
        ),
    ],
)
def test_partner_or_whole_trade_stays(text: str, expected: tuple) -> None:
    assert expected in _rows(text)
