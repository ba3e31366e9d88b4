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
# the dollar's other spellings: "เหรียญสหรัฐฯ", its short form "เหรียญฯ" (the ฯ abbreviates),
# "ดอลลาร์ฯ", "เหรียญดอลลาร์สหรัฐ"; and Asia's other currencies (round 57)
_CURRENCY |= {"เหรียญสหรัฐฯ": "US dollars", "เหรียญฯ": "US dollars", "ดอลลาร์ฯ": "US dollars"}
_CURRENCY |= {"เหรียญดอลลาร์สหรัฐ": "US dollars", "ดอลลาร์สหรัฐอเมริกา": "US dollars"}
_CURRENCY |= {"เยน": "yen", "วอน": "won", "ริงกิต": "ringgit", "รูปี": "rupees", "ด่ง": "dong"}
_CURRENCY |= {"กีบ": "kip", "เรียล": "riel", "จ๊าด": "kyat", "ปอนด์": "pounds", "รูเบิล": "rubles"}
_CURRENCY |= {"ดอลลาร์สิงคโปร์": "Singapore dollars", "ดอลลาร์ออสเตรเลีย": "Australian dollars"}
_CURRENCY_RE = "|".join(sorted(map(re.escape, _CURRENCY), key=len, reverse=True))
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(ล้านล้าน|แสนล้าน|หมื่นล้าน|พันล้าน|ร้อยล้าน|ล้าน)\s?"
    rf"({_CURRENCY_RE})?"
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
# (not the digits of a decimal: "18.2405 billion", an amount already in English form, round 57)
_BUDDHIST_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])(2[4-9]\d\d)(?!\d|[.,]\d)")
_ERA = re.compile(r"พ\.ศ\.\s?")
# "2 เดือนแรก" (2 months first): the first 2 months
_FIRST_MONTHS = re.compile(r"(?<![\d.,])(\d{1,2})\s?เดือนแรก")
# "ปี 2566": the year (but "ในปี" is "in", a row of its own); "ของปี 2563" (of the year 2020) is
# "of 2020" (round 59: "ไตรมาสแรกของปี 2563" read "the first quarter of ปี 2020")
_YEAR_WORD = re.compile(r"(?<!ใน)ปี\s?(?=\d{4})")
# "ของปีนี้", "ของปีที่แล้ว" (of this year, of last year) after a row ending in "ของปี" ("5
# เดือนแรกของปีนี้"): the relative year read whole ("this year"), "of" before it (round 59)
_OF_RELATIVE_YEAR = re.compile(r"ของปี(?=นี้|ที่แล้ว|ก่อน|ที่ผ่านมา|หน้า)")
# "... เพิ่มขึ้น 0.5% โดยในเดือนมีนาคม ..." (..., with in March ...): "โดย" opening a clause before its
# time phrase after a space is a clause's start, which Thai writes with no stop; a semicolon, so
# the new clause's period is its own (round 59; "โดยกรมศุลกากร", by the customs, stays "by")
_CLAUSE_BY = re.compile(r"(?<=\s)โดย(?=\s?(?:ใน|เดือน|ช่วง|ไตรมาส|ปี|in\b))")
# "3 เท่า", "3 เท่าตัว" (3 times, threefold): a multiple (round 59)
_TIMES = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?เท่า(?:ตัว)?")


def _amount(m: re.Match[str]) -> str:
    value = Decimal(m.group(1).replace(",", "")).scaleb(_SCALE[m.group(2)])
    number = in_scale_words(value)
    currency = _CURRENCY.get(m.group(3) or "")
    return f" {number} {currency} " if currency else f" {number} "


# Thai script written with look-alike sequences (round 57): "เเ" (two sara e) typed for "แ" (sara
# ae: "เเรก", "โปเเลนด์"), "ํา" (nikhahit and sara aa) for "ำ" (sara am: "นําเข้า")
_LOOK_ALIKE = (("เเ", "แ"), ("\u0e4d\u0e32", "\u0e33"))

# the months, full and abbreviated ("มีนาคม", "มี.ค."), longest first
_MONTH_NAMES = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
)
_MONTH_SHORT = (
    r"ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\."
)
_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_SHORT})"
# a Buddhist-era year written with its last two digits (round 57): after a month ("ส.ค.65",
# "มีนาคม 66"), a month span's bracket ("(ม.ค.-ส.ค.) 65"), or "ปี"/"พ.ศ." ("ปี 65"); never a
# count ("65%", "65 ล้าน"), a day ("15 ส.ค."), nor a year's four digits
_SHORT_YEAR = re.compile(
    rf"((?:{_MONTH}|(?<![\u0e00-\u0e7f])ปี|พ\.ศ\.|{_MONTH}\)|(?<=[\u0e00-\u0e7f.])\))\s?)"
    r"(\d{2})(?![\d.,%]|\s?(?:ล้าน|พัน|แสน|หมื่น|ร้อย|%|เปอร์เซ็นต์|วัน|เดือน|ปี|ครั้ง|ราย|คน|แห่ง))"
)
# "เดือนเมษายน" (the month April), "ในเดือน เม.ย." (in the month Apr.): "in" before the month
# (not after "เทียบ", "กับ", "จาก", "ถึง": "เทียบเดือน ก.ค." is compared with July)
_MONTH_WORD = re.compile(rf"(เทียบ(?:กับ)?|ดูจาก|กับ|จาก|ถึง)?\s?(?:ใน(?:ช่วง)?)?เดือน\s?(?={_MONTH})")
# a month written without its year after one written with it ("มี.ค.65 ... เม.ย. ... พ.ค."):
# the year of the month before, as the reader takes it (no other year between)
_MONTH_YEAR = re.compile(rf"({_MONTH})\s*(?:ปี\s*)?(\d{{4}})?(?!\s*(?:ปี\s*)?[\d\-–])")
# "8 เดือน (ม.ค.-ส.ค.) ปี 65" (8 months (Jan.-Aug.) of 2022): the span's bracket opened, so the
# months and their year read as one span ("January-August 2022")
_SPAN_BRACKET = re.compile(rf"\(\s?({_MONTH}\s?[-–]\s?{_MONTH})\s?\)(?=\s?(?:ปี|พ\.ศ\.)?\s?\d)")


def _year_carried(text: str) -> str:
    """``text`` with each month written without a year after one written with it given that
    year (``_MONTH_YEAR``); a day's number before a month leaves it alone ("15 ส.ค.")."""
    year: str | None = None
    out: list[str] = []
    last = 0
    for m in _MONTH_YEAR.finditer(text):
        if m.group(2):
            year = m.group(2)
            continue
        between = text[last : m.start()]
        if re.search(r"(?<!\d)\d{4}(?!\d)", between) and last:
            year = None  # another year between: no carrying over it
        if year and not re.search(r"\d\s?$", text[: m.start()]):
            out.append(text[last : m.end()] + f" {year}")
            last = m.end()
    out.append(text[last:])
    return "".join(out)


def prepare(text: str) -> str:
    """Thai ``text`` with its digits, amounts, percentages and Buddhist-era years in English
    form (see the module doc)."""
    if not THAI.search(text):
        return text
    for typed, letter in _LOOK_ALIKE:
        text = text.replace(typed, letter)
    text = text.translate(_DIGITS)
    text = _SHORT_YEAR.sub(lambda m: f"{m.group(1)}25{m.group(2)} ", text)
    text = _SPAN_BRACKET.sub(r" \1 ", text)
    text = _MONTH_WORD.sub(lambda m: f" {m.group(1)} " if m.group(1) else " in ", text)
    text = _year_carried(text)
    if "ล้าน" in text:
        text = _COMPOUND.sub(_compound, text)
    text = _AMOUNT.sub(_amount, text)
    text = _PERCENT.sub(r" \1% ", text)
    text = _FIRST_MONTHS.sub(r" the first \1 เดือนแรก", text)
    text = _TIMES.sub(r" \1 times ", _OF_RELATIVE_YEAR.sub("ของ ปี", text))
    text = _CLAUSE_BY.sub(" ; ", text)
    text = _ERA.sub("", _YEAR_WORD.sub("", text))
    return _BUDDHIST_YEAR.sub(lambda m: f" {int(m.group(1)) - 543} ", text)


_SPACES = re.compile(r"\s{2,}")
_BEFORE_COMMA = re.compile(r"\s+,")


# "เพิ่มขึ้นจากปีก่อนกว่าร้อยละ 13" (up from the previous year more than 13%): the base after the
# rate, as English writes it ("up more than 13% from the previous year"), round 57; a month's or
# a quarter's base too ("เพิ่มขึ้นจากเดือนก่อนหน้า 16%", round 59)
_BASE_FIRST = re.compile(
    r"\b(up|down) (from|compared with) ((?:the same period of )?(?:the previous year|last year"
    r"|\d{4}|the previous month|last month|the previous quarter)) "
    r"((?:more than |about |nearly )?\d[\d.,]*%)"
)


def reorder(text: str) -> str:
    """Glossed ``text`` with single spaces and no space before a comma, and a change's base after
    its rate (``_BASE_FIRST``)."""
    text = _BEFORE_COMMA.sub(",", _SPACES.sub(" ", text)).strip()
    return _BASE_FIRST.sub(r"\1 \4 \2 \3", text)
