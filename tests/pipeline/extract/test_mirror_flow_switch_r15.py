"""A figure naming no economy after a mirror figure (issue 15, round 15: wrong pair): on a page
reporting A's trade, "B's exports to A reached $9m" is A's imports read from B's side; a
following sentence with no country and the other flow ("The goods imported included fuel at
$2m") is A's again (A's imports from B), not B's own imports. A sentence keeping the flow still
continues the mirror figure, and a switch after a figure A reported keeps A.

Every sentence is made up; the near misses must stay as they were.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


PAGE = (
    "date 2031-03-10\nEgypt trade with Jordan\n\nEgypt's exports to Jordan rose to $480.5 million "
    "in 2030, and its imports from Jordan were $150.2 million.\n\n"
)


def test_the_other_flow_after_a_mirror_figure_is_the_pages_reporters() -> None:
    got = rows(
        PAGE + "The value of Jordan's exports to Egypt was $160.4 million in 2030.\n\n"
        "The goods imported in 2030 included aluminium at $90.3 million."
    )
    assert ("imports", "EGY", "JOR", 90.3e6) in got
    assert ("exports", "JOR", "EGY", 160.4e6) in got


def test_the_same_flow_after_a_mirror_figure_continues_it() -> None:
    # near miss: no switch of flow, the mirror figure's pair goes on
    got = rows(
        PAGE + "The value of Jordan's exports to Egypt was $160.4 million in 2030.\n\n"
        "The goods exported in 2030 included aluminium at $90.3 million."
    )
    assert ("exports", "JOR", "EGY", 90.3e6) in got


def test_a_switch_after_the_reporters_own_figure_keeps_it() -> None:
    # near miss: the last figure (imports) was Egypt's own; its other flow stays Egypt's
    got = rows(PAGE + "The goods exported in 2030 included aluminium at $90.3 million.")
    assert ("exports", "EGY", "JOR", 90.3e6) in got
