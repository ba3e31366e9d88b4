"""Sector forms (issue 15, the kind "wrong scope"): a sector that sets the topic of the next
sentence ("Trade in services is also growing. In 2030 it rose 41%", "the value of these
exports"; ``scope_topic``), the sector an amount "came from", the goods of "a 12% rise in
garment exports", and a sector as the subject of a share with its amount after "with"
(``scope``). Made-up sentences, never page text."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nGhana's exports to Togo\n"


def _scopes(text: str) -> dict[float, str]:
    return {r.value: r.scope for r in figures(_HEAD + text).itertuples()}


def test_a_topic_sentence_sets_the_pronouns_sector() -> None:
    got = _scopes(
        "Ghana and Togo traded goods worth $900 million in 2030. Trade in services is also "
        "growing. In 2030, it increased by 41.2% compared to 2029, reaching $173.4 million."
    )
    assert got.get(900e6) == "total", got
    assert got.get(41.2) == "services", got
    assert got.get(173.4e6) == "services", got


def test_a_topic_sentence_without_a_sector_leaves_the_total() -> None:
    got = _scopes(
        "Ghana and Togo traded goods worth $900 million in 2030. Trade is also growing fast. "
        "In 2030, it increased by 41.2% compared to 2029."
    )
    assert got.get(41.2) == "total", got


def test_these_exports_are_the_sector_named_before() -> None:
    got = _scopes(
        "Steel bars ranked first among Ghana's products exported to Togo, at 41,000 tonnes. "
        "The value of these exports totalled $19.3 million, up 12.5 percent."
    )
    assert got.get(19.3e6) == "metals", got


def test_all_exports_after_a_sector_sentence_stay_total() -> None:
    got = _scopes(
        "Steel bars ranked first among Ghana's products exported to Togo, at 41,000 tonnes. "
        "The value of all exports rose to $19.3 million."
    )
    assert got.get(19.3e6) == "total", got


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Of the $1.5 billion earned from exports to Togo in 2030, $812.6 million or 54.2 per "
            "cent came from the garment sector.",
            "textiles",
        ),
        ("Exports to Togo were $812.6 million in 2030, most of which came from garments.", "total"),
        (
            "This amounts to a 12.4 per cent increase in garment exports to Togo over 2029.",
            "textiles",
        ),
        (
            "This amounts to a 12.4 per cent increase in exports to Togo over 2029, led by garments.",
            "total",
        ),
    ],
)
def test_a_sector_after_the_amount(sentence: str, scope: str) -> None:
    got = _scopes(sentence)
    amount = 812.6e6 if "812.6" in sentence else 12.4
    assert got.get(amount) == scope, got


def test_a_sector_subject_of_a_share_owns_the_amount_with_it() -> None:
    got = _scopes(
        "The garment sector accounted for 63 percent of the total exports to Togo with $712 "
        "million in 2030, a 21 percent increase from 2029."
    )
    assert got.get(712e6) == "textiles", got


def test_a_sector_named_as_the_cause_sets_no_topic() -> None:
    got = _scopes(
        "Ghana's exports to Togo reached $1.2 billion in 2030. The main reason behind this rise is "
        "the growing volume of steel exports to Togo. Shipments to Togo in 2030 were more than "
        "four times the record set in 2029."
    )
    assert got.get(4.0) in (None, "total"), got


def test_a_product_amount_left_unread_sets_no_topic() -> None:
    got = _scopes(
        "Ghana's exports to Togo reached $1.2 billion in 2030. Crude oil topped the list of export "
        "items to Togo, bringing home $98.9 million. It was followed by cocoa ($18.4 million)."
    )
    assert got.get(18.4e6) in (None, "total"), got


@pytest.mark.parametrize(
    "sentence, amount, scope",
    [
        (
            "Ghana's steel exports to Togo reached $48 million in 2030, while Togo's exports to "
            "Ghana hit $5.1 billion.",
            5.1e9,
            "total",
        ),
        (
            "Ghana's garment exports to Togo rose to $5.2 million in 2030 from $4.1 million in 2029.",
            4.1e6,
            "textiles",
        ),
    ],
)
def test_a_clause_with_its_own_flow_word_takes_no_earlier_sector(
    sentence: str, amount: float, scope: str
) -> None:
    assert _scopes(sentence).get(amount) == scope
