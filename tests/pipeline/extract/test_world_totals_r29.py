"""Round 29: a world total in a later clause of a sentence that names a pair first: "..., while
the world total stood at $338bn", "..., while shipments to all destinations reached $33.8bn".
Both were read as the pair's exports (the flow carried from the first clause). Every sentence is
made up. Near misses: another partner named in the later clause stays a partner; a "global
figure" followed by the pair's own trade stays the pair's.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    "clause",
    [
        "while the world total stood at $338 billion",
        "while the global total reached $338 billion",
        "while shipments to all destinations reached $338 billion",
        "while its exports to all markets came to $338 billion",
    ],
)
def test_a_world_total_after_the_pairs_figure_is_no_figure(clause: str) -> None:
    out = figures(
        f"date 2030-08-05\nVietnam's exports to Mexico reached $1.3 billion in July, {clause}."
    )
    assert list(out["value"]) == [1.3e9]


def test_all_named_partners_are_partners() -> None:
    out = figures(
        "date 2030-08-05\nVietnam's exports to Mexico reached $1.3 billion in July, while exports "
        "to Chile reached $0.4 billion."
    )
    assert sorted(zip(out["partner"], out["value"], strict=True)) == [
        ("CHL", 0.4e9),
        ("MEX", 1.3e9),
    ]


def test_a_global_figure_for_the_pairs_trade_stays_the_pairs() -> None:
    out = figures(
        "date 2030-08-05\nVietnam's exports to Mexico reached $1.3 billion in July, and the global "
        "figure for Vietnam-Mexico trade was $2.1 billion."
    )
    assert sorted(zip(out["flow"], out["value"], strict=True)) == [
        ("exports", 1.3e9),
        ("turnover", 2.1e9),
    ]
