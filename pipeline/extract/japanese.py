"""Japanese pages read through the English rules: the Japanese side of
:mod:`pipeline.extract.foreign`.

Japanese trade news (the Ministry of Finance's trade statistics, JETRO, the business dailies and
the Japanese-language papers of South-East Asia) writes "2030年の日本の中国への輸出は前年比5.2%増の
18兆3000億円だった" (in 2030 Japan's exports to China rose 5.2% year on year to 18.3 trillion yen):
amounts counted in 万 (ten thousand), 億 (a hundred million) and 兆 (a trillion), no spaces
between words, particles in kana (の of, は/が subject, へ/に to, から from, と and), the verb
last. The words are the phrase rows (``ja`` rows of ``lexicon/foreign_words.csv`` and the
country names of iso-codes and the CLDR, matched anywhere as Chinese ones are). Done here:

- Before the gloss (:func:`prepare`): full-width digits and signs; an amount with its scales
  and currency ("18兆3000億円" -> "18.3 trillion yen", "5億4000万ドル" -> "540 million US
  dollars"); a change written before the level it reaches ("前年比5.2%増の" -> "year on year up
  5.2% to", "3.1%減" -> "down 3.1%"); the calendar ("2030年1～9月" -> "January-September 2030",
  "上半期" -> "the first half", "第3四半期" -> "the third quarter", "2030年度" -> "fiscal year
  2030", "2030年" -> "2030"); a flow's other side written as a prefix ("対日輸出" -> "exports to
  Japan", "対中輸入" -> "imports from China"); the source before "によると" (according to).
- After the gloss (:func:`reorder`): "A の B への exports" -> "A's exports to B", "A の B からの
  imports" -> "A's imports from B", "A と B の trade" -> "the trade between A and B", "A の" ->
  "A's"; the punctuation (、。) in English form and single spaces.

The trade-news register (round 43), besides the ``ja`` rows (level verbs "に上った", "を超えた",
"にとどまった"; times "同期間", "前年同期", "年初来"; flows "直接投資", "双方向貿易額"; targets
"ことを目指している", "見通し"): a change's other bases and verbs ("前年に比べ12%伸びた", "前年より",
"対前年比", "▲3.1%"), a change by an amount ("5億ドル増の" -> "up by 500 million US dollars to"), a
multiple ("2倍に増えた", "倍増", "前年比1.5倍の"), a hedge after its amount ("60億ドル余り", "20億ドル
近く", also after a bracketed conversion "200億ドル(約2兆円)以上"), 千 in an amount, the region's
currencies (ドン, バーツ, ルピア ...), "1月から5月まで", "最初の5カ月間", "過去3年間", "上期", "2030年
末時点" (as of the end of 2030), "2026年から2030年まで", "第3四半期まで" (January-September); a
named base after the change ("5月より", "2027年比", "去年の同じ時期より": "up 4.4% compared
with May"); sides "日越貿易" (Japan-Vietnam), "A向け",
"Aとの", "AからBへの", "AB間の", "同国" (the country); "went from A in 2029 to B in 2030" and
"doubled from A in 2020" in English order.

Errors: none; a shape not listed is left as it is (a word the gloss does not know stays a word
of its own, which the English rules skip).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import partial

from pipeline.extract.east_asian import (
    MONTHS,
    calendar,
    clause_month,
    day_span,
    days_from_to,
    half,
    in_scale_words,
    known_words,
    month,
    month_span,
    quarter,
)

KANA = re.compile(r"[\u3040-\u30ff]")

_WIDE = str.maketrans("０１２３４５６７８９％．，＋", "0123456789%.,+")
# a unit or an era set in one square, as the press writes it in tight columns: "6億1800万㌦"
# (ドル), "㌦" "㌣" "㍀" "㍓" "㌧" (dollar, cent, pound, rupee, ton), "㍻" (平成): the squares of
# the CJK Compatibility block spelled out (their NFKC form), round 58
_SQUARED = re.compile(r"[\u3300-\u33ff]")
# a decimal point set as a middle dot, as vertical type writes it: "2・15倍" (2.15 times), "3・5%",
# "1・5兆円"; only before a multiple, a percentage, a scale or a currency ("1・2月" is January and
# February), round 58
_DOT_DECIMAL = re.compile(
    r"(?<![\d.,・])(\d+)・(\d+)(?=\s?(?:倍|%|ポイント|[兆億万]|ドル|米ドル|円|元|ユーロ))"
)
# a count of companies, written with its counter: "1209社" (1,209 companies), "約300社"
_FIRMS = re.compile(r"(?<![\d.,])(\d[\d,]*)\s?社(?![\u4e00-\u9fff])")
_PUNCT = {"、": ", ", "。": ". ", "（": " (", "）": ") ", "「": ' "', "」": '" ', "：": ": "}
_PUNCT_RE = re.compile("|".join(map(re.escape, _PUNCT)))

_SCALE = {"兆": 12, "億": 8, "万": 4}
_CURRENCY = {"米ドル": "US dollars", "ドル": "US dollars", "円": "yen", "ユーロ": "euros"}
# ("46億2000万USD": the code after a Japanese amount, as the customs digests write it)
_CURRENCY |= {"USD": "US dollars"}
_CURRENCY |= {"人民元": "yuan", "元": "yuan"}
# the currencies of the region the Japanese-language papers of South-East Asia write in
_CURRENCY |= {"ドン": "dong", "バーツ": "baht", "ルピア": "rupiah", "リンギット": "ringgit"}
_CURRENCY |= {"リンギ": "ringgit", "ルピー": "rupees", "ウォン": "won", "ポンド": "pounds"}
_CURRENCY |= {"ルーブル": "rubles", "シンガポールドル": "Singapore dollars"}
_CURRENCY |= {"豪ドル": "Australian dollars", "香港ドル": "Hong Kong dollars"}
_CURRENCY |= {"台湾ドル": "New Taiwan dollars"}
_CURRENCIES = "|".join(sorted(_CURRENCY, key=len, reverse=True))
# "5千万ドル" (50 million): a thousand written as 千 before a scale or a currency
_THOUSAND = re.compile(rf"(?<![\d.,])([1-9])\s?千(?=\s?(?:[万億兆]|{_CURRENCIES}))")
# a hedge written after an amount's conversion in brackets: "200億ドル(約2兆円)以上" -> the hedge
# after the first amount ("200億ドル以上(約2兆円)")
_BRACKET_HEDGE = re.compile(
    rf"((?:{_CURRENCIES}))(\s?[(（][^()（）]{{1,30}}[)）])\s?(余り|超|以上|強|近く|弱|未満)"
)
# ... and a hedge written after it: "60億ドル余り" (more than), "20億ドル近く" (nearly)
_AMOUNT = re.compile(
    r"(?<![\d.,])((?:\d[\d,]*(?:\.\d+)?\s?[兆億万]\s?)*\d[\d,]*(?:\.\d+)?\s?[兆億万]?)\s?"
    rf"({_CURRENCIES})\s?(余り|あまり|超|以上|強|近く|弱|未満|程度|前後)?"
)
# a weight: "110万トン" (1.1 million tonnes), "8126t" (the customs digests' short form)
_TONNAGE = re.compile(
    r"(?<![\d.,])((?:\d[\d,]*(?:\.\d+)?\s?[兆億万]\s?)*\d[\d,]*(?:\.\d+)?\s?[兆億万]?)\s?"
    r"(?:トン|t(?![A-Za-z]))"
)
_AFTER_HEDGE = {"余り": "more than", "あまり": "more than", "超": "more than", "以上": "more than"}
_AFTER_HEDGE |= {"強": "more than", "近く": "nearly", "弱": "nearly", "未満": "less than"}
_AFTER_HEDGE |= {"程度": "about", "前後": "about"}
_PART = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?([兆億万]?)")
_IN_ENGLISH = "|".join(sorted(set(_CURRENCY.values()), key=len, reverse=True))

# a change before its level: "前年比5.2%増の18兆円", "3.1%減", "12.3％の増加"
# ... the base also as "前年に比べ(て)" (compared with the previous year), "前年から" (from the
# previous year), "前年比で" (year on year)
_BASE = (
    r"(?:対(?=前年|昨年|前期|前月))?(前年同期比|前年同月比|前年比|昨年同期比|昨年比|前期比|前月比|前年同期(?:に|と)比べ(?:て)?|前年(?:に|と)比べ(?:て)?"
    r"|前年同期から|前年から|前年同期より|前年より|前年同期と比較して|前年と比較して"
    # ... a named base (round 52): "去年の同じ時期より" (than the same period last year), "2015年比" /
    # "2015年同期と比較して" (compared with (the same period of) 2015), "10月より" (than October)
    r"|(?:去年|昨年|前年)の同じ時期(?:より|(?:に|と)比べ(?:て)?|と比較して)"
    r"|\d{4}\s?年\s?(?:同期)?(?:比|より|(?:に|と)比べ(?:て)?|と比較して)"
    r"|(?:1[0-2]|[1-9])\s?月\s?(?:比|より|(?:に|と)比べ(?:て)?|と比較して))?\s?(?:で\s?)?"
)
# ... "10%以上増加した" (more than 10%), "約5%増" (about)
_CHANGE = re.compile(
    _BASE
    + r"(約\s?)?(\d[\d.]*)\s?%\s?(以上|超)?\s?(?:の)?"
    + r"(急増|急減|増加|増大|増え(?:た)?|増|減少|減っ(?:た)?|減|上昇|下落|拡大|縮小|伸び(?:た)?|低下"
    + r"|落ち込ん(?:だ)?|落ち込み)(の)?(?:を示した|を示し|となった|となり|した|し(?=、))?"
)
_BASE_WORDS = {"前年同期比": "year on year", "前年同月比": "year on year"}
_BASE_WORDS |= {"前年比": "year on year", "前期比": "over the previous period"}
_BASE_WORDS |= {
    "前月比": "month on month",
    "前年同期から": "year on year",
    "前年から": "year on year",
}
_BASE_WORDS |= {"前年同期より": "year on year", "前年より": "year on year"}
_BASE_WORDS |= {"昨年同期比": "year on year", "昨年比": "year on year"}
# a change by an amount: "前年比5億ドル増の45億ドル" (up 500 million to 4.5 billion), "5億ドル減った"
# (the amount already in English form)
_AMOUNT_CHANGE = re.compile(
    _BASE
    + r"((?:about |more than |nearly )?\d[\d.,]* (?:(?:thousand|million|billion|trillion) )?"
    + rf"(?:{_IN_ENGLISH}))\s?(増加|増え(?:た)?|増|減少|減っ(?:た)?|減|拡大|縮小)(の)?"
    + r"(?:した|し(?=、))?"
)
# a change written with its sign after its base: "前年同期比+12.3%", "前年比▲3.1%" (JETRO's
# tables write a fall with a triangle)
_SIGNED = re.compile(
    r"(?:対(?=前年|昨年|前期|前月))?(前年同期比|前年同月比|前年比|昨年同期比|昨年比|前期比|前月比)\s?(?:で\s?)?"
    r"([+▲△−-])\s?(\d[\d.]*)\s?%\s?(?:増|減)?(の)?"
)
# a triangle right before a number, with no base before it ("輸出は▲3.1%"): the Japanese minus
# (the arrow of a rise elsewhere, :mod:`~.measure`)
_TRIANGLE = re.compile(r"[▲△](?=\s?\d)")
# "前年比1.5倍の45億ドル" (1.5 times the previous year's, to 4.5 billion)
_TIMES_BASE = re.compile(
    r"(?:前年|前年同期)(?:の|比で?)\s?(\d+(?:\.\d+)?)\s?倍\s?(の|となった|となり|に)?"
)
_COMPARED = re.compile(r"(?:(?:に|と)比べ(?:て)?|と比較して)$")
# a named base: a year ("2015年比", "2015年同期と比較して") or a month ("10月より"), and the same
# period of last year written out ("去年の同じ時期より")
_NAMED_BASE = re.compile(r"(\d{4})\s?年\s?(同期)?|(1[0-2]|[1-9])\s?月|(?:去年|昨年|前年)の同じ時期")


def _base(found: str | None) -> tuple[str, str]:
    """The English of a change's base ``found``: the words before the change ("year on year") or
    after it ("compared with October"); empty without a base."""
    if not found:
        return "", ""
    named = _NAMED_BASE.match(found)
    if named is None:
        return f" {_BASE_WORDS[_COMPARED.sub('比', found)]}", ""
    year, same, month_number = named.groups()
    if year:
        return "", f" compared with {'the same period of ' if same else ''}{year}"
    if month_number:
        return "", f" compared with {MONTHS[int(month_number) - 1]}"
    return " year on year", ""


_UP = ("急増", "増加", "増大", "増え", "増えた", "増", "上昇", "拡大", "伸び", "伸びた")
# "N倍に増えた" (grew N times), "倍増した" (doubled): a multiple, as the English "increased 2.5
# times"
_TIMES = re.compile(
    r"(?:前年の\s?)?(\d+(?:\.\d+)?)\s?倍\s?に\s?(?:増加|増え|拡大|伸び|膨らん)(?:した|た|だ|し)?"
)
# ... or of a named year: "2009年の2.15倍にあたる" (is 2.15 times that of 2009), "2010年の3倍と
# なった", "2005年の約2倍に相当する", "2000年比で4倍に達した" (round 58)
_TIMES_OF_YEAR = re.compile(
    r"(\d{4})\s?年\s?(?:の|比で?)\s?(約\s?)?(\d+(?:\.\d+)?)\s?倍\s?"
    r"(?:に\s?(?:あた|当た|相当)(?:る|り|った|し|する)|と\s?な(?:った|り|る)|に\s?(?:達|上)(?:した|し|る)"
    r"|だった|であった|である|だ|に\s?(?:増加|増え|拡大|伸び|膨らん)(?:した|た|だ|し)?)"
)
# "50億ドルから3倍の150億ドルへ" (from A, three times over, to B): the multiple between two levels
_TIMES_BETWEEN = re.compile(r"から\s?(\d+(?:\.\d+)?)\s?倍\s?の(?=\s?[\d約])")
_DOUBLED = re.compile(r"(?:前年の\s?|前年比\s?)?倍増(?:した|し)?")

_Y = r"(?:(\d{4})\s?年\s?(?:の\s?)?|(今年|昨年|前年)\s?(?:の\s?)?)?"
_RELATIVE = {"今年": "this year", "昨年": "last year", "前年": "the previous year"}
_MONTH_SPAN = re.compile(_Y + r"(1[0-2]|[1-9])\s?[-–—―~～〜]\s?(1[0-2]|[1-9])\s?月(?:期)?")
_MONTH = re.compile(_Y + r"(1[0-2]|[1-9])\s?月(?!\s?[-–—―~～〜])")
# ... "上期" (the first half) too, not "以上期間" (a period of more than ...)
_HALF = re.compile(_Y + r"(?<!以)([上下])半?期")
# "2029年4月1日から今年3月31日まで(の)" (from April 1, 2029 to March 31 this year): a span of days
_DAY_YEARS = {"今年": "this year", "本年": "this year", "昨年": "last year"}
_DAYS_FROM_TO = days_from_to(("年", "月", "日"), _DAY_YEARS, "から", "まで(?:の)?")
# "1月から5月まで(の)" / "1月～5月" (January to May): the span "1～5月" the calendar reads
_FROM_MONTH = re.compile(
    r"(1[0-2]|[1-9])\s?月\s?(?:から|[-–—―~～〜])\s?(1[0-2]|[1-9])\s?月\s?(?:まで\s?)?(?:の\s?期間)?"
)
# "第3四半期まで" (up to the third quarter): the months from January, "1～9月", which the calendar
# reads with the year before it ("今年第3四半期まで" -> "January-September this year"); not "まで
# に" (by the end of)
_TO_QUARTER = re.compile(r"第\s?([1-4])\s?四半期\s?まで(?!に)")
# ... and so "9月まで(の)" (up to September: January-September, "1～9月"), a year before it or
# not ("2031年9月までの輸出額"); not a span's end ("6月から9月まで", read before; "年明けからの9月
# まで", ``_FIRST_MONTHS``), nor "までに" (by)
_TO_MONTH = re.compile(
    r"(?<![～〜~\-–—―\d])(?<!から)(?<!から\s)(?<!からの)(?<!からの\s)(1[0-2]|[1-9])\s?月\s?まで(?!に)(?:\s?の)?"
)
# a year in two digits once the century is plain, as the business press writes it: "19年1月"
# (January 2019), "15年度" (fiscal 2015); only before a month or 度 ("10年間" is ten years), and
# not an era's year ("平成30年度")
# (a span of months, a half or a quarter after it too: "14年6~9月期" (June-September 2014), "14年
# 上半期", "14年第3四半期", "14年1-3月", round 58)
_SHORT_YEAR = re.compile(
    r"(?<![\d.,])(?<!平成)(?<!令和)(?<!昭和)(\d{2})\s?年(?=\s?(?:(?:1[0-2]|[1-9])"
    r"\s?(?:[-–—―~～〜]\s?(?:1[0-2]|[1-9])\s?)?月|度|[上下]半期|第?\s?[1-4]\s?四半期))"
)
# a span of months across two years: "2018年10月~2019年1月" (October 2018 to January 2019)
_MONTHS_ACROSS = re.compile(
    r"(\d{4})\s?年\s?(1[0-2]|[1-9])\s?月\s?(?:から|[-–—―~～〜])\s?(\d{4})\s?年\s?(1[0-2]|[1-9])\s?月"
    r"\s?(?:まで\s?)?(?:の\s?期間\s?)?"
)
# "過去5年間で" (over the past five years)
_PAST_YEARS = re.compile(r"過去\s?(\d{1,2})\s?年間?\s?(?:で|に)?")
# "2017年年初4ヵ月" (the year's first 4 months of 2017), "年初4ヵ月間" (in the first 4 months)
# "年初10カ月" (the first ten months of the year); also "年明けから10月まで" (from the turn of the
# year to October)
_FIRST_MONTHS = re.compile(
    _Y
    + r"(?:年初|年明け|最初の)(?:から\s?(?:の\s?)?)?\s?(1[0-2]|[1-9])\s?[ヵカかヶケ箇]?\s?月(?:間|まで(?:の)?)?"
)
_QUARTER = re.compile(_Y + r"第?([1-4])\s?四半期")
_FISCAL = re.compile(r"(\d{4})\s?年度")
_BY_YEAR = re.compile(r"(\d{4})\s?年\s?(?:末\s?)?までに")
# a fiscal year named relative to now: "昨年度" (last fiscal year), "今年度"/"本年度" (this one),
# "前年度" (the one before): the fiscal year of the figure's country (``fiscal_years.csv``)
_RELATIVE_FISCAL = re.compile(r"(昨|今|本|前)年度")
_RELATIVE_FISCAL_WORDS = {
    "昨": " last fiscal year ",
    "今": " this fiscal year ",
    "本": " this fiscal year ",
    "前": " the previous fiscal year ",
}
# "2030年末時点の" / "今年5月末時点で" (as of the end of 2030 / of May this year): a stock's date
_YEAR_END = re.compile(r"(\d{4})\s?年\s?末\s?(?:時点|現在)?\s?(?:で|の|に|まで)?")
_MONTH_END = re.compile(
    _Y + r"(1[0-2]|[1-9])\s?月\s?末\s?(?:時点|現在)?\s?(?:で|の|に|まで)?(?:\s?の)?"
)
# "2026年から2030年まで(の期間)" (from 2026 to 2030)
_YEAR_SPAN = re.compile(
    r"(\d{4})\s?年\s?から\s?(\d{4})\s?年\s?(?:まで\s?)?(?:の\s?期間\s?)?(?:に|で|の)?"
)
_YEAR = re.compile(r"(\d{4})\s?年\s?(?:の|に|は)?")

# the other side of a flow written as a prefix: "対日輸出" (exports to Japan), "対中輸入"
_SHORT = {"日": "Japan", "中": "China", "米": "the United States", "韓": "South Korea"}
_SHORT |= {
    "越": "Vietnam",
    "印": "India",
    "露": "Russia",
    "豪": "Australia",
    "英": "the United Kingdom",
}
_SHORT |= {"独": "Germany", "仏": "France", "比": "the Philippines", "泰": "Thailand"}
_PREFIXED = re.compile(
    r"対([^\s、。\d]{1,10}?)(輸出入|輸出|輸入|貿易赤字|貿易黒字|貿易収支|貿易|直接投資|登録投資|投資)(?:総?額)?"
)
# "対X輸出入額" (exports and imports with X): the trade with X (round 42, hs12)
_FLOW_SIDE = {"輸出": "exports to", "輸入": "imports from", "貿易": "trade with"}
_FLOW_SIDE |= {"輸出入": "trade with"}
_FLOW_SIDE |= {"投資": "investment in", "貿易赤字": "trade deficit with"}
_FLOW_SIDE |= {"直接投資": "direct investment in", "登録投資": "registered investment in"}
_FLOW_SIDE |= {"貿易黒字": "trade surplus with", "貿易収支": "trade balance with"}
_ABOUT = re.compile(r"(?:約|およそ)\s?(?=\d)")
# the two sides as two one-character names: "日越貿易" (Japan-Vietnam trade), "日米間の"; not
# "中米" (Central America)
_PAIR = re.compile(
    r"(日|米|中|韓|越|印|豪)(?!(?<=中)米)(日|米|中|韓|越|印|露|豪|英|独|仏|比|泰|タイ)(?=間|貿易|両国)"
    r"(?:両国\s?)?(?:間\s?の?)?"
)
# ... "によれば" (by what it says), "のまとめで" / "の集計では" / "の統計で" (in its compilation,
# its count, its statistics), "の発表では" / "のデータでは" (in its announcement, in its data):
# the same attribution
_ACCORDING = re.compile(
    r"([^\s、。]{1,30}?)(?:によると|によれば|の(?:まとめ|集計|統計|発表|データ)(?:で|では|によると)"
    # ... "が公表したところでは" / "が先ごろ発表したところによると" (by what it published, announced,
    # made clear, compiled; the subject marker が or は, a time word between)
    r"|(?:が|は)\s?(?:先ごろ|このほど|先日|最近|今回|[0-9]{1,2}日\s?、?)?\s?"
    r"(?:公表|発表|明らかに|まとめ|公開)(?:した|し)ところ(?:で|では|によると|によれば))"
)
# The announcer of a whole sentence opens it and its verb closes it: "ジェトロは19日、…だったと
# 発表した" (JETRO announced on the 19th that ... was): the subject (before は / が or the comma
# after a date), then the clause, then "と公表した" / "と発表した" / "と明らかにした" (published,
# announced, made clear; also -している, -しました): English order, "X announced that ..."
_ANNOUNCED = re.compile(
    r"^(?P<lead>[■□●◆◇・\s]*)(?P<who>[^\s、。]{1,30}?)(?:は|が)?\s?"
    r"(?P<when>(?:[0-9]{1,2}日|先ごろ|このほど|先日|同日)?)\s?、"
    r"(?P<body>[^。]+?)と\s?(?:公表|発表|明らかに)(?:した|している|しました|していた)(?P<end>。?)\s*$"
)


# a forecast's source: "ジェトロの見通しでは" (according to JETRO's outlook), "同省の予測では",
# "IMFの予想では", "業界の見込みでは" (round 58)
_OUTLOOK = re.compile(r"([^\s、。,]{1,30}?)の(?:見通し|予測|予想|見込み)(?:で|に)は\s?[、,]?")
# ... or a forecaster's verb after a non-past verb: "に達すると同省はみている" (the ministry
# expects it to reach), "を超えると予想している", "になると見込んでいる", "に上ると見通している",
# "に達するとみられる" (is expected to): a past verb before と ("増えたとみられる") is an estimate
_EXPECTS_TAIL = (
    r"\s?と\s?、?\s?(?:[^\s、。,]{1,15}?(?:は|が)\s?)?"
    r"(?:(?:み|見|予想し|予測し|予想され|予測され|見込ん|見込まれ|見通し|見られ|みられ)"
    r"(?:ている|ていた|ており|る|た|で\s?いる)|予想する|予測する|見込む|みる|見る)"
)
_EXPECTS = re.compile(r"(?<=[るうすくぐむぶつぬ])" + _EXPECTS_TAIL)


_EXPECTED_VERB = {"達する": "reach", "超える": "exceed", "上回る": "exceed", "突破する": "exceed"}
_EXPECTED_VERB |= {"上る": "reach", "のぼる": "reach", "なる": "reach", "拡大する": "grow to"}
_EXPECTED_VERB |= {"増える": "grow to", "増加する": "grow to"}
# ... with its amount and verb of level before it, as English writes them after "is expected to":
# "約7500億ルピーに達するとみている" -> "is expected to reach about 750 billion rupees"
_EXPECTED_LEVEL = re.compile(
    r"((?:(?:about|more than|nearly)\s+)?\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?"
    rf"(?:{_IN_ENGLISH})(?:\s?\([^()]{{1,40}}\))?)\s?(?:に|を)\s?"
    rf"({'|'.join(sorted(_EXPECTED_VERB, key=len, reverse=True))}){_EXPECTS_TAIL}"
)


def _according(m: re.Match[str]) -> str:
    """ "税関によると" -> " according to 税関 , "; "これによると" (according to this: the report the
    sentence before introduced) -> " according to this , "."""
    source = "this" if m.group(1) in ("これ", "それ", "同発表", "同報告") else m.group(1)
    return f" according to {source} , "


def _amount(m: re.Match[str]) -> str:
    total = Decimal(0)
    for part in _PART.finditer(m.group(1)):
        if part.group(1):
            total += Decimal(part.group(1).replace(",", "")).scaleb(_SCALE.get(part.group(2), 0))
    hedge = f" {_AFTER_HEDGE[m.group(3)]}" if m.group(3) else ""
    return f"{hedge} {in_scale_words(total)} {_CURRENCY[m.group(2)]} "


def _tonnage(m: re.Match[str]) -> str:
    total = sum(
        Decimal(part.group(1).replace(",", "")).scaleb(_SCALE.get(part.group(2), 0))
        for part in _PART.finditer(m.group(1))
        if part.group(1)
    )
    return f" {in_scale_words(Decimal(total))} tonnes "


_PAIR_NAMES = {"the United States": "US", "the United Kingdom": "UK"}


def _pair(m: re.Match[str]) -> str:
    one, two = (_SHORT.get(c, "Thailand") for c in m.group(1, 2))
    if one == two:
        return m.group(0)
    one, two = (_PAIR_NAMES.get(n, n.removeprefix("the ")) for n in (one, two))
    return f" {one}-{two} "


def _amount_change(m: re.Match[str]) -> str:
    before, after = _base(m.group(1))
    word = "up" if m.group(3) in _UP else "down"
    return f"{before} {word} by {m.group(2)}{after}" + (" to " if m.group(4) else " ")


def _signed(m: re.Match[str]) -> str:
    key = _COMPARED.sub("比", m.group(1) or "")
    word = "up" if m.group(2) == "+" else "down"
    return f" {_BASE_WORDS[key]} {word} {m.group(3)}%" + (" to " if m.group(4) else " ")


def _change(m: re.Match[str]) -> str:
    # "前年同期に比べて" is "前年同期比" written out
    before, after = _base(m.group(1))
    word = "up" if m.group(5) in _UP else "down"
    hedge = "about " if m.group(2) else "more than " if m.group(4) else ""
    return f"{before} {word} {hedge}{m.group(3)}%{after}" + (" to " if m.group(6) else " ")


# the calendar's English words (``east_asian``), as ``re.sub`` callbacks
_month_span = partial(month_span, relative=_RELATIVE)
_month = partial(clause_month, relative=_RELATIVE)
_half = partial(half, relative=_RELATIVE, first="上")
_quarter = partial(quarter, relative=_RELATIVE)
_names = partial(known_words, "ja")


def _prefixed(m: re.Match[str]) -> str:
    side = _SHORT.get(m.group(1)) or _names().get(m.group(1))
    return f" {_FLOW_SIDE[m.group(2)]} {side} " if side else m.group(0)


def _short_year(m: re.Match[str]) -> str:
    two = int(m.group(1))
    return f"{2000 + two if two < 70 else 1900 + two}年"


def _months_across(m: re.Match[str]) -> str:
    first, last = MONTHS[int(m.group(2)) - 1], MONTHS[int(m.group(4)) - 1]
    return f" {first} {m.group(1)}-{last} {m.group(3)} "


def _first_months(m: re.Match[str]) -> str:
    year = m.group(1) or (_RELATIVE[m.group(2)] if m.group(2) else "")
    return f" in the first {m.group(3)} months" + (f" of {year} " if year else " ")


_CALENDAR = (
    ("年初", _FIRST_MONTHS, _first_months),
    ("年明け", _FIRST_MONTHS, _first_months),
    ("最初の", _FIRST_MONTHS, _first_months),
    ("月", _MONTH_SPAN, _month_span),
    ("月", _MONTH, _month),
    ("期", _HALF, _half),
    ("四半期", _QUARTER, _quarter),
)


# A ranking of products going on in a sentence of its own, as customs digests list one: "これに
# ◆機械設備=26億ドル◆木材=21億ドル――が続く" (followed by machinery, $2.6bn; wood, $2.1bn),
# "次いで◆...――の順となった" (next came ..., in that order): the English "It was followed by
# machinery ($2.6bn), wood ($2.1bn)" (``follow_up.next_items``)
_ITEMS_OPEN = re.compile(r"^\s*(?:これに|これらに|次いで|続いて)\s?(?=◆)")
_ITEM = re.compile(r"◆\s?([^◆=＝]{1,30}?)\s?[=＝]\s?([^◆]+?)\s?(?=◆|――|—|$)")
_LAST_COMMA = re.compile(r",\s*(?=。|$)")
_ITEMS_CLOSE = re.compile(r"\s?(?:――|—)\s?(?:が続く|が続いた|の順となった|の順だった|の順)")


def _item(m: re.Match[str]) -> str:
    # "輸送機器・部品": the dot joins the item's words ("transport equipment and parts")
    return f" {m.group(1).replace('・', ' and ')} ({m.group(2)}),"


def _items(text: str) -> str:
    if not _ITEMS_OPEN.match(text):
        return text
    text = _ITEMS_OPEN.sub("It was followed by ", text)
    text = _ITEMS_CLOSE.sub("", _ITEM.sub(_item, text))
    return _LAST_COMMA.sub("", text)


def prepare(text: str) -> str:
    """Japanese ``text`` with its amounts, changes, calendar and prefixed sides in English form
    (see the module doc)."""
    if not KANA.search(text):
        return text
    text = text.translate(_WIDE)
    if _SQUARED.search(text):
        text = _SQUARED.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if "・" in text:
        text = _DOT_DECIMAL.sub(r"\1.\2", text)
    if "社" in text:
        text = _FIRMS.sub(r" \1 companies ", text)
    if "比" in text:
        text = _SIGNED.sub(_signed, text)
    if "▲" in text or "△" in text:
        text = _TRIANGLE.sub("−", text)  # "輸出▲3.1%": the triangle of a fall is a minus
    text = _CHANGE.sub(_change, text)
    if "倍" in text:
        text = _TIMES_OF_YEAR.sub(
            lambda m: (
                f" was {'about ' if m.group(2) else ''}{m.group(3)} times that of {m.group(1)} "
            ),
            text,
        )
        text = _TIMES_BETWEEN.sub(r"から increased \1 times ", text)
        text = _DOUBLED.sub(" doubled ", _TIMES.sub(r" increased \1 times ", text))
        text = _TIMES_BASE.sub(
            lambda m: f" increased {m.group(1)} times" + (" to " if m.group(2) == "の" else " "),
            text,
        )
    text = _ABOUT.sub(" about ", text)
    text = _BRACKET_HEDGE.sub(r"\1\3\2", text)
    if "千" in text:
        text = _THOUSAND.sub(r"\g<1>000", text)
    text = _AMOUNT.sub(_amount, text)
    if "トン" in text or "t" in text:
        text = _TONNAGE.sub(_tonnage, text)
    text = _AMOUNT_CHANGE.sub(_amount_change, text)
    if "過去" in text:
        text = _PAST_YEARS.sub(r" over the past \1 years ", text)
    if "日" in text and "から" in text:
        text = _DAYS_FROM_TO.sub(lambda m: day_span(m, _DAY_YEARS), text)
    if "年" in text:
        text = _MONTHS_ACROSS.sub(_months_across, _SHORT_YEAR.sub(_short_year, text))
    if "四半期" in text:
        text = _TO_QUARTER.sub(lambda m: f"1～{3 * int(m.group(1))}月", text)
    text = _FROM_MONTH.sub(r"\1～\2月", text)
    if "まで" in text:
        text = _TO_MONTH.sub(lambda m: f"1～{m.group(1)}月 ", text)
    if "末" in text:
        text = _MONTH_END.sub(lambda m: f" as of the end of{month(m, _RELATIVE)}", text)
        text = _YEAR_END.sub(r" as of the end of \1 ", text)
    text = calendar(text, _CALENDAR)
    if "◆" in text:
        text = _items(text)
    text = _FISCAL.sub(r" fiscal year \1 ", text)
    if "年度" in text:
        text = _RELATIVE_FISCAL.sub(lambda m: _RELATIVE_FISCAL_WORDS[m.group(1)], text)
    if "まで" in text:  # "2028年までに" (by 2028): a deadline, as Korean "2035년까지"
        text = _BY_YEAR.sub(r" by \1 ", text)
    if "から" in text:
        text = _YEAR_SPAN.sub(r" from \1 to \2 ", text)
    text = _YEAR.sub(r" in \1 ", text)
    if "対" in text:
        text = _PREFIXED.sub(_prefixed, text)
    text = _PAIR.sub(_pair, text)
    if "では" in text:
        text = _OUTLOOK.sub(lambda m: f" according to {m.group(1)}'s forecast , ", text)
    if "と" in text:
        text = _EXPECTED_LEVEL.sub(
            lambda m: f" is expected to {_EXPECTED_VERB[m.group(2)]} {m.group(1)} ", text
        )
        text = _EXPECTS.sub(" , expected ", text)
    if any(cue in text for cue in ("によ", "まとめ", "集計", "統計", "発表", "データ", "公表")):
        text = _ACCORDING.sub(_according, text)
    if ("表し" in text or "明らかに" in text) and (announced := _ANNOUNCED.match(text)):
        when = f" on {announced['when']}" if announced["when"].endswith("日") else ""
        text = (
            f"{announced['lead']}{announced['who']} announced{when} that "
            f"{announced['body']}{announced['end']}"
        )
    return text


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}"
# "同国" (the country) a side as a name is
_SIDE = rf"{_NAME}|the country"
_INVESTMENT = r"(?:total |cumulative |registered )?(?:foreign |outward )?(?:direct )?investment"
_TO = re.compile(rf"({_NAME}) ?の ?({_NAME}) ?(?:へ|に|向け) ?の ?(exports|{_INVESTMENT})")
# "日本のベトナム向け輸出" (Japan's exports bound for Vietnam): "向け" with no "の" after it
_BOUND = re.compile(rf"({_NAME}) ?の ?({_NAME}) ?向け ?(exports|{_INVESTMENT})")
# "ベトナムから日本への輸出" (exports from Vietnam to Japan)
_FROM_TO = re.compile(rf"({_NAME}) ?から ?({_NAME}) ?(?:へ|に) ?の ?(exports)")
_FROM = re.compile(rf"({_NAME}) ?の ?({_NAME}) ?から ?の ?(imports|{_INVESTMENT})")
_TRADE = r"(?:bilateral trade|two-way trade|trade turnover|trade)"
_WITH = re.compile(
    rf"({_NAME}) ?(?:と|・) ?({_NAME}) ?(?:との ?|の ?)?(?:間 ?の ?)?"
    rf"((?:goods and services |goods |services )?{_TRADE})"
)
# "モンゴル日本間の貿易額" (the trade between Mongolia and Japan): the two names side by side
_BETWEEN = re.compile(rf"({_NAME}) ({_NAME}) ?間 ?の ?((?:goods )?{_TRADE})")
# "日本との貿易額" (the trade with Japan)
_WITH_ONE = re.compile(rf"({_SIDE}) ?との ?(?:間 ?の ?)?({_TRADE})")
# "日本からの輸入" (imports from Japan), "日本からの直接投資"
_FROM_ONE = re.compile(rf"({_SIDE}) ?から ?の ?(imports|{_INVESTMENT})")
_TO_ONE = re.compile(rf"({_SIDE}) ?(?:へ ?の|に ?の|向け ?の?) ?(exports|{_INVESTMENT})")
# a period or "the two countries" owning what follows: "今年上半期の" (in the first half of
# this year), "両国の" (the two countries')
_TIME_OF = re.compile(
    r"\b(year|half|quarter|period|months|years|month|(?:19|20)\d\d) ?(?:の|における) "
)
# "113億ドル(約1兆5600億円)と、" (113 billion dollars, ...): no "and" after an amount
_AMOUNT_AND = re.compile(rf"(\)|\b(?:{_IN_ENGLISH})) ?と ?(?=,)")
# "2029年の100億ドルから2030年には120億ドルに拡大した" (went from A in 2029 to B in 2030): the
# English order, the verb first ("expanded from A in 2029 to B in 2030")
_EN_AMOUNT = (
    r"(?:(?:about|more than|nearly|less than) )?\d[\d.,]* (?:(?:thousand|million|billion|trillion) )?"
    rf"(?:{_IN_ENGLISH})"
)
_WENT = re.compile(
    rf"(?:in (\d{{4}}) ?(?:の ?)?)?({_EN_AMOUNT}) ?から ?,? ?(?:in (\d{{4}}) ?(?:は ?)?)?(?:に ?)?"
    rf"({_EN_AMOUNT}) ?(?:に ?)?(expanded to|rose to|fell to|shrank to|doubled to|was)?"
)
# "2020年の約80億ドルから倍増した" (doubled from about 8 billion in 2020): the base year's level
_GREW_FROM = re.compile(
    rf"in (\d{{4}}) ?(?:の ?)?({_EN_AMOUNT}) ?から ?,? ?"
    r"(doubled|increased [\d.]+ times|(?:year on year )?(?:up|down) [\d.]+%)"
)
# "2029年の50億ドル(約7500億円)から12%増加して56億ドルに", "前年同期の50億ドルから12%減り、44億ドル
# に" (rose 12% from A in 2029 / in the same period of the previous year to B): the base's own
# year before it, its conversion in brackets, the change between the two levels
_CHANGED_FROM = re.compile(
    r"(?:in (\d{4})|(the same period of the previous year|the previous year|last year)) ?(?:の ?)?"
    rf"({_EN_AMOUNT})( ?\([^()]{{1,40}}\))? ?から ?,? ?"
    r"(?:year on year )?((?:up|down) (?:about |more than )?[\d.]+%|doubled|increased [\d.]+ times)"
    rf" ?(?:して|し)? ?,? ?({_EN_AMOUNT})?"
)
_WENT_VERB = {"expanded to": "expanded", "rose to": "rose", "fell to": "fell"}
_WENT_VERB |= {"shrank to": "shrank", "doubled to": "doubled"}


def _changed_from(m: re.Match[str]) -> str:
    year, relative, first, bracket, change, then = m.groups()
    if change.startswith(("up ", "down ")):
        word, rate = change.split(" ", 1)
        change = f"{'rose' if word == 'up' else 'fell'} {rate}"
    base = f"in {year}" if year else f"in {relative}"
    return f"{change} from {first}{bracket or ''} {base}" + (f" to {then}" if then else "")


def _went(m: re.Match[str]) -> str:
    verb = _WENT_VERB.get(m.group(5) or "", "went")
    first = f" in {m.group(1)}" if m.group(1) else ""
    then = f" in {m.group(3)}" if m.group(3) else ""
    return f"{verb} from {m.group(2)}{first} to {m.group(4)}{then}"


_BOTH_OF = re.compile(r"\b(the two countries|the two sides) ?の ")
_OWNER = re.compile(rf"({_SIDE}) ?の ")
# a particle left standing between glossed words: topic, subject, object, "at", "also"
_PARTICLE = re.compile(r"(?<=[\w.%,)]) (?:は|が|を|で|も|では|には)(?=[ ,.])")
# the topic or subject particle right before an amount: "輸出は113億ドル" (exports were $11.3bn),
# "繊維が約16億ドル" (textiles were about $1.6bn); Japanese states a level with no verb of its own
_IS_AMOUNT = re.compile(
    r"(?:(?<=[\w)]) |(?<=[\u3400-\u9fff\u30a0-\u30ff]))(?:は|が) "
    r"(?=(?:about |over |more than |nearly )?\d[\d.,]* (?:trillion |billion |million |thousand )?"
    rf"(?:{_IN_ENGLISH})\b)"
)
_SPACES = re.compile(r"\s{2,}")
_BEFORE_STOP = re.compile(r" (?=[,.;:!?)](?:\s|$))")


def reorder(text: str) -> str:
    """Glossed ``text`` in English order and punctuation (see the module doc)."""
    text = _PUNCT_RE.sub(lambda m: _PUNCT[m.group(0)], text)
    text = _SPACES.sub(" ", text)
    text = _FROM_TO.sub(r"\1's \3 to \2", text)
    text = _TO.sub(r"\1's \3 to \2", text)
    text = _BOUND.sub(r"\1's \3 to \2", text)
    text = _FROM.sub(r"\1's \3 from \2", text)
    text = _WITH.sub(r"the \3 between \1 and \2", text)
    text = _BETWEEN.sub(r"the \3 between \1 and \2", text)
    text = _WITH_ONE.sub(r"\2 with \1", text)
    text = _FROM_ONE.sub(r"\2 from \1", text)
    text = _TO_ONE.sub(r"\2 to \1", text)
    if "から" in text:
        text = _WENT.sub(_went, text)
        text = _CHANGED_FROM.sub(_changed_from, text)
        text = _GREW_FROM.sub(r"\3 from \2 in \1", text)
    text = _TIME_OF.sub(r"\1 ", text)
    if "と" in text:
        text = _AMOUNT_AND.sub(r"\1", text)
    text = _BOTH_OF.sub(r"\1' ", text)
    if "は" in text or "が" in text:
        text = _IS_AMOUNT.sub(" were ", text)
    text = _PARTICLE.sub("", text)
    text = _OWNER.sub(r"\1's ", text)
    text = _BEFORE_STOP.sub("", text)
    # "(約5700億円)" glossed "( about 570 billion yen)": the bracket's first word next to it, as
    # English writes a conversion (the comparison base's bracket is read so)
    return _SPACES.sub(" ", text).replace("( ", "(").strip()
