"""Urdu pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Pakistani and Indian Urdu trade news writes "رواں مالی سال کے پہلے 7 ماہ میں پاکستان کی چین کو
برآمدات 12 فیصد اضافے کے ساتھ 2.1 ارب ڈالر تک پہنچ گئیں": postpositions after their noun ("چین کو",
to China; "چین سے", from China; "کے درمیان", between), the genitive "کا/کی/کے" after its owner
and the verb last. The phrase rows (``ur`` rows of ``lexicon/foreign_words.csv``) carry the words
(every gender and number form of a verb its own row); what depends on a number or on order is
done here, around them:

- Before the gloss (:func:`prepare`): Urdu and Arabic-Indic digits as ASCII ones and the Urdu
  full stop, comma and decimal sign as English ones (one for one, so a figure's span maps back);
  the year sign "ء" after a year dropped; a fiscal year written last year first ("24-2023", as
  the Urdu press writes it right to left) in the English order "2023-24"; a year before its
  postposition ("2030 میں" -> "in 2030", "2030 تک" -> "by 2030", "جون 2030 تک" -> "through جون
  2030"); the first N months of a period ("رواں مالی سال کے پہلے 7 ماہ میں" -> "in the first 7
  months of رواں مالی سال", the period glossed by its rows after), so its quarter and half
  ("مالی سال 2030-31 کی پہلی سہ ماہی میں" -> "in the first quarter of مالی سال 2030-31"); a month span ("جولائی تا
  مارچ", "جولائی سے مارچ تک") -> "from جولائی to مارچ".
  Numbers in words before a scale, a currency or "فیصد" ("بیس کروڑ" -> "20 کروڑ", rows of
  ``lexicon/cardinal_words.csv``), the decimal sign as a word ("6 اعشاریہ 6" -> "6.6") and a year
  in words ("دوہزار بارہ" -> "2012").
- After the gloss (:func:`reorder`): the genitive "Pakistan 's" joined ("Pakistan's"); a pair
  before "between" ("Pakistan and China between" -> "between Pakistan and China"); a partner
  and its postposition before the flow ("Pakistan's China to exports" -> "Pakistan's exports to
  China", "China with trade" -> "trade with China"); a hedge, a verb or a change after its amount
  ("2 billion dollars more than" -> "more than 2 billion dollars", "20 billion dollars reached"
  -> "reached 20 billion dollars", "12 percent rose" -> "rose 12 percent"); "from" after the
  first level of a change ("5 billion dollars from rose to 7 billion dollars" -> "rose from 5
  billion dollars to 7 billion dollars").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.extract.countries import find_countries
from pipeline.extract.south_asian_numbers import numbers
from pipeline.extract.south_asian_spans import year_spans
from pipeline.lexicon import cardinal_words, foreign_words

# Urdu (Extended Arabic-Indic) and Arabic-Indic digits, the Arabic decimal and thousands signs
# and the Urdu full stop, comma, semicolon and question mark: one character for one
_CHARS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬۔،؛؟",
    "01234567890123456789.,.,;?",
)
_L = r"\u0600-\u06ff"  # an Arabic-script letter or mark: a word does not end before one
# the year sign after a year ("2030ء", "2023-24ء")
_YEAR_SIGN = re.compile(r"(?<=\d)ء(?![" + _L + r"])")
# a fiscal year written last year first: "24-2023" -> "2023-24"
_FISCAL_BACKWARDS = re.compile(r"(?<![\d-])(\d{2})\s?[-–/]\s?(\d{4})(?![\d-])")
# digits typed against a word, "3ارب 7 کروڑ", "درآمدات پر1.949 ارب" (3 billion 7 crore, on 1.949
# billion): a space between them, as between any two words
_GLUED_DIGITS = re.compile(rf"(?<=\d)(?=[{_L}])|(?<=[{_L}])(?=\d)")
_YEAR = r"(\d{4}(?:-\d{2}(?:\d{2})?)?)"
_MONTHS = "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"
_IN = r"(?:میں|کے دوران|کے عرصے میں|کے عرصے کے دوران)"
# "مالی سال 2030 میں" -> "in fiscal year 2030", "سال 2030 میں"/"2030 میں" -> "in 2030"
_FISCAL_IN = re.compile(rf"مالی سال {_YEAR} {_IN}(?![{_L}])")
_YEAR_IN = re.compile(rf"(?<![{_L}\d])(?:سال |برس )?{_YEAR} {_IN}(?![{_L}])")
# "2030 تک" -> "by 2030"; "جون 2030 تک" -> "through جون 2030" (the month glossed after)
_YEAR_BY = re.compile(rf"(?<![\d])(?:((?:{_MONTHS}) )?{_YEAR}) تک(?![{_L}])")
# A month with its year before the postposition: "جون 2030 میں" -> "in جون 2030" (not "جون in
# 2030", which reads the whole year), the year named or relative and then first, as Urdu
# writes a possessor before its noun: "گزشتہ سال (کے) جون میں" (in June of last year) -> "in جون
# گزشتہ سال", glossed "in June last year" (round 57)
_MONTH_YEAR_IN = re.compile(rf"(?<![{_L}\d])({_MONTHS}) (\d{{4}}) {_IN}(?![{_L}])")
_YEAR_MONTH_IN = re.compile(
    rf"(?<![{_L}])((?:گزشتہ|گذشتہ|پچھلے|رواں|اس|جاری|موجودہ|اگلے|آئندہ) (?:سال|برس))"
    rf"(?: کے| کی)? ({_MONTHS})(?: کے مہینے)? {_IN}(?![{_L}])"
)
_COUNTS = {
    "دو": "2",
    "تین": "3",
    "چار": "4",
    "پانچ": "5",
    "چھ": "6",
    "چھے": "6",
    "سات": "7",
    "آٹھ": "8",
    "نو": "9",
    "دس": "10",
    "گیارہ": "11",
}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# a period the first months belong to, left for its rows: "رواں مالی سال", "مالی سال 2030-31",
# "2030", "گزشتہ سال"
_OWNER = (
    rf"(?:مالی سال {_YEAR}|{_YEAR}|(?:(?:رواں|موجودہ|جاری|اس|گزشتہ|گذشتہ|پچھلے|سابقہ) )?"
    r"(?:مالی سال|سال|برس))"
)
# "(PERIOD کے) پہلے/ابتدائی N ماہ/مہینوں (میں)" -> "in the first N months (of PERIOD)"
_FIRST_MONTHS = re.compile(
    rf"(?:({_OWNER}) کے )?(?:پہلے|ابتدائی|اولین) {_COUNT} (?:ماہ|مہینوں|مہینے|مہینہ)"
    rf"(?: {_IN})?(?![{_L}])"
)
# "(PERIOD کی) پہلی سہ ماہی/ششماہی (میں)" -> "in the first quarter/half (of PERIOD)"
_ORDINALS = {"پہلی": "first", "دوسری": "second", "تیسری": "third", "چوتھی": "fourth"}
_PART = re.compile(
    rf"(?:({_OWNER}) کی )?(پہلی|دوسری|تیسری|چوتھی|آخری) (سہ ماہی|ششماہی)"
    rf"(?: {_IN})?(?![{_L}])"
)
# "گزشتہ/پچھلے N ماہ (میں)" -> "in the last N months"
_LAST_MONTHS = re.compile(
    rf"(?:گزشتہ|گذشتہ|پچھلے) {_COUNT} (?:ماہ|مہینوں|مہینے)(?: {_IN})?(?![{_L}])"
)
# "جولائی تا مارچ", "جولائی سے مارچ تک", "جولائی 2030 سے مارچ 2031 تک" -> "from جولائی to مارچ"
_MONTH_SPAN = re.compile(
    rf"(?<![{_L}])({_MONTHS})( \d{{4}})? (?:تا|سے|-|–) ({_MONTHS})( \d{{4}})?(?: تک)?"
    rf"(?: {_IN})?(?![{_L}])"
)


def _fiscal_backwards(m: re.Match[str]) -> str:
    short, year = m.groups()
    if (int(year) + 1) % 100 != int(short):
        return m.group(0)
    return f"{year}-{short}"


def first_months_gloss(counts: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """The replacement of a ``_FIRST_MONTHS`` match (owner: group 1, count: group 4), its count
    word read with ``counts``: "in the first N months (of PERIOD)". Shared with ``hindi``."""

    def gloss(m: re.Match[str]) -> str:
        owner, count = m.group(1), m.group(4)
        out = f"in the first {counts.get(count, count)} months"
        return f"{out} of {owner}" if owner else out

    return gloss


def part_gloss(ordinals: dict[str, str], half: str) -> Callable[[re.Match[str]], str]:
    """The replacement of a ``_PART`` match (owner: group 1, ordinal: 4, part: 5): "in the
    first quarter (of PERIOD)"; ``half`` is the language's word for a half year, and an ordinal
    missing from ``ordinals`` ("last") is the last half or quarter. Shared with ``hindi``."""

    def gloss(m: re.Match[str]) -> str:
        owner, which, part = m.group(1), m.group(4), m.group(5)
        is_half = part == half
        out = f"in the {ordinals.get(which, 'second' if is_half else 'fourth')}"
        out += " half" if is_half else " quarter"
        return f"{out} of {owner}" if owner else out

    return gloss


def last_months_gloss(counts: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """The replacement of a ``_LAST_MONTHS`` match (count: group 1): "in the last N months"."""

    def gloss(m: re.Match[str]) -> str:
        return f"in the last {counts.get(m.group(1), m.group(1))} months"

    return gloss


_first_months = first_months_gloss(_COUNTS)
_part = part_gloss(_ORDINALS, "ششماہی")
_last_months = last_months_gloss(_COUNTS)


def _year_by(m: re.Match[str]) -> str:
    month, year = m.groups()
    return f"through {month}{year}" if month else f"by {year}"


def _month_span(m: re.Match[str]) -> str:
    first, first_year, last, last_year = m.groups()
    return f"from {first}{first_year or ''} to {last}{last_year or ''}"


# The hamza seat before a consonant is written with the long vowel after it or without it
# ("ملائشیا" and "ملائیشیا", Malaysia; "آذربائیجان" and "آذربائجان"): a name's other spelling
_SEAT = re.compile(r"ئی(?=[^\u0627\u06cc\u06d2\u0648\s])|ئ(?=[^\u0627\u06cc\u06d2\u0648\s])")


def seat_spelling(name: str) -> str:
    """``name`` with its hamza seats before a consonant spelled the other way (module comment;
    round 56): "ملائشیا" -> "ملائیشیا", "آذربائیجان" -> "آذربائجان"."""
    return _SEAT.sub(lambda m: "ئ" if m.group(0) == "ئی" else "ئی", name)


# Letters that never join the letter after them: a word ending in one, typed without the space
# after it, looks the same as with it, so pages run such words together ("کوپاکستانی", to
# Pakistani; "ڈالرتھی", dollars were). Split where one side is a postposition, the genitive or
# the copula and the other a word the rows know, and the whole is no word the rows know.
_NON_JOINING = frozenset("اآأدڈذرڑزژوےۓ")
_PARTICLES = frozenset(
    ("کو", "سے", "کا", "کے", "پر", "تھی", "تھا", "تھے", "تھیں", "ہے", "ہیں")
    # ... and the conjunction and "for", as often run on ("اورچین", and China; "کیلئےپاکستانی",
    # for Pakistani; round 59)
    + ("اور", "کیلئے", "کیلیے", "لیے", "لئے")
)
# ... and a unit after a number ending in such a letter, typed against the word after it
# ("ملین ڈالرمالیت کا سامان", million dollars' worth of goods; "ڈالررہی", dollars stood; round 57)
_UNITS = frozenset(("ڈالر", "ڈالرز", "روپے", "فیصد", "کروڑ", "درہم", "یورو", "ریال"))
_LETTERS = re.compile(rf"[{_L}]{{4,}}")


# "X کی نسبت" (relative to X) and the unbent "کے مقابلہ میں": the rows' "کے مقابلے میں" (compared with)
_COMPARED = re.compile(rf"(?<![{_L}])(?:کی نسبت|کے مقابلہ میں|کے مقابلہ)(?![{_L}])")


@cache
def _known() -> frozenset[str]:
    """The words of the Urdu phrase rows."""
    return frozenset(w for lang, p, _ in foreign_words() if lang == "ur" for w in p.split())


def _unglued(m: re.Match[str]) -> str:
    return _unglued_token(m.group(0))


def _unglued_token(token: str) -> str:
    # (the rest split again: "اورامریکاکے", and America's, is three words; round 59)
    known = _known()
    if token in known:
        return token
    for cut in range(2, len(token) - 1):
        left, right = token[:cut], token[cut:]
        if left[-1] not in _NON_JOINING:
            continue
        if right in _PARTICLES and left in known:
            return f"{left} {right}"
        if left in _PARTICLES or left in _UNITS:
            rest = right if right in known else _unglued_token(right)
            if rest != right or right in known:
                return f"{left} {rest}"
    return token


# a number in words before a scale, a currency, "فیصد" (percent) or the decimal sign "اعشاریہ"
# ("بیس کروڑ ڈالر", 20 crore dollars; "ایک ارب 40 کروڑ", 1 billion 40 crore; round 52): its
# digits; a word alone keeps its other senses ("اسی طرح", in the same way; "دو طرفہ", bilateral)
_BEFORE_NUMBERED = r"(?:ارب|کروڑ|لاکھ|ہزار|ملین|بلین|فیصد|ڈالر|روپے|اعشاریہ)(?![" + _L + r"])"


@cache
def _cardinal() -> re.Pattern[str]:
    words = "|".join(sorted(cardinal_words("ur"), key=len, reverse=True))
    return re.compile(rf"(?<![{_L}])({words})(?=\s+{_BEFORE_NUMBERED})")


# a year in words, "سال دوہزار بارہ میں" (in the year two thousand twelve): its digits, unless a
# scale, a currency or "فیصد" follows (then the words are an amount)
@cache
def _year_in_words() -> re.Pattern[str]:
    words = "|".join(sorted(cardinal_words("ur"), key=len, reverse=True))
    return re.compile(rf"(?<![{_L}])دو\s?ہزار\s+({words})(?![{_L}])(?!\s+{_BEFORE_NUMBERED})")


# "6 اعشاریہ 6 ارب" (6 point 6 billion): the decimal sign written as a word
_DECIMAL_WORD = re.compile(r"(?<![\d.])(\d+)\s+اعشاریہ\s+(\d+)(?![\d.])")


def _numbers_in_words(text: str) -> str:
    if "ہزار" in text:
        text = _year_in_words().sub(lambda m: str(2000 + cardinal_words("ur")[m.group(1)]), text)
    text = _cardinal().sub(lambda m: str(cardinal_words("ur")[m.group(1)]), text)
    return _DECIMAL_WORD.sub(r"\1.\2", text) if "اعشاریہ" in text else text


# The comparative of a rate: "X سے N فیصد زیادہ/کم" (N percent more/less than X; the standard of
# comparison before "سے", "کی نسبت" or "کے مقابلے میں", the adjective after the rate). The adjective
# ("زیادہ", "زائد", "بڑا", "اونچا", "کم", "کمتر"), typed against "فیصد" or not, is given its English
# word here ("higher", "lower"), and ``_RATE_THAN`` puts the standard after it once glossed
# (round 57: "جو گزشتہ مالی سال کی اسی مدت سے N فیصد زیادہ ہیں", which are N% more than the same
# period of last fiscal year)
_RATE_COMPARATIVE = re.compile(
    rf"(?<![{_L}])(فیصد|%) ?(زیادہ|زائد|زیاده|بڑا|بڑی|بڑے|اونچا|اونچی|بلند|کم|کمتر)(?![{_L}])"
)
_COMPARATIVE = {"کم": "lower", "کمتر": "lower"}


def prepare(text: str) -> str:
    """``text`` with ASCII digits and stops, and the periods put in English order (module doc)."""
    text = text.translate(_CHARS)
    if "ء" in text:
        text = _YEAR_SIGN.sub("", text)
    if "فیصد" in text or "%" in text:
        text = _RATE_COMPARATIVE.sub(lambda m: f"{m[1]} {_COMPARATIVE.get(m[2], 'higher')}", text)
    text = _LETTERS.sub(_unglued, _GLUED_DIGITS.sub(" ", text))
    text = year_spans(numbers(_numbers_in_words(text), "ur"), "ur")
    if "مقابلہ" in text or "نسبت" in text:
        text = _COMPARED.sub("کے مقابلے میں", text)
    text = _FISCAL_BACKWARDS.sub(_fiscal_backwards, text)
    text = _FIRST_MONTHS.sub(_first_months, text)
    if "ماہی" in text:
        text = _PART.sub(_part, text)
    text = _LAST_MONTHS.sub(_last_months, text)
    text = _MONTH_SPAN.sub(_month_span, text)
    if "مالی سال" in text:
        text = _FISCAL_IN.sub(r"in fiscal year \1", text)
    if any(month in text for month in _MONTHS.split("|")):
        text = _YEAR_MONTH_IN.sub(r"in \2 \1", _MONTH_YEAR_IN.sub(r"in \1 \2", text))
    text = _YEAR_IN.sub(r"in \1", text)
    if "تک" in text:
        text = _YEAR_BY.sub(_year_by, text)
    return text


# (a month is no name: "from July to February United States from imports" keeps its span)
_NOT_MONTH = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
)
_NAME = rf"{_NOT_MONTH}[A-Z][\w-]*(?: {_NOT_MONTH}[A-Z][\w-]*){{0,2}}"
_GENITIVE = re.compile(r"(?<=\S) 's\b")
_PAIR_BEFORE = re.compile(rf"\b({_NAME}|the two countries) and ({_NAME}) between\b")
_BOTH_BEFORE = re.compile(r"\b(the two countries|the two sides) between\b")
_FLOW = r"(?:total )?(?:exports|imports|export earnings|export receipts)"
# a partner before its postposition and the flow: "Pakistan's China to exports" (چین کو),
# "China from Pakistan's imports" (چین سے) -> "Pakistan's exports to China", "... imports from
# China"; "China with trade" (چین کے ساتھ) -> "trade with China"
_PARTNER_FIRST = re.compile(
    rf"\b((?:{_NAME}'s )?)({_NAME}) (to|from) ((?:{_NAME}'s |[A-Z]\w+ )?{_FLOW})\b"
)
# A flow in the verb-final order, its amount first: "India ने Nepal to $X's exports किया" (भारत ने
# नेपाल को X का निर्यात किया, India exported $X to Nepal; "ने"/"نے" marks the doer), "A ने B from
# $X's goods imported" (B से X का सामान मंगाया), and with no doer, "A from B to $X's exports" (A से B
# को X का निर्यात: from A to B) -> "India's exports to Nepal worth $X", "B's imports from A worth
# $X"; a value word left unread may stand before the genitive ("X मूल्य का", worth X); round 56
_VERB_FLOW = r"(?:was )?(exports|imports|exported|imported)"  # "was": a passive verb row
_VALUE_WORD = r"(?: [^\sA-Za-z\d'.,]+| value| worth)?"
_TRADE = r"(?:bilateral )?(?:trade(?: volume| deficit| surplus| balance)?)"
_WITH_FIRST = re.compile(
    rf"\b((?:{_NAME}'s )?)({_NAME}|the two countries) with ((?:{_NAME}'s )?{_TRADE})\b"
)
_NUM = r"\d[\d.,]*\d|\d"
_SCALE = r"(?:trillion|billion|million|thousand|crore|lakh)"
_CURRENCY = r"(?:US dollars|dollars|rupees|Pakistani rupees|Indian rupees|yuan|euros)"
# (an amount in two scales, "4 billion 41 crore dollars" (4 ارب 41 کروڑ), moves whole)
_MONEY = rf"(?:\$\s?)?(?:(?:{_NUM}) {_SCALE} )*(?:{_NUM}) (?:{_SCALE} )?{_CURRENCY}"
_HEDGE_AFTER = re.compile(rf"\b({_MONEY}) (more than|less than|nearly|over)\b")
_HEDGED = rf"(?:(?:about|nearly|more than|less than|over) )?{_MONEY}"
_FROM_TO = re.compile(rf"\b({_HEDGED}) from (rose|fell) to\b")
_DOER_FLOW = re.compile(
    rf"\b({_NAME}) (?:ने|نے) ({_NAME}) (to|from) ({_HEDGED}){_VALUE_WORD}'s (?:goods )?{_VERB_FLOW}\b"
)
_SOURCE_FLOW = re.compile(
    rf"\b({_NAME}) from ({_NAME}) to ({_HEDGED}){_VALUE_WORD}'s (?:goods )?{_VERB_FLOW}\b"
)

# ... and with neither a doer nor the other side: "India from only $X's goods imports" (भारत से
# केवल X का सामान आयात किया गया, only $X of goods were imported from India) -> "imports from India
# worth $X", "Nepal to $X's exports" -> "exports to Nepal worth $X" (a word left unread may stand
# before the amount)
_PARTNER_FLOW = re.compile(
    rf"\b({_NAME}) (to|from) (?:[^\sA-Za-z\d'.,]+ )?({_HEDGED}){_VALUE_WORD}'s (?:goods )?"
    rf"{_VERB_FLOW}\b"
)


# ... with its change between ("افغانستان سے 81 فیصد اضافے سے 15 کروڑ ڈالر کا مال منگوایا گیا",
# from Afghanistan, with an 81 percent rise, 15 crore dollars of goods were imported) -> "imports
# from Afghanistan rose 81 percent to 15 crore dollars" (round 59)
_PARTNER_CHANGE_FLOW = re.compile(
    rf"\b({_NAME}) (to|from) (?:in )?((?:{_NUM}) ?(?:%|percent)) (rose|fell) ({_HEDGED}){_VALUE_WORD}'s"
    rf" (?:goods )?{_VERB_FLOW}\b"
)


def _partner_change_flow(m: re.Match[str]) -> str:
    partner, post, rate, change, amount, verb = m.groups()
    flow = "exports" if verb.startswith("export") else "imports"
    if (post == "to") != (flow == "exports"):
        return m.group(0)
    return f"{flow} {post} {partner} {change} {rate} to {amount}"


def _partner_flow(m: re.Match[str]) -> str:
    partner, post, amount, verb = m.groups()
    flow = "exports" if verb.startswith("export") else "imports"
    if (post == "to") != (flow == "exports"):
        return m.group(0)
    return f"{flow} {post} {partner} worth {amount}"


def _doer_flow(m: re.Match[str]) -> str:
    doer, other, post, amount, verb = m.groups()
    flow = "exports" if verb.startswith("export") else "imports"
    if (post == "to") != (flow == "exports"):
        return m.group(0)  # "to" is an export's, "from" an import's: another shape
    return f"{doer}'s {flow} {post} {other} worth {amount}"


def _source_flow(m: re.Match[str]) -> str:
    source, destination, amount, verb = m.groups()
    if verb.startswith("export"):
        return f"{source}'s exports to {destination} worth {amount}"
    return f"{destination}'s imports from {source} worth {amount}"


_VERB_AFTER = re.compile(
    rf"\b({_HEDGED}) (reached|stood at|exceeded|recorded|amounted to|was|were|rose to|fell to)\b"
)
# "5 billion dollars until target to raise" (5 ارب ڈالر تک بڑھانے کا ہدف) -> "target to raise
# to 5 billion dollars"
_TARGET_AFTER = re.compile(rf"\b({_HEDGED}) (?:until )?(target to (?:raise|take|reach))\b")
_BECAME = re.compile(rf"\b({_HEDGED}) became\b")
_RATE = rf"(?:{_NUM}) ?(?:%|percent)"
_CHANGE_AFTER = re.compile(
    rf"\b(?:in )?((?:about |nearly |more than |over )?{_RATE}) (rose|fell)\b"
)
_IN_CHANGE = re.compile(r"\b(exports|imports|trade|volume|investment|earnings) in (?=rose|fell\b)")
_COMPARED_AFTER = re.compile(rf"\b(\d{{4}}(?:-\d{{2}})?|{_MONEY}) compared with\b")


# a source before its postposition opening the sentence ("سٹیٹ بینک کے اعداد و شمار کے مطابق" ->
# "the central bank's data according to", Hindi "मंत्रालय के आंकड़ों के अनुसार"): the English
# "according to X," with the comma English sets after a source
_SOURCE_BEFORE = re.compile(r"^(\W*)([^,;:.\d]{2,100}?) according to,?\s")


# ... once glossed, "which the same period of last fiscal year from 43 percent higher are" ->
# "which is 43 percent higher than the same period of last fiscal year": the standard is a period
# (its first word one a period phrase opens with), glossed whole (no Urdu word left in it)
_STANDARD = (
    r"(?:the same|the previous|the corresponding|last|this|previous|fiscal year|in|\d{4}"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: [A-Za-z0-9'-]+){0,8}?"
)
_RATE_THAN = re.compile(
    rf"(?:(?<=^)|(?<=, )|(?<=\bwhich )|(?<=\bthat )|(?<=\band ))({_STANDARD})"
    rf" (?:from|compared with) ((?:about |nearly |over |more than )?(?:{_NUM}) ?(?:%|percent))"
    r" (higher|lower)(?: (?:is|are|was|were|stood at))?(?=[ ,.;]|$)"
)


def _rate_than(m: re.Match[str]) -> str:
    verb = "is " if m.string[: m.start()].endswith(("which ", "that ")) else ""
    return f"{verb}{m[2]} {m[3]} than {m[1]}"


# A flow's source and destination before it, each with its postposition: "Pakistan from
# Afghanistan for exports" (پاکستان سے افغانستان کیلئے برآمدات), "India from United States in
# થતી exports" (ભારતથી યુએસમાં થતી નિકાસ, the exports going from India into the US), "भारत से
# अमेरिका को निर्यात" -> "Pakistan's exports to Afghanistan"; a word left unread (a participle,
# "going", "made") may stand before the flow. The doer of imports, its ergative mark dropped, before
# the seller: "India United States from made imports" (ભારતે યુએસથી કરેલી આયાત) -> "India's
# imports from United States" (round 59)
_UNREAD = r"(?: [^\sA-Za-z\d'.,()]+)?"
_LAZY_NAME = rf"{_NOT_MONTH}[A-Z][\w-]*(?: {_NOT_MONTH}[A-Z][\w-]*){{0,2}}?"
_FROM_TO_FLOW = re.compile(
    rf"\b({_LAZY_NAME}) from ({_NAME}) (?:to|in|for|towards){_UNREAD} ((?:total )?exports)\b"
)
_DOER_SELLER = re.compile(
    rf"(?<![\w'])((?:{_NOT_MONTH}[A-Z][\w-]*)(?: {_NOT_MONTH}[A-Z][\w-]*){{1,4}}) from{_UNREAD}"
    r" ((?:total )?imports)\b"
)


def _whole_country(name: str) -> bool:
    spans = find_countries(name)
    return len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(name)


def _doer_seller(m: re.Match[str]) -> str:
    # the names split where both halves are whole countries ("India United States": India, and
    # United States; "United States" alone is one name, no doer)
    words = m.group(1).split(" ")
    for cut in range(1, len(words)):
        doer, seller = " ".join(words[:cut]), " ".join(words[cut:])
        if _whole_country(doer) and _whole_country(seller):
            return f"{doer}'s {m.group(2)} from {seller}"
    return m.group(0)


# "X for exports" (افغانستان کیلئے برآمدات, exports for Afghanistan), "X towards exports" (चीन के
# प्रति निर्यात): a destination, as "X to exports"
_FOR_FLOW = re.compile(
    rf"\b({_NAME}) (?:for|towards) (?=(?:{_NAME}'s |[A-Z]\w+ )?(?:total )?exports\b)"
)
# ... and before imports, the seller ("चीन के प्रति आयात", imports towards China: from China)
_TOWARDS_IMPORTS = re.compile(
    rf"\b((?:{_NAME}'s )?)({_NAME}) towards ((?:{_NAME}'s )?(?:total )?imports)\b"
)


# ... and after the flow: "امپورٹس افغانستان سے" (imports Afghanistan from) -> "imports from
# Afghanistan" (round 59)
_FLOW_THEN_PARTNER = re.compile(rf"\b((?:total )?(?:exports|imports)) ({_NAME}) (to|from)(?= )")


# The locative of a destination between an owner and its exports ("ભારતની ચીનમાં નિકાસ", India's
# exports in China): "India's China in exports" -> "India's exports to China" (round 59)
_OWNER_IN_EXPORTS = re.compile(rf"\b({_NAME}'s) ({_NAME}) in ((?:total )?exports)\b")


def reorder(text: str) -> str:
    """A glossed Urdu sentence in English word order (see the module doc)."""
    if " higher" in text or " lower" in text:
        text = _RATE_THAN.sub(_rate_than, text)
    if " according to" in text:
        text = _SOURCE_BEFORE.sub(r"\1according to \2, ", text)
    if "'s" in text:
        text = _GENITIVE.sub("'s", text)
    if " from " in text:
        text = _FROM_TO_FLOW.sub(r"\1's \3 to \2", text)
        text = _DOER_SELLER.sub(_doer_seller, text)
    if " to " in text or " from " in text:
        text = _FLOW_THEN_PARTNER.sub(r"\1 \3 \2", text)
    if " in " in text:
        text = _OWNER_IN_EXPORTS.sub(r"\1 \3 to \2", text)
    if " for " in text or " towards " in text:
        text = _FOR_FLOW.sub(r"\1 to ", text)
        text = _TOWARDS_IMPORTS.sub(r"\1\3 from \2", text)
    if " between" in text:
        text = _PAIR_BEFORE.sub(r"between \1 and \2", text)
        text = _BOTH_BEFORE.sub(r"between \1", text)
    text = _PARTNER_FIRST.sub(r"\1\4 \3 \2", text)
    if " with " in text:
        text = _WITH_FIRST.sub(r"\1\3 with \2", text)
    text = _HEDGE_AFTER.sub(r"\2 \1", text)
    if "ने " in text or "نے " in text:
        text = _DOER_FLOW.sub(_doer_flow, text)
    if " from " in text and " to " in text:
        text = _SOURCE_FLOW.sub(_source_flow, text)
    if "'s" in text:
        text = _PARTNER_CHANGE_FLOW.sub(_partner_change_flow, text)
        text = _PARTNER_FLOW.sub(_partner_flow, text)
    if " from " in text:
        text = _FROM_TO.sub(r"\2 from \1 to", text)
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    text = _IN_CHANGE.sub(r"\1 ", text)
    text = _VERB_AFTER.sub(r"\2 \1", text)
    text = _BECAME.sub(r"\1", text)
    if "target to" in text:
        text = _TARGET_AFTER.sub(r"\2 to \1", text)
    if "compared with" in text:
        text = _COMPARED_AFTER.sub(r"compared with \1", text)
    return text
