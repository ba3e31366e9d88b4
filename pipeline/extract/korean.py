"""Korean pages read through the English rules: the Korean side of :mod:`pipeline.extract.foreign`.

Korean trade news (Yonhap, the business dailies, KOTRA and KITA releases) writes "2030년 한국의
대중국 수출은 1,234억 달러로 전년 대비 5.2% 증가했다" (in 2030 South Korea's exports to China
rose 5.2% year on year to $123.4bn): amounts counted in 만 (ten thousand), 억 (a hundred
million) and 조 (a trillion), particles written onto the word they follow (은/는/이/가 topic and
subject, 을/를 object, 의 of, 에/로 to, 에서/로부터 from, 와/과 and), the verb last. The words
are the phrase rows (``ko`` rows of ``lexicon/foreign_words.csv`` and the country names of
iso-codes and the CLDR). Done here:

- Before the gloss (:func:`prepare`): an amount with its scales ("1,234억 달러" -> "123.4
  billion US dollars", "12조 3,456억 원" -> "12.3456 trillion won", "5억4천만 달러" -> "540
  million US dollars"); a change written after its number ("5.2% 증가했다" -> "up 5.2%",
  "3.1% 줄어든" -> "down 3.1%", "2배" -> "2 times"); the calendar ("2030년 1~9월" ->
  "January-September 2030", "상반기" -> "the first half", "3분기" -> "the third quarter",
  "2030년" -> "2030"); a flow's other side written as a prefix ("대중국 수출" -> "exports to
  China", "대미 수입" -> "imports from the United States"); a pair abbreviated with a middle
  dot ("한·중 교역" -> "South Korea-China trade"); the particle after a known word split off and
  glossed ("한국의" -> "한국 's", "중국으로" -> "중국 to", "수출은" -> "수출").
- The register's words written after the amount they govern (:func:`_register`, round 44): a
  change by an amount ("20억 달러 증가했다" -> "up by 2 billion US dollars"), a hedge or a verb
  of bound ("200억 달러 이상", "200억 달러를 넘어섰다" -> "more than ...", "에 육박했다" ->
  "nearly ..."), a forecast ("에 달할 것으로 전망된다" -> "expected to reach ..."), a target
  ("달성을 목표로", "로 늘린다는 계획이다"), a balance ("200억 달러 흑자" -> "a surplus of ...");
  spans of time ("올해 들어 10월까지", "1~3분기", "2025년부터 2030년까지", "지난 10년간"); a
  comparison base with its postposition ("지난해에 비해", "전월 대비"); a partner written before
  its flow ("한국의 베트남 수출", "베트남에 대한 수출" -> "대베트남 수출"), "A과 B 간" (between).
- After the gloss (:func:`reorder`): "X 's" joined ("South Korea's"), an amount's "로"
  ("1,234억 달러로": the level a change reaches) as a comma, single spaces.

Errors: none; a shape not listed is left as it is (a Hangul word the gloss does not know stays
a word of its own, which the English rules skip).
"""

from __future__ import annotations

import re
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
    month_span,
    quarter,
)
from pipeline.lexicon import gazetteer

HANGUL = re.compile(r"[\uac00-\ud7a3]")


# an amount: digits with Korean scale words ("12조 3,456억", "5억4천만", "2천억", "3만")
# ("2천억": 2 x 1,000 x 100 million; the compound scales first)
_UNITS = r"(?:천조|조|천억|백억|십억|억|천만|백만|십만|만|천)"
_PART = rf"\d[\d,]*(?:\.\d+)?\s?{_UNITS}"
# ("200억여 달러": 여 after the scale is "more than" the amount)
_CURRENCIES = r"달러|원|엔|위안|유로|불"
# ("55만1000달러", "1만8705배", "43억8046만3000달러": the ones below a last 만 or 천 written
# after it in digits, joined on; round 57)
_AMOUNT = re.compile(
    rf"(?<![\d.,])((?:{_PART}\s?)+(?:(?<=[만천])\d{{1,4}}(?![\d.,%]))?)"
    rf"(여(?=\s?(?:{_CURRENCIES})|[^\uac00-\ud7a3]|$)\s?)?\s?"
    rf"({_CURRENCIES})?"
)
_PART_RE = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s?({_UNITS})")
# a dollar, yen, yuan or euro amount with no scale word ("500달러")
_PLAIN = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(달러|엔|위안|유로)")
_SCALE = {"천조": 15, "조": 12, "천억": 11, "백억": 10, "십억": 9, "억": 8, "천만": 7}
_SCALE |= {"백만": 6, "십만": 5, "만": 4, "천": 3}
_CURRENCY = {"달러": "US dollars", "불": "US dollars", "원": "won", "엔": "yen"}
_CURRENCY |= {"위안": "yuan", "유로": "euros"}

# a change after its number: "5.2% 증가했다", "3.1% 줄어든", "12.5% 늘었다"
_UP = r"증가|늘|상승|확대|성장|급증|증대|치솟|뛰"
_DOWN = r"감소|줄|하락|축소|급감|감축|떨어|곤두박질"
# ... "10% 이상 늘었다" (more than 10%), "5% 가량" (about)
# ... "9.0%(78억 달러) 늘었다": the change in money in brackets between the rate and its verb
_CHANGE = re.compile(
    rf"(\d[\d.,]*)\s?%\s?(?:포인트\s?)?(\(\s?\d[^()%]{{0,40}}\)\s?)?(이상\s?|가량\s?|정도\s?)?"
    rf"(?:({_UP})|({_DOWN}))[\uac00-\ud7a3]*"
)
_HEDGE = {"이상": "more than ", "가량": "about ", "정도": "about "}
_TIMES = re.compile(r"(\d[\d.,]*)\s?배")

_Y = r"(?:(\d{4})\s?년\s?|(올해|금년|지난해|작년)\s?)?"
_REL_YEAR = {"올해": "this year", "금년": "this year", "지난해": "last year", "작년": "last year"}
_MONTH_SPAN = re.compile(_Y + r"(1[0-2]|[1-9])\s?[~∼\-–]\s?(1[0-2]|[1-9])\s?월")
_HALF = re.compile(_Y + r"([상하])반기")
_QUARTER = re.compile(_Y + r"([1-4])\s?분기")
_MONTH = re.compile(_Y + r"(1[0-2]|[1-9])\s?월(?!\s?[~∼\-–])")
_YEAR = re.compile(r"(\d{4})\s?년(?:도)?")
# ... with its particle of time: "2014년에는 61억 달러로" (in 2014, to $6.1bn; round 48), not a
# comparison base ("2014년에 비해", ``_BASE_AFTER``'s) nor "에서" (from)
_IN_YEAR = re.compile(
    r"(\d{4})\s?년(?:도)?(?:에는|에도|엔|에(?!서))(?![\uac00-\ud7a3])(?!\s?(?:비해|비하여|견줘|견주어|대비))"
)
_BY_YEAR = re.compile(r"(\d{4})\s?년\s?까지")  # "2035년까지": by 2035

