"""Round 46, German development pages: what the word-for-word gloss lost, fixed as a kind.

- "Kirgistan" (the short spelling beside "Kirgisistan"): Kyrgyzstan (row).
- The verb before its subject after a fronted source ("Den Angaben der GTAI zufolge importierte
  Deutschland ..."): subject, verb (:mod:`~.german`).
- A level verb before its subject, a flow with its owner ("Im Jahr 2030 betrugen die deutschen
  Exporte nach Polen 5 Mrd. Euro"; "erreichten die Investitionen ..."): subject, verb, so the
  owner is no destination (:mod:`~.german`).
- A bracket's sign spaced from its rate ("(- 2,1 %)", "(+ 4,3 %)"): a change, its sign kept
  (:mod:`~.numbers`, :mod:`~.measure`).
- "rd." (rund) before a number: a hedge, no sentence end (``ingest.segment``).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Deutschland und Polen") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Kirgistan"
            "Der Handel zwischen Kirgistan und Polen erreichte 2030 rund 61 Millionen Euro.",
            {("turnover", "KGZ", "POL", *_YEAR, "level", 61_000_000.0, "EUR")},
        ),
        (  # "zufolge" (according to) then the verb before its subject
            "Den Angaben des Statistikamts zufolge exportierte Polen 2030 Waren für rund 37 "
            "Millionen Euro nach Kirgistan.",
            {("exports", "POL", "KGZ", *_YEAR, "level", 37_000_000.0, "EUR")},
        ),
        (  # "betrugen die deutschen Exporte nach Polen"
            "Im Jahr 2030 betrugen die deutschen Exporte nach Polen 5,4 Mrd. Euro.",
            {("exports", "DEU", "POL", *_YEAR, "level", 5_400_000_000.0, "EUR")},
        ),
        (  # "erreichten die polnischen Investitionen in Deutschland", another verb, a stock
            "Nach Angaben der Zentralbank erreichten die polnischen Investitionen in Deutschland "
            "am Ende des Jahres 2030 insgesamt 2,2 Mrd. Euro.",
            {("investment", "DEU", "POL", "None", "2030-12-31", "level", 2_200_000_000.0, "EUR")},
        ),
        (  # "(- 2,1 %)" and "(+ 4,3 %)"
            "Im Jahr 2030 betrugen die Ausfuhren Polens nach Deutschland 9,0 Milliarden EUR "
            "(- 2,1 %) und die Einfuhren 7,5 Milliarden EUR (+ 4,3 %).",
            {
                ("exports", "POL", "DEU", *_YEAR, "level", 9_000_000_000.0, "EUR"),
                ("exports", "POL", "DEU", *_YEAR, "pct_change", -2.1, "percent"),
                ("imports", "POL", "DEU", *_YEAR, "level", 7_500_000_000.0, "EUR"),
                ("imports", "POL", "DEU", *_YEAR, "pct_change", 4.3, "percent"),
            },
        ),
        (  # "rd. 3,3 Mrd. Euro": one sentence
            "Die Exporte Deutschlands nach Polen beliefen sich 2030 auf rd. 3,3 Mrd. Euro.",
            {("exports", "DEU", "POL", *_YEAR, "level", 3_300_000_000.0, "EUR")},
        ),
    ],
)
def test_german_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before its verb already: unchanged
        (
            "Im Jahr 2030 haben die deutschen Exporte nach Polen 5,4 Mrd. Euro erreicht.",
            {("exports", "DEU", "POL", *_YEAR, "level", 5_400_000_000.0, "EUR")},
        ),
        # a dash that opens no bracket is no sign: the rate stays as the change word reads it
        (
            "Im Jahr 2030 stiegen die Exporte Deutschlands nach Polen um 2,1 % - mehr als "
            "erwartet.",
            {("exports", "DEU", "POL", *_YEAR, "pct_change", 2.1, "percent")},
        ),
    ],
)  # fmt: skip
def test_german_dev_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
