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
