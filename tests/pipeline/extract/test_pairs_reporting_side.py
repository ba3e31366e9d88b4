"""Which article country is the other side of a figure naming one country only: issue 15
round 11 (made-up sentences, never page text; each with a near miss)."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


_BLOC_PAGE = (
    "date 2031-03-02\nIn the first half, Ukraine's trade with the EU reached $5.4 billion.\n"
    "Regarding exports, the country earned $2.6 billion from selling goods to the EU.\n"
)


def test_a_market_named_alone_is_the_reporting_country_s() -> None:
    # The page's exports are Ukraine's: a member state named alone as "the largest export
    # market" is Ukraine's market, not the bloc's (the bloc is only the article's other side).
    out = figures(_BLOC_PAGE + "Poland remained the largest export market with $1.23 billion.")
    assert ("exports", "UKR", "POL", 1.23e9) in _rows(out), out
    assert not {r for r in _rows(out) if r[1] == "EU" and r[2] == "POL"}, out


def test_before_any_directed_flow_the_article_order_stands() -> None:
    # Near miss: no exports or imports reported yet, so no reporting country: a turnover with
    # one country named keeps the article's first country as before.
    out = figures(
        "date 2031-03-02\nTrade between the EU and Ukraine reached $5.4 billion in 2030.\n"
        "Poland remained the largest trading partner, with trade of $1.23 billion in 2030."
    )
    assert ("turnover", "EU", "POL", 1.23e9) in _rows(out), out


def test_an_owned_flow_right_after_the_amount_names_its_flow_and_trader() -> None:
    # "$X worth of A's exports", "$X of B's exports": the flow word and its owner right after
    # the amount decide both, over the total's "trade" and the country named earlier.
    out = figures(
        "date 2031-03-02\nTrade between Peru and Chile reached 5.3 billion dollars in 2030, "
        "comprising 2.1 billion dollars’ worth of Peruvian exports to Chile and 3.2 billion "
        "dollars of Chilean exports to Peru."
    )
    got = {r for r in _rows(out) if r[3] != 5.3e9}
    assert got == {("exports", "PER", "CHL", 2.1e9), ("exports", "CHL", "PER", 3.2e9)}, out


def test_a_demonym_after_the_amount_that_owns_no_flow_changes_nothing() -> None:
    # Near miss: "of the Peruvian market" and "worth of goods" name no flow's owner.
    out = figures(
        "date 2031-03-02\nChile's exports to Peru reached $3.2 billion of the Peruvian market "
        "in 2030.\nChile's imports from Peru reached $2.1 billion worth of goods in 2030."
    )
    assert _rows(out) == {("exports", "CHL", "PER", 3.2e9), ("imports", "CHL", "PER", 2.1e9)}