# the other side of a flow written as a prefix: "대중국 수출" (exports to China), "대미 수입"
_SHORT = {
    "중": "China",
    "미": "the United States",
    "일": "Japan",
    "러": "Russia",
    "북": "North Korea",
}
_SHORT |= {"몽": "Mongolia", "베": "Vietnam", "인니": "Indonesia", "한": "South Korea"}
_SHORT |= {"유럽": "the European Union", "아세안": "ASEAN", "호": "Australia", "인": "India"}
_PREFIXED = re.compile(
    # ("대 터키 수출": the prefix may stand apart from the partner, a word of its own)
    # ("대(對)베트남 수출": the prefix's Chinese character may follow it in brackets)
    # ("베트남에 대한": "대한" is "towards" there, no prefix to South Korea)
    # ("대베트남 무역수지는", "대베트남 직접투자액은": a compound flow and its endings, round 44)
    # ("대(對) EU 수출", "대EU 수입": a bloc or country written in Latin capitals, round 57)
    r"(?<!에 )(?<!에)대\s?(?:\(對\)\s?)?([\uac00-\ud7a3]{1,8}?|[A-Z]{2,8})\s?"
    # ("대우즈베크 총투자액은": the total's "총" before the flow, round 57)
    r"(?:총\s?)?(수출입|수출|수입|교역|무역|직접\s?투자|투자)(수지|흑자|적자)?(?:액|\s?규모|량|\s?금액)?"
    r"(은|는|이|가|을|를|도|과|와)?(?![\uac00-\ud7a3])"
)
_FLOW_SIDE = {"수출": "exports to", "수입": "imports from", "교역": "trade with"}
_FLOW_SIDE |= {"무역": "trade with", "투자": "investment in", "수출입": "trade with"}
_FLOW_SIDE |= {"직접투자": "direct investment in", "직접 투자": "direct investment in"}
_BALANCE = {
    "수지": "trade balance with",
    "흑자": "trade surplus with",
    "적자": "trade deficit with",
}
# a pair abbreviated with a middle dot or a dash before a trade word: "한·중 교역", "한-인니 무역"
# ("한·베트남 교역액은": the amount's and the topic's endings with it)
_PAIR = re.compile(
    r"([\uac00-\ud7a3]{1,6})\s?[·ㆍ\-–]\s?([\uac00-\ud7a3]{1,6})\s?(교역|무역|통상)"
    r"(?:액|\s?규모|량)?(?:은|는|이|가|을|를|도)?(?![\uac00-\ud7a3])"
)
# ... or with no mark between the two short names ("한중 간 교역", "한미 FTA", "미중 무역"): only
# before a word of the two sides' relations (round 57)
_JOINED_PAIR = re.compile(
    r"(?<![\uac00-\ud7a3])(한|중|미|일|북)(중|미|일|러|베|호|인니|몽|북|한)"
    r"(?=\s?(?:간|사이|양국|교역|무역|통상|수교|경제|경협|FTA|자유무역|관계|정상|교류|투자)"
    r"|(?:의|은|는)\s?(?:교역|무역|통상))(?:\s?(?:간|사이)(?:의|에서|에)?(?![\uac00-\ud7a3])|의|은|는)?"
)
# ... or with a middle dot before anything else ("한·터키 FTA", "한·터키 자유무역협정"): the dot
# joins two names only (a dash may join other words)
_DOT_PAIR = re.compile(
    r"([\uac00-\ud7a3]{1,6})\s?[·ㆍ]\s?([\uac00-\ud7a3]{1,6}?)(?=\s|[A-Z]|가|이|와|과|의)"
)
# the source of a statement: "관세청에 따르면" (according to the Korea Customs Service)
# ("캄보디아 관세청(GDCE)에 따르면": an economy's name before the body, its abbreviation after it,
# round 48: "according to Cambodia's customs service", whose statistics they are)
# (a body written in Latin letters too: "한국무역협회와 KOTRA에 따르면"; "에 의하면", the same
# "according to", round 58)
_ACCORDING = re.compile(
    r"(?:(?<![\uac00-\ud7a3\d])([\uac00-\ud7a3]{2,8})\s)?"
    r"([\uac00-\ud7a3]+?|(?<![A-Za-z])[A-Z][A-Za-z]{1,11})(\s?\([A-Za-z]{2,10}\))?"
    r"에\s?(?:따르면|의하면)"
)
# ... or its data looked at: "관세청 자료를 보면", "산업통상부와 한국무역협회 자료를 보면" (looking at the
# data of the ministry and KITA): "according to the data of ..."
# (the body's owner or other bodies glossed before it, "India 상무부 통계자료를 살펴보면", "the Ministry
# of Trade and 코트라(KOTRA) 뉴델리무역관 등의 자료를 보면": the whole name, "등" (etc.) after it)
_DATA_SHOW = re.compile(
    r"((?:(?:[A-Z][\w-]*|of|and|the)\s)*(?:[\uac00-\ud7a3]+(?:\([A-Za-z]{2,10}\))?(?:와|과)?\s){0,2}"
    r"[\uac00-\ud7a3]+?)(?:\s?등)?(?:의)?\s?(?:통계\s?)?(?:자료|통계|집계)(?:를|을)\s?(?:보면|살펴보면)"
)
# ... or the data it released: "기획재정부가 12일 공개한 '...' 자료를 보면", "관세청이 발표한 수출입
# 동향에 따르면" (according to the data the ministry released on the 12th)
# (every verb of putting out: 공개한/발표한/배포한/공표한/발간한/펴낸/내놓은/낸; a body in Latin
# letters, "KOTRA가 10일 내놓은 보고서를 보면", round 58)
_RELEASED = re.compile(
    r"((?:[\uac00-\ud7a3A-Za-z]+\s){0,2}(?:[\uac00-\ud7a3]+?|(?<![A-Za-z])[A-Z][A-Za-z]{1,11}))(?:이|가)\s?"
    r"(?:\d{1,2}\s?일\s?)?(?:(?:공개|발표|배포|공표|발간)한|펴낸|내놓은|낸)\s?[^,.]{0,60}?"
    r"(?:자료|통계|보고서|동향)(?:를\s?(?:보면|살펴보면)|을\s?(?:보면|살펴보면)|에\s?따르면)"
)
# a change from one amount to another: "868억 달러에서 945억 달러로" (from $86.8bn to $94.5bn),
# after the amounts are in English form
_FROM_TO = re.compile(
    r"(\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros))"
    r"\s*에서\s*"
    r"(\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros))"
    r"\s*(?:으로|로)"
)
# ... each amount with its own year first: "1965년 490만 달러에서 2010년 271억 달러로", "2000년
# 120만 달러에서 지난해 66억 달러로" (from A in 1965 to B in 2010 / last year)
_WHEN = r"(?:(\d{4})\s?년\s*(?:의\s*)?|(지난해|작년|올해|전년)\s*(?:의\s*)?)"
_EN_MONEY = (
    r"(\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros))"
)
_FROM_TO_DATED = re.compile(
    rf"{_WHEN}{_EN_MONEY}\s*에서\s*{_WHEN}?{_EN_MONEY}\s*(?:으로|로)"
    rf"|{_WHEN}?{_EN_MONEY}\s*에서\s*{_WHEN}{_EN_MONEY}\s*(?:으로|로)"
)


