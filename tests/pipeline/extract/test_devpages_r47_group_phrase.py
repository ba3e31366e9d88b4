"""Round 47, a group of partners in another phrase than the figure's own flow word (:mod:`~.world`).

Kind: a sentence names a group of partners ("with its neighbours", "with neighbouring
countries") in a phrase before the figure's flow word, and that flow word names its one partner
("A's exports to B dropped by $40m"). The group is that other phrase's ("trade disputes
simmering with its neighbours"), so the figure is A's exports to B, not A's trade with a region
(dev page: a statistics release fronted by "With trade and diplomatic disputes simmering with
East African neighbours, ..."). A group that is the flow word's own complement ("imports from
neighbouring countries") or a flow word naming no partner of its own stays a group.

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # a fronted "with" clause naming the group, then "figures showed that"
            "With trade disputes simmering with its neighbours, official figures showed that "
            "Ghana's exports to Togo dropped by $40 million in 2030.",
            "Ghana and Togo",
            {("exports", "GHA", "TGO", *_YEAR, "abs_change", -40_000_000.0)},
        ),
        (  # "amid quarrels with neighbouring countries", the importer's flow from one partner
            "Amid quarrels with neighbouring countries, Chile's imports from Peru rose by $25 "
            "million in 2030, the central bank said.",
            "Chile and Peru",
            {("imports", "CHL", "PER", *_YEAR, "abs_change", 25_000_000.0)},
        ),
    ],
)
def test_group_in_another_phrase(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_group_as_the_flows_own_complement_stays_a_group() -> None:
    # near miss: the figure's own flow word goes to the group ("its imports from neighbouring
    # countries"): a region, no row; the first clause's pair keeps its change
    rows = _rows(
        "Ghana's exports to Togo rose 5%, while its imports from neighbouring countries fell "
        "by $40 million in 2030.",
        "Ghana and Togo",
    )
    assert rows == {("exports", "GHA", "TGO", "None", "None", "pct_change", 5.0)}


def test_group_with_no_named_partner_stays_a_group() -> None:
    # near miss: the flow word's only partner is the group ("exports to its neighbours")
    text = "With disputes simmering, Ghana's exports to its neighbours dropped by $40 million."
    assert _rows(text, "Ghana and Togo") == set()
