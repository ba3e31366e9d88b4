"""A "respectively" sentence's run of economies (issue 15, the kind "wrong pair"): the word in
Spanish and Portuguese ("respectivamente") marks the run as the English word does: each economy
of the run takes its amount in turn. Made-up sentences, never page text."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


def test_respectivamente_is_glossed() -> None:
    assert "respectively" in gloss("con US$ 5 millones y US$ 4 millones, respectivamente", "es")


def test_a_spanish_run_takes_its_amounts_in_turn() -> None:
    got = _rows(
        "date 2031-03-02\nComercio exterior de Chile\n"
        "Las exportaciones de Chile a Brasil sumaron US$ 3.717 millones en 2030. "
        "Las exportaciones de Chile a Japón y Corea del Sur sumaron US$ 5.863 millones y "
        "US$ 4.127 millones, respectivamente, en 2030."
    )
    assert ("exports", "CHL", "JPN", 5.863e9) in got, got
    assert ("exports", "CHL", "KOR", 4.127e9) in got, got
