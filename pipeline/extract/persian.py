"""Persian pages read through the English rules: its side of :mod:`pipeline.extract.foreign`.

Iranian trade news writes "صادرات غیرنفتی ایران به عراق در ۹ ماهه نخست سال ۱۴۰۲ با ۱۲ درصد
افزایش به ۷٫۵ میلیارد دلار رسید": the owner after its flow (the ezafe, unwritten), the partner
after "به" (to) or "از" (from), Solar Hijri years ("سال ۱۴۰۲", "سال ۹۷") and the verb last
("به ... رسید", reached). The phrase rows (``fa`` rows of ``lexicon/foreign_words.csv``) carry the
words; what depends on a number or on order is done here, around them:

- Before the gloss (:func:`prepare`): one spelling (``lexicon.persian_spelling``: Arabic "ي"/"ك"
  as Persian letters, no zero-width non-joiner), Persian and Arabic-Indic digits and the Arabic
  decimal, thousands and percent signs as ASCII ones, a slash between digits before a scale or
  "درصد" as a decimal point ("۲/۵ میلیارد"); "۶ میلیارد و ۹۲۹ میلیون" as "6.929 میلیارد"; the
  object sign "را" left out; the Solar Hijri periods in English: "سال ۱۴۰۲" (and "سال ۹۷", the
  century left out) -> "the Iranian year 1402", "۹ ماهه نخست سال ۱۴۰۲" -> "the first 9 months of
  the Iranian year 1402", "از ابتدای سال ۹۷ تا پایان آذر" -> "the first 9 months of the Iranian
  year 1397" (Azar the ninth month), "نیمه نخست سال ۱۴۰۸" (and "بهار", spring, its first quarter)
  -> "the first half of the Iranian year 1408", "آذر ۱۴۰۸" and "از فروردین تا آذر ۱۴۰۸" -> the span of
  their days ("from March 20, 2029 to December 21, 2029"), "سال ۲۰۲۳ میلادی" -> "2023".
- After the gloss (:func:`reorder`): an owner after its flow ("exports Iran to Iraq" -> "Iran's
  exports to Iraq"), a pair after it ("trade volume Iran and Turkey" -> "trade volume between
  Iran and Turkey"), the verb after its amount ("to 7 billion dollars reached" -> "reached 7
  billion dollars", "from 4 billion dollars exceeded" -> "exceeded 4 billion dollars"), a rate
  before its change ("12 percent rose" -> "rose 12 percent", "growth 49
  percent" -> "growth of 49 percent").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.iranian_calendar import _IRANIAN_MONTHS, _nowruz
from pipeline.lexicon import persian_spelling

# Persian (Extended Arabic-Indic) and Arabic-Indic digits, the Arabic decimal, thousands and
# percent signs and the Arabic comma, semicolon and question mark: one character for one
_CHARS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫٬٪،؛؟",
    "01234567890123456789.,%,;?",
)
_L = r"\u0600-\u06ff"  # an Arabic-script letter or mark: a word does not end before one
_SCALE = "(?:هزار|میلیون|میلیارد|درصد|%|تن)"
# "۲/۵ میلیارد": the slash Iranian pages write as the decimal point
_SLASH_DECIMAL = re.compile(rf"(?<![\d/])(\d+)/(\d+)(?= ?{_SCALE})")
# "۶ میلیارد و ۹۲۹ میلیون", "9 میلیارد و 761 میلیون و 482 هزار", "840 میلیون و 777 هزار",
# "3 میلیارد و 500 هزار": one amount in its largest scale, each later count below 1000 of its
# own smaller scale (round 58: eranico jd08, iraneconomist iy11)
_SCALES = {"میلیارد": 9, "میلیون": 6, "هزار": 3}
_COMPOUND_AMOUNT = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?) (میلیارد|میلیون)((?: و \d{1,3} (?:میلیون|هزار))+)(?![" + _L + "])"
)
_COMPOUND_PART = re.compile(r" و (\d{1,3}) (میلیون|هزار)")


def _compound_amount(m: re.Match[str]) -> str:
    top = _SCALES[m[2]]
    exponents = [top] + [_SCALES[p[2]] for p in _COMPOUND_PART.finditer(m[3])]
    if any(a <= b for a, b in zip(exponents, exponents[1:], strict=False)):
        return m.group(0)  # not one amount in falling scales ("2 میلیون و 3 میلیون")
    units = int(round(float(m[1]) * 10**top)) + sum(
        int(p[1]) * 10 ** _SCALES[p[2]] for p in _COMPOUND_PART.finditer(m[3])
    )
    return f"{units / 10**top:.{top}f}".rstrip("0").rstrip(".") + f" {m[2]}"


# a count in words before its scale, as Persian writes amounts ("چهار میلیارد", "یک میلیارد و
# ۸۰۹ میلیون", "سه‌میلیارد" glued once the non-joiner is gone, "صد و بیست میلیون", "دو و نیم
# میلیارد", "هفتصد و پنجاه هزار"): the count in digits, so that an amount in two scales is one
# amount (round 58: eranico jd08 wrote "چهار میلیارد و ۸۰۹ میلیون", read as 809 million)
_WORD_UNITS = {
    "یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "شیش": 6, "هفت": 7, "هشت": 8,
    "نه": 9, "ده": 10, "یازده": 11, "دوازده": 12, "سیزده": 13, "چهارده": 14, "پانزده": 15,
    "پونزده": 15, "شانزده": 16, "هفده": 17, "هیفده": 17, "هجده": 18, "هیجده": 18, "نوزده": 19,
    "بیست": 20, "سی": 30, "چهل": 40, "پنجاه": 50, "شصت": 60, "هفتاد": 70, "هشتاد": 80,
    "نود": 90, "صد": 100, "یکصد": 100, "دویست": 200, "سیصد": 300, "چهارصد": 400,
    "پانصد": 500, "ششصد": 600, "هفتصد": 700, "هشتصد": 800, "نهصد": 900,
}  # fmt: skip
_WORD = "(?:" + "|".join(sorted(_WORD_UNITS, key=len, reverse=True)) + ")"
_WORD_COUNT = re.compile(
    rf"(?<![{_L}\d])({_WORD}(?: و {_WORD})*(?: و نیم)?) ?(?=(?:میلیارد|میلیون|هزار)(?![{_L}]))"
)


def _word_count(m: re.Match[str]) -> str:
    words = m[1].split(" و ")
    half = words[-1] == "نیم"
    values = [_WORD_UNITS[w] for w in words if w != "نیم"]
    if any(a <= b for a, b in zip(values, values[1:], strict=False)):
        return m.group(0)  # "ده و یک میلیارد": two counts, not one
    total = sum(values)
    return (f"{total}.5" if half else str(total)) + " "


_OBJECT_SIGN = re.compile(rf"(?<=[{_L}\d%]) را(?![{_L}])")
_COUNTS = {
    "یک": "1",
    "دو": "2",
    "سه": "3",
    "چهار": "4",
    "پنج": "5",
    "شش": "6",
    "هفت": "7",
    "هشت": "8",
    "نه": "9",
    "ده": "10",
    "یازده": "11",
}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# the Solar Hijri months, in order
_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)
_MONTH = "(" + "|".join(_MONTHS) + ")"
# a Solar Hijri year by its number: "1402", or "97"/"02" with the century left out
_HIJRI = r"(1[34]\d\d|\d\d)"
# the year a count of months belongs to: "سال 1402", "سال جاری", "امسال", "سال گذشته"
# ... or a Gregorian one (round 58: eranico jd08 "۹ ماهه نخست سال جاری میلادی", foodna jd09 "2 ماه
# نخست 2014"): "(سال) 2014 (میلادی)", "سال جاری میلادی"/"سال میلادی جاری" (the current calendar
# year), "سال گذشته/قبل میلادی"/"سال میلادی گذشته" (the last one), before the Solar Hijri forms
_GREGORIAN_OWNER = (
    r"(?:سال )?(?:19|20)\d\d(?: میلادی)?"
    r"|سال (?:(?:جاری|گذشته|قبل|پیش) میلادی|میلادی (?:جاری|گذشته|قبل|پیش))"
)
_OWNER = rf"(?:{_GREGORIAN_OWNER}|سال {_HIJRI}|سال جاری|امسال|سال گذشته|سال قبل)"
# "(در) 9 ماهه نخست سال 1402", "نه ماه اول امسال"
_FIRST_MONTHS = re.compile(
    rf"(?:در )?{_COUNT} ماه(?:ه)? (?:نخست|اول|ابتدای) (?P<owner>{_OWNER})(?![{_L}\d])"
)
# "(در) نیمه نخست سال 1408" -> "in the first half of the Iranian year 1408"; "(در) بهار
# امسال" (spring: Farvardin to Khordad) -> "in the first quarter of the current Iranian year"
_FIRST_PART = re.compile(
    rf"(?:در )?(?:(?P<half>نیمه (?:نخست|اول))|(?:فصل )?(?P<spring>بهار))"
    rf" (?P<owner>{_OWNER})(?![{_L}\d])"
)
# "از ابتدای سال 97 تا پایان آذر (ماه) (سال جاری)": its first months
_TO_MONTH_END = re.compile(
    rf"از (?:ابتدای|آغاز|اول) (?P<owner>{_OWNER}) تا (?:پایان|انتهای|آخر|آخرین روز) (?P<month>{_MONTH})"
    rf"(?: ماه)?(?: (?:{_OWNER}))?(?![{_L}\d])"
)
# "سال 1402" -> "the Iranian year 1402"; "سال 2023 (میلادی)" -> "2023"; not a number with its
# scale after it ("سال به سال 70 درصد", year on year 70 percent: an amount, not the year 1370)
_YEAR = re.compile(
    rf"(?:در )?سال (\d{{4}}|\d\d)(?! ?{_SCALE})(?: (?:شمسی|خورشیدی|میلادی))?(?![{_L}\d])"
)


# "(در) آذر (ماه) (سال) 1408", "از فروردین تا آذر 1408": Solar Hijri months of a named year,
# as the span of days they are ("from November 21, 2029 to December 20, 2029")
_NAMED_YEAR = rf"(?: ماه)?(?: سال)? (1[34]\d\d)(?![{_L}\d])"
_MONTH_RANGE = re.compile(
    rf"(?:در )?(?:از )(?:ابتدای |اول )?{_MONTH}(?: ماه)? تا (?:پایان |انتهای |آخر )?{_MONTH}"
    + _NAMED_YEAR
)
_MONTH_YEAR = re.compile(rf"(?:در )?(?:ماه )?(?<![{_L}]){_MONTH}" + _NAMED_YEAR)


def _month_days(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last Gregorian days of Solar Hijri ``month`` (1-12) of ``year``."""
    first = _nowruz(year) + dt.timedelta(days=sum(_IRANIAN_MONTHS[: month - 1]))
    if month == 12:
        return first, _nowruz(year + 1) - dt.timedelta(days=1)
    return first, first + dt.timedelta(days=_IRANIAN_MONTHS[month - 1] - 1)


