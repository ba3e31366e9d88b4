"""Round 46: "its imports" after a clause whose flow names a partner continues that pair.

"The Kingdom's exports to Egypt reached $X, and its imports amounted to $Y": the imports are
from Egypt, as when the owner is named ("Jordan's exports to Egypt ..., and its imports ...").
"its total imports" stays the country's trade with the world (NOTES: not a figure).
Made-up sentences.
"""

import pytest

from tests.pipeline.extract.test_extract import figures

LEAD = "Trade between Jordan and Egypt reached 540 million dinars in 2030. "


def _flows(body: str) -> list[tuple[str, str, str, float]]:
    out = figures(f" date 2031-02-01\nJordan and Egypt\n\n{LEAD}{body}\n")
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()][1:]


@pytest.mark.parametrize(
    "body",
    [
        "The Kingdom's exports to Egypt reached 310 million, and its imports amounted to 230"
        " million.",
        "The country's exports to Egypt rose to 310 million dinars while its imports stood at 230"
        " million dinars.",
    ],
)
def test_its_other_flow_keeps_the_partner_of_the_clause_before(body: str) -> None:
    assert _flows(body) == [
        ("exports", "JOR", "EGY", 310_000_000),
        ("imports", "JOR", "EGY", 230_000_000),
    ]


def test_near_miss_its_total_imports_stay_a_world_total() -> None:
    body = "The Kingdom's exports to Egypt reached 310 million, while its total imports amounted to 9 billion."
    assert _flows(body) == [("exports", "JOR", "EGY", 310_000_000)]