# ... or the first amount a past state, "was X but [became] Y": "1965년 120만 달러였으나 지난해에는
# 66억 달러로 늘었고", "1992년 64억 달러에 불과했으나 지난해 1409억 달러로", "... 에 머물던 ... 로"
# (from X in 1965 to Y last year), each amount with its own year (round 57)
_WAS_THEN = re.compile(
    rf"{_WHEN}{_EN_MONEY}\s*(?:였으나|이었으나|였지만|이었지만|였는데|이었는데|였던|이던"
    r"|에\s?(?:불과|그치|머물|머무르)[\uac00-\ud7a3]{0,3}?(?:으나|지만|는데|던))\s*"
    rf"(?:{_WHEN.replace('(?:의', '(?:에는|에|는|엔|의')})\s*{_EN_MONEY}\s*(?:으로|로)"
)


# ... or that past state a relative clause on the subject, the noun written after it: "2015년 36억
# 달러였던 자동차 수출액은 지난해 14억 달러로 줄었다", "2015년 94억 달러에 이르렀던 한국의 수출은
# 2016년 56억 달러로", "1억 달러를 기록했던 수입이 ... 로" (the car exports, which were X in 2015,
# fell to Y last year): the noun first, then from X to Y (round 58; the adnominal past 던 of every
# verb of level: 였던/이던, 에 이르렀던/달했던/머물렀던/그쳤던/불과했던, 을 기록했던)
_WAS_NOUN_THEN = re.compile(
    rf"{_WHEN}?{_EN_MONEY}\s*(?:였던|이었던|이던"
    r"|에\s?(?:이르렀|달했|달하|머물렀|머물|그쳤|그치|불과했|불과하|육박했|육박하)던"
    r"|(?:을|를)\s?기록(?:했|하)던)\s+"
    r"((?:[^\s,.()]+\s){0,3}?[\uac00-\ud7a3]+(?:은|는|이|가))\s*"
    rf"(?:{_WHEN.replace('(?:의', '(?:에는|에|는|엔|의')})?\s*{_EN_MONEY}\s*(?:으로|로|까지)"
)


def _was_noun_then(m: re.Match[str]) -> str:
    first_year, first_rel, first, noun, then_year, then_rel, then = m.groups()
    first_when, then_when = _when(first_year, first_rel), _when(then_year, then_rel)
    return f" {noun} from {first}{first_when} to {then}{then_when} "


# "from X in 1965 to Y last year 18705 times": the multiple the change came to, written after
# its amounts ("1만8705배로 커졌다"), before them as English writes it ("grew 18705 times from X
# in 1965 to Y last year"), round 57
_TIMES_AFTER_FROM_TO = re.compile(
    rf"\bfrom ({_EN_MONEY[1:-1]}(?: in \d{{4}}| last year| this year| the previous year)?) to "
    rf"({_EN_MONEY[1:-1]}(?: in \d{{4}}| last year| this year| the previous year)?)\s*,?\s*"
    r"(\d[\d.,]*) times\s?(?:(?:으로|로)(?![\uac00-\ud7a3]))?"
)


# a growth rate by partner ranked after another's: "국가별 수출 증가율을 보면 A는 7.6%로, B(44.4%)
# 다음으로 높았다" (by country, exports to A grew 7.6%, second only to B's 44.4%), also "증가율에서도"
# (in the growth rates too); what stands between the two kept after them (round 57)
_SECOND_TO = re.compile(
    r"(수출|수입|교역)\s?(?:증가율|증가세|성장률)(?:을\s?(?:보면|살펴보면)|에서도|에서는|에서|은|는|으로\s?보면)\s?"
    r"([\uac00-\ud7a3]{1,8}?)(?:은|는|이|가)\s?(\d[\d.]*)%\s?(?:로|으로),?\s?([^.%()]{0,40}?)\s?"
    r"([\uac00-\ud7a3]{1,8})\s?\(\s?(\d[\d.]*)%\s?\)\s?(?:에\s?이어|다음으로|다음가게|다음으로\s?가장)\s?"
    r"(?:높|많|컸|크)[\uac00-\ud7a3]*"
)
_SECOND_SIDE = {"수출": "exports to", "수입": "imports from", "교역": "trade with"}


def _second_to(m: re.Match[str]) -> str:
    flow, first, rate, between, second, other = m.groups()
    side = _SECOND_SIDE[flow]
    return f" {side} {first} rose {rate}%, second only to {side} {second} ({other}%), {between} "


def _was_then(m: re.Match[str]) -> str:
    first_year, first_rel, first, then_year, then_rel, then = m.groups()
    return f" from {first}{_when(first_year, first_rel)} to {then}{_when(then_year, then_rel)} "


def _when(year: str | None, relative: str | None) -> str:
    if year:
        return f" in {year}"
    return f" {_REL_YEAR.get(relative, 'the previous year')}" if relative else ""


def _from_to_dated(m: re.Match[str]) -> str:
    groups = m.groups()
    first_year, first_rel, first, then_year, then_rel, then = (
        groups[:6] if groups[2] else groups[6:]
    )
    return f" from {first}{_when(first_year, first_rel)} to {then}{_when(then_year, then_rel)} "


# particles written onto a word, longest first, with their gloss ("" drops it)
_PARTICLES = (
    ("로부터", "from"),
    ("에서는", "from"),
    ("에서", "from"),
    ("으로", "to"),
    ("에는", "to"),
    ("에게", "to"),
    ("와의", "with"),
    ("과의", "with"),
    ("의", "'s"),
    ("은", ""),
    ("는", ""),
    ("이", ""),
    ("가", ""),
    ("을", ""),
    ("를", ""),
    ("도", ""),
    ("에", "to"),
    ("로", "to"),
    ("와", "and"),
    ("과", "and"),
)
_WORD = re.compile(r"[\uac00-\ud7a3]+")
_BEFORE = frozenset({"to", "from", "with"})


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _amount(m: re.Match[str]) -> str:
    total = Decimal(0)
    thousands = Decimal(0)
    parts = list(_PART_RE.finditer(m.group(1)))
    ones = m.group(1)[parts[-1].end() :].strip() if parts else ""
    if ones.isdigit():
        if Decimal(ones) >= Decimal(10) ** _SCALE[parts[-1].group(2)]:
            return m.group(0)  # not the ones below the last scale ("5만12345")
        total += Decimal(ones)
    for i, part in enumerate(parts):
        number = _number(part.group(1))
        if part.group(2) == "천" and i + 1 < len(parts):
            # "2천727억" is 2,727 x 100 million: a bare 천 before digits and a larger scale counts
            # thousands of that scale, not thousands of ones ("5억4천만": 천만 is its own scale)
            thousands += number * 1000
            continue
        total += (thousands + number) * Decimal(10) ** _SCALE[part.group(2)]
        thousands = Decimal(0)
    currency = _CURRENCY.get(m.group(3) or "")
    text = in_scale_words(total)
    more = "more than " if m.group(2) else ""
    return f" {more}{text} {currency} " if currency else f" {more}{text} "


def _change(m: re.Match[str]) -> str:
    hedge = _HEDGE[m.group(3).strip()] if m.group(3) else ""
    money = f"({m.group(2).strip()[1:-1].strip()}) " if m.group(2) else ""
    return f" {'up' if m.group(4) else 'down'} {hedge}{m.group(1)}% {money}"


# the calendar's English words (``east_asian``), as ``re.sub`` callbacks
_month_span = partial(month_span, relative=_REL_YEAR)
_month = partial(clause_month, relative=_REL_YEAR)
_half = partial(half, relative=_REL_YEAR, first="상")
_quarter = partial(quarter, relative=_REL_YEAR)
_known = partial(known_words, "ko")


