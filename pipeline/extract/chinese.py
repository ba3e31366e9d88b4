"""Chinese pages (simplified and traditional) read through the English rules: the Chinese side of
:mod:`pipeline.extract.foreign`.

Chinese trade news (Xinhua, China News, customs releases, Taiwanese and Hong Kong papers) writes
"今年前10个月,中俄贸易额达1,860亿美元,同比增长12.5%" (in the first 10 months of this year
China-Russia trade reached 186 billion US dollars, up 12.5% year on year): amounts counted in
万 (ten thousand) and 亿 (a hundred million), periods built on 年/月/季度, no spaces between
words. The words are the phrase rows (``zh`` rows of ``lexicon/foreign_words.csv``, matched
anywhere: Chinese has no word boundary); the one-character country abbreviations of a pair
("中柬", "中哈") are its ``zh_abbr`` rows. Done here:

- Before the gloss (:func:`prepare`): full-width digits and signs; an amount with its scale
  ("23.4亿" -> "2.34 billion", "3,456万" -> "34.56 million", "1.2万亿元" -> "1.2 trillion yuan");
  the calendar ("2031年前10个月" -> "the first 10 months of 2031", "1-9月"/"1至9月" ->
  "January-September", "第一季度" -> "the first quarter", "上半年" -> "the first half", "2031年"
  -> "2031"); a pair written as "中" and a partner's abbreviation before a trade word
  ("中柬贸易" -> "China-Cambodia trade"); "据 ... 统计" before a statement ("according to ...
  statistics"); "达"/"为" before a number ("reached"/"was"); a space between a number and the
  characters around it.
- After the gloss (:func:`reorder`): English order for "X对Y出口" (X's exports to Y), "X自Y进口"
  (X's imports from Y), "X与Y贸易" (the trade between X and Y), "X驻Y使馆" (the X embassy in Y),
  "X的" (X's); the punctuation
  (，。、；：（）) in English form and single spaces.

Errors: none; a shape not listed is left as it is (a character the gloss does not know stays a
word of its own, which the English rules skip).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline.lexicon import foreign_words

CJK = re.compile(r"[\u3400-\u9fff]")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_ORDINALS = ("first", "second", "third", "fourth")
_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGITS |= {"八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_WIDE = str.maketrans("０１２３４５６７８９％．", "0123456789%.")
_PUNCT = {"，": ", ", "、": ", ", "。": ". ", "；": "; ", "：": ": ", "（": " (", "）": ") "}
_PUNCT |= {"！": "! ", "？": "? ", "“": ' "', "”": '" ', "「": ' "', "」": '" '}
_PUNCT_RE = re.compile("|".join(map(re.escape, _PUNCT)))

_SCALES = {"万亿": 12, "萬億": 12, "千亿": 11, "千億": 11, "亿": 8, "億": 8}
_SCALES |= {"千万": 7, "千萬": 7, "百万": 6, "百萬": 6, "万": 4, "萬": 4}
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(万亿|萬億|千亿|千億|亿|億|千万|千萬|百万|百萬|万|萬)?"
    r"(元|圆|圓)?(?:人民币|人民幣)?(?!\d)"
)

_N = r"(十[一二]?|[一二两兩三四五六七八九]|\d{1,2})"
_Y = r"(?:(\d{4})\s?年度?\s?|(今年|本年|去年|上年))?"
_FIRST_MONTHS = re.compile(_Y + r"前" + _N + r"[个個]?月")
_FIRST_QUARTERS = re.compile(_Y + r"前([二两兩三]|[23])[个個]?季度")
_QUARTER = re.compile(_Y + r"第?([一二三四1-4])季度")
_HALF = re.compile(_Y + r"([上下])半年")
_MONTH_SPAN = re.compile(_Y + _N + r"\s?月?\s?[-–—~～至到]\s?" + _N + r"\s?月份?")
_MONTH = re.compile(_Y + _N + r"\s?月份?(?!\s?\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})\s?年度?(?:全年)?")  # "2031年全年": the whole year
_RELATIVE = {"今年": "this year", "本年": "this year", "去年": "last year", "上年": "last year"}

_VERB_BEFORE_NUMBER = re.compile(r"(达到|達到|达|達|为|為)(?=\s?(?:约|約)?\s?\d)")
_SPACE_DIGITS = re.compile(r"(?<=[\u3400-\u9fff])(?=[\d$])|(?<=[\d%])(?=[\u3400-\u9fff])")

_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
_TO = re.compile(
    rf"({_NAME}) ?[对對向] ?({_NAME}) ?(?:的 ?)?((?:[\u3400-\u9fff]{{1,6}} )?)"
    r"(exports|direct investment|investment)"
)
_FROM = re.compile(rf"({_NAME}) ?(?:[自从從]) ?({_NAME}) ?(?:的 ?)?(imports)")
_WITH = re.compile(
    rf"({_NAME}) ?[与與和同] ?({_NAME}) ?(?:between ?)?(?:的 ?)?(bilateral trade|total trade|trade)"
)
_OWNER = re.compile(rf"({_NAME}) ?的 ")
# a country's embassy in another, often its economic and commercial office: "中国驻老挝使馆经商处"
# (the economic and commercial office of the Chinese embassy in Laos), after the gloss
_EMBASSY = re.compile(
    rf"({_NAME}) ?[驻駐] ?({_NAME}) ?大?使[馆館]"
    r"(?: ?(?:经商处|經商處|经济商务处|經濟商務處|经济商务参赞处|經濟商務參贊處|商务处|商務處))?"
)
# the source of a statement: "据海关统计" (according to customs statistics), "根据国家统计局数据",
# "据中国驻老挝使馆经商处发布的最新统计" (not the 据 of 数据 "data", 证据 "evidence", 占据 "occupy")
_ACCORDING = re.compile(
    r"(?<![数數证證占佔])[根依]?据\s?([^,，。;；:：]{0,40}?)((?:统计|統計)(?!局)|数据|數據|资料|資料)"
    r"(?:显示|顯示|表明)?"
)
_DATA_WORDS = frozenset({"数据", "數據", "资料", "資料"})
_SPACES = re.compile(r"\s{2,}")
_ASCII_COMMA = re.compile(r"\s?([,;])(?![\d\s])")  # "以来,中国": the page's comma between clauses
_BEFORE_STOP = re.compile(r" (?=[,.;:!?)](?:\s|$))")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else _DIGITS.get(text)


def _amount(m: re.Match[str]) -> str:
    whole, decimals, scale, yuan = m.groups()
    if scale is None and yuan is None:
        return m.group(0)
    value = Decimal(whole.replace(",", "") + (decimals or "")).scaleb(_SCALES.get(scale or "", 0))
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if value >= Decimal(10) ** power:
            number = f"{value.scaleb(-power).normalize():f} {word}"
            break
    else:
        number = f"{value.normalize():,f}"
    return f" {number}" + (" yuan " if yuan else " ")


def _of(m: re.Match[str]) -> str:
    year, relative = m.group(1), m.group(2)
    return f" of {year}" if year else (f" of {_RELATIVE[relative]}" if relative else "")


def _first_months(m: re.Match[str]) -> str:
    count = _number(m.group(3))
    return f" the first {count} months{_of(m)} " if count else m.group(0)


def _first_quarters(m: re.Match[str]) -> str:
    count = ("two", "three")[(_number(m.group(3)) or 2) - 2]
    return f" the first {count} quarters{_of(m)} "


def _quarter(m: re.Match[str]) -> str:
    return f" the {_ORDINALS[(_number(m.group(3)) or 1) - 1]} quarter{_of(m)} "


def _half(m: re.Match[str]) -> str:
    return f" the {'first' if m.group(3) == '上' else 'second'} half{_of(m)} "


def _month_name(text: str) -> str | None:
    number = _number(text)
    return _MONTHS[number - 1] if number and 1 <= number <= 12 else None


def _month_span(m: re.Match[str]) -> str:
    first, last = _month_name(m.group(3)), _month_name(m.group(4))
    if not first or not last:
        return m.group(0)
    return f" {first}-{last}" + _of(m).replace(" of", "") + " "


def _month(m: re.Match[str]) -> str:
    name = _month_name(m.group(3))
    return f" {name}" + _of(m).replace(" of", "") + " " if name else m.group(0)


@cache
def _pair() -> re.Pattern[str]:
    abbreviations = "".join(p for lang, p, _ in foreign_words() if lang == "zh_abbr")
    zh = [p for lang, p, _ in foreign_words() if lang == "zh"]
    # the abbreviation's character starting a full name ("对哈萨克斯坦") is that name, and a name
    # starting with "中" and that character ("中美洲", "中非共和国") is no pair either
    rests = {p[1:] for p in zh if p[0] in abbreviations and len(p) > 1}
    names = "|".join(sorted(map(re.escape, rests), key=len, reverse=True))
    whole = [p for p in zh if p[0] == "中" and len(p) > 2 and p[1] in abbreviations]
    taken = "|".join(sorted(map(re.escape, whole), key=len, reverse=True)) or "(?!)"
    return re.compile(
        rf"(?!{taken})(中|[对對])([{abbreviations}])(?![国國方]|{names})"
        r"(?=\s?[\u3400-\u9fff]{0,6}?(?:两国|兩國|双边|雙邊|经贸|經貿|贸易|貿易|进出口|進出口"
        r"|投资|投資|出口|进口|進口|之间|之間|间|間))"
    )


@cache
def _abbreviated() -> dict[str, str]:
    return {p: e for lang, p, e in foreign_words() if lang == "zh_abbr"}


def _pair_name(m: re.Match[str]) -> str:
    name = _abbreviated()[m.group(2)]
    return f" China-{name} " if m.group(1) == "中" else f"{m.group(1)} {name} "


def prepare(text: str) -> str:
    """Chinese ``text`` with its amounts, calendar and pairs in English (see the module doc)."""
    if not CJK.search(text):
        return text
    text = text.translate(_WIDE)
    text = _AMOUNT.sub(_amount, text)
    if "月" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
        text = _MONTH_SPAN.sub(_month_span, text)
        text = _MONTH.sub(_month, text)
    if "季度" in text:
        text = _QUARTER.sub(_quarter, _FIRST_QUARTERS.sub(_first_quarters, text))
    if "半年" in text:
        text = _HALF.sub(_half, text)
    if "年" in text:
        text = _YEAR.sub(r" \1 ", text)
    text = _pair().sub(_pair_name, text)
    if "据" in text:
        text = _ACCORDING.sub(_according, text)
    text = _VERB_BEFORE_NUMBER.sub(lambda m: " was " if m.group(1) in "为為" else " reached ", text)
    return _SPACE_DIGITS.sub(" ", text)


def reorder(text: str) -> str:
    """Glossed ``text`` in English order and punctuation (see the module doc)."""
    text = _PUNCT_RE.sub(lambda m: _PUNCT[m.group(0)], text)
    text = _ASCII_COMMA.sub(r"\1 ", text)
    text = _SPACES.sub(" ", text)
    text = _TO.sub(
        lambda m: f"{m.group(1)}'s {m.group(3)}{m.group(4)} {_to(m.group(4))} {m.group(2)}", text
    )
    text = _FROM.sub(r"\1's \3 from \2", text)
    text = _WITH.sub(r"the \3 between \1 and \2", text)
    if "使" in text:
        text = _EMBASSY.sub(r"the \1 embassy in \2", text)
    text = _OWNER.sub(r"\1's ", text)
    text = _BEFORE_STOP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _according(m: re.Match[str]) -> str:
    kind = "data" if m.group(2) in _DATA_WORDS else "statistics"
    return f" according to {m.group(1)} {kind} "


def _to(flow: str) -> str:
    return "to" if flow == "exports" else "in"
