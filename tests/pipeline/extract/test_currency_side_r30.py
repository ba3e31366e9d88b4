"""Round 30: a wire's summit story datelined abroad ("DANANG, VIETNAM: ...") whose trade
sentences name only the partner and state amounts in the outlet's own currency ("overall trade
with New Zealand shrank 16.1 per cent to RM5.90 billion (US$1.42 billion)"): the ringgit's economy,
named on the page, is the other side, not the venue. A sentence naming both sides keeps them, and
a currency of several economies (the dollar) decides nothing. Every sentence is made up."""

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.reporter, r.partner, r.value) for r in out.itertuples()}


def _page(body: str) -> str:
    return (
        "date 2031-11-12\nPrime minister holds talks with Chile's president\nDANANG, VIETNAM: "
        "The prime minister held talks with Chile's president at the summit in Danang, "
        "Vietnam.\nRubber was among the main items Malaysia shipped to Chile last year.\n"
        + body
        + "\n"
    )


def test_the_outlets_currency_names_the_other_side() -> None:
    got = _pairs(
        _page(
            "In 2030, overall trade with Chile shrank 12.4 per cent to RM3.10 billion (US$0.72 "
            "billion)."
        )
    )
    assert got == {("MYS", "CHL", -12.4), ("MYS", "CHL", 3.1e9), ("MYS", "CHL", 0.72e9)}


def test_a_sentence_naming_both_sides_keeps_them() -> None:
    got = _pairs(_page("In 2030, trade between Vietnam and Chile rose to RM3.10 billion."))
    assert {(frozenset(r[:2]), r[2]) for r in got} == {(frozenset({"VNM", "CHL"}), 3.1e9)}


def test_dollars_decide_nothing() -> None:
    got = _pairs(
        _page("In 2030, overall trade with Chile shrank 12.4 per cent to US$0.72 billion.")
    )
    assert ("MYS", "CHL", 0.72e9) not in got
