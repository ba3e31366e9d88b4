"""Reporter/partner swaps (issue 15, the wrong-pair kind): who imports or invests when the
owner of the flow is not its trader. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_a_countrys_imports_into_another_are_the_others_imports() -> None:
    # "Chile's imports into Peru": Chilean goods entering Peru, so Peru imports from Chile
    out = figures("date 2031-03-02\nChile's imports into Peru rose to $420 million in 2030.")
    assert _pairs(out) == [("imports", "PER", "CHL", 420e6)], out.to_string()
    # one word between the demonym and "imports" ("merchandise", "total")
    out = figures("date 2031-03-02\nBolivian merchandise imports to Peru fell 3.2% in 2030.")
    assert _pairs(out) == [("imports", "PER", "BOL", -3.2)], out.to_string()


def test_a_countrys_imports_from_another_stay_its_own() -> None:
    out = figures("date 2031-03-02\nChile's imports from Peru rose to $420 million in 2030.")
    assert _pairs(out) == [("imports", "CHL", "PER", 420e6)], out.to_string()
    out = figures("date 2031-03-02\nChile's imports rose to $420 million in 2030 from Peru.")
    assert _pairs(out) == [("imports", "CHL", "PER", 420e6)], out.to_string()


def test_a_rise_in_a_demonyms_investment_is_that_countrys_investment() -> None:
    # "a rise of 12% in Chilean investment in Peru": the "in" is the rise's, Chile invests
    out = figures("date 2031-03-02\nIn 2030 there was a rise of 12% in Chilean investment in Peru.")
    assert _pairs(out) == [("investment", "PER", "CHL", 12.0)], out.to_string()


def test_investment_in_a_demonyms_companies_goes_to_that_country() -> None:
    out = figures(
        "date 2031-03-02\nIn 2030 Peruvian funds put $75 million of investment in Chilean "
        "companies."
    )
    assert _pairs(out) == [("investment", "CHL", "PER", 75e6)], out.to_string()


def test_a_ranking_trailed_by_another_market_keeps_the_exporter() -> None:
    # "A was the largest market with $X, trailed by B with $Y": B takes A's place, not A's exports
    out = figures(
        "date 2031-03-02\nPeru's exports rose to $9.4 billion in 2030.\n"
        "Chile remained the largest export market with $2.31 billion, trailed by Bolivia with "
        "$1.46 billion."
    )
    assert ("exports", "PER", "BOL", 1.46e9) in _pairs(out), out.to_string()


def test_an_amount_trailing_a_ranking_without_its_word_stays_with_its_clause() -> None:
    # no ranking word: Bolivia with its amount is Chile's own trade with it
    out = figures(
        "date 2031-03-02\nPeru's exports rose to $9.4 billion in 2030.\n"
        "Chile imported goods worth $2.31 billion, and trade with Bolivia with $1.46 billion."
    )
    assert ("turnover", "CHL", "BOL", 1.46e9) in _pairs(out), out.to_string()
