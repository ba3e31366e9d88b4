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
  2031"; "tháng 1-11" -> "January-November", "tháng 3" -> "March"; "quý II/2031" -> "the second
  quarter of 2031".
- After the gloss (:func:`reorder`): an owner after its flow and goods ("exports semiconductors
  of South Korea") -> "South Korea's semiconductors exports".

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_QUARTERS = {"i": "first", "1": "first", "ii": "second", "2": "second", "iii": "third"}
_QUARTERS |= {"3": "third", "iv": "fourth", "4": "fourth"}

_YEAR = re.compile(r"\b[Nn]ăm (?=\d{4}\b)")
_FIRST_MONTHS = re.compile(r"\b(\d{1,2}) tháng (?:đầu năm(?: (\d{4}))?|(?:năm )?(\d{4})\b)")
_MONTH_SPAN = re.compile(r"\b[Tt]háng (\d{1,2})\s?[-–]\s?(\d{1,2})(?!\d)")
_MONTH = re.compile(r"\b[Tt]háng (\d{1,2})(?![\d/])")
_QUARTER = re.compile(r"\b[Qq]uý (IV|III|II|I|[1-4])(?:/(\d{4}))?(?![\w/])", re.IGNORECASE)
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_OWNER_AFTER = re.compile(
    rf"\b(?:the )?(exports|imports|trade)((?: [a-z]+){{0,3}}) of ({_NAME})(?![\w'])"
)


def _month(number: str) -> str | None:
    return _MONTHS[int(number) - 1] if 1 <= int(number) <= 12 else None


def _first_months(m: re.Match[str]) -> str:
    year = m.group(2) or m.group(3)
    return f"the first {m.group(1)} months of " + (year or "the year")


def _span(m: re.Match[str]) -> str:
    first, last = _month(m.group(1)), _month(m.group(2))
    return f"{first}-{last}" if first and last else m.group(0)


def _one(m: re.Match[str]) -> str:
    return _month(m.group(1)) or m.group(0)


def _quarter(m: re.Match[str]) -> str:
    text = f"the {_QUARTERS[m.group(1).lower()]} quarter"
    return text + (f" of {m.group(2)}" if m.group(2) else "")


def prepare(text: str) -> str:
    """Vietnamese ``text`` (numbers already English) with its calendar words in English."""
    if "háng" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
        text = _MONTH.sub(_one, _MONTH_SPAN.sub(_span, text))
    if "ăm" in text:
        text = _YEAR.sub("", text)
    if "uý" in text or "UÝ" in text:
        text = _QUARTER.sub(_quarter, text)
    return text


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if " of " not in text:
        return text
    return _OWNER_AFTER.sub(lambda m: f"{m.group(3)}'s{m.group(2)} {m.group(1)}", text)
