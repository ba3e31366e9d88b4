"""A ranking that goes on after a figure with no trade word of its own (issue 15, the kind
"value never read"): "B ranked second with $Y, followed by C with $Z", "B followed with $Y",
"B ranked third with $Y, and C was fourth with $Z". Each economy ranked after the figure is the
figure's partner in turn. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_FIRST = "date 2031-03-02\nThe report said Ghana ranked first for Kenyan exports in 2030 with $3.1 billion.\n"


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_FIRST + text).itertuples()}


def test_an_economy_followed_by_another_both_take_the_rankings_place() -> None:
    got = _rows(
        "Uganda ranked second with about $2.4 billion, followed by Rwanda with $910 million."
    )
    assert ("exports", "KEN", "UGA", 2.4e9) in got
    assert ("exports", "KEN", "RWA", 910e6) in got


def test_an_economy_that_followed_with_an_amount_is_ranked_next() -> None:
    assert ("exports", "KEN", "UGA", 2.4e9) in _rows("Uganda followed with $2.4 billion.")


def test_a_second_ranked_clause_goes_on_with_the_ranking() -> None:
    got = _rows("Uganda ranked third with $2.4 billion, and Rwanda was fourth with $910 million.")
    assert ("exports", "KEN", "RWA", 910e6) in got
    assert not any(r[1] == "RWA" for r in got), got


def test_a_product_followed_by_or_an_economy_that_followed_suit_stays_unread() -> None:
    # near misses: a product after "followed by"; "followed suit" ranks nothing
    got = _rows("Uganda ranked second with about $2.4 billion, followed by tea with $910 million.")
    assert not any(r[3] == 910e6 for r in got), got
    got = _rows("Uganda followed suit, signing a loan from Rwanda of $910 million.")
    assert not any(r[3] == 910e6 for r in got), got


def test_an_economy_behind_a_deal_is_not_ranked() -> None:
    # "was behind the/a ... deal": the economy stands behind a thing, no rank; near misses: "was
    # close behind" and "was behind with" rank
    for text in (
        "Uganda was behind the $910 million rail deal signed with China.",
        "Uganda was behind a $910 million rail deal signed with China.",
    ):
        got = _rows(text)
        assert ("exports", "KEN", "UGA", 910e6) not in got, (text, got)
    assert ("exports", "KEN", "UGA", 910e6) in _rows("Uganda was close behind with $910 million.")
    assert ("exports", "KEN", "UGA", 910e6) in _rows("Uganda was behind with $910 million.")
