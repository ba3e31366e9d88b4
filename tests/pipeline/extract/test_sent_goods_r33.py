"""Round 33 (fw21 twin): "goods sent to X" and "sent goods ... to X" are exports, "goods brought
from X" imports (flow triggers in lexicon/triggers.csv). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(body: str, date: str = "2030-02-01") -> set[tuple]:
    out = figures(f"date {date}\nBelarus trade\n{body}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Last year Belarus's exports rose 18%. Goods sent to Latvia were worth $1.6 billion.",
        "Belarus sent goods worth $1.6 billion to Latvia in 2029.",
    ],
)
def test_goods_sent_to_a_partner_are_exports(text: str) -> None:
    assert ("exports", "BLR", "LVA", "level", 1.6e9) in _rows(text)


def test_goods_brought_from_a_partner_are_imports() -> None:
    got = _rows(
        "Belarus's imports rose in 2029. The value of goods brought from Latvia was $2.4 billion."
    )
    assert ("imports", "BLR", "LVA", "level", 2.4e9) in got


def test_near_miss_a_delegation_sent_is_no_trade() -> None:
    got = _rows("Belarus sent a delegation to Latvia in 2029 to discuss $1.6 billion of deals.")
    assert got == set()