def _side(name: str) -> str | None:
    if name.isascii():  # "EU", "ASEAN", "GCC": a name the English rules know as written
        return name if gazetteer().find(name) else None
    return _SHORT.get(name) or _known().get(name) or _known().get(name.removesuffix("국"))


def _prefixed(m: re.Match[str]) -> str:
    side = _side(m.group(1))
    if side is None:
        return m.group(0)
    joined = " and" if m.group(4) in ("과", "와") else ""  # "대베트남 수출과 수입" (round 57)
    if m.group(3):  # "대베트남 무역수지" (the trade balance with Vietnam)
        return f" {_BALANCE[m.group(3)]} {side}{joined} "
    owner = _home_owner(m) if "투자" in m.group(2) else ""
    return f" {owner}{_FLOW_SIDE[m.group(2)]} {side}{joined} "


def _home_owner(m: re.Match[str]) -> str:
    """ "South Korea's " before a prefixed investment no owner precedes: "대(對)우즈베크 총투자액은"
    with no "한국의" or other economy before it in the sentence is South Korea's, the prefix's
    "towards" said from Korea (round 57); "" when the sentence names an owner or an economy
    before it. (Not trade: "대북한 수입액은" after "몽골의 대북한 수출액이" continues Mongolia's.)"""
    before = m.string[: m.start()]
    if re.search(r"(?:의|'s)\s*$", before) or re.search(r"\b[A-Z][a-z]", before):
        return ""
    names = _known()
    for word in _WORD.findall(before):
        for stem in (word, *(word[: -len(p)] for p, _ in _PARTICLES if word.endswith(p))):
            if stem in names and gazetteer().find(names[stem]):
                return ""
    return "South Korea's "


def _pair(m: re.Match[str]) -> str:
    a, b = _side(m.group(1)), _side(m.group(2))
    if a is None or b is None:
        return m.group(0)
    return f" {a}-{b} trade "


def _joined_pair(m: re.Match[str]) -> str:
    a, b = _SHORT.get(m.group(1)), _SHORT.get(m.group(2))
    if a is None or b is None or a == b:
        return m.group(0)
    return f" {a}-{b} "


def _dot_pair(m: re.Match[str]) -> str:
    a, b = _side(m.group(1)), _side(m.group(2))
    if a is None or b is None or not (gazetteer().find(a) and gazetteer().find(b)):
        return m.group(0)  # "수출·수입" (exports and imports): no two economies
    return f" {a}-{b} "


def _and(names: str) -> str:
    """ "산업통상부와 한국무역협회" -> "산업통상부 and 한국무역협회": bodies joined by 와/과, each left for the
    gloss's phrase rows."""
    for joint in ("와", "과"):
        first, sep, second = names.partition(joint)
        if sep and first and second and first in _known():
            return f"{first} and {second.strip()}"
    return names


def _particle(m: re.Match[str]) -> str:
    word = m.group(0)
    known = _known()
    if word in known:
        return word
    for particle, english in _PARTICLES:
        stem = word[: -len(particle)]
        if word.endswith(particle) and stem and stem in known:
            if english in _BEFORE:  # "몽골에" -> "to 몽골": English puts the preposition first
                return f"{english} {stem}"
            return f"{stem} {english}" if english else stem
    return word


_CALENDAR = (
    ("월", _MONTH_SPAN, _month_span),
    ("월", _MONTH, _month),
    ("반기", _HALF, _half),
    ("분기", _QUARTER, _quarter),
)


# "(55억5000만 달러→59억7000만 달러)": a change written as two amounts with an arrow
_ARROW = re.compile(r"\(\s?([^()→]{1,40}?)\s?→\s?([^()→]{1,40}?)\s?\)")
# "1월부터 11월까지" (from January until November): the month span "1~11월"
_MONTHS_FROM_TO = re.compile(r"(?<!\d)(\d{1,2})월\s?부터\s?(\d{1,2})월\s?까지")


# A ranking of partners, as the English rules read one ("B ranked 14th", "B was the largest
# with $301.5bn, followed by C ($169.1bn) ...", "D ($42.7bn) were also among the top 10"):
# - an economy's own rank, the verb after it: "인도네시아는 무역 규모로 14위에 올랐다"
#   (Indonesia rose to 14th by trade volume), "3위를 차지했다" (took third place)
_OWN_RANK = re.compile(
    r"([\uac00-\ud7a3]+?)(?:은|는|이|가)\s((?:[\uac00-\ud7a3]+\s){0,3}?)(\d{1,2})\s?위(?:에|를|로)?\s?"
    r"(?:올랐다|올라|올랐으며|차지했다|차지해|차지하며|차지했으며|기록했다|기록해|자리했다|였다|이었다)"
)
_RANKED_AMOUNT = (
    r"(\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros))"
)
# - the first ranked with its amount: "중국이 3015억 달러로 가장 많았고 미국(...), 일본(...)
#   순으로 뒤따랐다" (China was the largest with $301.5bn, followed by the US (...), Japan (...))
_LARGEST = re.compile(
    rf"([\uac00-\ud7a3]+?)(?:이|가)\s*{_RANKED_AMOUNT}\s*(?:으로|로)\s?가장\s?"
    r"(?:(많았고|많았으며|컸고|컸으며)|많았다|컸다)"
)
# - the order closing the list: ") 순으로 뒤따랐다", ") 순이었다"
_IN_ORDER = re.compile(
    r"\)\s?순(?:으로\s?(?:뒤따랐다|뒤를\s?이었다|이어졌다|나타났다|집계됐다)|이었다|이다|이었으며)"
)
# - the rest of a top group: "러시아(...)도 상위 10개국 안에 포함됐다" (were also in the top 10)
_IN_TOP = re.compile(
    r"\)\s?도\s?상위\s?(\d{1,2})\s?(?:개국|개\s?나라|위)\s?(?:안에|내에|에)\s?"
    r"(?:포함됐다|포함되었다|들었다|올랐다|이름을\s?올렸다)"
)
# - "A(...)와 B(...)": "A (...) and B (...)", the particle after the bracket
_BRACKET_AND = re.compile(r"\)\s?(?:와|과)\s")
# - places named before their economies: "11~13위에는 싱가포르(...)와 인도(...)가 자리해"
_PLACES = re.compile(r"(?<!\d)(\d{1,2})\s?[~∼\-–]\s?(\d{1,2})\s?위(?:에는|에|는)")


def _ordinal(number: str) -> str:
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _own_rank(m: re.Match[str]) -> str:
    return f"{m.group(1)} ranked {_ordinal(m.group(3))} {m.group(2)}"


def _largest(m: re.Match[str]) -> str:
    more = ", followed by" if m.group(3) else ""
    return f"{m.group(1)} was the largest with {m.group(2)}{more}"


def _ranking(text: str) -> str:
    """Korean rankings of partners in the English the rules read (see ``_OWN_RANK``)."""
    if "위" in text:
        text = _OWN_RANK.sub(_own_rank, text)
        text = _PLACES.sub(
            lambda m: f" In {_ordinal(m.group(1))} to {_ordinal(m.group(2))} place were ", text
        )
    if "가장" in text:
        text = _LARGEST.sub(_largest, text)
    if "순" in text:
        text = _IN_ORDER.sub(")", text)
    if "와" in text or "과" in text:
        text = _BRACKET_AND.sub(") and ", text)
    if "상위" in text:
        text = _IN_TOP.sub(lambda m: f") were also among the top {m.group(1)}", text)
    return text


