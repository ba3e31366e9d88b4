"""Round 57, kind: a Hebrew row missed in the defective spelling or with a prefix letter. Dev page:
"נרשמה עליה של 33% בסחר" (ig09 scooper: the row is "עלייה של", the full spelling), "מהיקף של ...
להיקף של" (from a volume of ... to a volume of: the row "היקף" with "מ", "ל" written onto it).

Built for the language: every row also in the defective spelling (a doubled yod or vav single)
and, in either spelling, with "ו", "ב", "ל" or "מ" written onto it, glossed "and", "in", "to",
"from" before the row's English (``hebrew.spellings``; a row spelled so itself keeps its own).

Every sentence is made up, with forms no dev page uses (ירידה with "ב", גידול with "ו", the
defective spelling of another word).
"""

from __future__ import annotations

from pipeline.extract.foreign import gloss
from pipeline.extract.hebrew import spellings


def test_the_defective_spelling() -> None:
    forms = dict(spellings("עלייה של", "a rise of"))
    assert forms["עליה של"] == "a rise of"
    assert forms["ועליה של"] == "and a rise of"


def test_a_prefix_letter_on_a_row() -> None:
    got = gloss("נרשמה בירידה של 12% וגידול של 5% בסחר", "he")
    assert "in a decrease of 12%" in got and "and an increase of 5%" in got


def test_near_miss_a_short_row_gets_no_prefix() -> None:
    # a prefix on a word of three letters is too often another word ("מסחר", commerce)
    assert "מסחר" not in dict(spellings("סחר", "trade"))
