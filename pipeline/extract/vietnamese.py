"""Vietnamese pages read through the English rules: the Vietnamese side of
:mod:`pipeline.extract.foreign`.

Vietnamese news (VnExpress, Tuổi Trẻ, VietnamPlus, KBS World's Vietnamese service) writes
"kim ngạch xuất khẩu sang Nhật Bản đạt 24,6 tỷ USD, tăng 5,2% so với cùng kỳ năm trước" (exports
to Japan reached 24.6 billion USD, up 5.2% on the same period last year), "trong năm 2031" (in
2031), "tháng 3" (March), "6 tháng đầu năm" (the first six months of the year), "quý II/2031"
(the second quarter of 2031). The language has no inflection: its words are the phrase rows
(``vi`` rows of ``lexicon/foreign_words.csv``); the numbered calendar words are done here:

- Before the gloss (:func:`prepare`): "năm" before a year is dropped ("năm 2031" -> "2031"); a
  count of months before "đầu năm" or a year ("6 tháng đầu năm 2031") -> "the first 6 months of
  2031" ("đầu năm nay": of this year); "tháng 1-11" -> "January-November", "tháng 3" -> "March",
  "tháng 9/2031" -> "September 2031"; "quý II/2031" -> "the second quarter of 2031"; "đến năm 2030" (a target's horizon) -> "by
  2030", but "từ năm 2020 đến năm 2030" stays a span; "năm 2031 vừa qua" (2031 just past) ->
  "2031"; "gấp 3 lần" (three times as much) -> "3 times".
- After the gloss (:func:`reorder`): an owner after its flow and goods ("exports semiconductors
  of South Korea") -> "South Korea's semiconductors exports"; "thị trường Nhật Bản" (the Japan
  market) -> "Japan"; "nhà đầu tư Nhật Bản" (Japan's investors) -> "investors from Japan".

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_QUARTERS = {"i": "first", "1": "first", "ii": "second", "2": "second", "iii": "third"}
_QUARTERS |= {"3": "third", "iv": "fourth", "4": "fourth"}

_YEAR = re.compile(r"\b[Nn]ăm (?=\d{4}\b)")
_FIRST_MONTHS = re.compile(
    r"\b(\d{1,2}) tháng (?:đầu năm(?: (\d{4}|nay|ngoái|trước)(?!\w))?|(?:năm )?(\d{4})\b)"
)
_YEAR_WORDS = {"nay": "this year", "ngoái": "last year", "trước": "last year"}
# "đến năm 2030" / "tới năm 2030": a horizon ("by 2030"), unless a span opened with "từ" before
_BY_YEAR = re.compile(r"(?<!\d )\b(?:đến|tới) năm (?=\d{4}\b)")
_JUST_PAST = re.compile(r"(?<=\d{4}) vừa qua\b")
_TIMES = re.compile(r"\bgấp (\d+(?:\.\d+)?) lần\b")
_MONTH_SPAN = re.compile(r"\b[Tt]háng (\d{1,2})\s?[-–]\s?(\d{1,2})(?:/(\d{4}))?(?![\d/])")
_MONTH = re.compile(r"\b[Tt]háng (\d{1,2})(?:/(\d{4}))?(?![\d/])")
_QUARTER = re.compile(r"\b[Qq]uý (IV|III|II|I|[1-4])(?:/(\d{4}))?(?![\w/])", re.IGNORECASE)
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_MARKET = re.compile(rf"\b(?:the )?market (?={_NAME})")
_INVESTORS = re.compile(rf"\binvestors (?={_NAME})")
# "xuất khẩu (của Việt Nam) vào Thổ Nhĩ Kỳ": "vào" (into) after exports is their destination
_EXPORTS_INTO = re.compile(rf"\b(exports|exported)( (?:to the )?)?in (?={_NAME})")
# "hàng Việt Nam vào Thổ Nhĩ Kỳ" (goods of Vietnam into Turkey): Vietnam's exports to Turkey
_GOODS_INTO = re.compile(rf"\bhàng ({_NAME}) in (?={_NAME})")
_OWNER_AFTER = re.compile(
    rf"\b(?:the )?(exports|imports|trade)((?: [a-z]+){{0,3}}) of ({_NAME})(?![\w'])"
)


def _month(number: str) -> str | None:
    return _MONTHS[int(number) - 1] if 1 <= int(number) <= 12 else None


def _first_months(m: re.Match[str]) -> str:
    year = m.group(2) or m.group(3)
    return f"the first {m.group(1)} months of " + _YEAR_WORDS.get(year, year or "the year")


def _span(m: re.Match[str]) -> str:
    first, last = _month(m.group(1)), _month(m.group(2))
    year = f" {m.group(3)}" if m.group(3) else ""
    return f"{first}-{last}{year}" if first and last else m.group(0)


def _one(m: re.Match[str]) -> str:
    month = _month(m.group(1))
    return (month + (f" {m.group(2)}" if m.group(2) else "")) if month else m.group(0)


def _quarter(m: re.Match[str]) -> str:
    text = f"the {_QUARTERS[m.group(1).lower()]} quarter"
    return text + (f" of {m.group(2)}" if m.group(2) else "")


def prepare(text: str) -> str:
    """Vietnamese ``text`` (numbers already English) with its calendar words in English."""
    if "háng" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
        text = _MONTH.sub(_one, _MONTH_SPAN.sub(_span, text))
    if "ăm" in text:
        text = _YEAR.sub("", _BY_YEAR.sub("by ", text))
    if "vừa qua" in text:
        text = _JUST_PAST.sub("", text)
    if "gấp" in text:
        text = _TIMES.sub(r"\1 times", text)
    if "uý" in text or "UÝ" in text:
        text = _QUARTER.sub(_quarter, text)
    return text


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if "market " in text:
        text = _MARKET.sub("", text)
    if "investors " in text:
        text = _INVESTORS.sub("investors from ", text)
    if " of " in text:
        text = _OWNER_AFTER.sub(lambda m: f"{m.group(3)}'s{m.group(2)} {m.group(1)}", text)
    if "hàng " in text:
        text = _GOODS_INTO.sub(r"exports from \1 to ", text)
    if "xport" in text and " in " in text:
        text = _EXPORTS_INTO.sub(r"\1 to ", text)
    return text
