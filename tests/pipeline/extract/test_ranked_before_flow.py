"""An economy ranked next with its amount ("C followed with $Y", "C came second with $Y") takes
the place of the one ranked before it even when a trade word comes later in its sentence, after
the amount ("..., and together the two accounted for 80% of A's total exports to the region"):
that later word is a share's base, not the amount's flow (issue 15, round 18: "value never read"
after a ranked figure). A ranked economy named as the trader in a relative clause ("B, which
imported $X from A") is the reporter, so the next one ranked imports from A too.

Made-up sentences, never page text. Near miss: an opening economy that is not ranked ("C said
$Y, or 80% of A's total exports, ...") stays unread.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"
_FIRST = (
    "In the third quarter of 2030, Kenya's main trading partner within the region was Uganda, "
    "which imported KSh 62.5bn worth of goods from Kenya.\n"
)


def _rows(text: str) -> set[tuple]:
    got = figures(_DATE + _FIRST + text).itertuples()
    return {(r.flow, r.reporter, r.partner, r.value) for r in got}


def test_ranked_next_before_a_later_trade_word() -> None:
    got = _rows(
        "Tanzania followed with KSh 48.3bn, and together the two countries accounted for 80 "
        "per cent of Kenya's total exports to the region."
    )
    assert ("imports", "UGA", "KEN", 62.5e9) in got
    assert ("imports", "TZA", "KEN", 48.3e9) in got


def test_an_unranked_opener_stays_unread() -> None:
    got = _rows(
        "Tanzania said KSh 48.3bn, or 80 per cent of Kenya's total exports to the region, "
        "went through its ports."
    )
    assert not {row for row in got if row[3] == 48.3e9}
