"""Flow words real pages use that the trigger list missed (round 14): "two-way commerce" and
"the level of commerce" (NOTES: commerce is turnover); a buyer's passive verb and noun ("bought by
B", "B's purchases of"), B being the importer; an amount that is the subject of a passive trade
verb after its goods ("$5m worth of machinery was imported from B"), which outranks a trade word
of an earlier clause; the amount of a trading partner ("B is A's 14th largest trading partner with
$5bn"), both directions as "trade partner" is. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()]


def test_two_way_commerce_and_the_level_of_commerce_are_turnover() -> None:
    out = figures(
        "date 2031-02-10\nIn 2030, Peru's two-way commerce with Chile declined by 2.5 per cent "
        "to $13.21 billion."
    )
    assert ("turnover", "PER", "CHL", "level", 13.21e9) in _rows(out), out.to_string()
    assert ("turnover", "PER", "CHL", "pct_change", -2.5) in _rows(out), out.to_string()
    out = figures(
        "date 2031-02-10\nPeru and Chile signed a new accord. Between 2027 and 2030, the level "
        "of commerce has grown 48.2 per cent."
    )
    assert [r[:4] for r in _rows(out)] == [("turnover", "PER", "CHL", "pct_change")], out


def test_a_chamber_of_commerce_is_no_flow() -> None:
    # near miss: "commerce" in an institution's name names no trade
    out = figures(
        "date 2031-02-10\nThe Peru-Chile Chamber of Commerce raised $2.4 million for its new "
        "office in 2030."
    )
    assert out.empty, out.to_string()


def test_a_buyer_named_after_by_is_the_importer() -> None:
    out = figures(
        "date 2031-02-10\nA breakdown of the trade between Peru and Chile showed that the "
        "largest item bought by Chile was copper ore at $512.3 million."
    )
    assert _rows(out) == [("imports", "CHL", "PER", "level", 512.3e6)], out.to_string()
    out = figures(
        "date 2031-02-10\nPeruvian exports of copper to Chile reached US$ 2.3 billion in 2030, "
        "while Chilean purchases of zinc totaled US$ 1.4 billion."
    )
    assert ("imports", "CHL", "PER", "level", 1.4e9) in _rows(out), out.to_string()
    assert ("exports", "PER", "CHL", "level", 2.3e9) in _rows(out), out.to_string()


def test_a_seller_named_after_by_is_the_exporter() -> None:
    # near miss: the agent of "sold by" sends the goods
    out = figures(
        "date 2031-02-10\nPeru and Chile trade a lot. In 2030, the copper sold by Peru to Chile "
        "reached $5.3 million."
    )
    assert [r[:3] for r in _rows(out)] == [("exports", "PER", "CHL")], out.to_string()


def test_the_amounts_own_passive_verb_names_its_flow() -> None:
    out = figures(
        "date 2031-02-10\nA study of Peru's global trade in 2030 showed that $14.3 billion worth "
        "of electrical and other machinery was imported from Chile."
    )
    assert [r[:4] for r in _rows(out)] == [("imports", "PER", "CHL", "level")], out.to_string()
    out = figures(
        "date 2031-02-10\nFrom January to October 2030, as much as 2.417 billion euros worth of "
        "goods from Peru were exported to Chile."
    )
    assert _rows(out) == [("exports", "PER", "CHL", "level", 2.417e9)], out.to_string()


def test_a_passive_verb_of_another_clause_keeps_the_amounts_flow() -> None:
    # near miss: the verb after the amount has a subject of its own ("as more copper ...")
    out = figures(
        "date 2031-02-10\nIn 2030, Peru's imports from Chile reached $5.2 million as more copper "
        "was exported."
    )
    assert _rows(out) == [("imports", "PER", "CHL", "level", 5.2e6)], out.to_string()


def test_a_trading_partners_amount_is_turnover() -> None:
    out = figures(
        "date 2031-02-10\nIn 2030, Chile ranked amongst the top 5 Peru's trading partners at a "
        "volume of $5.321 billion."
    )
    assert _rows(out) == [("turnover", "PER", "CHL", "level", 5.321e9)], out.to_string()
    out = figures(
        "date 2031-02-10\nPeru and Chile met. Chile is currently Peru's 14th largest goods "
        "trading partner with $13.4 billion in total (two way) goods trade during 2030."
    )
    assert _rows(out) == [("turnover", "PER", "CHL", "level", 13.4e9)], out.to_string()


def test_a_trading_partner_aside_keeps_the_clauses_flow() -> None:
    # near misses: a flow word of the clause wins over the partner named beside it, and a
    # balance with a trading partner stays no figure
    out = figures(
        "date 2031-02-10\nImports coming from Chile, Peru's main trading partner, which totalled "
        "$173.15 million in 2030, fell."
    )
    assert [r[:3] for r in _rows(out)] == [("imports", "PER", "CHL")], out.to_string()
    out = figures(
        "date 2031-02-10\nIn 2030, Peru's biggest deficit with a trading partner, $2.344 billion, "
        "was with Chile."
    )
    assert out.empty, out.to_string()


def test_a_total_to_a_partner_named_by_reference_is_the_pairs() -> None:
    out = figures(
        "date 2031-02-10\nPeru and Chile met in Lima. In 2030, Peru's total exports to the "
        "neighbouring country were valued at 612 million USD."
    )
    assert _rows(out) == [("exports", "PER", "CHL", "level", 612e6)], out.to_string()


def test_a_total_with_no_partner_stays_the_countrys() -> None:
    # near misses: no other side named, or "to date" (a time, not a partner)
    for text in ("Peru's total exports", "Peru's total exports to date"):
        out = figures(
            f"date 2031-02-10\nPeru and Chile met in Lima. In 2030, {text} were valued at "
            "612 million USD."
        )
        assert out.empty, (text, out.to_string())
