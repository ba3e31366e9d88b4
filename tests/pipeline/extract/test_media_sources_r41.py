"""Round 41: an outlet named as a publication, news portal, news site or broadcaster states no
country's figure ("according to the Bulgarian publication X": the outlet, not Bulgaria's
authorities); a state body's publication still does. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _sources(sentence: str) -> set[str | None]:
    out = figures(f"date 2031-01-31\nBulgaria and Romania\n\n{sentence}\n")
    assert len(out) == 2, out
    return set(out["source_country"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Bulgaria's exports to Romania rose 40% to EUR 4 bln in 2030, according to the Bulgarian"
        " publication Sofia Daily.",
        "Bulgaria's exports to Romania rose 40% to EUR 4 bln in 2030, the Bulgarian news portal"
        " Dnes reported.",
        "Bulgaria's exports to Romania rose 40% to EUR 4 bln in 2030, according to the Bulgarian"
        " news site Vesti.",
        "Bulgaria's exports to Romania rose 40% to EUR 4 bln in 2030, the Bulgarian broadcaster"
        " Nova said.",
    ],
)
def test_an_outlet_is_no_source(sentence: str) -> None:
    assert _sources(sentence) == {None}


def test_a_ministrys_publication_is_its_countrys() -> None:
    sentence = (
        "Bulgaria's exports to Romania rose 40% to EUR 4 bln in 2030, according to a publication"
        " of the Bulgarian Ministry of Economy."
    )
    assert _sources(sentence) == {"BGR"}
