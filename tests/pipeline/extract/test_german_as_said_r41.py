"""Round 41: a German attribution opening its sentence as a clause of its own, "Wie die polnische
Botschaft in Berlin mitteilte, erreichte ..." (as the Polish embassy in Berlin said) and "Wie aus
Daten des Statistischen Bundesamtes hervorgeht, ..." (according to data of the Federal
Statistical Office), names the figure's source. Made-up sentences; near misses ("Wie erwartet",
"Wie hoch ...") name none."""

import pytest

from tests.pipeline.extract.test_extract import figures

_LEAD = (
    "Der Handel zwischen Deutschland und Polen ist im vergangenen Jahr erneut gewachsen, und die"
    " Unternehmen sind mit der Entwicklung sehr zufrieden."
)


def _rows(sentence: str) -> set[tuple]:
    out = figures(
        f"date 2031-03-01\nHandel zwischen Deutschland und Polen\n\n{_LEAD}\n\n{sentence}\n"
    )
    return {(r.flow, r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wie aus Daten des Statistischen Bundesamtes hervorgeht, stiegen die deutschen Exporte"
            " nach Polen im Jahr 2030 um 5,2 Prozent auf 90 Milliarden Euro.",
            {("exports", "DEU", "POL", 5.2, "DEU"), ("exports", "DEU", "POL", 9e10, "DEU")},
        ),
        (
            "Wie die polnische Botschaft in Berlin mitteilte, erreichte der bilaterale Handel 2030"
            " insgesamt 170 Milliarden Euro.",
            {("turnover", "POL", "DEU", 1.7e11, "POL")},
        ),
    ],
)
def test_an_opening_as_clause_names_the_source(sentence: str, expected: set) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Wie erwartet, erreichte der bilaterale Handel 2030 insgesamt 170 Milliarden Euro.",
        "Der bilaterale Handel erreichte 2030 insgesamt 170 Milliarden Euro.",
    ],
)
def test_no_body_no_source(sentence: str) -> None:
    assert {r[4] for r in _rows(sentence)} == {None}
