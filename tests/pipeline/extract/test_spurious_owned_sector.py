"""A country's own flow of one sector with no partner ("X's non-oil exports fell to $Y") is its
trade with the world (NOTES.md, "What is a figure"), as "X's exports" is, even where a later
sentence of the page names another economy. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        # a sector word between the possessive and the flow; the partner country comes later,
        # only as a destination in general
        "date 2031-05-02\nPeru's non-oil exports fell to $2.4 billion in 2030, a report said.\n\n"
        "The slump was due to the slowdown in Chile, the main destination for its goods.",
        # an import of one sector, the other economy named in the next sentence
        "date 2031-05-02\nPeru's agricultural imports rose 12% to $900 million in 2030.\n\n"
        "Officials from Chile visited Lima last week.",
    ],
)
def test_an_owned_sector_flow_without_partner_is_a_world_total(text: str) -> None:
    assert values(text) == set()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near miss: the partner is named in the figure's own clause
        (
            "date 2031-05-02\nPeru's non-oil exports to Chile fell to $2.4 billion in 2030, a "
            "report said.",
            2.4e9,
        ),
        # near miss: the partner named right after the flow word
        (
            "date 2031-05-02\nPeru's agricultural imports from Chile rose 12% to $900 million in "
            "2030.",
            9e8,
        ),
    ],
)
def test_an_owned_sector_flow_with_its_partner_stays(text: str, kept: float) -> None:
    assert kept in values(text)
