"""Change direction, structures and pairs on real-news kinds (issue 15, items 5 and 6): each rule
on a made-up sentence that carries the difficulty of a real page, never page text."""

import datetime as dt

import pytest

from pipeline.lexicon import triggers, vocabulary
from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_every_absolute_change_word_has_a_direction() -> None:
    # "fell by $X" is read through the change triggers: a word missing there reads as a rise.
    change = triggers("change")
    missing = [w for w in vocabulary("abs_change") if w.lower() not in change]
    assert not missing


@pytest.mark.parametrize(
    "sentence",
    [
        "Imports of Peru from Chile saw a reduction of $5 million in 2030.",
        "Peru's imports from Chile were reduced by $5 million in 2030.",
        "Peru's imports from Chile recorded a fall of $5 million in 2030.",
        "Peru's imports from Chile fell by $5 million in 2030.",
        "Peru's imports from Chile dipped by $5 million in 2030.",
        "Peru's imports from Chile saw a contraction of $5 million in 2030.",
    ],
)
def test_an_absolute_decrease_is_negative(sentence: str) -> None:
    out = figures("date 2031-02-01\n" + sentence)
    assert _rows(out) == {("imports", "PER", "CHL", "abs_change", -5e6)}, out.to_string()


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's exports to Bolivia recorded a fall of 2.2 per cent in 2030.",
        "Chile's exports to Bolivia plunged 2.2% in 2030.",
        "Chile's exports to Bolivia saw a reduction of 2.2% in 2030.",
        "Chile's exports to Bolivia slumped by 2.2% in 2030.",
        "Chile's exports to Bolivia were 2.2% lower in 2030.",
    ],
)
def test_a_percentage_decrease_is_negative(sentence: str) -> None:
    out = figures("date 2031-02-01\n" + sentence)
    assert _rows(out) == {("exports", "CHL", "BOL", "pct_change", -2.2)}, out.to_string()


def test_a_comparative_right_after_the_percentage_decides_its_sign() -> None:
    # "more than" before the amount is an approximation, not the change's direction.
    out = figures(
        "date 2031-02-01\nChile conducted more than $500 mln in trade with Ecuador in 2030, "
        "9.2% less than in 2029."
    )
    assert ("turnover", "pct_change", -9.2) in {
        (r.flow, r.measure, r.value) for r in out.itertuples()
    }


def test_fell_by_to_from_gives_three_figures() -> None:
    out = figures(
        "date 2031-02-01\nExports from Peru to Chile fell by $12 million to $310 million in 2030, "
        "from $322 million a year earlier."
    )
    got = {(r.measure, r.value, r.period_start) for r in out.itertuples()}
    assert got == {
        ("abs_change", -12e6, D(2030, 1, 1)),
        ("level", 310e6, D(2030, 1, 1)),
        ("level", 322e6, D(2029, 1, 1)),
    }, out.to_string()
