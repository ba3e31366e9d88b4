"""Round 44: the first item of a list of goods right after its cue ("were led by", "consisted
of", "included", "dominated by") with its own amount ("worth", "valued at", "at", a bracket) is
that item's figure, not the flow's total (NOTES: a single product is not annotated). A cue that
describes the total with no amount after its item ("exports, led by tea, reached $500m") keeps
the total. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _values(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.scope, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Belgian exports to Ghana in 2030 were led by perfume blends valued at $38.2 million,"
        " then frozen poultry at $21.7 million.",
        "Ghana's exports to Belgium in 2030 were led by cocoa butter, worth $64 million, followed by"
        " cashew nuts at $19 million.",
        "Ghana's exports to Belgium in 2030 mainly consisted of cocoa butter valued at $64 million.",
    ],
)
def test_the_first_item_after_a_goods_cue_is_that_items_figure(text: str) -> None:
    assert _values(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's exports to Belgium, led by cocoa butter, reached $640 million in 2030.",
            ("exports", "GHA", "BEL", "total", 640e6),
        ),
        (
            "Ghana's exports to Belgium, which are led by cocoa butter, were worth $640 million in"
            " 2030.",
            ("exports", "GHA", "BEL", "total", 640e6),
        ),
    ],
)
def test_near_miss_a_cue_that_describes_the_total(text: str, expected: tuple) -> None:
    assert _values(text) == {expected}
