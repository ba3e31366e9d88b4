"""Round 48, the year of an "after" clause (made-up sentences, made-up figures).

Kind: an "after" clause names an earlier state with an amount of its own ("..., so A returned to
surplus after a deficit of $29m in 2029", "reached $349m in the same period, after reaching $183m
in 2029"): its year dates that amount only, never a figure before "after", which keeps the
running period (``figure_period.in_after_clause``; nor is it the sentence's main period for "the
same period", ``sentence``). French "après" and Arabic "بعد أن" are glossed "after". Near misses:
an "after" clause without an amount ("after a sharp rise in 2030") and a leading "After a slump
in 2029," past a comma keep their current output."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")
_Y29 = ("2029-01-01", "2029-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: a later clause's deficit dates only itself
            "In 2030, trade between Ghana and Togo reached $830 million. Ghana's exports to Togo "
            "($430 million; +20%) grew faster than imports from Togo ($400 million; +3%), so Ghana "
            "returned to a surplus after a deficit of $29 million in 2029.",
            "Trade",
            {
                ("turnover", "GHA", "TGO", *_Y30, "level", 830000000.0, "USD"),
                ("exports", "GHA", "TGO", *_Y30, "level", 430000000.0, "USD"),
                ("exports", "GHA", "TGO", *_Y30, "pct_change", 20.0, "percent"),
                ("imports", "GHA", "TGO", *_Y30, "level", 400000000.0, "USD"),
                ("imports", "GHA", "TGO", *_Y30, "pct_change", 3.0, "percent"),
            },
        ),
        (  # English: "in the same period" before the figure, the clause's year before its amount
            "In 2030, trade between Ghana and Togo reached $830 million. Ghana's imports from Togo "
            "in the same period reached $349 million, after reaching in 2029 some $183 million.",
            "Trade",
            {
                ("turnover", "GHA", "TGO", *_Y30, "level", 830000000.0, "USD"),
                ("imports", "GHA", "TGO", *_Y30, "level", 349000000.0, "USD"),
                ("imports", "GHA", "TGO", *_Y29, "level", 183000000.0, "USD"),
            },
        ),
        (  # French: "après un déficit de ... en 2029"
            "Les exportations du Sénégal vers le Mali ont atteint 430 millions de dollars en 2030. "
            "Les importations depuis le Mali (400 millions de dollars ; +3%) ont progressé, si bien "
            "que le Sénégal redevient excédentaire après un déficit de 29 millions de dollars en "
            "2029.",
            "Commerce",
            {
                ("exports", "SEN", "MLI", *_Y30, "level", 430000000.0, "USD"),
                ("imports", "SEN", "MLI", *_Y30, "level", 400000000.0, "USD"),
                ("imports", "SEN", "MLI", *_Y30, "pct_change", 3.0, "percent"),
            },
        ),
    ],
)
def test_after_clause_year_is_its_own(text: str, title: str, expected: set[tuple]) -> None:
    assert expected <= _rows(text, title)


def test_arabic_after_clause() -> None:
    """Arabic "بعد أن": the clause's 2029 dates its 183 million, not the 349 million before."""
    text = (
        "ارتفعت صادرات تونس إلى ليبيا إلى 414 مليون دولار في 2030. "
        "بينما وصلت الواردات التونسية من ليبيا في الفترة ذاتها إلى 349 مليون دولار، "
        "بعد أن بلغت خلال 2029 قرابة 183 مليون دولار."
    )
    rows = _rows(text, "التجارة بين تونس وليبيا")
    assert ("imports", "TUN", "LBY", *_Y30, "level", 349000000.0, "USD") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # no amount in the "after" clause: its year is the figure's, as before
            "Ghana's exports to Togo reached $430 million after a sharp rise in 2030.",
            {("exports", "GHA", "TGO", *_Y30, "level", 430000000.0, "USD")},
        ),
        (  # a leading "After ..., " clause past a comma: the figure keeps its own year
            "After a slump in 2029, Ghana's exports to Togo rose to $5 billion in 2030.",
            {("exports", "GHA", "TGO", *_Y30, "level", 5000000000.0, "USD")},
        ),
    ],
)
def test_after_clause_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
