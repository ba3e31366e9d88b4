"""Round 41: an active verb of sending or selling with the things sent and their destination
before the worth ("Samoa sends machinery and furniture to Tonga worth around $16m a year", "buys
machinery from Tonga worth $5m") is the subject's exports (imports for buying); people and money
sent ("sends students", "sends remittances") are no trade. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nSamoa and Tonga\n\n{sentence}\n")
    return {(r.flow, r.reporter, r.partner, r.value, bool(r.approx)) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Every year Samoa sends machinery and furniture to Tonga worth around $16 million.",
            ("exports", "WSM", "TON", 1.6e7, True),
        ),
        (
            "Samoa buys machinery and fuel from Tonga worth $5 million a year.",
            ("imports", "WSM", "TON", 5e6, False),
        ),
    ],
)
def test_things_sent_to_a_partner_worth_an_amount(sentence: str, expected: tuple) -> None:
    assert _rows(sentence) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Samoa sends students to Tonga worth $5 million in fees.",
        "Samoa sends remittances to Tonga worth $5 million a year.",
    ],
)
def test_people_or_money_sent_are_no_trade(sentence: str) -> None:
    assert _rows(sentence) == set()
