"""A total trade whose owners are both sides of the pair ("the total trade of A and B", Indonesian
"total perdagangan A dan B") is the pair's turnover, not one country's whole trade (issue 15,
round 18: "value never read" after "total trade of"). Made-up sentences, never page text; near
misses: "the total trade of A" with no second owner stays A's world total, and an Indonesian
"perdagangan A dan" before a common noun is left as it was.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"


def _rows(text: str) -> set[tuple]:
    got = figures(_DATE + text).itertuples()
    return {(r.flow, r.reporter, r.partner, r.value) for r in got}


def test_total_trade_of_both_sides_is_the_pairs() -> None:
    got = _rows("In 2030, the total trade of Chile and Peru reached $4.7 billion.")
    assert ("turnover", "CHL", "PER", 4.7e9) in got


def test_total_trade_of_one_country_stays_out() -> None:
    # near misses: one owner, or a second capitalised name that is no owner of the trade
    assert not _rows("In 2030, the total trade of Chile reached $4.7 billion.")
    assert not _rows(
        "In 2030, the total trade of Chile reached $4.7 billion, and Peru was its third partner."
    )


def test_indonesian_trade_of_a_pair_glosses_between() -> None:
    assert (
        gloss("Pada 2030, total perdagangan Indonesia dan Vietnam mencapai US$8,4 miliar", "id")
        == "in 2030, total trade between Indonesia and Vietnam reached US$8.4 billion"
    )
    # near miss: "dan" before a common noun joins two nouns, not two owners
    assert (
        gloss("perdagangan Indonesia dan ekspor naik", "id") == "trade Indonesia and exports rose"
    )
