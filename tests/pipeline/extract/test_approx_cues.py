"""``approx`` for the verbs and prepositions NOTES.md lists besides "about"/"nearly" (made-up
sentences): a figure stated as a threshold passed ("exceeded", "topped", "crossed the"), a bound
("above", "under") or a neighbourhood ("approaching", "in the region of") is not exact."""

import pytest

from tests.pipeline.extract.test_extract import figures

HEADER = " date 2031-03-02 "


@pytest.mark.parametrize(
    "cue",
    [
        "exceeded",
        "surpassed",
        "topped",
        "crossed the",
        "was above",
        "was under",
        "is approaching",
        "was in the region of",
    ],
)
def test_a_threshold_or_bound_before_the_amount_is_approx(cue: str) -> None:
    text = HEADER + f"Trade between Kenya and Uganda {cue} $1.4 billion in 2030."
    (row,) = figures(text).itertuples()
    assert row.value == 1_400_000_000
    assert row.approx


@pytest.mark.parametrize(
    "sentence",
    [
        # "topped at" means came to (NOTES, round 11): exact
        "Trade between Kenya and Uganda topped at $1.4 billion in 2030.",
        # the cue governs another word, not the amount
        "Trade between Kenya and Uganda, above the regional average, reached $1.4 billion in 2030.",
        "Under the new customs union, trade between Kenya and Uganda reached $1.4 billion in 2030.",
        # (round 53: "estimated at" is approx, as the real-news NOTES say, "Any form of
        # 'estimate' on the amount": test_hunt53_estimate_hedges; the written corpora's older
        # exact reading of it is dropped) an estimate of something else leaves it exact
        "Trade between Kenya and Uganda, estimated at first to be small, reached $1.4 billion "
        "in 2030.",
    ],
)
def test_the_same_words_elsewhere_leave_the_amount_exact(sentence: str) -> None:
    (row,) = figures(HEADER + sentence).itertuples()
    assert row.value == 1_400_000_000
    assert not row.approx