def _day(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


def _month_span(m: re.Match[str]) -> str:
    groups = [g for g in m.groups() if g]
    year = int(groups[-1])
    first = _month_days(year, _MONTHS.index(groups[0]) + 1)[0]
    last = _month_days(year, _MONTHS.index(groups[-2]) + 1)[1]
    return f"from {_day(first)} to {_day(last)}"


def _hijri(number: str) -> str:
    """A Solar Hijri year written in full ("1402") or without its century ("97", "02")."""
    if len(number) == 4:
        return number
    return f"13{number}" if int(number) >= 50 else f"14{number}"


def _owner(text: str) -> str:
    """The English of a ``_OWNER`` match: "the Iranian year 1402", "the current Iranian year",
    "the previous Iranian year"."""
    if number := re.search(r"\d+", text):
        if len(number[0]) == 4 and number[0].startswith(("19", "20")):
            return number[0]
        return f"the Iranian year {_hijri(number.group(0))}"
    if "میلادی" in text:
        return "the current calendar year" if "جاری" in text else "last calendar year"
    if "گذشته" in text or "قبل" in text:
        return "the previous Iranian year"
    return "the current Iranian year"


def _first_months(m: re.Match[str]) -> str:
    count = _COUNTS.get(m.group(1), m.group(1))
    return f"in the first {count} months of {_owner(m['owner'])}"


def _first_part(m: re.Match[str]) -> str:
    part = "half" if m["half"] else "quarter"
    return f"in the first {part} of {_owner(m['owner'])}"


def _to_month_end(m: re.Match[str]) -> str:
    months = _MONTHS.index(m["month"]) + 1
    owner = _owner(m["owner"])
    if months == 12:
        return f"in {owner}"
    return f"in the first {months} months of {owner}"


def _year(m: re.Match[str]) -> str:
    number = m.group(1)
    lead = "in " if m.group(0).startswith("در ") else ""
    if len(number) == 4 and number.startswith(("19", "20")):
        return f"{lead}{number}"
    return f"{lead}the Iranian year {_hijri(number)}"


def prepare(text: str) -> str:
    """``text`` with ASCII digits and one spelling, and its periods in English (module doc)."""
    text = persian_spelling(text).translate(_CHARS)
    if "/" in text:
        text = _SLASH_DECIMAL.sub(r"\1.\2", text)
    if "میلیارد" in text or "میلیون" in text or "هزار" in text:
        text = _WORD_COUNT.sub(_word_count, text)
        if " و " in text:
            text = _COMPOUND_AMOUNT.sub(_compound_amount, text)
    if " را" in text:
        text = _OBJECT_SIGN.sub("", text)
    if " 1" in text:
        text = _MONTH_RANGE.sub(_month_span, text)
        text = _MONTH_YEAR.sub(_month_span, text)
    if "ماه" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
    if "نیمه" in text or "بهار" in text:
        text = _FIRST_PART.sub(_first_part, text)
    if " تا " in text:
        text = _TO_MONTH_END.sub(_to_month_end, text)
    if "سال" in text:
        text = _YEAR.sub(_year, text)
    return text


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
_FLOW = r"(?:non-oil |goods )?(?:exports|imports)"
_TRADE = r"(?:foreign )?trade(?: volume| balance| deficit| surplus)?"
# "trade volume Iran and Turkey" -> "trade volume between Iran and Turkey"
_PAIR_AFTER = re.compile(rf"\b({_TRADE}) (?:of )?({_NAME}|the two countries) and ({_NAME})\b")
_BOTH_AFTER = re.compile(rf"\b({_TRADE}) (?:of )?(the two countries)\b")
# "exports Iran to Iraq" -> "Iran's exports to Iraq"; "trade Iran with Turkey" -> "Iran's trade
# with Turkey"
_OWNER_AFTER = re.compile(rf"\b({_FLOW}|{_TRADE}) ({_NAME})(?= (?:to|from|with)\b)")
_NUM = r"\d[\d.,]*\d|\d"
_MONEY = (
    rf"(?:{_NUM}) (?:(?:trillion|billion|million|thousand) )?"
    r"(?:US dollars|dollars|euros|rials|tomans|yuan|dirhams|tonnes)"
)
_HEDGED = rf"(?:(?:about|nearly|more than|less than|totaling) )?{_MONEY}"
# "to 7 billion dollars reached" -> "reached 7 billion dollars"
_REACHED = re.compile(rf"\bto ({_HEDGED}) (reached|amounted to|to reach|reaches)\b")
# "from 4 billion dollars exceeded" (از ... فراتر رفت) -> "exceeded 4 billion dollars"
_EXCEEDED = re.compile(rf"\bfrom ({_HEDGED}) exceeded\b")
_WAS_AFTER = re.compile(rf"\b({_HEDGED}) (was|is|was recorded|amounted to)\b")
# "exporters Iranian" -> "Iranian exporters"
_DEMONYM_AFTER = re.compile(r"\b(exporters|importers|traders) ([A-Z][a-z]+(?:an|i|ese|ish))\b")
# "6.9 billion dollars goods to Iraq sent" -> "exported goods worth 6.9 billion dollars to Iraq";
# "36 million dollars from this country imports took place" -> "imports from this country were
# 36 million dollars"
# ... the verbs of selling and buying the same ("فروخته‌اند", have sold; "خریداری کرده‌اند", have
# bought: rows in every tense): "X goods from Iraq bought" -> "imported goods worth X from Iraq"
# (round 57)
_SENT = re.compile(rf"\b({_HEDGED}) (?:goods )?to ({_NAME}) (?:sent|sold)\b")
_BOUGHT = re.compile(rf"\b({_HEDGED}) (?:goods )?from ({_NAME}) bought\b")
_IMPORTS_MADE = re.compile(rf"\b({_HEDGED}) from ({_NAME}|this country) (imports) took place\b")
_RATE = rf"(?:{_NUM}) ?(?:%|percent)"
# "12 percent rose" -> "rose 12 percent"; "with 12 percent increase" -> "with an increase of 12
# percent"; "growth 49 percent" -> "growth of 49 percent"
_CHANGE_AFTER = re.compile(rf"\b((?:about |nearly |more than )?{_RATE}) (rose|fell|grew)\b")
_WITH_RATE = re.compile(rf"\bwith ({_RATE}) (increase|decrease|growth|drop)\b")
_NOUN_RATE = re.compile(rf"\b(increase|decrease|growth|drop) ({_RATE})\b")
_RATE_NOUN = re.compile(rf"\b({_RATE}) (increase|decrease|growth|drop)\b")


def reorder(text: str) -> str:
    """A glossed Persian sentence in English word order (see the module doc)."""
    if " and " in text:
        text = _PAIR_AFTER.sub(r"\1 between \2 and \3", text)
    if "the two countries" in text:
        text = _BOTH_AFTER.sub(r"\1 between \2", text)
    text = _OWNER_AFTER.sub(r"\2's \1", text)
    if "ers " in text:
        text = _DEMONYM_AFTER.sub(r"\2 \1", text)
    if " sent" in text or " sold" in text:
        text = _SENT.sub(r"exported goods worth \1 to \2", text)
    if " bought" in text:
        text = _BOUGHT.sub(r"imported goods worth \1 from \2", text)
    if " took place" in text:
        text = _IMPORTS_MADE.sub(r"\3 from \2 were \1", text)
    text = _WITH_RATE.sub(r"with an \2 of \1", text)
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    text = _NOUN_RATE.sub(r"\1 of \2", text)
    text = _RATE_NOUN.sub(r"a \1 \2", text)
    text = _REACHED.sub(r"\2 \1", text)
    if " exceeded" in text:
        text = _EXCEEDED.sub(r"exceeded \1", text)
    text = _WAS_AFTER.sub(r"\2 \1", text)
    return text
