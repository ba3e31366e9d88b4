"""A country's whole trade read as the page's pair (issue 15, round 12, spurious kind): an
amount whose sentence names no partner ("Exports rose 3% to $94 billion") takes the page's pair;
when the page states that pair's trade for the same period, with the partner named, and the
unowned amount is far larger, it is the country's total with all partners, not a figure
(NOTES.md, "What is a figure"), and so are its sentence's other figures of the pair.

Every sentence is made up.
"""

import pytest

from tests.pipeline.extract.test_extract import figures

PAIR = "date 2031-03-02\nChile's exports to Peru reached $1.2 billion in 2030, up 5% from 2029.\n\n"


def values(text: str) -> set[float]:
    return {float(round(v, 2)) for v in figures(text)["value"]}


@pytest.mark.parametrize(
    ("whole", "gone"),
    [
        # a statistics-office release: the country's exports and imports after the pair's
        (
            "Exports rose 3% to $94 billion in 2030, a record, and imports climbed 6% to "
            "$88 billion.",
            {3.0, 94e9, 6.0, 88e9},
        ),
        # a wire story: the earlier level in the same sentence goes with it
        ("In 2030 exports totalled $61.5 billion, against $58 billion in 2029.", {61.5e9, 58e9}),
    ],
)
def test_an_unowned_amount_larger_than_the_pairs_is_the_countrys_whole_trade(
    whole: str, gone: set[float]
) -> None:
    got = values(PAIR + whole)
    assert {1.2e9, 5.0} <= got
    assert not got & gone


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near miss: the unowned amount fits the pair's (a restatement), so it stays the pair's
        ("Exports rose 3% to $1.3 billion in 2030.", 1.3e9),
        # near miss: another period; the pair's trade may have grown since
        ("Exports rose 3% to $9.4 billion in 2019.", 9.4e9),
        # near miss: the sentence points at the partner; turnover exceeds one flow
        ("Trade between the two countries rose 3% to $9.4 billion in 2030.", 9.4e9),
    ],
)
def test_an_amount_that_may_be_the_pairs_is_kept(text: str, kept: float) -> None:
    assert kept in values(PAIR + text)
