"""Bulgarian pages read through the English rules: the Bulgarian side of
:mod:`pipeline.extract.foreign`.

Bulgarian is Cyrillic but not Russian: no case endings on names, a definite article written onto
its noun ("износът", the exports; "търговията", the trade), "лв." (leva), "през 2031 г." (in
2031), "ръст от 12%" (an increase of 12%), "нарасна с 12%" (rose by 12%), "износът на България за
Китай" (Bulgaria's exports to China). The phrase rows (``bg`` rows of
``lexicon/foreign_words.csv``, the article forms rows of their own glossed with "the") carry the
words; what depends on the next word is done here, before the gloss (:func:`prepare`):

- "с" before a number is the size of a change ("с 12%": by), where before a name it is "with"
  (the row's gloss: "търговията с Турция");
- "от" before a number after "ръст"/"спад" is "of" ("ръст от 12%"), elsewhere "from";
- "за" before a name is the destination ("износът за Китай": to), elsewhere "for";
- the year's noun after a year ("2031 г.", "2031 година") is dropped: English writes the bare
  year;
- an amount written in two counts, "1 милиард и 242 милиона" (1 billion and 242 million), is one
  amount, "1,242 милиона" (as the Arabic "2 مليار و637 مليون"); two amounts said of two things
  ("3 милиарда и 400 милиона долара съответно", respectively) stay two.

The English rules then read "the exports of Bulgaria to China" as any page's (the owner put before
the flow by :mod:`pipeline.extract.foreign`). Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_BY = re.compile(r"(?<![\w-])(?:с|със) (?=[-+−]?\d)")
_OF = re.compile(r"(?<![\w-])((?:ръст|спад)(?:ът|а)?) от (?=[-+−]?\d)")
_TO = re.compile(r"(?<![\w-])за (?=[А-Я])")
_BILLION_AND_MILLION = re.compile(r"(?<![\d.,])(\d{1,3}) милиарда? и (\d{1,3}) (?=милиона?\b)")
_YEAR_NOUN = re.compile(r"(?<=\b\d{4}) ?(?:г\.|година|годината)(?!\w)")


def prepare(text: str) -> str:
    """Bulgarian ``text`` (numbers already English) with "с"/"от"/"за" before a number or name
    and the year's noun written as English reads them."""
    if "милиард" in text and "съответно" not in text:
        text = _BILLION_AND_MILLION.sub(lambda m: f"{m[1]},{int(m[2]):03d} ", text)
    if "с" in text:
        text = _BY.sub("by ", text)
    if "от " in text:
        text = _OF.sub(r"\1 of ", text)
    if "за " in text:
        text = _TO.sub("to ", text)
    if "г" in text:
        text = _YEAR_NOUN.sub("", text)
    return text
