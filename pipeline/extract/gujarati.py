"""Gujarati pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Indian Gujarati trade news writes "વર્ષ 2031-32માં ભારત અને યુએસ વચ્ચેનો દ્વિપક્ષીય વેપાર 87.95
અબજ ડોલર નોંધાયો હતો": the order of Hindi (postpositions after their noun, the genitive before its
owned noun, the verb last), but its postpositions and the genitive glued to the word ("ભારતનો",
India's; "ચીનને", to China; "2031-32માં", in 2031-32). The phrase rows (``gu`` rows of
``lexicon/foreign_words.csv``) carry the words; before the gloss (:func:`prepare`):

- Gujarati digits as ASCII ones (one for one, so a figure's span maps back), a fiscal year typed
  "2019- 20" as "2019-20";
- a glued postposition or genitive split off a number or a word the rows or the CLDR country
  names know ("ભારતનો" -> "ભારત નો", read by the rows "નો" -> "'s");
- a year before its postposition ("વર્ષ 2031-32 માં" -> "in 2031-32", "2031 સુધીમાં" -> "by
  2031", "ઓક્ટોબરમાં" -> "in October", "2031-32ના પ્રથમ છ મહિનામાં" -> "in the first 6 months of
  2031-32"), a month span ("એપ્રિલથી ડિસેમ્બર દરમિયાન" -> "from April to December").

After the gloss the sentence is put in English order as a Hindi one
(:func:`pipeline.extract.urdu.reorder`). Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.south_asian_numbers import numbers
from pipeline.extract.south_asian_spans import year_spans
from pipeline.extract.urdu import reorder
from pipeline.lexicon import foreign_words
from pipeline.lexicon.country_names import country_names

__all__ = ["prepare", "reorder"]

_DIGITS = str.maketrans("૦૧૨૩૪૫૬૭૮૯", "0123456789")
_L = r"\u0a80-\u0aff"  # a Gujarati letter or sign: a word does not end before one
# postpositions and the genitive written onto a word, longest first
_SUFFIXES = ("માંથી", "માં", "થી", "નાં", "નો", "ની", "નું", "ના", "ને", "સાથે")
_GLUED = re.compile(rf"(?<![{_L}])([{_L}]{{2,}}?)({'|'.join(_SUFFIXES)})(?![{_L}])")
_GLUED_DIGITS = re.compile(rf"(?<=\d)(?=[{_L}])")
_MONTHS = {
    "જાન્યુઆરી": "January",
    "ફેબ્રુઆરી": "February",
    "માર્ચ": "March",
    "એપ્રિલ": "April",
    "મે": "May",
    "જૂન": "June",
    "જુલાઈ": "July",
    "ઑગસ્ટ": "August",
    "ઓગસ્ટ": "August",
    "સપ્ટેમ્બર": "September",
    "ઑક્ટોબર": "October",
    "ઓક્ટોબર": "October",
    "નવેમ્બર": "November",
    "ડિસેમ્બર": "December",
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"(\d{4}(?:-\d{2}(?:\d{2})?)?)"
_SPACED_FISCAL = re.compile(r"(?<!\d)(\d{4})- (\d{2})(?!\d)")
_MONTH_SPAN = re.compile(
    rf"(?<![{_L}])({_MONTH}) થી ({_MONTH})(?: સુધી)?(?: ના ગાળા)?(?: દરમિયાન| માં)?(?![{_L}])"
)
_COUNTS = {
    "બે": "2",
    "ત્રણ": "3",
    "ચાર": "4",
    "પાંચ": "5",
    "છ": "6",
    "સાત": "7",
    "આઠ": "8",
    "નવ": "9",
    "દસ": "10",
    "અગિયાર": "11",
}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# "2031-32ના પ્રથમ છ મહિનામાં" (in the first six months of 2031-32), its genitive split off
# ... or of a fiscal year named relatively ("ચાલુ નાણાકીય વર્ષના પ્રથમ છ મહિનામાં", in the first six
# months of the current fiscal year; round 59)
_RELATIVE_FISCAL = r"(?:(?:ચાલુ|ગત|ગયા|પાછલા|અગાઉના) )?(?:નાણાકીય વર્ષ|નાણાંકીય વર્ષ|નાણા વર્ષ|નાણાં વર્ષ)"
_FIRST_MONTHS = re.compile(
    rf"(?<![{_L}\d])(?:(?P<owner>{_YEAR[1:-1]}|{_RELATIVE_FISCAL}) (?:ના|ની) )?"
    rf"(?:પ્રથમ|પહેલા|શરૂઆતના) {_COUNT} (?:મહિના|મહિનાઓ|માસ)(?: ?માં| દરમિયાન)?(?![{_L}])"
)
# a month and its year before "માં" (in): "ઓક્ટોબર 2031માં" -> "in October 2031"
_MONTH_IN = re.compile(rf"(?<![{_L}])({_MONTH})(?: ({_YEAR[1:-1]}))? માં(?![{_L}])")
_FISCAL = r"(?:નાણાકીય વર્ષ|નાણાંકીય વર્ષ|નાણા વર્ષ|નાણાં વર્ષ)"
_FISCAL_IN = re.compile(rf"(?<![{_L}]){_FISCAL} {_YEAR} (?:માં|દરમિયાન)(?![{_L}])")
_YEAR_IN = re.compile(rf"(?<![{_L}\d])(?:વર્ષ |સાલ )?{_YEAR} (?:માં|દરમિયાન)(?![{_L}])")
_YEAR_BY = re.compile(rf"(?<![{_L}\d]){_YEAR} (?:સુધીમાં|સુધી)(?![{_L}])")


@cache
def _known() -> frozenset[str]:
    """The words of the Gujarati rows and the Gujarati country names (CLDR), and the months."""
    words = {w for lang, p, _ in foreign_words() if lang == "gu" for w in p.split()}
    words |= {n for n, _ in country_names("gu") if " " not in n}
    return frozenset(words | _MONTHS.keys())


@cache
def _names() -> frozenset[str]:
    """The Gujarati country names (CLDR) and the rows glossed as a name ("યુએસ", "અમેરિકા")."""
    names = {n for n, _ in country_names("gu") if " " not in n}
    names |= {p for lang, p, e in foreign_words() if lang == "gu" and e[:1].isupper()}
    return frozenset(names)


# The ergative of a name, the doer of a past verb ("ભારતે યુએસથી કરેલી આયાત", the imports India
# made from the US; "અમેરિકાએ ... મેળવ્યું", the US took): "-ે" on a consonant, "-એ" after a vowel.
# English marks no doer: the name alone, so the flow after it reads as the name's
# (:func:`pipeline.extract.urdu.reorder`, "India United States from imports")
_ERGATIVE = re.compile(rf"(?<![{_L}])([{_L}]{{2,}}?)(?:\u0ac7|\u0a8f)(?![{_L}])")


def _ergative(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1) in _names() and m.group(0) not in _known() else m.group(0)


def _split(m: re.Match[str]) -> str:
    stem, suffix = m.groups()
    if stem in _known() and m.group(0) not in _known():
        return f"{stem} {suffix}"
    return m.group(0)


def _month_span(m: re.Match[str]) -> str:
    return f"from {_MONTHS[m.group(1)]} to {_MONTHS[m.group(2)]}"


def _first_months(m: re.Match[str]) -> str:
    year, count = m.group("owner"), _COUNTS.get(m.group(2), m.group(2))
    return f"in the first {count} months" + (f" of {year}" if year else "")


def _month_in(m: re.Match[str]) -> str:
    return f"in {_MONTHS[m.group(1)]}" + (f" {m.group(2)}" if m.group(2) else "")


# "6 દશાંશ 6 અબજ" (6 point 6 billion): the decimal point written as a word (round 57)
_DECIMAL_WORD = re.compile(r"(?<![\d.])(\d+)\s*દશાંશ\s*(\d+)(?![\d.])")


def prepare(text: str) -> str:
    """``text`` with ASCII digits, glued postpositions split off, and the periods put in
    English order (module doc)."""
    text = _SPACED_FISCAL.sub(r"\1-\2", text.translate(_DIGITS))
    text = numbers(_GLUED.sub(_split, _GLUED_DIGITS.sub(" ", text)), "gu")
    text = year_spans(_ERGATIVE.sub(_ergative, text), "gu")
    if "દશાંશ" in text:
        text = _DECIMAL_WORD.sub(r"\1.\2", text)
    text = _MONTH_SPAN.sub(_month_span, text)
    text = _MONTH_IN.sub(_month_in, _FIRST_MONTHS.sub(_first_months, text))
    if "વર્ષ" in text:
        text = _FISCAL_IN.sub(r"in fiscal year \1", text)
    text = _YEAR_IN.sub(r"in \1", text)
    if "સુધી" in text:
        text = _YEAR_BY.sub(r"by \1", text)
    return text
