"""Russian multiples before the word gloss: "увеличился в два раза" (grew "in two times": doubled),
"вырос в 3,5 раза", "в полтора раза" -> "2 times", "3,5 times", "1.5 times" ("в 10 с лишним
раз", ten-odd times: "more than 10 times"), the English a
multiple is read in (NOTES: `multiple`; round 31, gr03: "Торговля за один год увеличилась в два
раза" had no figure). The numerals two to ten are the ones pages write in words; a larger
multiple is written in digits. Decimal commas are left to the gloss's number step.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract import russian_amounts
from pipeline.extract.russian_periods import _NUMERALS as _CASES
from pipeline.extract.russian_periods import russian_months

# the nominative numerals two to ten (``russian_periods``' table of their cases), "две" (the
# feminine two) and "полтора" (one and a half)
_NUMERALS = {forms[0]: str(n) for n, forms in _CASES.items() if n <= 10}
_NUMERALS |= {"две": "2", "полтора": "1.5"}
_TIMES = re.compile(
    r"\bв\s(?P<n>\d+(?:[.,]\d+)?|" + "|".join(_NUMERALS) + r")"
    # "в 10 с лишним раз" (ten-odd times, round 46): more than ten times
    r"(?P<odd>\sс\sлишним)?\sраз(?:а)?\b",
    re.IGNORECASE,
)


def _times(m: re.Match[str]) -> str:
    n = m.group("n")
    return f"{'more than ' if m.group('odd') else ''}{_NUMERALS.get(n.lower(), n)} times"


def prepare(text: str) -> str:
    """A Russian sentence with its glued scales spaced and quarter counts in English
    (:func:`pipeline.extract.russian_amounts.prepare`), its month-count spans (``russian_months``) and its multiples
    ("в два раза" -> "2 times") in English form."""
    text = russian_months(russian_amounts.prepare(text))
    return _TIMES.sub(_times, text) if "раз" in text else text
