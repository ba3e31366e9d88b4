"""Kyrgyz pages read through the English rules: the Kyrgyz side of :mod:`pipeline.extract.foreign`.

Kyrgyz news (Kabar, Azattyk, regional TV sites) writes "2,5 миллиард долларды түздү" (amounted to
2.5 billion dollars), "Казакстан менен Өзбекстандын ортосундагы соода жүгүртүү" (trade turnover
between Kazakhstan and Uzbekistan), "7 миллиард долларга жакын" (nearly 7 billion dollars),
"2031-жылы" (in 2031). The phrase rows (``ky`` rows of ``lexicon/foreign_words.csv``) carry the
words, a country's genitive, dative and ablative forms rows of their own; the order is done here:

- Before the gloss (:func:`prepare`): the year's noun ("2031-жылы" -> "in 2031", "2031-жылдын" ->
  "2031").
- After the gloss (:func:`reorder`): a source before its postposition ("the customs service's
  according to data," -> "according to the customs service,"), a pair before "between" ("Kazakhstan and Uzbekistan's between
  trade turnover" -> "trade turnover between Kazakhstan and Uzbekistan"), a hedge after its amount
  ("7 billion dollars nearly" -> "nearly 7 billion dollars") and the verb after its amount
  ("2.5 billion dollars amounted to" -> "amounted to 2.5 billion dollars").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_YEAR_IN = re.compile(r"\b(\d{4})-жылы(?!\w)")
_YEAR = re.compile(r"\b(\d{4})-(?:жылдын|жылга|жыл)(?!\w)")
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
_PAIR_FIRST = re.compile(
    rf"\b({_NAME}) and ({_NAME})(?:'s)? between "
    r"((?:foreign |bilateral |mutual )?trade(?: turnover| volume)?)\b"
)
_AMOUNT = r"\d[\d.,]*(?: (?:thousand|million|billion))?(?: (?:US )?dollars| soms)?"
_HEDGE_AFTER = re.compile(rf"\b({_AMOUNT}) (nearly|more than)\b")
_VERB_AFTER = re.compile(
    rf"\b((?:approximately |nearly |more than )?{_AMOUNT}) "
    r"(amounted to|reached|exceeded)\b"
)


def prepare(text: str) -> str:
    """Kyrgyz ``text`` (numbers already English) with its year nouns undone."""
    if "-жыл" in text:
        text = _YEAR.sub(r"\1", _YEAR_IN.sub(r"in \1", text))
    return text


# "the customs service's according to data," -> "according to the customs service,": a source
# before its postposition ("Бажы кызматынын маалыматы боюнча"), at a clause's start, as Kazakh
# writes it (round 57)
_SOURCE_BEFORE = re.compile(
    r"(?:^|(?<=[,;:.] ))(?P<owner>[^,;:.]{1,120}?)(?:'s)? (?:according to)(?: data)?(?P<comma>,?)"
)


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if "according to" in text:
        text = _SOURCE_BEFORE.sub(lambda m: f"according to {m['owner']},", text)
    text = _PAIR_FIRST.sub(r"\3 between \1 and \2", text)
    text = _HEDGE_AFTER.sub(r"\2 \1", text)
    return _VERB_AFTER.sub(r"\2 \1", text)
