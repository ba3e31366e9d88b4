"""A pronoun or a participle trading a figure refers back to the sentence's subject (issue 15,
the wrong-pair kind): "A is B's largest buyer, as it imported $5bn", "A remained B's top market,
importing $6bn". Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


# the page's trader is Chile: without the sentence's subject, Chile would report the imports
_LEDE = "date 2031-03-02\nChile's exports rose to $9.8 billion in 2030.\n"


def test_it_imported_refers_back_to_the_subject_of_is() -> None:
    out = figures(
        _LEDE + "Peru is the largest buyer of Chile, as it imported $4.17 billion in 2030."
    )
    assert ("imports", "PER", "CHL", 4.17e9) in _pairs(out), out.to_string()


def test_a_participle_refers_back_to_the_subject_of_remained() -> None:
    out = figures(
        _LEDE + "Neighbouring Peru remained Chile's biggest market, importing $3.3 billion in 2030."
    )
    assert ("imports", "PER", "CHL", 3.3e9) in _pairs(out), out.to_string()
    out = figures(_LEDE + "Bolivia was Chile's main supplier, exporting $1.2 billion in 2030.")
    assert ("exports", "BOL", "CHL", 1.2e9) in _pairs(out), out.to_string()


def test_it_after_another_subject_is_not_referred_back() -> None:
    # near miss: "Chile said it imported" (no connective before "it"): Chile's own imports
    out = figures(
        _LEDE + "Peru is a large market, but Chile said it imported $2.6 billion from Peru in 2030."
    )
    assert ("imports", "CHL", "PER", 2.6e9) in _pairs(out), out.to_string()


def test_a_participle_without_a_trade_verb_keeps_the_pair() -> None:
    # near miss: "receiving" is no trade verb; the figure stays Chile's exports to Peru
    out = figures(
        _LEDE + "Peru remained Chile's top export market, receiving $3.3 billion in 2030."
    )
    assert ("exports", "CHL", "PER", 3.3e9) in _pairs(out), out.to_string()