# --- the trade-news register (round 44): what word-for-word rows cannot do, the Korean verb
# and hedge coming after the amount they govern while English puts them before it ---------
_EN_AMOUNT = r"(?<![\d.,])\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros)"
# a change by an amount: "20억 달러 증가했다" (rose by $2bn), "1억 달러 줄어든" (down by $100m);
# an amount and its verb with no particle between ("120억 달러로 증가했다" is the level reached)
_BY_AMOUNT = re.compile(
    rf"(?<!from )(?<!than )(?<!to )({_EN_AMOUNT})\s*(이상\s?|넘게\s?|가량\s?|정도\s?|가까이\s?)?"
    rf"(?:({_UP})|({_DOWN}))[\uac00-\ud7a3]*"
)
# a hedge after its amount: "200억 달러 이상" (more than), "200억 달러 남짓", "200억 달러 가량",
# "200억 달러 미만" (less than), "200억 달러 가까이" (nearly)
_HEDGE_AFTER = re.compile(
    rf"(?<!than )(?<!nearly )(?<!about )({_EN_AMOUNT})\s*(이상|넘게|남짓|가량|정도|안팎|내외|미만|이하|가까이|가까운|수준)"
    r"(?=[\uac00-\ud7a3]{0,4}(?![\uac00-\ud7a3]))"
)
_HEDGE_WORD = {"이상": "more than", "넘게": "more than", "남짓": "more than", "미만": "less than"}
_HEDGE_WORD |= {"이하": "less than", "가까이": "nearly", "가까운": "nearly"}
_HEDGE_WORD |= {"가량": "about", "정도": "about", "안팎": "about", "내외": "about", "수준": "about"}
# ... or a verb of bound after it: "200억 달러를 넘어섰다" (exceeded), "200억 달러를 밑돌았다",
# "200억 달러에 육박했다" (neared), "200억 달러에 못 미쳤다" (fell short of)
_BOUND_VERB = re.compile(
    rf"({_EN_AMOUNT})\s*(?:을|를|에)?\s?(?:(훌쩍\s?)?(넘어섰|넘어서|넘었|넘어|넘는|넘긴|넘겼|웃돌|상회|돌파)"
    r"|(밑돌|하회|(?:조금\s?|소폭\s?)?못\s?미치|(?:조금\s?|소폭\s?)?못\s?미쳤|(?:조금\s?|소폭\s?)?못\s?미친)"
    r"|(육박|가까웠|가까워))[\uac00-\ud7a3]*"
)
# a forecast: "150억 달러에 달할 것으로 전망된다" (is expected to reach $15bn), "150억 달러를
# 넘어설 전망이다" (is expected to exceed), "5% 증가할 것으로 예상된다" (expected to rise 5%)
# (the forecaster may stand between: "것으로 한국무역협회는 내다봤다"; "것으로 나타났다", was
# shown, is no forecast)
_EXPECT = (
    r"(?:것으로\s?(?:(?P<who>(?:[\uac00-\ud7a3]+\s){0,2}?)(?:전망|예상|예측|관측|내다)|추산|추정|보인|보고)"
    r"|전망|예상|예정)[\uac00-\ud7a3]*"
)
_FORECAST = re.compile(
    rf"({_EN_AMOUNT})\s*(?:을|를|에|로|으로|가|이)?\s?"
    rf"(?:(달할|이를|기록할|도달할|될|늘어날|증가할|확대될|커질|불어날)|(넘어설|넘을|돌파할|웃돌))\s?{_EXPECT}"
)
_FORECAST_CHANGE = re.compile(
    rf"(\d[\d.,]*)\s?%\s?(이상\s?|가량\s?|정도\s?)?(?:({_UP})|({_DOWN}))[\uac00-\ud7a3]*(?:할|될)\s?{_EXPECT}"
)
# a target with its amount: "교역액 1500억 달러 달성을 목표로" (aiming at $150bn of trade),
# "1500억 달러로 늘린다는 계획이다" (plans to raise it to $150bn): English names the aim first
_TARGET = re.compile(
    rf"({_EN_AMOUNT})\s*(?:을|를|의)?\s?(?:달성을\s?위해|달성하기\s?위해"
    r"|(?:달성을\s?|달성하는\s?것을\s?)?(?:목표로|목표치로))"
    r"(?:\s?(?:하고\s?있다|한다|삼고\s?있다|했다|제시했다|설정했다|잡았다|세웠다))?"
)
# ("늘리기로 했다", decided to raise; "늘리자는 데 합의했다", agreed to raise; "늘리기로 합의했다" is
# ``reorder``'s, as before)
_PLAN = re.compile(
    rf"({_EN_AMOUNT})\s*(?:로|으로|까지)\s?"
    r"(?:(?:늘린다는|늘릴|확대한다는|확대할|끌어올린다는|끌어올릴|높인다는|높일|증대한다는|증대할)\s?"
    r"(?:계획|목표|방침|구상)[\uac00-\ud7a3]*"
    r"|(?:늘리기로|확대하기로|끌어올리기로|높이기로|증대하기로)\s?(?:했다|결정했다|약속했다)"
    r"|(늘리자는|확대하자는|끌어올리자는)\s?(?:데\s?)?(?:합의했다|뜻을\s?모았다|의견을\s?모았다))"
)
# a balance after its amount: "200억 달러의 흑자" (a surplus of $20bn), "5억 달러 적자": no flow
# ("342억 달러의 무역 흑자", "5억 달러의 무역수지 적자": the trade word between, round 58)
_BALANCE_AFTER = re.compile(
    rf"({_EN_AMOUNT})\s*(?:의\s?)?(?:(?:무역|교역|상품)\s?(?:수지\s?)?|수지\s?)?(흑자|적자)"
)
# a multiple in words: "두 배로 늘었다" (doubled), "세 배" (three times), "배증" (doubled)
_WORD_TIMES = re.compile(r"(?<![\uac00-\ud7a3])(두|세|네|다섯|열)\s?배(?:로)?")
_COUNTS = {"두": "2", "세": "3", "네": "4", "다섯": "5", "열": "10"}
# a span of months across years: "2030년 3월부터 2031년 1월까지" (from March 2030 to January
# 2031; a span within one year is ``_MONTHS_FROM_TO``'s)
_MONTHS_ACROSS = re.compile(
    r"(\d{4})\s?년\s?(1[0-2]|[1-9])\s?월\s?부터\s?(\d{4})\s?년\s?(1[0-2]|[1-9])\s?월\s?까지(?:의)?"
)
# a span of days: "2029년 4월 1일부터 올해 3월 31일까지" (from April 1, 2029 to March 31 this
# year); an end with no year of its own takes the start's ("1월 1일부터 3월 31일까지" in 2030)
_DAYS_FROM_TO = days_from_to(("년", "월", "일"), _REL_YEAR, "부터", "까지(?:의)?")
# a stretch of years back: "지난 10년간", "최근 5년 동안", "과거 3년새" (over the past N years)
_PAST_YEARS = re.compile(
    r"(?:지난|최근|과거)\s?(\d{1,2})\s?(년|개월|개\s?분기)\s?(?:간|동안|새|사이)?(?:에)?(?![\uac00-\ud7a3])"
)
_PAST_UNIT = {"년": "years", "개월": "months"}
# the year so far up to a month: "올해 들어 10월까지", "연초부터 10월까지", "2030년 들어 9월까지"
# (January-October): the month span "1~10월", its year kept
# ... and a named year straight before the month ("2031년 9월까지", "올해 9월 말까지": up to
# September, the year so far; a deadline names a year alone, "2035년까지", ``_BY_YEAR``)
_YEAR_TO_MONTH = re.compile(
    r"(?:(올해|금년|\d{4}\s?년)\s?(?:들어서?|초부터|1월부터)?|연초부터|연초\s?이후)\s?"
    r"(1[0-2]|[1-9])\s?월\s?(?:까지|말까지|\s말까지)(?:의)?"
)
# "2030년 말 기준" / "2030년 말 현재" (as of the end of 2030): a stock's date; "2030년 말까지" (by the
# end of 2030)
_YEAR_END = re.compile(r"(\d{4})\s?년\s?말\s?(기준|현재|까지)(?:으로|의)?")
# quarters in a span: "1~3분기" (January-September), the month span of the quarters
_QUARTER_SPAN = re.compile(r"(?<!\d)([1-4])\s?[~∼\-–]\s?([1-4])\s?분기")
# a span of years: "2025년부터 2030년까지", "2025년과 2030년 사이", "2025~2030년" (from 2025 to 2030)
_YEARS_FROM_TO = re.compile(
    r"(\d{4})\s?년?\s?(?:부터|에서|과|와)\s?(\d{4})\s?년\s?(?:까지|사이)(?:의|에)?|(\d{4})\s?[~∼\-–]\s?(\d{4})\s?년"
)
# a comparison base with its postposition, the base before it: "전년에 비해" (compared with the
# previous year), "지난해보다", "전월 대비" (compared with the previous month), "전 분기보다"
_BASE_WORD = {"전년": "the previous year", "전년도": "the previous year", "지난해": "last year"}
_BASE_WORD |= {"작년": "last year", "전월": "the previous month", "지난달": "the previous month"}
_BASE_WORD |= {"전달": "the previous month", "전 분기": "the previous quarter"}
_BASE_WORD |= {"전분기": "the previous quarter", "직전 분기": "the previous quarter"}
_BASE_WORD |= {"1년 전": "a year earlier", "한 해 전": "a year earlier"}
_BASE_WORD |= {"전년 동월": "the same month of the previous year"}
_BASE_WORD |= {"전년동월": "the same month of the previous year"}
_BASE_WORD |= {"전년 동기": "the same period of the previous year"}
_BASE_WORD |= {"전년동기": "the same period of the previous year"}
_BASE_WORD |= {"지난해 같은 달": "the same month last year"}
_BASE_WORD |= {"전년 같은 달": "the same month of the previous year"}
# ("지난해 같은 기간", the same period last year: its base amount may follow it, ``_BASE_OWNED``)
_BASE_WORD |= {"지난해 같은 기간": "the same period last year"}
_BASE_WORD |= {"작년 같은 기간": "the same period last year"}
_BASE_WORD |= {"전년 같은 기간": "the same period of the previous year"}
_BASES = "|".join(sorted(map(re.escape, _BASE_WORD), key=len, reverse=True))
_BASE = re.compile(
    rf"(?<![\uac00-\ud7a3])({_BASES})\s?(?:에\s?비해|에\s?비하여|에\s?비해서|과\s?비교해|와\s?비교해"
    r"|과\s?비교하면|와\s?비교하면|에\s?견줘|보다|대비)(?![\uac00-\ud7a3])"
)
# ... or a named year's same period: "2030년 같은 기간보다", "2030년 동기 대비" (compared with the
# same period of 2030; round 56: left unread, the change took the base's year)
_YEAR_SAME_PERIOD = re.compile(
    r"(?<!\d)(\d{4})\s?년\s?(?:의\s?)?(?:같은\s?기간|동기|동\s?기간|동일\s?기간)\s?"
    r"(?:에\s?비해|에\s?비하여|에\s?비해서|과\s?비교해|와\s?비교해|과\s?비교하면|와\s?비교하면"
    r"|에\s?견줘|보다|대비)(?![\uac00-\ud7a3])"
)
# ... or its base amount between the base and the postposition, the base in the possessive:
# "지난해 같은 기간의 5억 달러에 비해" (compared with $500m in the same period last year), "전월의
# 3억 달러보다" (round 48): English names the amount, then its period
_COMPARE_AFTER = (
    r"(?:에\s?비해|에\s?비하여|에\s?비해서|에\s?견줘|에\s?견주어|보다|대비|(?:과|와)\s?비교해)"
)
_BASE_OWNED = re.compile(
    rf"(?<![\uac00-\ud7a3])({_BASES})\s?의\s*({_EN_AMOUNT})\s*{_COMPARE_AFTER}(?![\uac00-\ud7a3])"
)
# a side written with "에 대한" (towards), "으로의" (to), "으로부터의" (from) before its flow:
# "베트남에 대한 수출" -> "대베트남 수출" (exports to Vietnam), read by ``_PREFIXED`` (a side "to"
# before exports or investment, "from" before imports only)
_TOWARDS = re.compile(
    r"([\uac00-\ud7a3]{1,8}?)(에\s?대한|으로의|로의|에의|으로부터의|로부터의|에서의)\s?"
    r"(수출|수입|투자|직접\s?투자)"
)
# "한국의 베트남 수출" (South Korea's exports to Vietnam): the partner named between the owner and
# its flow, as "한국의 대베트남 수출" (two economies of the gazetteer only)
_OWNER_PARTNER = re.compile(
    r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{1,8}?)의\s([\uac00-\ud7a3]{1,8})\s?(수출|수입|투자|직접\s?투자)"
    r"(?=액|\s?규모|은|는|이|가|을|를|도|\s|$)"
)
# the two sides written "A과 B 간" / "A와 B 사이의" (between A and B)
_BETWEEN = re.compile(
    r"([\uac00-\ud7a3]{1,8}?)(?:과|와)\s?([\uac00-\ud7a3]{1,8}?|[A-Z]{2,8})\s?(?:간|사이)(?:의|에서|에)?"
    r"(?![\uac00-\ud7a3])"
)
# a particle written onto a name in Latin capitals ("EU의", "EU와", "ASEAN으로"): split off and
# glossed as after a Hangul word (round 57)
_LATIN_PARTICLE = re.compile(
    r"(?<![A-Za-z])([A-Z]{2,8})(로부터|에서는|에서|으로|에는|와의|과의|의|은|는|이|가|을|를|도|에|로|와|과)"
    r"(?![\uac00-\ud7a3])"
)
# a flow's goods named by the passive participle: "한국으로 수입된 EU 상품" (EU goods imported
# into South Korea: South Korea's imports from the EU), "미국으로 수출된 한국 제품" (South Korean
# goods exported to the US: South Korea's exports to the US), the goods' noun and a count of
# member states ("EU 28개 회원국 상품") between (round 57)
_PASSIVE_FLOW = re.compile(
    r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{1,8}?|[A-Z]{2,8})(?:으로|로|에)\s?(수입|수출)(?:된|되는|돼온|된\s?것은)\s?"
    r"([\uac00-\ud7a3]{1,8}?|[A-Z]{2,8})(?:의|산)?(?:\s?\d{1,3}\s?개\s?(?:회원국|국))?\s?"
    r"(상품|제품|물품|화물|재화)(?:은|는|이|가|을|를|도)?(?![\uac00-\ud7a3])"
)


