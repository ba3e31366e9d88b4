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
  -> "2031"; Taiwan's "第1季", "前3季", Hong Kong's "首10個月", "首三季" alike); a pair
  written as "中" and a partner's abbreviation before a trade word ("中柬贸易" -> "China-Cambodia
  trade"); "据 ... 统计" before a statement ("according to ...
  statistics"); "达"/"为" before a number ("reached"/"was"; "reach" after an aim: "有望达到",
  "将达"); a space between a number and the characters around it. The register's words no row
  can read alone (round 44): a hedge inside an amount ("120多亿美元": more than 12 billion) or
  before a number ("近", "超"); "过去五年"/"近三年来" (in the past 5 years); "2030年底" (the end
  of 2030), "2030财年" (fiscal year 2030), "2020年以来" (since 2020); "2025年至2030年" (from
  2025 to 2030) but "到2035年" (by 2035); a base year ("比2029年", "与2029年相比", "在2029年的基础上":
  compared with 2029, no period); "从/由" before a number (from); one-character changes
  before a rate ("同比增12%", Taiwan's "年增8%", "出口额增12%"), "比上年多15亿美元" (a change by an
  amount) and tenths ("增长3成": 30%); an aim's word before a year ("力争2035年": aim to by
  2035).
- After the gloss (:func:`reorder`): English order for "X对Y出口" (X's exports to Y), "X自Y进口"
  (X's imports from Y), "X与Y贸易" (the trade between X and Y), "X驻Y使馆" (the X embassy in Y),
  "X的" (X's), "X对Y贸易顺差" (X's trade surplus with Y); the verb before "from" ("from 8 billion
  US dollars rose to" -> "rose from 8 billion US dollars to"); a hedge after its amount before it
  ("12 billion US dollars 左右" -> "about 12 billion US dollars"); "是2020年的两倍" (2 times that
  of 2020); "两国之间的贸易额" (the trade between the two countries); a lone "额" (amount) or "了"
  (a completed change) after a row dropped; the punctuation (，。、；：（）) in English form and
  single spaces.

Errors: none; a shape not listed is left as it is (a character the gloss does not know stays a
word of its own, which the English rules skip).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from pipeline.extract.east_asian import day_span, days_from_to
from pipeline.lexicon import foreign_words

CJK = re.compile(r"[\u3400-\u9fff]")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_ORDINALS = ("first", "second", "third", "fourth")
_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGITS |= {"八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_WIDE = str.maketrans("０１２３４５６７８９％．－～＋／\u3000", "0123456789%.-~+/ ")
_PUNCT = {"，": ", ", "、": ", ", "。": ". ", "；": "; ", "：": ": ", "（": " (", "）": ") "}
_PUNCT |= {"！": "! ", "？": "? ", "“": ' "', "”": '" ', "「": ' "', "」": '" '}
_PUNCT_RE = re.compile("|".join(map(re.escape, _PUNCT)))

_SCALES = {"万亿": 12, "萬億": 12, "千亿": 11, "千億": 11, "亿": 8, "億": 8}
_SCALES |= {"千万": 7, "千萬": 7, "百万": 6, "百萬": 6, "万": 4, "萬": 4}
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(万亿|萬億|千亿|千億|亿|億|千万|千萬|百万|百萬|万|萬)?"
    r"(元|圆|圓)?(?:人民币|人民幣)?(?!\d)"
)

# the region's other currencies, read right after an amount only ("1350亿新元": 135 billion
# Singapore dollars): written anywhere, "加元" and "新元" are also the ends and starts of other
# words ("参加元首会议", "新元素")
_OTHER_CURRENCY = {"新加坡元": "Singapore dollars", "新元": "", "新币": "", "新幣": ""}
_OTHER_CURRENCY |= {"加拿大元": "Canadian dollars", "加元": "Canadian dollars"}
_OTHER_CURRENCY |= {"新西兰元": "New Zealand dollars", "新西蘭元": "New Zealand dollars"}
_OTHER_CURRENCY |= {"纽元": "New Zealand dollars", "紐元": "New Zealand dollars"}
_OTHER_CURRENCY |= {"英镑": "pounds", "英鎊": "pounds", "韩元": "won", "韓元": "won"}
_OTHER_CURRENCY |= {"泰铢": "baht", "泰銖": "baht", "林吉特": "ringgit", "印尼盾": "rupiah"}
_OTHER_CURRENCY |= {"越南盾": "dong", "卢比": "rupees", "盧比": "rupees"}
_OTHER_CURRENCY |= {"兰特": "rand", "蘭特": "rand", "坚戈": "tenge", "堅戈": "tenge"}
_AFTER_AMOUNT = re.compile(
    r"(?<=[\d万亿萬億])\s?(" + "|".join(sorted(_OTHER_CURRENCY, key=len, reverse=True)) + ")"
)

_N = r"(十[一二]?|[一二两兩三四五六七八九]|\d{1,2})"
_Y = r"(?:(\d{4})\s?年度?\s?|(今年|本年|去年|上年))?"
# "头10个月", Hong Kong's "首10個月": the first 10 months
_FIRST_MONTHS = re.compile(_Y + r"[前头頭首]" + _N + r"[个個]?月")
_FIRST_QUARTERS = re.compile(_Y + r"[前首]([二两兩三]|[23])[个個]?季度?")  # Taiwan's "前3季"
# "第三季度", "三季度", Taiwan's "第3季" ("季" alone only after "第": "一年四季" is no quarter),
# "首季": the first quarter
_QUARTER = re.compile(_Y + r"(?:第?([一二三四1-4])季度|第([一二三四1-4])季|(首)季度?)")
_HALF = re.compile(_Y + r"([上下])半年")
_MONTH_SPAN = re.compile(_Y + _N + r"\s?(?:月份?)?\s?[-–—~～至到]\s?" + _N + r"\s?月份?")
_MONTH = re.compile(_Y + _N + r"\s?月份?(?!\s?\d)([底末])?")  # "10月底": the end of October
_YEAR = re.compile(r"(?<!\d)(\d{4})\s?年度?(?:全年)?")  # "2031年全年": the whole year
_RELATIVE = {"今年": "this year", "本年": "this year", "去年": "last year", "上年": "last year"}

_VERB_BEFORE_NUMBER = re.compile(
    r"(高达|高達|约为|約為|约达|約達|仅为|僅為|达到|達到|达|達|为|為)"
    r"(?=\s?(?:约|約|近|逾|超过|超過|超|more than )?\s?\d)"
)
_VERBS = {"约为": " was about ", "約為": " was about ", "约达": " reached about "}
_VERBS |= {"約達": " reached about ", "仅为": " was only ", "僅為": " was only "}
_VERBS |= {"为": " was ", "為": " was "}
# "有望达到", "将达", "力争(...)达到": the verb of an aim or a forecast (its word earlier in the
# clause) is "reach", not "reached"
_AIMED = ("有望", "预计", "預計", "力争", "力爭", "争取", "爭取", "预期", "預期")
_AIMED += ("可望", "将", "將", "计划", "計劃", "目标", "目標", "要", "希望")

# The register's words that a row cannot read alone (round 44):
# - a hedge written inside an amount ("120多亿美元", "30余万美元": more than 12 billion);
_MORE_IN_AMOUNT = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?)\s?[多余餘](?=\s?(?:万亿|萬億|千亿|千億|亿|億|千万|千萬|百万|百萬|万|萬))"
)
# - "近"/"超" before a number (nearly, more than); "接近", "将近", "最近" are rows of their own
_BEFORE_NUMBER = re.compile(r"(?<![接将將最附靠赶趕出入])(近|超)(?=\s?\d)")  # "出超": surplus
# - "过去5年", "近三年来", "过去10个月": the past N years or months (before "近" as a hedge)
# ... or with "来" alone after the count ("30年来", "十年来": over the past 30 years, round 57; not
# a year's "2020年来", four digits, nor "以来")
_PAST = re.compile(
    r"(?:(?:过去|過去|最近|近)\s?|(?<![\d.,])(?=(?:十[一二]?|[一二两兩三四五六七八九]|\d{1,2})\s?(?:年|[个個]月)[来來]))"
    + _N
    + r"\s?(年|[个個]月)(?:来|來|间|間|里|裡|中)?"
)
# - a year's end, a fiscal year, "since" a year: "2030年底", "2030财年", "2020年以来"
_YEAR_END = re.compile(r"(?:(\d{4})\s?年|(今年|本年|去年|上年))\s?(?:年)?[底末]")
_FISCAL = re.compile(r"(\d{4})\s?(?:财|財)(?:政)?年度?")
_SINCE_YEAR = re.compile(r"(?:自|从|從)?\s?(\d{4})\s?年?\s?以[来來]")
# - "到/至2030年" is "by 2030" (an aim's horizon), but "to" after "从/由/自 + a year" ("从2025年到
#   2030年"); not the "至" of "截至", "直至", "甚至"
# ... and after an aim's word ("力争2030年", "目标2035年"): by that year
_AIM_YEAR = re.compile(r"(力争|力爭|争取|爭取|目标|目標|计划|計劃)\s?(?=\d{4}\s?年)")
_BY_YEAR = re.compile(r"(?<![截直甚以乃回\d月])(?:到|至)\s?(?=\d{4}\s?年)")
# ... and "(从)2025年至2030年", "2025-2030年": from one year to another
_YEAR_SPAN = re.compile(r"(?:[从從自由]\s?)?(\d{4})\s?年?\s?[-–—~至到]\s?(\d{4})\s?年(?!\s?\d)")
_FROM_YEAR = re.compile(r"[从從由自]\s?\d{4}")
# - "比/较2029年" and "与2029年相比": compared with a year; "同比", "环比", "对比" are no base
_THAN_YEAR = re.compile(r"(?<![同环環对對相])(?:比|较|較)\s?(?=\d{4}\s?年)")
_WITH_YEAR = re.compile(r"[与與和同跟]\s?(\d{4})\s?年?\s?(?:同期)?\s?相(?:比|较|較)")
# - "在2030年": in 2030
_IN_YEAR = re.compile(r"在\s?(?=\d{4}\s?年)")
# - "在2029年(的)基础上增长12%": on the basis of 2029, the base of a change, not its period
_ON_BASIS = re.compile(r"在\s?(\d{4})\s?年?\s?的?\s?基[础礎]上")
# - "从/由80亿美元增至120亿美元": from (the verb's row reads "增至": rose to; :func:`reorder`
#   puts "from X" after the verb)
_FROM_NUMBER = re.compile(r"(?:从|從|由)\s?(?=(?:约|約|近)?\s?\d)")
# - a change word of one character before its rate: "同比增12%", "年增8%" (Taiwan), "出口额增12%"
_YEAR_ON_YEAR = re.compile(r"同比([增减減降])(?=\s?[\d约約近逾超])")
_ANNUAL = re.compile(r"(?<![今去上本前当當同全每近])年([增减減])(?=\s?\d)")
# - "比上年多15亿美元", "较2029年少": more or less than the base, a change by an amount
_MORE_THAN_BASE = re.compile(r"(?:(?<=[年期月])|(?<=\d{4}))\s?([多少])(?=\s?\d)")
# - "增长3成": tenths ("成"), a percent; not "成长", "成为"
_TENTHS = re.compile(r"(?<![\d.])(\d(?:\.\d)?)\s?成(?![长長为為本员員交立功])")
_FLOW_CHANGE = re.compile(r"(?:(?<=[额額易值])|(?<=[出进進]口))\s?([增减減降])(?=\s?\d)")
_SPACE_DIGITS = re.compile(r"(?<=[\u3400-\u9fff])(?=[\d$])|(?<=[\d%])(?=[\u3400-\u9fff])")

_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}"
# ("中国对尼日利亚、安哥拉贸易": China's trade with A and B, the partners listed, round 57)
_TO = re.compile(
    rf"({_NAME}) ?[对對向] ?({_NAME}(?: ?, ?{_NAME}){{0,4}}) ?(?:的 ?)?((?:[\u3400-\u9fff]{{1,6}} )?)"
    r"(total exports|exports|direct investment|investment|trade surplus|trade deficit|trade)"
    r"(?! (?:with|between)\b)"
)
_FROM = re.compile(rf"({_NAME}) ?(?:[自从從]) ?({_NAME}) ?(?:的 ?)?((?:total )?imports)")
_WITH = re.compile(
    rf"({_NAME}) ?[与與和同] ?({_NAME}) ?(?:between ?)?(?:的 ?)?(bilateral trade|total trade|trade)"
)
_OWNER = re.compile(rf"({_NAME}) ?的 ")
# An amount in English words, with its scale or its currency (round 44)
_AMOUNT_EN = (
    r"\d[\d,.]*(?: (?:trillion|billion|million))?(?: (?:US dollars|yuan|euros|yen|rubles"
    r"|Hong Kong dollars|New Taiwan dollars|Australian dollars))?"
)
# "从2028年的80亿美元增至120亿美元" -> "rose from 8 billion US dollars in 2028 to 12 billion ...":
# English writes the verb before "from"
# ... an adverb before the verb ("大幅增加到": rose sharply to) stays out of the way
_FROM_TO = re.compile(
    rf"\bfrom (?:(\d{{4}}) (?:的 )?)?((?:about |nearly )?{_AMOUNT_EN}) "
    r"(?:[\u3400-\u9fff]{1,3} )?(rose|fell|expanded|shrank|surged|plunged)"
    # ... or a row with its adverb ("稳步增长到": "rose steadily" and "到" left)
    r"(?: (?:steadily|sharply|rapidly|significantly))? (?:to|到) "
)
# "增加到2030年的120亿美元" / "到去年的120亿美元" (to 12 billion in 2030 / last year): the level
# reached with its own period, in English after it
_TO_DATED = re.compile(
    rf"(?<= to )(\d{{4}}|last year|this year) (?:的 )?((?:about |nearly )?{_AMOUNT_EN})"
)
# "120亿美元左右", "100亿美元以上": the hedge after its amount goes before it
_HEDGE_AFTER = re.compile(
    rf"(?<![\w.,])({_AMOUNT_EN}) (about|more than|less than)\b(?! (?:about |nearly )?\d)"
)
# "两国之间的贸易额", "两国的贸易额": the trade between the two countries, the two countries' trade
_BETWEEN_TWO = re.compile(
    r"\bbetween the two countries (?:的 )?(bilateral trade|total trade|trade)\b"
)
# "额" (amount) left alone after a row ("对华出口额", "货物贸易额"): the row's flow is the amount
# ... and "了" (the mark of a completed change) after a verb row ("激增了")
_AMOUNT_CHARACTER = re.compile(r"(?<=[a-z]) [额額了](?= |$)")
# "是2020年的两倍" -> "2 times that of 2020": the multiple's base, not its period
_TIMES_OF = re.compile(r"(?:是 )?(\d{4}|last year|the same period last year) 的 (\d[\d.]* times)\b")
_TWO_OWN = re.compile(r"\b(the two countries|the two sides|the country) 的 ")
# a country's embassy in another, often its economic and commercial office: "中国驻老挝使馆经商处"
# (the economic and commercial office of the Chinese embassy in Laos), after the gloss
_EMBASSY = re.compile(
    rf"({_NAME}) ?[驻駐] ?({_NAME}) ?大?使[馆館]"
    r"(?: ?(?:经商处|經商處|经济商务处|經濟商務處|经济商务参赞处|經濟商務參贊處|商务处|商務處))?"
)
# the source of a statement: "据海关统计" (according to customs statistics), "根据国家统计局数据",
# "据中国驻老挝使馆经商处发布的最新统计" (not the 据 of 数据 "data", 证据 "evidence", 占据 "occupy"),
# "按中方统计" / "按照中方统计" (by the Chinese side's statistics)
_ACCORDING = re.compile(
    r"(?:(?<![数數证證占佔])[根依]?[据據]|按照?)\s?([^,，。;；:：]{0,40}?)((?:统计|統計)(?!局)|数据|數據|资料|資料)"
    r"(?:显示|顯示|表明)?"
)
# a news agency's dateline and reporter credit before the story ("新华社新加坡2月11日电(记者李晓渝)"):
# a colon after it, so a speaker of the sentence ("…电(记者…) 中国驻新加坡使馆…称") starts after
# the dateline's place, as an English "SINGAPORE, Feb 11 (Xinhua) -" is set off
_CREDIT = re.compile(r"[电電]\s?\((?:记者|記者)[^()]{1,30}\)")
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


