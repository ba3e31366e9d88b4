"""Round 53, economies a ranking names beside the ranked one (made-up sentences, made-up
figures).

Kind (pair errors): in "A is the 3rd destination of X's exports, behind B (amount) and C
(amount)", "A is ... the 2nd market of X's exports after B, for a value of $N", "A became the
first investor in this country, ahead of B. Exports to this country ...", the economy the
ranking places ahead or behind (B) is no side of A's amount and no referent of "this country",
and the bracketed amounts after "behind B" are X's exports to B (X owns the ranked list):
- a singular rank noun names the list's owner ("destination of X's exports", "market for
  Peruvian exports"; ``ranked_partners._RANKED``);
- "after B" is a ranking's cue when an ordinal or rank word comes shortly before it in its
  clause (``ranked_aside._ranked_after``);
- "this country" does not point back at an economy named right after "ahead of", "behind",
  "after" (``this_country._OUTRANKED``);
- glosses for the general words of such rankings: French "derrière" (behind), Italian "dopo"
  (after), German "hinter", Portuguese "atrás de".
Dev pages: ic03 (sirainfo, French), hx07 (ambzagabria, Italian), ig10 (lematin, French). Near
misses: the ranked economy's own amount before "behind", "after" with no rank word, and "this
country" after an economy named as a plain partner keep their rows."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Chile is the 3rd destination of Peru's exports in 2030, behind Bolivia ($162.8 "
            "million) and Ecuador ($82.4 million).",
            "Peru and Chile",
            {
                ("exports", "PER", "BOL", *_Y30, "level", 162800000.0, "USD"),
                ("exports", "PER", "ECU", *_Y30, "level", 82400000.0, "USD"),
            },
        ),
        (
            "Le Ghana est la 5e destination des exportations du Burkina en 2030, derrière le "
            "Niger (62,8 milliards FCFA).",
            "Burkina Faso et Ghana",
            {("exports", "BFA", "NER", *_Y30, "level", 62800000000.0, "XOF")},
        ),
        (
            "Italy is the first supplier of Croatia, and the 2nd market of destination of "
            "Croatian exports after Germany for a value of 1.6 billion euros in 2030.",
            "Italy and Croatia",
            {("exports", "HRV", "ITA", *_Y30, "level", 1600000000.0, "EUR")},
        ),
        (
            "Peru remains a key buyer, and is the 3rd market of Chilean exports after Brazil for "
            "a value of $2.1 billion in 2030.",
            "Peru and Chile",
            {("exports", "CHL", "PER", *_Y30, "level", 2100000000.0, "USD")},
        ),
        (
            "L'Italia è il 2° mercato di destinazione dell'export croato dopo la Germania per un "
            "valore di 1,6 miliardi di euro nel 2030.",
            "Italia e Croazia",
            {("exports", "HRV", "ITA", *_Y30, "level", 1600000000.0, "EUR")},
        ),
        (
            "Five years on, Morocco became the first foreign investor in this country, ahead of "
            "France. Moroccan exports to this country reached 1.56 billion dirhams in 2030.",
            "Morocco and Ivory Coast",
            {("exports", "MAR", "CIV", *_Y30, "level", 1560000000.0, "MAD")},
        ),
        (
            "Le Maroc est devenu le premier investisseur étranger dans ce pays, devant la France. "
            "Les exportations marocaines en direction de ce pays ont atteint 1,56 milliard de DH "
            "en 2030.",
            "Maroc et Côte d'Ivoire",
            {("exports", "MAR", "CIV", *_Y30, "level", 1560000000.0, "MAD")},
        ),
    ],
)
def test_outranked_economy_is_no_side(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "Chile ranks third among destinations of Peruvian exports with $7.48 billion in "
            "2030, behind China ($43.33 billion).",
            "Peru and Chile",
            {
                ("exports", "PER", "CHL", *_Y30, "level", 7480000000.0, "USD"),
                ("exports", "PER", "CHN", *_Y30, "level", 43330000000.0, "USD"),
            },
        ),
        (
            "After a weak 2029, Croatian exports to Germany reached 1.6 billion euros in 2030.",
            "Italy and Croatia",
            {("exports", "HRV", "DEU", *_Y30, "level", 1600000000.0, "EUR")},
        ),
        (
            "Morocco signed a trade deal with Senegal. Moroccan exports to this country reached "
            "1.56 billion dirhams in 2030.",
            "Morocco and Ivory Coast",
            {("exports", "MAR", "SEN", *_Y30, "level", 1560000000.0, "MAD")},
        ),
    ],
)
def test_ranked_or_plain_partner_keeps_its_row(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected
