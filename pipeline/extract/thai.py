"""Thai pages read through the English rules: the Thai side of :mod:`pipeline.extract.foreign`.

Thai trade news (the Commerce Ministry's trade-negotiations department, the business dailies,
the Thai services of foreign radios) writes "มูลค่าการค้าระหว่างไทยกับกัมพูชาในปี 2566 อยู่ที่
4,567 ล้านดอลลาร์สหรัฐ เพิ่มขึ้นร้อยละ 5.2" (trade between Thailand and Cambodia in 2023 stood at
$4,567 million, up 5.2 percent): no spaces between words (a space ends a phrase), amounts
counted in ล้าน (a million) and its multiples, years of the Buddhist era (2566 = 2023 CE),
"ร้อยละ" (percent) before its number. The words are the phrase rows (``th`` rows of
``lexicon/foreign_words.csv`` and the country names of iso-codes and the CLDR, matched anywhere
as Chinese ones are). Done here, before the gloss (:func:`prepare`):

- Thai digits as Arabic ones; a count of millions in parts ("1หมื่น5พัน6ร้อยล้าน" -> "15600
  ล้าน", 15.6 billion); an amount with its scale and currency ("4,567 ล้านดอลลาร์สหรัฐ" ->
  "4,567 million US dollars", "1.2 แสนล้านบาท" -> "120 billion baht", "5.2 พันล้านดอลลาร์" ->
  "5.2 billion US dollars");
- "ร้อยละ 5.2" (percent 5.2) -> "5.2%"; "2 เดือนแรกของปี" (2 months first of the year) -> "the
  first 2 months of";
- a Buddhist-era year (2400 or later: no news page dates a figure in the 25th century CE) as the
  Common Era year ("ปี 2566" -> "2023", "พ.ศ. 2567" -> "2024").

Errors: none; a shape not listed is left as it is (a Thai word the gloss does not know stays a
word of its own, which the English rules skip).
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.extract.east_asian import in_scale_words

THAI = re.compile(r"[\u0e00-\u0e7f]")
_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

# the scale words, longest first: ล้านล้าน (10^12), แสนล้าน (10^11), หมื่นล้าน (10^10),
# พันล้าน (10^9), ร้อยล้าน (10^8), ล้าน (10^6)
_SCALE = {"ล้านล้าน": 12, "แสนล้าน": 11, "หมื่นล้าน": 10, "พันล้าน": 9, "ร้อยล้าน": 8, "ล้าน": 6}
_CURRENCY = {"ดอลลาร์สหรัฐ": "US dollars", "ดอลลาร์สหรัฐฯ": "US dollars", "ดอลลาร์": "US dollars"}
_CURRENCY |= {"เหรียญสหรัฐ": "US dollars", "บาท": "baht", "ยูโร": "euros", "หยวน": "yuan"}
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ร้อยล้าน|ล้าน)\s?"
    r"(ดอลลาร์สหรัฐฯ|ดอลลาร์สหรัฐ|ดอลลาร์|เหรียญสหรัฐ|บาท|ยูโร|หยวน)?"
)
# "1หมื่น5พัน6ร้อยล้าน" (1 ten-thousand 5 thousand 6 hundred million): a count of millions
# written in parts, each a digit and its place word (Thai numerals), two parts or more (one part
# with its scale is an ``_AMOUNT``: "5 พันล้าน")
_PLACES = {"แสน": 100_000, "หมื่น": 10_000, "พัน": 1_000, "ร้อย": 100, "สิบ": 10}
_PLACE = "|".join(_PLACES)
_COMPOUND = re.compile(rf"(?<![\d.,])((?:\d+(?:\.\d+)?\s?(?:{_PLACE})\s?){{2,}})(?:(\d)\s?)?ล้าน")
_PART_RE = re.compile(rf"(\d+(?:\.\d+)?)\s?({_PLACE})")


def _compound(m: re.Match[str]) -> str:
    total = sum(Decimal(n) * _PLACES[place] for n, place in _PART_RE.findall(m.group(1)))
    total += Decimal(m.group(2) or 0)
    return f"{total.normalize():f} ล้าน"


_PERCENT = re.compile(r"ร้อยละ\s?(\d[\d.,]*)")
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(2[4-9]\d\d)(?!\d)")
_ERA = re.compile(r"พ\.ศ\.\s?")
# "2 เดือนแรก" (2 months first): the first 2 months
_FIRST_MONTHS = re.compile(r"(?<![\d.,])(\d{1,2})\s?เดือนแรก")
# "ปี 2566": the year (but "ในปี" is "in", "ของปี" "of", rows of their own)
_YEAR_WORD = re.compile(r"(?<!ใน)(?<!ของ)ปี\s?(?=\d{4})")


def _amount(m: re.Match[str]) -> str:
    value = Decimal(m.group(1).replace(",", "")).scaleb(_SCALE[m.group(2)])
    number = in_scale_words(value)
    currency = _CURRENCY.get(m.group(3) or "")
    return f" {number} {currency} " if currency else f" {number} "


def prepare(text: str) -> str:
    """Thai ``text`` with its digits, amounts, percentages and Buddhist-era years in English
    form (see the module doc)."""
    if not THAI.search(text):
        return text
    text = text.translate(_DIGITS)
    if "ล้าน" in text:
        text = _COMPOUND.sub(_compound, text)
    text = _AMOUNT.sub(_amount, text)
    text = _PERCENT.sub(r" \1% ", text)
    text = _FIRST_MONTHS.sub(r" the first \1 เดือนแรก", text)
    text = _ERA.sub("", _YEAR_WORD.sub("", text))
    return _BUDDHIST_YEAR.sub(lambda m: f" {int(m.group(1)) - 543} ", text)


_SPACES = re.compile(r"\s{2,}")
_BEFORE_COMMA = re.compile(r"\s+,")


def reorder(text: str) -> str:
    """Glossed ``text`` with single spaces and no space before a comma."""
    return _BEFORE_COMMA.sub(",", _SPACES.sub(" ", text)).strip()