def _passive_flow(m: re.Match[str]) -> str:
    into, owner = _side(m.group(1)), _side(m.group(3))
    if into is None or owner is None:
        return m.group(0)
    if m.group(2) == "수입":
        return f" {into}'s imports from {owner} "
    return f" {owner}'s exports to {into} "


def _latin_particle(m: re.Match[str]) -> str:
    name, particle = m.group(1), m.group(2)
    if not gazetteer().find(name):
        return m.group(0)
    english = dict(_PARTICLES)[particle]
    if english in _BEFORE:
        return f" {english} {name} "
    return f" {name} {english} " if english else f" {name} "


def _by_amount(m: re.Match[str]) -> str:
    hedge = {"이상": "more than ", "넘게": "more than ", "가까이": "nearly "}
    hedge |= {"가량": "about ", "정도": "about "}
    word = hedge.get((m.group(2) or "").strip(), "")
    return f" {'up' if m.group(3) else 'down'} by {word}{m.group(1)} "


def _hedge_after(m: re.Match[str]) -> str:
    if m.string[max(0, m.start() - 3) : m.start()].strip().endswith(("약", "대략")):
        return f" {m.group(1)} "  # "약 800억 달러 가량": one hedge, the row's "about"
    return f" {_HEDGE_WORD[m.group(2)]} {m.group(1)} "


