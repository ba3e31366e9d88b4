"""A share aside between a sector and its amount (issue 15, the kind "wrong scope"): "garments,
which account for 71% of total exports to B, recorded $X": the aside's "total exports" is what the
share is of; the amount is still the sector's (``scope._share_aside``). Made-up sentences, never
page text."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nGhana's exports to Togo\n"


def _scopes(text: str) -> dict[float, str]:
    return {r.value: r.scope for r in figures(_HEAD + text).itertuples()}


@pytest.mark.parametrize(
    "sentence, scope",
    [
        (
            "Garments, which account for 71% of total exports to Togo, recorded $512 million "
            "in 2030.",
            "textiles",
        ),
        (
            "Cocoa exports rose in 2030. The rise in exports of agricultural products, "
            "accounting for 42% of Ghana's overall exports to Togo, was 17.5% in 2030.",
            "agriculture",
        ),
        (
            "Steel that makes up 30 percent of total exports to Togo earned $86 million in 2030.",
            "metals",
        ),
    ],
)
def test_the_sector_before_a_share_aside_is_the_amounts(sentence: str, scope: str) -> None:
    got = _scopes(sentence)
    amount = 512e6 if "512" in sentence else 17.5 if "17.5" in sentence else 86e6
    assert got.get(amount) == scope, got


def test_a_share_as_the_main_verb_leaves_the_total_its_amount() -> None:
    # "garments account for 64% of total exports to Togo, which recorded $Y": Y is the total's
    got = _scopes(
        "Garments account for 64% of total exports to Togo, which recorded $744 million in 2030."
    )
    assert got.get(744e6) == "total", got
