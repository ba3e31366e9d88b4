"""Round 35: bilateral trade stated as a part of one economy's international trade ("Bilateral
trade made up around $41.3bn of Peru's international trade") is the pair's turnover; an investor
"in" an economy with its amount in brackets ("Chile is the largest investor in Peru ($1.1bn)")
has that economy as the recipient; a relation named by its weight ("a minor investor", "an
important supplier") hangs its amount as a ranked one does; a supplier or customer "of" an
economy ("Chile is the main supplier of Peru") has that economy on the importing or exporting
side. Made-up sentences; near misses keep their readings."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-10-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_bilateral_trade_as_part_of_an_economys_international_trade_is_the_pairs() -> None:
    got = _rows(
        "Chile and Peru signed a deal. Bilateral trade made up around $41.3 billion of Peru's"
        " international trade in 2030 (4.5% of total)."
    )
    assert {r[3] for r in got if r[0] == "turnover"} == {41.3e9}


def test_near_miss_an_economys_own_international_trade_stays_out() -> None:
    got = _rows(
        "Chile and Peru signed a deal. Peru's trade came to $41.3 billion of international trade"
        " in 2030."
    )
    assert not got


def test_the_recipient_before_an_investors_bracket() -> None:
    assert _rows("Chile is the largest investor in Peru ($1.1 billion in 2030).") == {
        ("investment", "PER", "CHL", 1.1e9)
    }
    assert _rows("Chile is a minor investor in Peru ($1.1 billion in 2030).") == {
        ("investment", "PER", "CHL", 1.1e9)
    }


def test_near_miss_a_list_of_investors_stays_the_partners() -> None:
    got = _rows("The largest investors in Peru were Chile ($1.1 billion) and Spain ($0.9 billion).")
    assert got == {("investment", "PER", "CHL", 1.1e9), ("investment", "PER", "ESP", 0.9e9)}


def test_a_supplier_or_customer_of_an_economy() -> None:
    assert _rows("Chile is the main supplier of Peru, with $2 billion in 2030.") == {
        ("imports", "PER", "CHL", 2e9)
    }
    assert _rows("Chile is an important supplier of Peru, with $2 billion in 2030.") == {
        ("imports", "PER", "CHL", 2e9)
    }
    assert _rows("Chile is the largest customer of Peru, with $2 billion in 2030.") == {
        ("exports", "PER", "CHL", 2e9)
    }


def test_near_miss_an_important_market_without_money_and_a_supplier_for() -> None:
    assert not _rows("Chile is an important market with 20 million consumers.")
    assert _rows("Chile is the largest supplier for Peru, with $2 billion in 2030.") == {
        ("imports", "PER", "CHL", 2e9)
    }