def _other_currency(m: re.Match[str]) -> str:
    name = _OTHER_CURRENCY[m[1]]
    if not name:
        # "新元", "新币": Singapore's dollar and New Zealand's alike, the one of the economy the
        # sentence names (neither, or both: left unread)
        zealand = "新西兰" in m.string or "新西蘭" in m.string
        if zealand == ("新加坡" in m.string):
            return m.group(0)
        name = "New Zealand dollars" if zealand else "Singapore dollars"
    return f" {name} "


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
    number = m.group(3) or m.group(4) or "一"
    return f" the {_ORDINALS[(_number(number) or 1) - 1]} quarter{_of(m)} "


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
    end = " the end of" if m.group(4) else ""
    return f"{end} {name}" + _of(m).replace(" of", "") + " " if name else m.group(0)


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


# The pair abbreviated in the partner's order, China second ("俄中贸易", "美中贸易", "韩中两国";
# Russian, Taiwanese and Hong Kong outlets write the other side first), and "中南" (China-South
# Africa, "南" too common a first character to stand for a country before anything else): only
# right before a trade word, "两国" or "双边" first (round 57)
_TRADE_NEXT = (
    r"(?=\s?(?:两国|兩國|双边|雙邊)?\s?(?:经贸|經貿|贸易|貿易|进出口|進出口|投资|投資|双边|雙邊|两国|兩國"
    r"|之间|之間))"
)
_STRICT = {"南": "South Africa"}


@cache
def _pair_reversed() -> re.Pattern[str]:
    abbreviations = "".join(p for lang, p, _ in foreign_words() if lang == "zh_abbr")
    return re.compile(rf"(?:([{abbreviations}])中|中(南))(?![国國方]){_TRADE_NEXT}")


def _pair_reversed_name(m: re.Match[str]) -> str:
    if m.group(2):
        return f" China-{_STRICT[m.group(2)]} "
    return f" {_abbreviated()[m.group(1)]}-China "


# "(从)2029年4月1日至今年3月31日(止)" (from April 1, 2029 to March 31 this year): a span of days
_DAYS_FROM_TO = re.compile(
    r"(?:[从從自]\s?)?"
    + days_from_to(("年", "月", "日"), _RELATIVE, r"(?:至|到|[-–—~～])", "(?:止)?").pattern
)


# a character's reading in pinyin bracketed after it, as some mirrors of Chinese news print the
# characters of their ruby ("貿(mào)易", "會(huì )上": round 52, four hunted pages from four sites):
# the reading dropped, so the word is whole again; a syllable with a tone mark, so a bracketed
# English word or code ("(CNY)", "(de facto)") stays
_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\(\s*[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*\)")


# a number left unstated: "增长数十倍" (rose dozens of times), "几百倍", "上千倍", "数百亿美元" (hundreds of
# hundred millions of dollars): 数/數/几/幾/上 before 十/百/千 name no number, so no figure (round 58;
# "十倍" alone is 10 times)
_SOME = re.compile(
    r"(?:数|數|几|幾|上)\s?(十|百|千)\s?([万萬]|[亿億])?\s?"
    r"(?=倍|美元|元|人民币|人民幣|欧元|歐元|日元)"
)
# (the power of ten the words name: 数十亿 is billions, 数百万 millions)
_SOME_WORDS = {4: "thousands of ", 5: "tens of thousands of ", 6: "hundreds of thousands of "}
_SOME_WORDS |= {9: "billions of ", 10: "tens of billions of ", 11: "hundreds of billions of "}
_SOME_WORDS |= {7: "millions of ", 8: "tens of millions of "}
_SOME_POWER = {"十": 1, "百": 2, "千": 3}


# a target met: "提前1年实现1000亿美元贸易额目标" (reached the $100bn trade target a year early), "完成了
# 500亿美元的贸易目标", "已达成...目标": the level was reached, an actual (NOTES: "managed to achieve $X"
# stays actual; round 58)
# (met, not striven for: "提前", "已", "如期", "顺利" before the verb or 了 after it; "为实现...目标" and
# "达到...的目标", the goal of reaching, stay targets)
_MET = r"(?:实现|實現|完成|达成|達成)"
_TARGET_MET = re.compile(
    r"(?:(?:提前(?:\s?[\d一二两兩三四五]+\s?(?:年|个月|個月))?|已经|已經|已|如期|顺利|順利)\s?"
    rf"{_MET}了?|{_MET}了)\s?"
    r"((?:more than |about |nearly )?\d[\d,.]*(?: (?:trillion|billion|million))?\s?"
    r"(?:美元|美金|元|人民币|人民幣|欧元|歐元|日元|US dollars|yuan|euros|yen)?)\s?的?\s?"
    r"(?:双边|雙邊|双方|雙方)?(贸易额|貿易額|贸易|貿易|进出口额|進出口額|投资额|投資額)?\s?的?\s?(?:目标|目標)"
)
_MET_FLOW = {"贸易额": "trade", "貿易額": "trade", "贸易": "trade", "貿易": "trade"}
_MET_FLOW |= {
    "进出口额": "trade",
    "進出口額": "trade",
    "投资额": "investment",
    "投資額": "investment",
}


def _target_met(m: re.Match[str]) -> str:
    flow = _MET_FLOW.get(m.group(2) or "", "")
    return f" {flow} reached {m.group(1)} " if flow else f" reached {m.group(1)} "


# a share: "占中国外贸总值的13.5%" (accounting for 13.5% of China's foreign trade), "佔...的31%",
# "占比13.5%", "所占比重为13.5%", "占比达到13.5%": English writes the rate before "of" (round 58)
_SHARE_OF = re.compile(r"(?<![据據])[占佔](?:到|了)?\s?([^,，。;；%]{1,40}?)\s?的\s?(\d[\d.]*)\s?%")
_SHARE_RATE = re.compile(
    r"(?:所?[占佔](?:比|比重|比例)|比重|份额|份額)\s?(?:为|為|达到|達到|达|達|是|约|約)?\s?(\d[\d.]*)\s?%"
)


# one month looked at alone after a span: "单看8月" (in August alone), "單看8月份", "仅8月", "8月单月"
# (the single month of August), "光看8月": the month by itself, not the span to it (round 58)
_MONTH_ALONE = re.compile(
    r"(?:(?:单看|單看|单就|單就|仅看|僅看|光看|仅|僅)\s?(1[0-2]|[1-9])\s?月份?(?:\s?(?:单月|單月))?"
    r"|(?<!\d)(1[0-2]|[1-9])\s?月份?\s?(?:单月|單月))(?![\d底末初中])"
)


def _month_alone(m: re.Match[str]) -> str:
    return f" in {_MONTHS[int(m.group(1) or m.group(2)) - 1]} alone, "


def _some(m: re.Match[str]) -> str:
    scale = {"万": 4, "萬": 4, "亿": 8, "億": 8}.get(m.group(2) or "", 0)
    if not scale:
        return " " + {"十": "dozens of ", "百": "hundreds of ", "千": "thousands of "}[m.group(1)]
    return " " + _SOME_WORDS[_SOME_POWER[m.group(1)] + scale]


def prepare(text: str) -> str:
    """Chinese ``text`` with its amounts, calendar and pairs in English (see the module doc)."""
    if not CJK.search(text):
        return text
    if "(" in text:
        text = _PINYIN.sub("", text)
    text = text.translate(_WIDE)
    if "占" in text or "佔" in text or "比重" in text or "份" in text:
        text = _SHARE_OF.sub(r" accounting for \2% of \1 ", text)
        text = _SHARE_RATE.sub(r" a share of \1% ", text)
    if "数" in text or "數" in text or "几" in text or "幾" in text or "上" in text:
        text = _SOME.sub(_some, text)
    text = _MORE_IN_AMOUNT.sub(r"more than \1", text)
    text = _AFTER_AMOUNT.sub(_other_currency, text)
    text = _AMOUNT.sub(_amount, text)
    if "目标" in text or "目標" in text:
        text = _TARGET_MET.sub(_target_met, text)
    if "日" in text:
        text = _DAYS_FROM_TO.sub(lambda m: day_span(m, _RELATIVE), text)
    if "月" in text and (
        "看" in text or "仅" in text or "僅" in text or "单" in text or "單" in text
    ):
        text = _MONTH_ALONE.sub(_month_alone, text)
    if "月" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
        text = _MONTH_SPAN.sub(_month_span, text)
        text = _MONTH.sub(_month, text)
    if "季" in text:
        text = _QUARTER.sub(_quarter, _FIRST_QUARTERS.sub(_first_quarters, text))
    if "半年" in text:
        text = _HALF.sub(_half, text)
    if "年" in text:
        text = _years(text)
    text = _pair().sub(_pair_name, text)
    if "中" in text:
        text = _pair_reversed().sub(_pair_reversed_name, text)
    if "据" in text or "據" in text or "按" in text:
        text = _ACCORDING.sub(_according, text)
    if "记者" in text or "記者" in text:
        text = _CREDIT.sub(r"\g<0>:", text)
    text = _changes(text)
    text = _VERB_BEFORE_NUMBER.sub(_verb, text)
    return _SPACE_DIGITS.sub(" ", text)


def _years(text: str) -> str:
    # the year words of the register before a year is made a bare number (module doc)
    text = _PAST.sub(_past, text)
    text = _YEAR_END.sub(_year_end, text)
    text = _FISCAL.sub(r" fiscal year \1 ", text)
    text = _SINCE_YEAR.sub(r" since \1 ", text)
    text = _YEAR_SPAN.sub(r" from \1 to \2 ", text)
    text = _BY_YEAR.sub(_by_year, text)
    text = _AIM_YEAR.sub(r"\1 by ", text)
    text = _ON_BASIS.sub(r" compared with \1 ", text)
    text = _WITH_YEAR.sub(r" compared with \1 ", text)
    text = _THAN_YEAR.sub(" compared with ", text)
    text = _IN_YEAR.sub(" in ", text)
    return _YEAR.sub(r" \1 ", text)


def _past(m: re.Match[str]) -> str:
    count = _number(m.group(1))
    unit = "years" if m.group(2) == "年" else "months"
    if count == 1:  # "过去一年": the past year
        return f" in the past {unit[:-1]} "
    return f" in the past {count} {unit} " if count else m.group(0)


def _year_end(m: re.Match[str]) -> str:
    return f" the end of {m.group(1) or _RELATIVE[m.group(2)]} "


def _by_year(m: re.Match[str]) -> str:
    after_year = m.string[: m.start()].rstrip().endswith("年")
    return " to " if after_year or _FROM_YEAR.search(m.string, 0, m.start()) else " by "


def _changes(text: str) -> str:
    # the hedges, "from" and the one-character change words before a number (module doc)
    if "近" in text or "超" in text:
        text = _BEFORE_NUMBER.sub(lambda m: " nearly " if m[1] == "近" else " more than ", text)
    text = _FROM_NUMBER.sub(" from ", text)
    text = _MORE_THAN_BASE.sub(lambda m: " rose " if m[1] == "多" else " fell ", text)
    if "成" in text:
        text = _TENTHS.sub(lambda m: f" {Decimal(m[1]) * 10:f}% ".replace(".0%", "%"), text)
    text = _YEAR_ON_YEAR.sub(lambda m: f" year on year {_change(m[1])} ", text)
    text = _ANNUAL.sub(lambda m: f" {_change(m[1])} year on year ", text)
    return _FLOW_CHANGE.sub(lambda m: f" {_change(m[1])} ", text)


def _change(character: str) -> str:
    return "rose" if character == "增" else "fell"


def _verb(m: re.Match[str]) -> str:
    verb = m.group(1)
    if verb in _VERBS:
        return _VERBS[verb]
    clause = re.split(r"[,，。;；]", m.string[: m.start()])[-1]
    if verb not in ("高达", "高達") and any(word in clause for word in _AIMED):
        return " reach "  # "力争到2030年双边贸易额达到": the aim's word earlier in the clause
    return " reached "


def reorder(text: str) -> str:
    """Glossed ``text`` in English order and punctuation (see the module doc)."""
    text = _PUNCT_RE.sub(lambda m: _PUNCT[m.group(0)], text)
    if "额" in text or "額" in text or "了" in text:
        text = _AMOUNT_CHARACTER.sub("", text)
    text = _ASCII_COMMA.sub(r"\1 ", text)
    text = _SPACES.sub(" ", text)
    text = _TO.sub(
        lambda m: (
            f"{m.group(1)}'s {m.group(3)}{m.group(4)} {_to(m.group(4))} {_listed(m.group(2))}"
        ),
        text,
    )
    if "分" in text:
        text = _RESPECTIVELY.sub(_respectively, text)
    text = _FROM.sub(r"\1's \3 from \2", text)
    text = _WITH.sub(r"the \3 between \1 and \2", text)
    if "使" in text:
        text = _EMBASSY.sub(r"the \1 embassy in \2", text)
    text = _OWNER.sub(r"\1's ", text)
    if "from " in text:
        text = _FROM_TO.sub(_from_to, text)
        text = _TO_DATED.sub(
            lambda m: f"{m[2]} " + (f"in {m[1]}" if m[1][0].isdigit() else m[1]), text
        )
    text = _HEDGE_AFTER.sub(_hedge_first, text)
    if " times" in text:
        text = _TIMES_OF.sub(r"\2 that of \1", text)
    if "the " in text:
        text = _TWO_OWN.sub(r"\1 ", _BETWEEN_TWO.sub(r"the \1 between the two countries", text))
    text = _BEFORE_STOP.sub("", text)
    return _SPACES.sub(" ", text).replace("( ", "(").strip()  # "（约合": "(about"


def _listed(names: str) -> str:
    """ "Nigeria, Angola" -> "Nigeria and Angola"."""
    *first, last = re.split(r" ?, ?", names)
    return f"{', '.join(first)} and {last}" if first else names


# "分别达952.9亿元、826.3亿元" (reached X and Y respectively): "分别" (respectively) before the
# verb and the values listed with "、" (glossed ", ") or "和": English puts "respectively" after
# the values (round 57)
_VALUE = rf"(?:(?:about |nearly |more than )?{_AMOUNT_EN}%?)"
_RESPECTIVELY = re.compile(
    rf"分[别別] ?((?:[a-z]+ ){{0,2}}?)({_VALUE}(?: ?, ?{_VALUE}){{0,4}}(?: ?,? (?:和|and) {_VALUE})?)"
    r"(?![\d%])"
)


def _respectively(m: re.Match[str]) -> str:
    values = re.split(r" ?,? (?:和|and) | ?, ?", m.group(2))
    if len(values) < 2:
        return m.group(0)
    return f"{m.group(1)}{', '.join(values[:-1])} and {values[-1]} respectively"


def _from_to(m: re.Match[str]) -> str:
    year, amount, verb = m.groups()
    return f"{verb} from {amount}" + (f" in {year}" if year else "") + " to "


def _hedge_first(m: re.Match[str]) -> str:
    amount, hedge = m.groups()
    if not re.search(r"[a-z]", amount):
        return m.group(0)  # a bare number ("10 年以上") is no amount
    return f"{hedge} {amount}"


def _according(m: re.Match[str]) -> str:
    kind = "data" if m.group(2) in _DATA_WORDS else "statistics"
    return f" according to {m.group(1)} {kind} "


def _to(flow: str) -> str:
    if flow.startswith("trade"):  # "中国对柬埔寨贸易顺差": China's trade surplus with Cambodia
        return "with"
    return "to" if flow.endswith("exports") else "in"
