"""Nepali pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Nepali trade news writes "चीनबाट नेपालमा दुई खर्ब रुपैयाँ बराबरको माल आयात भएको छ": Devanagari as
Hindi, the verb last, postpositions after their noun and glued to it ("नेपालको", Nepal's;
"चीनबाट", from China; "चीनसँग", with China), and the Indian-Nepali scales lakh, crore, arba (a
billion) and kharba (a hundred billion). The phrase rows (``ne`` rows of
``lexicon/foreign_words.csv``) carry the words; before the gloss (:func:`prepare`):

- Devanagari digits as ASCII ones and the danda "।" as a full stop (as :mod:`~.hindi`);
- a glued postposition split off a number or a word the rows or the CLDR country names know
  ("नेपालको" -> "नेपाल को", read by the row "को" -> "'s");
- an amount in two scales as one ("18 अर्ब 76 करोड" -> "18.76 अर्ब"), kharba as hundreds of arba
  ("2 खर्ब" -> "200 अर्ब", "12 खर्ब 40 अर्ब" -> "1240 अर्ब"), a count word before a scale as its
  digits ("दुई खर्ब");
- a Bikram Sambat fiscal year as its Gregorian years ("आर्थिक वर्ष 2080/81मा" -> "in fiscal year
  2023/24", which opens on 1 Shrawan 2080, mid-July 2023); "बढेर AMOUNT पुगेको छ" (risen to
  AMOUNT, reached) without its last verb;
- "X from Y in AMOUNT worth goods imported" (the owner of the imports is the one goods arrive
  in) put in English order after the gloss (:func:`reorder`): "Y's imports from X stood at
  AMOUNT"; "X from Y in AMOUNT ... exported": "X's exports to Y stood at AMOUNT".

The English rules read the fiscal year with Nepal's start (``fiscal_year_starts.csv``) and its
months with the BS calendar (:mod:`~.fiscal_calendars`). Errors: none; a shape not
listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract import urdu
from pipeline.extract.bikram_sambat import BS_FISCAL_OFFSET
from pipeline.extract.hindi import _CHARS, _NUKTA
from pipeline.extract.south_asian_numbers import numbers
from pipeline.extract.south_asian_spans import year_spans
from pipeline.lexicon import foreign_words
from pipeline.lexicon.country_names import country_names

__all__ = ["prepare", "reorder"]

_L = r"\u0900-\u097f"
_SUFFIXES = ("सँगको", "सँगै", "सँग", "तर्फको", "तर्फ", "बाट", "लाई", "मा", "को", "का", "की", "ले")
_GLUED = re.compile(rf"(?<![{_L}])([{_L}]{{2,}}?)({'|'.join(_SUFFIXES)})(?![{_L}])")
_GLUED_DIGITS = re.compile(rf"(?<=\d)(?=[{_L}])")
_COUNTS = {"एक": "1", "दुई": "2", "तीन": "3", "चार": "4", "पाँच": "5", "छ": "6", "सात": "7"}
_COUNT_SCALE = re.compile(rf"(?<![{_L}])({'|'.join(_COUNTS)}) (खर्ब|अर्ब|करोड|लाख)(?![{_L}])")
_ARBA_CRORE = re.compile(rf"(?<![\d.,])(\d+) अर्ब (\d{{1,2}}) करोड(?![{_L}])")
_KHARBA_ARBA = re.compile(rf"(?<![\d.,])(\d+) खर्ब (\d{{1,2}}) अर्ब(?![{_L}])")
_KHARBA = re.compile(rf"(?<![\d.,])(\d+(?:\.\d+)?) खर्ब(?![{_L}])")


# a Bikram Sambat fiscal year ("आर्थिक वर्ष 2080/81", from 1 Shrawan 2080, mid-July 2023) as its
# Gregorian years ("fiscal year 2023/24"), read with Nepal's fiscal year start
_BS_FISCAL = re.compile(
    rf"(?<![{_L}])(?:(?:गत|चालू|यो|यस) )?आर्थिक वर्ष (2[01]\d\d)[/-](\d\d)(?: (मा|को))?(?![{_L}\d])"
)
# "बढेर AMOUNT पुगेको छ" (having risen, reached AMOUNT): the change verb is the gloss's
_CHANGED_REACHED = re.compile(
    rf"(?<![{_L}])(बढेर|घटेर) ([^।.]*?) (?:पुगेको छ|पुगेको थियो|पुग्यो|कायम भएको छ|भएको छ)(?![{_L}])"
)


def _bs_fiscal(m: re.Match[str]) -> str:
    year = int(m.group(1)) - BS_FISCAL_OFFSET
    lead = {"मा": "in ", "को": "of "}.get(m.group(3) or "", "")
    return f"{lead}fiscal year {year}/{(year + 1) % 100:02d}"


@cache
def _known() -> frozenset[str]:
    """The words of the Nepali rows and the Nepali country names (CLDR)."""
    words = {w for lang, p, _ in foreign_words() if lang == "ne" for w in p.split()}
    words |= {n for n, _ in country_names("ne") if " " not in n}
    return frozenset(words)


def _split(m: re.Match[str]) -> str:
    stem, suffix = m.groups()
    if stem in _known() and m.group(0) not in _known():
        return f"{stem} {suffix}"
    return m.group(0)


# "(चालू आर्थिक वर्षको) पहिलो N महिनामा" (in the first N months (of the current fiscal year)) ->
# "in the first N months of चालू आर्थिक वर्ष", the period glossed by its rows after (round 59)
_MONTH_COUNTS = _COUNTS | {"आठ": "8", "नौ": "9", "दस": "10", "एघार": "11"}
_FIRST_MONTHS = re.compile(
    rf"(?<![{_L}])(?:((?:(?:चालू|गत|यो|यस) )?आर्थिक वर्ष(?: 2[01]\d\d[/-]\d\d)?) ?को )?"
    rf"पहिलो (\d{{1,2}}|{'|'.join(_MONTH_COUNTS)}) महिना(?: ?मा)?(?![{_L}])"
)


def _first_months(m: re.Match[str]) -> str:
    owner, count = m.group(1), _MONTH_COUNTS.get(m.group(2), m.group(2))
    return f"in the first {count} months" + (f" of {owner}" if owner else "")


def _kharba(m: re.Match[str]) -> str:
    value = float(m.group(1)) * 100
    return f"{value:.10g} अर्ब"


# Nepali copy writes va for ba and ba for va in some words ("बर्ष" for वर्ष, year; "अर्व", "खर्व"
# for अर्ब, खर्ब) and a short u in चालू (current): the rows' spelling, one letter for one
_VA = {"बर्ष": "वर्ष", "अर्व": "अर्ब", "खर्व": "खर्ब", "चालु": "चालू"}
# (a vowel sign or a virama after it makes another word: "बर्षा", rain)
_VA_SPELLING = re.compile(rf"(?<![{_L}])({'|'.join(_VA)})(?![\u093e-\u094d])")


def _va_spelling(m: re.Match[str]) -> str:
    return _VA[m.group(1)]


# "6 दशमलव 6 अर्ब" (6 point 6 billion): the decimal point written as a word (round 57)
_DECIMAL_WORD = re.compile(r"(?<![\d.])(\d+)\s*दशमलव\s*(\d+)(?![\d.])")


def prepare(text: str) -> str:
    """``text`` with ASCII digits and stops, glued postpositions split off and amounts in one
    scale (module doc)."""
    text = _VA_SPELLING.sub(_va_spelling, text.translate(_CHARS).translate(_NUKTA))
    if "पहिलो" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
    text = numbers(_GLUED.sub(_split, _GLUED_DIGITS.sub(" ", text)), "ne")
    text = year_spans(text, "ne")
    if "दशमलव" in text:
        text = _DECIMAL_WORD.sub(r"\1.\2", text)
    text = _COUNT_SCALE.sub(lambda m: f"{_COUNTS[m.group(1)]} {m.group(2)}", text)
    text = _KHARBA_ARBA.sub(lambda m: f"{int(m.group(1)) * 100 + int(m.group(2))} अर्ब", text)
    if "आर्थिक वर्ष" in text:
        text = _BS_FISCAL.sub(_bs_fiscal, text)
    if "ेर " in text:
        text = _CHANGED_REACHED.sub(r"\1 \2", text)
    text = _ARBA_CRORE.sub(lambda m: f"{m.group(1)}.{int(m.group(2)):02d} अर्ब", text)
    return _KHARBA.sub(_kharba, text)


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_NUM = r"\d[\d.,]*\d|\d"
_MONEY = rf"(?:{_NUM}) (?:(?:billion|million|crore|lakh) )?(?:rupees|dollars|US dollars)"
# postpositions after their noun: "China from Nepal in 200 billion rupees worth goods imported"
# -> "Nepal's imports from China stood at 200 billion rupees"; "Nepal from 80 crore rupees's
# goods only exported" -> "Nepal's exports stood at 80 crore rupees"
_TAIL = r"(?: worth| ?'s)? (?:goods )?(?:only )?"
_GOODS_IMPORTED = re.compile(rf"\b({_NAME}) from ({_NAME}) (?:in|to) ({_MONEY}){_TAIL}imported\b")
_GOODS_EXPORTED = re.compile(rf"\b({_NAME}) from ({_NAME}) (?:in|to) ({_MONEY}){_TAIL}exported\b")
_GOODS_FROM = re.compile(rf"\b({_NAME}),? from ({_MONEY}){_TAIL}(imported|exported)\b")
_GOODS = re.compile(rf"\b({_MONEY}){_TAIL}(imported|exported)\b")


def _goods_from(m: re.Match[str]) -> str:
    flow = "exports" if m.group(3) == "exported" else "imports"
    return f"{m.group(1)}'s {flow} stood at {m.group(2)}"


def _goods(m: re.Match[str]) -> str:
    flow = "exports" if m.group(2) == "exported" else "imports"
    return f"{flow} stood at {m.group(1)}"


def reorder(text: str) -> str:
    """A glossed Nepali sentence in English word order (module doc), then Hindi's order."""
    if "ported" in text:
        text = _GOODS_IMPORTED.sub(r"\2's imports from \1 stood at \3", text)
        text = _GOODS_EXPORTED.sub(r"\1's exports to \2 stood at \3", text)
        text = _GOODS_FROM.sub(_goods_from, text)
        text = _GOODS.sub(_goods, text)
    return urdu.reorder(text)
