"""Round 35: an amount as the object of an active verb of moving goods that is no flow word
alone ("Chile sent $2.8bn worth of goods to Peru", "firms sent 12 million tons of non-oil goods
worth $5.5bn to Peru", "received $2.8bn worth of goods from Peru"), and a pronoun for the trade
just named after "already"/"still" ("It already stood at $746m"). Made-up sentences; near
misses (remittances, loans, aid) stay out."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-10-01\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start)[:4], r.value) for r in out.itertuples()
    }


def test_sent_or_received_goods_worth_an_amount_are_a_flow() -> None:
    assert _rows("In 2030, Chile sent $2.8 billion worth of goods to Peru.") == {
        ("exports", "CHL", "PER", "2030", 2.8e9)
    }
    assert _rows("In 2030, Chile sent $2.8 billion in goods to Peru.") == {
        ("exports", "CHL", "PER", "2030", 2.8e9)
    }
    assert _rows("In 2030, Chile received $2.8 billion worth of goods from Peru.") == {
        ("imports", "CHL", "PER", "2030", 2.8e9)
    }
    got = _rows(
        "In 2030, Chilean firms sent 12 million tons of goods worth 5.5 billion dollars to Peru."
    )
    assert got == {("exports", "CHL", "PER", "2030", 5.5e9)}


def test_near_miss_money_sent_or_received_that_is_no_goods_stays_out() -> None:
    assert not _rows("In 2030, Chilean migrants in Peru sent $2.8 billion in remittances home.")
    assert not _rows("In 2030, Chile received $2.8 billion in loans from Peru.")
    assert not _rows(
        "Chile sent a delegation to Peru, which received goods worth $5 million in aid."
    )


def test_a_pronoun_after_already_or_still_continues_the_trade_named() -> None:
    got = _rows(
        "Shipments of Chilean products to Peru are growing fast. It already stood at $746 million"
        " in 2030, against only $32.36 million in 2012."
    )
    assert ("exports", "CHL", "PER", "2030", 746e6) in got
    assert ("exports", "CHL", "PER", "2012", 32.36e6) in got
    got = _rows("Chile's exports to Peru rose in 2030. They still stood at $746 million.")
    assert ("exports", "CHL", "PER", "2030", 746e6) in got


def test_near_miss_a_pronoun_with_a_deficit_is_no_flow() -> None:
    assert not {
        r for r in _rows("Chile's exports to Peru rose in 2030. It also had a $5 million deficit.")
    }
