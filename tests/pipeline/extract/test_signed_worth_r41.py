"""Round 41: the value of what was signed is no figure ("firms signed 42 agreements worth $6.7bn at
the investment forum", "signed a memorandum on gas supplies worth €400m"; NOTES: contracts and
deals signed are not investment or trade), whatever flow word the signed document names. Made-up
sentences; near misses keep a trade figure of their own clause."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _values(sentence: str) -> set[float]:
    out = figures(f"date 2031-05-03\nSlovakia and Austria\n\n{sentence}\n")
    return set(out["value"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovak and Austrian firms signed 18 agreements worth €1.2 billion at the investment forum"
        " in Vienna.",
        "Slovakia and Austria signed a memorandum on electricity supplies worth €400 million.",
        "The two sides signed export contracts valued at €250 million.",
    ],
)
def test_what_was_signed_is_no_figure(sentence: str) -> None:
    assert _values(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Since Slovakia and Austria signed the customs agreement, their trade has grown to"
            " €4 billion.",
            4e9,
        ),
        (
            "Slovakia signed an agreement with Austria last year, and its exports to Austria were"
            " worth €2 billion in 2030.",
            2e9,
        ),
    ],
)
def test_a_trade_figure_after_a_signing_stays(sentence: str, value: float) -> None:
    assert value in _values(sentence)
