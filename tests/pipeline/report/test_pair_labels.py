"""Pair labels point the way the goods or the money go (round 52, new-user trial: imports read
``KGZ→BLR`` for Kyrgyzstan's imports from Belarus, against the goods)."""

import pytest

from pipeline.report.labels import pair_label
from pipeline.report.selections import parse_pair


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        ("turnover", "ARM–GEO"),  # unordered
        ("exports", "ARM→GEO"),  # Armenia's exports go to Georgia
        ("imports", "ARM←GEO"),  # Armenia's imports come from Georgia
        ("investment", "ARM←GEO"),  # Georgia invests in Armenia (the recipient reports)
    ],
)
def test_arrow_follows_the_goods_or_the_money(flow: str, expected: str) -> None:
    assert pair_label(flow, "ARM", "GEO") == expected


def test_a_label_as_printed_selects_its_pair() -> None:
    # what a report prints can be pasted back as a --pair selection, whatever the arrow
    for flow in ("turnover", "exports", "imports"):
        assert parse_pair(pair_label(flow, "ARM", "GEO")) == frozenset({"ARM", "GEO"})