def _bound_verb(m: re.Match[str]) -> str:
    if m.group(3):
        return f" more than {m.group(1)} "
    return f" less than {m.group(1)} " if m.group(4) else f" nearly {m.group(1)} "


def _forecast(m: re.Match[str]) -> str:
    who = f", {m.group('who').strip()} said" if m.group("who") else ""  # (the forecaster)
    return f" expected to {'reach' if m.group(2) else 'exceed'} {m.group(1)}{who} "


def _forecast_change(m: re.Match[str]) -> str:
    hedge = _HEDGE[m.group(2).strip()] if m.group(2) else ""
    who = f", {m.group('who').strip()} said" if m.group("who") else ""
    return f" expected to {'rise' if m.group(3) else 'fall'} {hedge}{m.group(1)}%{who} "


def _past(m: re.Match[str]) -> str:
    unit = _PAST_UNIT.get(m.group(2), "quarters")
    return f" over the past {m.group(1)} {unit} "


def _year_to_month(m: re.Match[str]) -> str:
    return f" {m.group(1) or ''} 1~{m.group(2)}월 "


def _quarter_span(m: re.Match[str]) -> str:
    return f"{(int(m.group(1)) - 1) * 3 + 1}~{int(m.group(2)) * 3}월"


def _years(m: re.Match[str]) -> str:
    first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f" from {first} to {last} "


def _base(m: re.Match[str]) -> str:
    if m.group(0).endswith("대비") and m.group(1) in ("전년", "전년 동기", "전년동기"):
        return m.group(0)  # the rows "전년 대비", "전년 동기 대비" (unchanged since round 43)
    return f" compared with {_BASE_WORD[m.group(1)]}, "


def _economy(name: str) -> str | None:
    """The English name of the economy ``name`` names, or None (a word of the phrase rows
    that is no economy: "수출", "정부")."""
    side = _side(name)
    return side if side is not None and gazetteer().find(side) else None


def _towards(m: re.Match[str]) -> str:
    if _economy(m.group(1)) is None:
        return m.group(0)
    if m.group(2).endswith(("부터의", "에서의")) != (m.group(3) == "수입"):
        return m.group(0)  # "베트남에서의 수출" (exports made in Vietnam): no side of the flow
    return f"대{m.group(1)} {m.group(3)}"


def _owner_partner(m: re.Match[str]) -> str:
    a, b = _economy(m.group(1)), _economy(m.group(2))
    if a is None or b is None:
        return m.group(0)
    return f"{m.group(1)}의 대{m.group(2)} {m.group(3)}"


def _between(m: re.Match[str]) -> str:
    a, b = _economy(m.group(1)), _economy(m.group(2))
    if a is None or b is None:
        return m.group(0)
    return f" between {a} and {b} "


def _according(m: re.Match[str]) -> str:
    short = m.group(3) or ""
    first = m.group(1) or ""
    if first[-1:] in ("와", "과") and first[:-1] in _known():
        # "산업통상부와 한국무역협회에 따르면": according to the ministry and KITA (round 57)
        return f" according to {first[:-1]} and {m.group(2)}{short} "
    if m.group(1) and _economy(m.group(1)) is not None:
        return f" according to {m.group(1)}의 {m.group(2)}{short} "
    return f"{m.group(1) or ''} according to {m.group(2)}{short} ".lstrip()


def _register(text: str) -> str:
    """The register's verbs, hedges, forecasts and targets written after their amount, put
    before it (see the patterns above)."""
    text = _FORECAST.sub(_forecast, text)
    text = _FORECAST_CHANGE.sub(_forecast_change, text)
    text = _TARGET.sub(r" target \1 ", text)
    text = _PLAN.sub(
        lambda m: f" {'agreed' if m.group(2) else 'plan'} to increase to {m.group(1)} ", text
    )
    if "흑자" in text or "적자" in text:
        text = _BALANCE_AFTER.sub(
            lambda m: f" a {'surplus' if m.group(2) == '흑자' else 'deficit'} of {m.group(1)} ",
            text,
        )
    text = _BOUND_VERB.sub(_bound_verb, text)
    text = _BY_AMOUNT.sub(_by_amount, text)
    return _HEDGE_AFTER.sub(_hedge_after, text)


# a fiscal year: "2022회계연도", "2022 회계연도", "2022년도" (the year's fiscal year)
_FISCAL = re.compile(r"(\d{4})\s?(?:년\s?)?(?:회계\s?연도|년도)")


