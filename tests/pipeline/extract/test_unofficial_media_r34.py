"""Round 34 (source_country on real pages): the press, people familiar with a matter and a
research observatory state no authority's figure (NOTES `source_country`: empty for the outlet,
an international body, a company or an analyst). Made-up sentences (``unofficial_source``
vocabulary)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(text: str, date: str = "2030-03-01") -> set:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {r.source_country for r in out.itertuples()}


_BEFORE = "Peru's trade ministry said on Monday that talks with Chile would resume. "


@pytest.mark.parametrize(
    "text",
    [
        "Chile's exports to Peru were worth $3.2 billion in 2029, Peruvian media reported.",
        "Trade between Chile and Peru is expected to reach $5 billion in 2030, according to"
        " people familiar with the matter.",
        "Figures from the Observatory of Economic Complexity show Chile's exports to Peru rose"
        " to $3.2 billion in 2029.",
    ],
)
def test_the_press_and_unnamed_people_are_no_authority(text: str) -> None:
    """Each also ends the ministry's source of the sentence before (a new, unofficial one)."""
    assert _sources(_BEFORE + text) == {None}


def test_near_miss_a_ministry_beside_the_media_is_one() -> None:
    text = (
        "Chile's exports to Peru were worth $3.2 billion in 2029, Peru's trade ministry told"
        " local media."
    )
    assert _sources(text) == {"PER"}
