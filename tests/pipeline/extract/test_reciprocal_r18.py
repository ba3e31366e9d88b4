"""A contrast clause whose subject is the other side of the earlier figure and which names no flow
of its own (issue 15, the kind "wrong pair"): "A's exports to B were $X, while B's stood at $Y",
"A exported $X to B, while B sent $Y in return": B's same flow toward A, as "those of B" is
(``those_of.reciprocal``). Made-up sentences, never page text."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nGhana and Togo\n"


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_HEAD + text).itertuples()}


@pytest.mark.parametrize(
    "clause",
    [
        "while Togo's stood at $210 million",
        "while Togo's—mostly cement and clinker—were just under $210 million",
        "whereas Togo sent $210 million in return",
    ],
)
def test_the_other_sides_elliptical_clause_mirrors_the_pair(clause: str) -> None:
    got = _rows(f"Ghana's exports to Togo reached $480 million in 2030, {clause}.")
    assert ("exports", "GHA", "TGO", 480e6) in got, got
    assert ("exports", "TGO", "GHA", 210e6) in got, got


def test_a_bracketed_restatement_follows_the_mirrored_figure() -> None:
    got = _rows(
        "In 2030, Ghana exported $610m (US$390 million) in goods to Togo, while Togo sent "
        "$95m (US$61 million) in goods in return."
    )
    assert ("exports", "TGO", "GHA", 61e6) in got, got
    assert ("exports", "GHA", "TGO", 390e6) in got, got


def test_imports_mirror_as_well() -> None:
    got = _rows("Ghana's imports from Togo reached $310 million in 2030, while Togo's were $150m.")
    assert ("imports", "TGO", "GHA", 150e6) in got, got


@pytest.mark.parametrize(
    "clause",
    [
        # a noun after the possessive: not the elliptical flow
        "while Togo's share stood at $210 million",
        # no contrast: the other side is no subject
        "and remained Togo's third market at $210 million",
        # a flow of its own: read by its own words
        "while Togo's exports to Ghana stood at $210 million",
    ],
)
def test_near_misses_keep_their_reading(clause: str) -> None:
    got = _rows(f"Ghana's exports to Togo reached $480 million in 2030, {clause}.")
    want_tgo = "exports to Ghana" in clause
    assert (("exports", "TGO", "GHA", 210e6) in got) == want_tgo, got
