"""Bengali pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Bangladeshi and West Bengal trade news (Prothom Alo, Bangla Tribune, the EPB and Bangladesh Bank
figures) writes "২০৩১-৩২ অর্থবছরে বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য ১২ শতাংশ বেড়ে ১৪.৫ বিলিয়ন
ডলারে দাঁড়িয়েছে": Bengali digits, case endings written onto the word ("ভারতের", India's;
"ভারতে", in India), postpositions and the verb last. The phrase rows (``bn`` rows of
``lexicon/foreign_words.csv``) carry the words, each case form of a country its own row; what
depends on a number or on order is done here, around them:

- Before the gloss (:func:`prepare`): Bengali digits as ASCII ones (one for one, so a figure's
  span maps back), the year before its noun ("২০৩১ অর্থবছরে" -> "in fiscal year 2031", "২০৩১
  সালে" -> "in 2031").
- After the gloss (:func:`reorder`): a pair before "between" ("Bangladesh and India's between
  trade" -> "between Bangladesh and India trade"), a partner before its postposition and the
  owner's flow ("in India Bangladesh's exports" -> "Bangladesh's exports to India", "India from
  Bangladesh's imports" -> "Bangladesh's imports from India"), a change or a verb after its amount ("12
  percent rose" -> "rose 12 percent", "14.5 billion dollars stood at" -> "stood at 14.5 billion
  dollars"), the months of a year after their count ("of fiscal year 2031-32 first 11 months"
  -> "in the first 11 months of fiscal year 2031-32").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.south_asian_numbers import numbers
from pipeline.extract.south_asian_spans import year_spans
from pipeline.lexicon import foreign_words
from pipeline.lexicon.country_names import country_names

_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_YEAR = r"(\d{4}(?:-\d{2}(?:\d{2})?)?)"
# (the year typed against its noun or joined by a hyphen: "২০২৪-অর্থবছরে", round 59)
_FISCAL_IN = re.compile(rf"(?<!\d){_YEAR}[ -]?অর্থবছরে(?![\u0980-\u09ff])")
_FISCAL_OF = re.compile(rf"(?<!\d){_YEAR}[ -]?অর্থবছরের(?![\u0980-\u09ff])")
_FISCAL = re.compile(rf"(?<!\d){_YEAR}[ -]?অর্থবছর(?![\u0980-\u09ff])")
_YEAR_IN = re.compile(r"(?<!\d)(\d{4}) সালে(?![\u0980-\u09ff])")
_YEAR_OF = re.compile(r"(?<!\d)(\d{4}) সালের(?![\u0980-\u09ff])")
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
_PAIR_BEFORE = re.compile(rf"\b({_NAME}) and ({_NAME})'s between\b")
# a postposition's partner before the owner's flow: "in China Bangladesh's exports" (চীনে, the
# locative) -> "Bangladesh's exports to China"; "China from Bangladesh's imports" -> "... from China"
_PARTNER_IN = re.compile(rf"\bin ({_NAME}),? ({_NAME}'s (?:total )?(?:exports|export earnings))\b")
_PARTNER_FROM = re.compile(rf"\b({_NAME}),? from ((?:{_NAME}'s )?(?:total )?imports)\b")
# the months of a year before their count ("২০২৩-২০২৪ অর্থবছরের প্রথম ১১ মাসে", of fiscal year
# 2023-2024 first 11 months) -> "in the first 11 months of fiscal year 2023-2024"
_MONTHS_OF = re.compile(
    r"\b(?:of ((?:fiscal year )?\d{4}(?:-\d{2}(?:\d{2})?)?)|((?:this|last) fiscal year)'s)"
    r" first (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) months\b"
)
_NUM = r"\d[\d.,]*\d|\d"
_CHANGE_AFTER = re.compile(rf"\b((?:{_NUM}) ?(?:%|percent)) (rose|fell)\b")
_SCALE = r"(?:billion|million|thousand|crore|lakh)"
_MONEY = rf"(?:{_NUM}) (?:{_SCALE} )?(?:US dollars|dollars|taka|euros)"
_VERB_AFTER = re.compile(rf"\b({_MONEY}) (stood at|reached|exceeded|amounted to)\b")


# "44 দশমিক 06 মিলিয়ন" (44 point 06 million): the decimal point written as a word, as Bengali
# copy reads a figure out (round 57)
_DECIMAL_WORD = re.compile(r"(?<![\d.])(\d+)\s*দশমিক\s*(\d+)(?![\d.])")


@cache
def _known() -> frozenset[str]:
    """The words of the Bengali rows and the Bengali country names (CLDR)."""
    words = {w for lang, p, _ in foreign_words() if lang == "bn" for w in p.split()}
    words |= {n for n, _ in country_names("bn") if " " not in n}
    return frozenset(words)


# The clitics "-ও" (also, even) and "-ই" (just, only) written onto a word ("বাণিজ্যও", trade too;
# "চীনই", China itself): the word as the rows know it, the clitic dropped (it carries no
# figure's part); a word the rows know whole ("দুই", two) is left as it is (round 59)
_CLITIC = re.compile(r"(?<![\u0980-\u09ff])([\u0980-\u09ff]{2,}?)(?:ও|ই)(?![\u0980-\u09ff])")


def _clitic(m: re.Match[str]) -> str:
    known = _known()
    return m.group(1) if m.group(1) in known and m.group(0) not in known else m.group(0)


def prepare(text: str) -> str:
    """``text`` with Bengali digits as ASCII and a year before its noun put after it."""
    text = year_spans(numbers(text.translate(_DIGITS), "bn"), "bn")
    if "ও" in text or "ই" in text:
        text = _CLITIC.sub(_clitic, text)
    if "দশমিক" in text:
        text = _DECIMAL_WORD.sub(r"\1.\2", text)
    if "অর্থবছর" in text:
        text = _FISCAL_IN.sub(r"in fiscal year \1", text)
        text = _FISCAL_OF.sub(r"of fiscal year \1", text)
        text = _FISCAL.sub(r"fiscal year \1", text)
    if "সাল" in text:
        text = _YEAR_OF.sub(r"of \1", _YEAR_IN.sub(r"in \1", text))
    return text


def _months_of(m: re.Match[str]) -> str:
    return f"in the first {m.group(3)} months of {m.group(1) or m.group(2)}"


# "X মূল্যের পণ্য" (goods of X's value): the genitive of the value before its goods, "X worth goods"
# once glossed -> "goods worth X"; then a flow verb with its partner's postposition before
# the goods and its doer first or, as news copy fronts the figure, after the verb
# ("থাইল্যান্ডে X মূল্যের পণ্য রপ্তানি করেছে বাংলাদেশ": in Thailand goods worth X exported
# Bangladesh) -> "Bangladesh exported goods worth X to Thailand"; "চীন থেকে ... আমদানি করেছে"
# (China from ... imported) -> "imported goods worth X from China" (round 57)
# (... or the genitive dropped by its row: "X ডলারের পণ্য", X dollars' goods)
_WORTH_GOODS = re.compile(rf"\b({_MONEY})(?: worth|'s)? (goods|products)\b")
_GOODS = rf"(?:goods|products) worth {_MONEY}"
_EXPORTED_IN = re.compile(
    rf"\b(?:({_NAME}) )?in ({_NAME}) ({_GOODS}) (exported)(?: ({_NAME})(?=[^\w'-]|$))?"
)
_IMPORTED_FROM = re.compile(
    rf"\b(?:({_NAME}) )?({_NAME}) from ({_GOODS}) (imported)(?: ({_NAME})(?=[^\w'-]|$))?"
)


def _flow_goods(m: re.Match[str]) -> str:
    doer = m[1] or m[5]
    post = "to" if m[4] == "exported" else "from"
    return f"{doer + ' ' if doer else ''}{m[4]} {m[3]} {post} {m[2]}"


# A rate against its standard: "X-এর তুলনায় যা N শতাংশ বেশি" (which is N percent more compared
# with X), "X-এর চেয়ে যা N শতাংশ বেশি" -> "which is N percent higher than X": the standard a
# period (round 59)
_RATE_THAN = re.compile(
    r"\b((?:[A-Z][\w-]*'s )?(?:of )?(?:fiscal year \d{4}(?:-\d{2}(?:\d{2})?)?|\d{4}(?:-\d{2})?"
    r"|(?:the )?(?:previous|last) (?:fiscal )?year|the same period of last (?:fiscal )?year))"
    rf" (?:compared with|than) which ((?:{_NUM}) ?(?:%|percent)) (more|less)\b"
)


def _rate_than(m: re.Match[str]) -> str:
    standard = re.sub(r"(?<=\bof )|^of ", "", m[1]).replace("'s of ", "'s ")
    return f"which is {m[2]} {'higher' if m[3] == 'more' else 'lower'} than {standard}"


def reorder(text: str) -> str:
    """A glossed Bengali sentence in English word order (see the module doc)."""
    if " which " in text:
        text = _RATE_THAN.sub(_rate_than, text)
    if " goods" in text or " products" in text:
        text = _WORTH_GOODS.sub(r"\2 worth \1", text)
        text = _EXPORTED_IN.sub(_flow_goods, _IMPORTED_FROM.sub(_flow_goods, text))
    text = _PAIR_BEFORE.sub(r"between \1 and \2", text)
    if " first " in text:
        text = _MONTHS_OF.sub(_months_of, text)
    if "'s " in text:
        text = _PARTNER_IN.sub(r"\2 to \1", text)
    if " from " in text:
        text = _PARTNER_FROM.sub(r"\2 from \1", text)
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    return _VERB_AFTER.sub(r"\2 \1", text)
