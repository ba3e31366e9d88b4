"""Round 34 (breaking pass on direction): a ranked supplier, customer or investor with a bare
amount — "Thailand was Laos' largest supplier in 2029 with $3.9 billion", "Peru was Chile's
main client (8 billion dollars)", "Korea is the second-largest investor in Peru, with $2.6
billion". The relation names the flow (a supplier's amount is the supplied side's imports, a
customer's the sold side's exports, an investor's investment) and its sides. Made-up sentences
(``flow_cues._RANKED_RELATION``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Thailand was Laos' largest supplier in 2029 with $3.9 billion.",
            ("imports", "LAO", "THA", 3.9e9),
        ),
        (
            "Thailand was Laos' largest supplier in 2029 at $3.9 billion.",
            ("imports", "LAO", "THA", 3.9e9),
        ),
        (
            "Laos' biggest supplier in 2029 was Thailand, with $3.9 billion.",
            ("imports", "LAO", "THA", 3.9e9),
        ),
        (
            "Peru remained Chile's main client in 2029 (8 billion dollars).",
            ("exports", "CHL", "PER", 8e9),
        ),
        (
            "Korea was Peru's top buyer, taking $2.2 billion of Peruvian goods in 2029.",
            ("exports", "PER", "KOR", 2.2e9),
        ),
        (
            "Korea is the second-largest investor in Peru, with $2.6 billion in 2029.",
            ("investment", "PER", "KOR", 2.6e9),
        ),
    ],
)
def test_a_ranked_relation_names_the_flow_of_its_bare_amount(text: str, row: tuple) -> None:
    assert _rows(text) == {row}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a flow word in the clause says the flow itself
        (
            "Thailand was Laos' largest supplier in 2029, with exports worth $3.9 billion.",
            {("exports", "THA", "LAO", 3.9e9)},
        ),
        # no rank: "buyers" are people, not the economy's rank
        ("Buyers from Korea paid $2.2 billion at the Lima fair in 2029.", set()),
    ],
)
def test_near_miss_a_flow_word_or_no_rank(text: str, rows: set) -> None:
    assert _rows(text) == rows
