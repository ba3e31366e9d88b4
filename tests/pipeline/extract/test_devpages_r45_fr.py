"""Round 45, French development pages: what the word-for-word gloss lost, fixed as a kind.

- "de X (en 2029) à Y" after a change verb is "from X to Y" ("ont progressé de 18 milliards en
  2029 à 70 milliards"): the verb's row reads the "de" as the change's size ("rose by"), so two
  amounts joined by "to" in one clause become start and end levels (:mod:`~.french`); a
  percentage first ("de 5 % à 70 milliards") stays a change.
- "X % de hausse" (an X% increase), "de baisse" (rows).
- "son montant" (its value: the trade of the sentence before), "ne représentaient que" (only
  amounted to), "on l'estime à" (it stands at an estimated) (rows).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_TITLE = "Le Sénégal et la Chine"
_YEAR = ("2030-01-01", "2030-12-31")
_BEFORE = ("2029-01-01", "2029-12-31")


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ont progressé de X en 2029 à Y en 2030": from X to Y
            "Les exportations du Sénégal vers la Chine ont progressé de 12,4 milliards de francs "
            "CFA en 2029 à 39,8 milliards de francs CFA en 2030.",
            {
                ("exports", "SEN", "CHN", *_BEFORE, "level", 12_400_000_000.0, "XOF"),
                ("exports", "SEN", "CHN", *_YEAR, "level", 39_800_000_000.0, "XOF"),
            },
        ),
        (  # "ont grimpé de" (glossed "rose by")
            "Les ventes du Sénégal à la Chine ont grimpé de 7,25 milliards de francs CFA en 2029 "
            "à 15,5 milliards de francs CFA en 2030.",
            {
                ("exports", "SEN", "CHN", *_BEFORE, "level", 7_250_000_000.0, "XOF"),
                ("exports", "SEN", "CHN", *_YEAR, "level", 15_500_000_000.0, "XOF"),
            },
        ),
        (  # "X % de hausse": an X% increase
            "En 2030, les exportations du Sénégal vers la Chine ont atteint 39,8 milliards de "
            "francs CFA (soit 221,5 % de hausse).",
            {
                ("exports", "SEN", "CHN", *_YEAR, "level", 39_800_000_000.0, "XOF"),
                ("exports", "SEN", "CHN", *_YEAR, "pct_change", 221.5, "percent"),
            },
        ),
        (  # "son montant" after the trade of the sentence before
            "Le commerce entre le Sénégal et la Chine ne cesse de croître. En 2029, son montant "
            "s'est élevé à 3,4 milliards de dollars.",
            {("turnover", "CHN", "SEN", *_BEFORE, "level", 3_400_000_000.0, "USD")},
        ),
        (  # "ne représentaient que": only amounted to
            "En 2030, les échanges entre le Sénégal et la Chine ont atteint 640 millions de "
            "dollars. En 2029, ils ne représentaient que 410 millions de dollars.",
            {
                ("turnover", "CHN", "SEN", *_YEAR, "level", 640_000_000.0, "USD"),
                ("turnover", "CHN", "SEN", *_BEFORE, "level", 410_000_000.0, "USD"),
            },
        ),
        (  # "on l'estime à": it stands at an estimated
            "Le commerce entre le Sénégal et la Chine progresse. Pour 2030, on l'estime à 2,75 "
            "milliards de dollars.",
            {("turnover", "CHN", "SEN", *_YEAR, "level", 2_750_000_000.0, "USD")},
        ),
    ],
)
def test_french_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_percentage_then_level_stays_a_change() -> None:
    # "de 5 % à 39,8 milliards": a change, then the level it reached
    rows = _rows(
        "En 2030, les exportations du Sénégal vers la Chine ont augmenté de 5 % à 39,8 "
        "milliards de francs CFA."
    )
    assert ("exports", "SEN", "CHN", *_YEAR, "pct_change", 5.0, "percent") in rows
    assert ("exports", "SEN", "CHN", *_YEAR, "level", 39_800_000_000.0, "XOF") in rows


def test_change_size_without_end_level_stays_a_change() -> None:
    rows = _rows(
        "En 2030, les exportations du Sénégal vers la Chine ont augmenté de 2,1 milliards de "
        "francs CFA."
    )
    assert {r[5] for r in rows} == {"abs_change"}


def test_estimate_of_no_trade_is_no_row() -> None:
    assert _rows("On l'estime à 2,75 milliards d'habitants.") == set()
