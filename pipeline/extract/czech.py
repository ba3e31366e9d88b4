"""Czech pages read through the English rules: the Czech side of :mod:`pipeline.extract.foreign`.

Czech trade news (ČSÚ releases, iDNES, ČTK, Hospodářské noviny) writes "vývoz do Číny vzrostl o
12,5 %", "obchodní obrat dosáhl 41,2 mld. Kč", "meziročně", "za prvních devět měsíců", "v roce
2031", "loni". The phrase rows (``cs`` rows of ``lexicon/foreign_words.csv``) carry the words, each
case form of a country its own row ("Čína", "Číny", "Číně", "Čínou"); what depends on the next
word is done here, around them:

- Before the gloss (:func:`prepare`): "o" before a number is the size of a change ("vzrostl o 12
  %": by), "na" before a number its end ("klesl na 3 mld.": to); "s"/"se" before a name is "with"
  ("obchod s Čínou", "se Slovenskem"), "se" before a lower-case word the reflexive of a verb ("se
  zvýšil", "se meziročně snížil"), dropped as English writes none.
- After the gloss (:func:`reorder`): an owner written after its flow ("exports Czech Republic to
  China") put before it ("Czech Republic's exports to China"); "of" before the year of a part of
  one ("the first nine months in 2031", from "měsíců roku 2031": "of 2031").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.polish import owner_first

_NUMBER = r"(?=[-+−]?\d)"
_BY = re.compile(r"(?<!\w)o " + _NUMBER)
_TO = re.compile(r"(?<!\w)na " + _NUMBER)
_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_WITH = re.compile(rf"(?<!\w)[sS]e? (?=[{_UPPER}])")
_REFLEXIVE = re.compile(r"(?<!\w)se (?=[a-záčďéěíňóřšťúůýž])")
# "roku" (of the year) after a part of one: "za prvních devět měsíců roku 2031" -> "of 2031"
_PART_YEAR = re.compile(r"\b(months|quarter|half) in (?=\d{4}\b)")


def prepare(text: str) -> str:
    """Czech ``text`` (numbers already English) with "o"/"na" before a number, "s" before a name
    and the reflexive "se" written as English reads them."""
    if "o " in text:
        text = _BY.sub("by ", text)
    if "na " in text:
        text = _TO.sub("to ", text)
    if "s" in text or "S" in text:
        text = _WITH.sub(lambda m: "With " if m.group(0)[0] == "S" else "with ", text)
        text = _REFLEXIVE.sub("", text)
    return text


def reorder(text: str) -> str:
    """Glossed ``text`` with an owner after its flow put before it, a part's year after "of"."""
    return _PART_YEAR.sub(r"\1 of ", owner_first(text))
