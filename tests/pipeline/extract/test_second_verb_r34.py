"""Round 34 (breaking pass on direction): a second verb of the same subject for the other flow.
The gerunds "buying", "purchasing", "sourcing", "selling" name their flow ("Poland sold 92bn
euros of goods to Germany, sourcing 80bn from it": imports), and a pronoun subject trades both
of its verbs' amounts ("Turkey depends on Russian energy: it bought $45bn from Russia and sold
$11bn": the $11bn is Turkey's exports, not Russia's). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Laos exported $2.1 billion of goods to Thailand in 2029 while purchasing $4.4 billion"
            " from it.",
            {("exports", "LAO", "THA", 2.1e9), ("imports", "LAO", "THA", 4.4e9)},
        ),
        (
            "Chile shipped $9.5 billion of goods to Brazil in 2029, buying $8.1 billion from its"
            " neighbour.",
            {("exports", "CHL", "BRA", 9.5e9), ("imports", "CHL", "BRA", 8.1e9)},
        ),
        (
            "Austria sold 7 billion euros of goods to Hungary in 2029, sourcing 6 billion euros"
            " from it.",
            {("exports", "AUT", "HUN", 7e9), ("imports", "AUT", "HUN", 6e9)},
        ),
        (
            "Nepal bought $6.2 billion of goods from India in 2029, selling $1.1 billion to it.",
            {("imports", "NPL", "IND", 6.2e9), ("exports", "NPL", "IND", 1.1e9)},
        ),
    ],
)
def test_a_gerund_of_the_other_flow_names_that_flow(text: str, rows: set) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Serbia leans on Hungarian power: it bought $3 billion of goods from Hungary in 2029"
            " and sold $2 billion.",
            {("imports", "SRB", "HUN", 3e9), ("exports", "SRB", "HUN", 2e9)},
        ),
        (
            "For Bhutan, India is everything: it sold $0.9 billion of goods to India in 2029 and"
            " bought $1.4 billion.",
            {("exports", "BTN", "IND", 0.9e9), ("imports", "BTN", "IND", 1.4e9)},
        ),
        (
            "Nepal trades mostly with India. It imported $6.2 billion from India in 2029 and"
            " exported $1.1 billion.",
            {("imports", "NPL", "IND", 6.2e9), ("exports", "NPL", "IND", 1.1e9)},
        ),
    ],
)
def test_a_pronoun_trades_both_of_its_verbs_amounts(text: str, rows: set) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the country's name in the pronoun's place: read so before this round
        (
            "Serbia bought $3 billion of goods from Hungary in 2029 and sold $2 billion.",
            {("imports", "SRB", "HUN", 3e9), ("exports", "SRB", "HUN", 2e9)},
        ),
        # the second verb with a subject of its own
        (
            "Serbia bought $3 billion of goods from Hungary in 2029, and Hungary sold it $2"
            " billion of power.",
            {("imports", "SRB", "HUN", 3e9), ("exports", "HUN", "SRB", 2e9)},
        ),
    ],
)
def test_near_miss_a_named_subject(text: str, rows: set) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Tunisia shipped 4.1 billion euros of goods to Italy in 2029 and received 3.8 billion"
            " euros in return.",
            {("exports", "TUN", "ITA", 4.1e9), ("imports", "TUN", "ITA", 3.8e9)},
        ),
        (
            "Tunisia exported 4.1 billion euros of goods to Italy in 2029, while receiving 3.8"
            " billion euros of Italian goods.",
            {("exports", "TUN", "ITA", 4.1e9), ("imports", "TUN", "ITA", 3.8e9)},
        ),
    ],
)
def test_receiving_after_sending_is_the_subject_s_imports(text: str, rows: set) -> None:
    """A second clause that receives goods after one that sends them (``flow_cues._RECEIVED``):
    the subject's imports, not the first clause's exports carried on (a false second value
    for the same key)."""
    assert _rows(text) == rows


def test_near_miss_received_money_is_no_trade() -> None:
    text = (
        "Tunisia exported 4.1 billion euros of goods to Italy in 2029 and received 0.8 billion"
        " euros in loans from Rome."
    )
    assert _rows(text) == {("exports", "TUN", "ITA", 4.1e9)}
