"""Round 41: a person introduced by the country's possessive, a title and the name with no commas
("Jordan's trade minister Ahmed Samir", "Jordan's Minister of Industry and Trade Ahmed Samir") is
that country's, so "He said" in the next sentence names it as the source. Made-up sentences; the
near miss has no name, and "he" stays unresolved."""

import pytest

from tests.pipeline.extract.test_extract import figures

_NEXT = " He said trade between the two countries totalled $1.2 billion in 2030."


def _source(lead: str) -> str | None:
    out = figures(f"date 2031-03-11\n\n{lead}{_NEXT}\n")
    assert len(out) == 1, out
    return out.iloc[0]["source_country"]


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("Jordan's trade minister Ahmed Samir received a delegation from Iraq.", "JOR"),
        (
            "Jordan's Minister of Industry and Trade Ahmed Samir received a delegation from Iraq.",
            "JOR",
        ),
        ("Jordan's trade minister received a delegation from Iraq.", None),
    ],
)
def test_a_person_introduced_with_a_possessive_title(lead: str, source: str | None) -> None:
    assert _source(lead) == source
