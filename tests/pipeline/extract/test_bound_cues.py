"""``bound=lower|upper`` in a figure's evidence (made-up sentences): the direction of a bound
word right before the number; it leaves ``approx`` as it was, and moves ``confidence`` only by
the weight the calibration fitted to it (none before round 15's refit)."""

import pytest

from pipeline.extract.confidence import _weights, features, figure_confidence, score
from pipeline.reconcile.bounds import bound_from_evidence
from tests.pipeline.extract.test_extract import figures

HEADER = " date 2031-03-02 "


def only(sentence: str):
    (row,) = figures(HEADER + sentence).to_dict("records")
    return row


@pytest.mark.parametrize(
    ("sentence", "value", "bound"),
    [
        ("Trade between Kenya and Uganda was more than $5 million in 2030.", 5e6, "lower"),
        ("Trade between Kenya and Uganda was about $5 million in 2030.", 5e6, None),
        ("Trade between Kenya and Uganda was $5 million in 2030.", 5e6, None),
        ("Trade between Kenya and Uganda grew by over 20 percent in 2030.", 20, "lower"),
        ("Trade between Kenya and Uganda could reach up to $3bn in 2030.", 3e9, "upper"),
        ("Trade between Kenya and Uganda was at least $5 million in 2030.", 5e6, "lower"),
        ("Trade between Kenya and Uganda was less than $5 million in 2030.", 5e6, "upper"),
        ("Trade between Kenya and Uganda exceeded $1.4 billion in 2030.", 1.4e9, "lower"),
    ],
)
def test_a_bound_word_before_the_number(sentence: str, value: float, bound: str | None) -> None:
    row = only(sentence)
    assert abs(row["value"]) == value
    assert bound_from_evidence(row["evidence"]) == bound
    assert ("bound=" in row["evidence"]) == (bound is not None)


def test_over_governing_another_phrase_is_no_bound() -> None:
    # "over the year": the word does not end the text before the amount; nor is it approx
    row = only("Trade between Kenya and Uganda grew over the year to $5 million in 2030.")
    assert row["value"] == 5e6
    assert bound_from_evidence(row["evidence"]) is None and not row["approx"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports from Kenya to Uganda rose 4 percent up to $2.1 billion in 2030.",
        "The ministers plan to bring trade between Kenya and Uganda up to $2.1 billion in 2030.",
    ],
)
def test_up_to_after_a_change_names_the_level_reached(sentence: str) -> None:
    rows = figures(HEADER + sentence)
    row = rows[rows["value"] == 2.1e9].iloc[0]
    assert bound_from_evidence(row["evidence"]) is None


def test_the_bound_token_weighs_only_what_the_calibration_gave_it() -> None:
    # calibrate.py --fit weighs ``bound=`` like any evidence token (on the 750 dev pages of
    # round 15, figures stated as bounds were right less often than others)
    row = only("Trade between Kenya and Uganda was more than $5 million in 2030.")
    plain = row["evidence"].replace(";bound=lower", "")
    assert plain != row["evidence"]
    facets = (row["scope"], row["status"], bool(row["approx"]), row["measure"])
    tokens = features(plain, *facets)
    weights = _weights()
    assert figure_confidence(row) == row["confidence"] == score([*tokens, "bound=lower"], weights)
    assert figure_confidence(row, plain) == score(tokens, weights)
    # a calibration without the token leaves the confidence as it was without it
    unfitted = {k: v for k, v in weights.items() if not k.startswith("bound=")}
    assert score([*tokens, "bound=lower"], unfitted) == figure_confidence(row, plain)
