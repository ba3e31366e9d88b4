"""Round 46, French development pages: what the word-for-word gloss lost, fixed as a kind.

- A comma before three digits and a scale word is a decimal comma ("412,875 milliards de FCFA",
  "1,605 milliard") also on a page whose other numbers look English (:mod:`~.french`).
- "d'après" is "according to" (the source), not "après" (after).
- "N millions de dollars (seulement) d'exportations": an amount of that flow, also after
  "contre" (not the base of a comparison).
- "de X (en 2029) à Y" after a percentage and a comma is "from X to Y" ("ont crû de 12 %, de
  310 millions à 347 millions").

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_TITLE = "Le Sénégal et le Mali"
_YEAR = ("2030-01-01", "2030-12-31")
_BEFORE = ("2029-01-01", "2029-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(
        figures(f"date 2031-02-10\n{_TITLE}\n\n{text}\n"),
        (*CORE, "source_country"),
        unordered_turnover=True,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a decimal comma before "milliards" on a page with no other decimal
            "En 2030, les échanges entre le Sénégal et le Mali ont atteint 412,875 milliards de "
            "FCFA.",
            {("turnover", "MLI", "SEN", *_YEAR, "level", 412_875_000_000.0, "XOF", None)},
        ),
        (  # ... "milliard", another verb, the year last
            "Les exportations de la Tunisie vers l'Algérie se sont élevées à 1,605 milliard de "
            "dinars en 2030.",
            {("exports", "TUN", "DZA", *_YEAR, "level", 1_605_000_000.0, "TND", None)},
        ),
        (  # near miss: a thousands dot before "millions" stays a thousands dot
            "Les exportations du Pérou vers la France ont atteint 2.113 millions de dollars en "
            "2030, en hausse de 9.7%.",
            {
                ("exports", "PER", "FRA", *_YEAR, "level", 2_113_000_000.0, "USD", None),
                ("exports", "PER", "FRA", *_YEAR, "pct_change", 9.7, "percent", None),
            },
        ),
        (  # "D'après le ministère sénégalais": the source
            "D'après le ministère sénégalais du Commerce, les échanges entre le Sénégal et le "
            "Mali ont atteint 40 milliards de FCFA en 2030.",
            {("turnover", "MLI", "SEN", *_YEAR, "level", 40_000_000_000.0, "XOF", "SEN")},
        ),
        (  # "d'après" after the figure
            "Les exportations du Maroc vers le Sénégal ont atteint 3,2 milliards de dirhams en "
            "2030, d'après les douanes marocaines.",
            {("exports", "MAR", "SEN", *_YEAR, "level", 3_200_000_000.0, "MAD", "MAR")},
        ),
        (  # near miss: "Après" (after) names no source
            "Après une baisse en 2029, les échanges entre le Sénégal et le Mali ont atteint 40 "
            "milliards de FCFA en 2030.",
            {("turnover", "MLI", "SEN", *_YEAR, "level", 40_000_000_000.0, "XOF", None)},
        ),
        (  # "X de dollars d'importations contre Y de dollars seulement d'exportations"
            "En 2030, le commerce entre le Mali et l'Égypte a atteint 915 millions de dollars, "
            "dont 870 millions de dollars d'importations maliennes contre 45 millions de dollars "
            "seulement d'exportations maliennes.",
            {
                ("turnover", "EGY", "MLI", *_YEAR, "level", 915_000_000.0, "USD", None),
                ("imports", "MLI", "EGY", *_YEAR, "level", 870_000_000.0, "USD", None),
                ("exports", "MLI", "EGY", *_YEAR, "level", 45_000_000.0, "USD", None),
            },
        ),
        (  # ... euros, "contre" with no "seulement"
            "Les échanges entre la Tunisie et l'Italie ont totalisé 2,6 milliards d'euros en "
            "2030, soit 1,9 milliard d'euros d'exportations tunisiennes contre 700 millions "
            "d'euros d'importations tunisiennes.",
            {
                ("turnover", "ITA", "TUN", *_YEAR, "level", 2_600_000_000.0, "EUR", None),
                ("exports", "TUN", "ITA", *_YEAR, "level", 1_900_000_000.0, "EUR", None),
                ("imports", "TUN", "ITA", *_YEAR, "level", 700_000_000.0, "EUR", None),
            },
        ),
        (  # near miss: "contre" before a bare amount is the base of a comparison
            "Les exportations maliennes vers l'Égypte ont atteint 45 millions de dollars en "
            "2030, contre 38 millions de dollars en 2029.",
            {
                ("exports", "MLI", "EGY", *_YEAR, "level", 45_000_000.0, "USD", None),
                ("exports", "MLI", "EGY", *_BEFORE, "level", 38_000_000.0, "USD", None),
            },
        ),
        (  # "ont crû de 12 %, de X en 2029 à Y en 2030"
            "Les exportations tunisiennes vers l'Algérie ont crû de 12 %, de 310 millions de "
            "dinars en 2029 à 347 millions en 2030.",
            {
                ("exports", "TUN", "DZA", *_YEAR, "pct_change", 12.0, "percent", None),
                ("exports", "TUN", "DZA", *_BEFORE, "level", 310_000_000.0, "TND", None),
                ("exports", "TUN", "DZA", *_YEAR, "level", 347_000_000.0, "TND", None),
            },
        ),
        (  # ... the year first, another verb, decimals
            "En 2030, les ventes du Maroc au Sénégal ont progressé de 8,5 %, de 1,2 milliard de "
            "dirhams à 1,3 milliard de dirhams.",
            {
                ("exports", "MAR", "SEN", *_YEAR, "pct_change", 8.5, "percent", None),
                ("exports", "MAR", "SEN", *_BEFORE, "level", 1_200_000_000.0, "MAD", None),
                ("exports", "MAR", "SEN", *_YEAR, "level", 1_300_000_000.0, "MAD", None),
            },
        ),
        (  # near miss: "de X %, à Y" (one amount) is the level the change reached
            "Les exportations tunisiennes vers l'Algérie ont crû de 12 %, à 347 millions de "
            "dinars en 2030.",
            {
                ("exports", "TUN", "DZA", *_YEAR, "pct_change", 12.0, "percent", None),
                ("exports", "TUN", "DZA", *_YEAR, "level", 347_000_000.0, "TND", None),
            },
        ),
    ],
)
def test_french_kind(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