def prepare(text: str) -> str:
    """Korean ``text`` with its amounts, changes, calendar, prefixed sides and particles in
    English form (see the module doc)."""
    if not HANGUL.search(text):
        return text
    text = _AMOUNT.sub(_amount, text)
    text = _PLAIN.sub(lambda m: f" {m.group(1)} {_CURRENCY[m.group(2)]} ", text)
    if "→" in text:  # "(55억 달러→59억 달러)": from the first amount to the second
        text = _ARROW.sub(r" from \1 to \2 ", text)
    if "나" in text or "만" in text or "던" in text or "데" in text:
        text = _WAS_THEN.sub(_was_then, text)
    if "던" in text:
        text = _WAS_NOUN_THEN.sub(_was_noun_then, text)
    if "에서" in text:
        text = _FROM_TO_DATED.sub(_from_to_dated, text)
        text = _FROM_TO.sub(r" from \1 to \2 ", text)
    text = _register(text)
    if "다음" in text or "이어" in text:
        text = _SECOND_TO.sub(_second_to, text)
    text = _CHANGE.sub(_change, text)
    text = _WORD_TIMES.sub(lambda m: f" {_COUNTS[m.group(1)]} times ", text)
    text = _TIMES.sub(r" \1 times ", text)
    if " times" in text and "from " in text:
        text = _TIMES_AFTER_FROM_TO.sub(r" \3 times from \1 to \2 ", text)
    if "부터" in text:
        if "일" in text:
            text = _DAYS_FROM_TO.sub(lambda m: day_span(m, _REL_YEAR), text)
        text = _MONTHS_ACROSS.sub(
            lambda m: (
                f" from {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
                f" to {MONTHS[int(m.group(4)) - 1]} {m.group(3)} "
            ),
            text,
        )
        text = _MONTHS_FROM_TO.sub(r"\1~\2월", text)
    if "월" in text:
        text = _YEAR_TO_MONTH.sub(_year_to_month, text)
    if "말" in text:
        text = _YEAR_END.sub(
            lambda m: f" {'by' if m[2] == '까지' else 'as of'} the end of {m[1]} ", text
        )
    if "분기" in text:
        text = _QUARTER_SPAN.sub(_quarter_span, text)
    text = _YEARS_FROM_TO.sub(_years, text)
    text = _PAST_YEARS.sub(_past, text)
    if "연도" in text:  # "2022회계연도" (fiscal year 2022: its country's, fiscal_years.csv)
        text = _FISCAL.sub(r" fiscal year \1 ", text)
    text = calendar(text, _CALENDAR)
    text = _BY_YEAR.sub(r" by \1 ", text)
    if "에" in text or "엔" in text:
        text = _IN_YEAR.sub(r" in \1 ", text)
    if "기" in text:
        text = _YEAR_SAME_PERIOD.sub(r" compared with the same period of \1, ", text)
    text = _YEAR.sub(r" \1 ", text)
    if "의" in text:
        text = _BASE_OWNED.sub(
            lambda m: f" compared with {m.group(2)} in {_BASE_WORD[m.group(1)]}, ", text
        )
    text = _BASE.sub(_base, text)
    text = _TOWARDS.sub(_towards, text)
    if "의" in text:
        text = _OWNER_PARTNER.sub(_owner_partner, text)
    if "수입" in text or "수출" in text:
        text = _PASSIVE_FLOW.sub(_passive_flow, text)
    text = _BETWEEN.sub(_between, text)
    if "대" in text:
        text = _PREFIXED.sub(_prefixed, text)
    text = _PAIR.sub(_pair, text)
    if "한" in text or "중" in text or "미" in text:
        text = _JOINED_PAIR.sub(_joined_pair, text)
    if "·" in text or "ㆍ" in text:
        text = _DOT_PAIR.sub(_dot_pair, text)
    text = _ranking(text)
    if "한" in text or "낸" in text or "놓은" in text:
        text = _RELEASED.sub(r" according to the data released by \1 , ", text)
    if "따르면" in text or "의하면" in text:
        text = _ACCORDING.sub(_according, text)
    if "보면" in text:
        text = _DATA_SHOW.sub(lambda m: f" according to the data of {_and(m.group(1))} ,", text)
    text = _LATIN_PARTICLE.sub(_latin_particle, text)
    return _WORD.sub(_particle, text)


_OWNER = re.compile(r"\s+'s\b")
_WORTH_VERB = re.compile(
    r"(\d[\d.,]*\s(?:(?:thousand|million|billion|trillion)\s)?(?:US dollars|won|yen|yuan|euros))"
    r"\s?어치[를의]?\s(exported|imported)"
)
_AMOUNT_TO = re.compile(
    r"((?:dollars|won|yen|yuan|euros|million|billion|trillion|thousand))\s+to\b(?!\s+[A-Z])"
)
_SPACES = re.compile(r"\s{2,}")
# "from 3.7 million US dollars to 20.46 billion US dollars": a from-to's "to" stays (round 57)
_FROM_AMOUNT = re.compile(
    r"\bfrom (?:about |nearly |more than )?\d[\d.,]*(?: (?:thousand|million|billion|trillion))?"
    r" (?:US dollars|won|yen|yuan|euros)(?: in \d{4}| last year| this year| the previous year)?$"
)


def _amount_to(m: re.Match[str]) -> str:
    if _FROM_AMOUNT.search(m.string, 0, m.end(1)):
        return m.group(0)
    return f"{m.group(1)},"


# a plan's verb last ("교역 규모를 ... 300억 달러로 늘리기로 합의했다": agreed to increase trade
# to $30bn): put before the flow it governs, where the English rules read a target's verb
_PLAN_LAST = re.compile(
    r",?\s*(to (?:increase|expand|raise))\s*(agreed|decided|pledged|planned)?\s*(\.?)\s*$"
)
_FLOW_WORD = re.compile(r"\b(?:trade volume|trade turnover|trade|exports|imports)\b")
_MOVED = re.compile(
    r"\b(to|from) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) (exported|imported) (goods worth [^,.;]+)"
)


# a comparison base written before its postposition: "2029년(110억 달러) 대비" (against 2029's
# $11bn), "전년도(420만 달러)보다" (than the previous year's $4.2m), "2021회계연도(141만 달러)에
# 견줘" (compared with fiscal 2021's $1.41m): English puts "compared with" first
# (a month's name before the year, not any capitalised word: "exports to Vietnam 2029보다" is
# the base 2029, Vietnam staying the partner)
_MONTH_NAMES = "|".join(MONTHS)
_BASE_AFTER = re.compile(
    r"((?:the previous year|last year|the same period(?: of| last year)?|fiscal year \d{4}"
    rf"|(?:the (?:first|second|third|fourth) (?:half|quarter) of "
    rf"|(?:{_MONTH_NAMES})(?:-(?:{_MONTH_NAMES}))? )?"
    r"\d{4}))\s?(\(\s?[^()]{1,60}?\s?\))?\s?"
    r"(?:보다|대비|에\s?견줘|에\s?비해|에\s?비하여|(?:과|와)\s?비교해|(?:과|와)\s?비교하면)"
)


def reorder(text: str) -> str:
    """Glossed ``text`` in English form (see the module doc)."""
    text = _SPACES.sub(" ", text)
    if "보다" in text or "견줘" in text or "비" in text:  # ("비": 대비, 비해, 비교해)
        text = _BASE_AFTER.sub(
            lambda m: (
                f"compared with {m.group(1)}"
                + (f" ({m.group(2)[1:-1].strip()})," if m.group(2) else ",")
            ),
            text,
        )
    text = _OWNER.sub("'s", text)
    text = _WORTH_VERB.sub(r"\2 goods worth \1", text)
    # "to Mongolia exported goods worth X" -> "exported goods worth X to Mongolia"
    text = _MOVED.sub(r"\3 \4 \1 \2", text)
    plan = _PLAN_LAST.search(text)
    flow = _FLOW_WORD.search(text, 0, plan.start()) if plan else None
    if plan and flow:
        verb = f"{plan.group(2) or 'plan'} {plan.group(1)} "
        moved = text[flow.start() : plan.start()].rstrip(" ,")
        text = text[: flow.start()] + verb + moved + plan.group(3)
    text = _AMOUNT_TO.sub(_amount_to, text).replace(",,", ",")
    return _SPACES.sub(" ", text).strip()
