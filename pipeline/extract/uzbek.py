"""Uzbek pages read through the English rules: the Uzbek side of :mod:`pipeline.extract.foreign`.

Uzbek trade news (the national news agency, the statistics agency, news sites) is written in Latin
script, by some outlets in Cyrillic, with its suffixes written onto the word and the verb last:
"2031 yilning yanvar-sentabr oylarida Oʻzbekiston va Qozogʻiston oʻrtasidagi tovar aylanmasi 3,1
mlrd dollarni tashkil etdi", "Xitoyga eksport 12 foizga oʻsdi". The words come from references
where there are some (countries: iso-codes and CLDR, ``lexicon.country_names``; months, currency
names and scale words: CLDR, ``lexicon.cldr_words``, ``lexicon.scale_words``), the flow, verb
and period words from the ``uz`` rows of ``lexicon/foreign_words.csv``; what depends on a suffix
or a number is done here, around them:

- Before the gloss (:func:`prepare`): the apostrophe of "oʻ" and "gʻ" written one way
  (``lexicon.uzbek_apostrophes``: pages type ', ‘, ’ or ʻ); a country's case suffix split off, a
  name being matched only as written ("Xitoyga" -> "to Xitoy", "Rossiyadan" -> "from Rossiya",
  "Qozogʻistonning" -> "Qozogʻiston's", "Oʻzbekistonda" -> "in Oʻzbekiston"); the percent's
  dative ("12 foizga" -> "by 12 percent"); an amount's currency case ("3.1 mlrd dollarni" -> "3.1
  mlrd dollar", "dollarga" -> "to ...", "dollardan ortiq" -> "more than ...", "3 mlrd
  dollarlik mahsulot" -> "goods worth 3 mlrd dollar"), and a currency's case away from its amount
  ("(+30 %) AQSh dollarini" -> "AQSh dollari": the currency, not the United States); the year's
  noun and the parts of a year ("2031 yilda", "2031-yilda" -> "in 2031", "2031 yil(ning)
  yanvar-sentabr oylarida" and "yanvar-sentabrda" -> "in yanvar-sentabr 2031", "2031 yilning 9
  oyida" -> "in the first 9 months of 2031", "birinchi yarmida" -> "in the first half").
- After the gloss (:func:`reorder`): a change after its percent ("by 12 percent grew" -> "grew by
  12 percent"), the final verb after its amount ("3.1 billion dollars amounted to" -> "amounted
  to 3.1 billion dollars"), an amount and the flow it is closing a clause ("1 billion 354.3
  million dollars qismi exports," -> "exports 1 billion 354.3 million dollars,": of a sum, its
  part that is exports), a partner before "with" ("China with trade turnover" -> "trade
  turnover with China"), the verb before goods and their partner ("to China goods worth ...
  exported" -> "exported goods worth ... to China") and the Turkish orders
  (:func:`pipeline.extract.turkish.reorder`: a pair before "between", a partner before its flow:
  "to China exports" -> "exports to China").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract import turkish
from pipeline.lexicon import alternation, foreign_words, uzbek_apostrophes
from pipeline.lexicon.cldr_words import month_names
from pipeline.lexicon.country_names import country_names

_NUM = r"\d[\d.,]*\d|\d"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")
_MONTHS += ("September", "October", "November", "December")
_YIL = r"(?:yil|йил)"
_GEN = r"(?:ning|нинг)"
# "2031 yilning", "2031-yil", "joriy yilning" (this year's), "oʻtgan yilning" (last year's)
_OF_YEAR = (
    rf"(?:(\d{{4}})[- ]?{_YIL}(?:{_GEN})? |"
    rf"((?i:joriy|жорий|shu|шу|bu|бу|oʻtgan|ўтган)) {_YIL}{_GEN} )?"
)
_LAST = ("oʻtgan", "ўтган")
_MONTH_RANGE = re.compile(
    rf"\b{_OF_YEAR}(\w+)[-–](\w+) (?:oylarida|oylari davomida|ойларида|ойлари давомида)(?!\w)"
)
# the locative on the range's last month: "yanvar-sentabrda" (two month names, or left)
_MONTHS_IN = re.compile(rf"\b{_OF_YEAR}(\w+)[-–](\w+?)(?:da|да)(?!\w)")
# the end of a month or a year as a span's bound (round 56): "2031 yil sentabr oyi oxirigacha"
# (until the end of September 2031: the year to that month), "2030 yil oxirigacha" (by the end
# of 2030), "... oxirida" (at the end of)
_END_OF = re.compile(
    rf"\b{_OF_YEAR}(?:(\w+) (?:oyi|ойи)(?:{_GEN})? )?"
    r"(oxirigacha|охиригача|oxiriga qadar|охирига қадар|oxirida|охирида)(?!\w)"
)
# "2031 yilning (dastlabki) 9 oyida": in the first 9 months of 2031
# ... the count spelled too: "birinchi toʻrt oyida" (in the first four months)
_COUNTS = {"ikki": 2, "uch": 3, "toʻrt": 4, "besh": 5, "olti": 6, "yetti": 7, "sakkiz": 8}
_COUNTS |= {"toʻqqiz": 9, "oʻn": 10, "oʻn bir": 11, "икки": 2, "уч": 3, "тўрт": 4, "беш": 5}
_COUNTS |= {"олти": 6, "етти": 7, "саккиз": 8, "тўққиз": 9, "ўн": 10, "ўн бир": 11}
_FIRST_MONTHS = re.compile(
    rf"\b{_OF_YEAR}(?:dastlabki |birinchi |дастлабки |биринчи )?"
    rf"(\d{{1,2}}|{alternation(list(_COUNTS))}) (?:oyida|oyi|oylikda|ойида|ойи|ойликда)(?!\w)"
)
_ORDINALS = {"birinchi": "first", "ikkinchi": "second", "uchinchi": "third"}
_ORDINALS |= {"toʻrtinchi": "fourth", "биринчи": "first", "иккинчи": "second"}
_ORDINALS |= {"учинчи": "third", "тўртинчи": "fourth", "I": "first", "II": "second"}
_ORDINALS |= {"III": "third", "IV": "fourth", "1-": "first", "2-": "second", "3-": "third"}
_ORDINALS |= {"4-": "fourth"}
_PART = re.compile(
    rf"\b{_OF_YEAR}({alternation(list(_ORDINALS))}) ?"
    r"(yarmida|yarim yilligida|yarim yilda|choragida|chorakda|ярмида|ярим йиллигида|чорагида)"
    r"(?!\w)"
)
_YEAR_IN = re.compile(
    r"\b(\d{4})[- ]?(?:yil(?:da|i)|йил(?:да|и)|"
    rf"{_YIL} (?:yakunlari|якунлари) (?:boʻyicha|бўйича))(?!\w)"
)
_YEARS_IN = re.compile(r"\b(\d{4})[-–](\d{4})[- ]?(?:yillarda|йилларда)(?!\w)")
_BASE_YEAR = re.compile(
    rf"\b(\d{{4}})[- ]?(?:{_YIL}(?:ga|га)|({_YIL}{_GEN} (?:shu|mos|шу|мос) (?:davriga|даврига))) "
    r"(?:nisbatan|нисбатан)(?!\w)"
)
_YEAR = re.compile(rf"\b(\d{{4}})[- ]?{_YIL}(?:{_GEN})?(?!\w)")
_PERCENT_BY = re.compile(rf"(?<![\w.,])({_NUM}) ?(?:foizga|фоизга|% ?ga|% ?га)(?!\w)")
_PERCENT_CASE = re.compile(
    rf"(?<![\w.,])({_NUM}) ?(?:(foiz|фоиз)(?:ni|ни|lik|лик)|%(?:ni|ни))(?!\w)"
)
_SCALE = r"(?:mlrd|mln|ming|milliard|million|trillion|млрд|млн|минг|миллиард|миллион|трилион)\.?"
_CURRENCY = r"(?:AQSh |АҚШ )?(?:dollar|evro|yevro|soʻm|rubl|yuan|доллар|евро|сўм|рубл|юан)(?:i|и)?"
_CASED_AMOUNT = re.compile(
    rf"(?<![\w.,])((?:{_NUM})(?: {_SCALE})? {_CURRENCY})"
    r"(ga|дан|dan|га|ni|ни|lik|лик|dir|дир)(?: (ortiq|ziyod|koʻproq|oshdi|ортиқ|зиёд|кўпроқ|ошди))?"
    r"(?!\w)"
)
# "3 mlrd dollarlik mahsulot" (goods worth 3 billion dollars)
_WORTH = re.compile(
    rf"(?<![\w.,])((?:{_NUM})(?: {_SCALE})? {_CURRENCY})(?:lik|лик) "
    r"(?:mahsulot(?:lar)?|tovar(?:lar)?|маҳсулот(?:лар)?|товар(?:лар)?)(?!\w)"
)
# A currency's case suffix away from its amount ("4,1 mlrd (+30 %) AQSh dollarini tashkil etdi"):
# the name as its row writes it, so "AQSh" is no country there
_CASED_CURRENCY = re.compile(rf"(?<!\w)({_CURRENCY})(?:ni|ga|dan|ни|га|дан)(?!\w)")
_DIGIT = re.compile(r"\d")
_MORE = ("ortiq", "ziyod", "koʻproq", "ортиқ", "зиёд", "кўпроқ")
_SUFFIXES = {"ning": "{}'s", "нинг": "{}'s", "ni": "{}", "ни": "{}", "dagi": "in {}"}
_SUFFIXES |= {"даги": "in {}", "da": "in {}", "да": "in {}", "dan": "from {}", "дан": "from {}"}
_SUFFIXES |= {s: "to {}" for s in ("ga", "ka", "qa", "га", "ка", "қа")}


@cache
def _cased_name() -> re.Pattern[str]:
    """A country's name (iso-codes, CLDR, or a ``uz`` row all of whose words are capitalised:
    "AQSh", "Yevropa Ittifoqi", not "AQSh dollari") with a case suffix written onto it, the name
    matched as written."""
    names = [name for name, _ in country_names("uz")]
    names += [
        p
        for lang, p, _ in foreign_words()
        if lang == "uz" and all(w[0].isupper() for w in p.split())
    ]
    return re.compile(rf"(?<!\w)({alternation(names)})-?({alternation(list(_SUFFIXES))})(?!\w)")


def _part_of(year: str | None, this: str | None) -> str:
    if year:
        return f" of {year}"
    if this:
        return " of last year" if this.lower() in _LAST else " of this year"
    return ""


def _months(m: re.Match[str]) -> str:
    year, this, first, last = m.groups()
    return f"in {first}-{last}" + _part_of(year, this).replace(" of ", " ", 1)


@cache
def _month_words() -> frozenset[str]:
    words = {name.lower() for name, _ in month_names("uz")}
    return frozenset(words | {p for lang, p, e in foreign_words() if lang == "uz" and e in _MONTHS})


def _months_in(m: re.Match[str]) -> str:
    first, last = m.group(3).lower(), m.group(4).lower()
    return _months(m) if first in _month_words() and last in _month_words() else m.group(0)


def _first_months(m: re.Match[str]) -> str:
    year, this, count = m.groups()
    return f"in the first {_COUNTS.get(count, count)} months" + _part_of(year, this)


def _part(m: re.Match[str]) -> str:
    year, this, ordinal, noun = m.groups()
    half = noun.startswith(("yar", "яр"))
    return f"in the {_ORDINALS[ordinal]} {'half' if half else 'quarter'}" + _part_of(year, this)


def _base(m: re.Match[str]) -> str:
    return f"compared with {'the same period of ' if m.group(2) else ''}{m.group(1)}"


def _amount(m: re.Match[str]) -> str:
    amount, suffix, after = m.groups()
    if suffix in ("dan", "дан") and after in _MORE:
        return f"more than {amount}"
    if suffix in ("dan", "дан") and after:  # "3 mlrd dollardan oshdi": exceeded 3 billion
        return f"exceeded {amount}"
    tail = f" {after}" if after else ""
    if suffix in ("ga", "га"):
        return f"to {amount}{tail}"
    return f"from {amount}{tail}" if suffix in ("dan", "дан") else f"{amount}{tail}"


def _case(m: re.Match[str]) -> str:
    return _SUFFIXES[m.group(2)].format(m.group(1))


def _end_of(m: re.Match[str]) -> str:
    year, this, month, bound = m.groups()
    if month and month.lower() not in _month_words():
        return m[0]
    if this or not (year or month):
        return m[0]  # "joriy yil oxirigacha" and the like: the rows' own words
    word = "at" if bound.endswith(("da", "да")) else "through" if month else "by"
    when = " ".join(w for w in (month, year) if w)
    return f"{word} the end of {when}" + ("" if year else ",")


def prepare(text: str) -> str:
    """``text`` (numbers already English) with Uzbek's apostrophes, suffixes and year nouns
    undone before the phrase gloss (see the module doc)."""
    text = uzbek_apostrophes(text)
    if "AQSH" in text:  # the United States' initials with the digraph in capitals (as CLDR)
        text = re.sub(r"\bAQSH(?=[a-zʻ]|\b)", "AQSh", text)
    text = _cased_name().sub(_case, text)
    if _DIGIT.search(text):
        text = _PERCENT_BY.sub(r"by \1 percent", text)
        text = _PERCENT_CASE.sub(r"\1 percent", text)
        text = _CASED_AMOUNT.sub(_amount, _WORTH.sub(r"goods worth \1", text))
        text = _CASED_CURRENCY.sub(r"\1", text)
    if "oxiri" in text or "охири" in text:
        text = _END_OF.sub(_end_of, text)
    if "ой" in text or "oy" in text:
        text = _MONTH_RANGE.sub(_months, text)
    if "da" in text or "да" in text:
        text = _MONTHS_IN.sub(_months_in, text)
    if "ой" in text or "oy" in text:
        text = _FIRST_MONTHS.sub(_first_months, text)
    text = _PART.sub(_part, text)
    if "yil" in text or "йил" in text:
        text = _YEAR_IN.sub(r"in \1", _YEARS_IN.sub(r"in \1-\2", text))
        text = _BASE_YEAR.sub(_base, text)
        text = _YEAR.sub(r"\1", text)
    return text


_CHANGES = r"grew|increased|decreased|rose|fell"
_CHANGE_AFTER = re.compile(rf"\b((?:by )?(?:{_NUM}) ?(?:%|percent|times)) ({_CHANGES})\b")
# an amount, compound too ("3 billion 612.4 million dollars")
_MONEY = (
    r"(?:\d{1,3} (?:trillion|billion|million) )*"
    rf"(?:{_NUM}) (?:(?:thousand|million|billion|trillion) )?"
    r"(?:US dollars|dollars|euros|soums|rubles|yuan)"
)
_HEDGE = r"(?:nearly |about |almost |more than )?"
_VERB_AFTER = re.compile(rf"\b(?:to )?({_HEDGE}{_MONEY}) (amounted to|reached|exceeded|was)\b")
# "to China goods worth 3 billion dollars exported": the verb first, the partner after
_WORTH_AFTER = re.compile(
    r"\b((?:to|from) [A-Z][\w-]*(?: [A-Z][\w-]*)?)((?: in \d{4})?) "
    rf"(goods worth {_MONEY}) (exported|imported)\b"
)
# "3 mlrd dollari eksport", "1 mlrd 354,3 mln dollar qismi eksport (hisoblanadi)" (of a sum: its
# 3 billion dollars [part] are exports): an amount and the flow it is, closing its clause with
# or without its copula, flow first
_AMOUNT_IS_FLOW = re.compile(
    rf"\b({_MONEY})(?: qismi| қисми)? "
    r"(exports|imports)(?=(?: is| was)?(?:[,.;:]|$))"
)
_CHANGE_TO = re.compile(rf"\b((?:from {_MONEY} )?to {_MONEY}) ({_CHANGES})\b")
# "ikki davlat oʻrtasidagi tovar aylanmasi": Turkish's own order writes no "trade turnover"
_TWO_FIRST = re.compile(r"\bthe two countries between ((?:bilateral )?trade turnover)\b")
_WITH_FIRST = re.compile(
    rf"\b(?!(?:{'|'.join(_MONTHS)})\b)([A-Z][\w-]*(?: [A-Z][\w-]*)?) with "
    r"((?:foreign |bilateral )?trade(?: turnover| volume)?)\b"
)


# "oʻsishi 11 million dollarga teng boʻldi" (its growth was equal to $11m), glossed "growth to
# 11 million US dollars teng was": the verb before its amount
_EQUAL_AFTER = re.compile(
    r"\bto ((?:\d[\d.,]*\d|\d) (?:thousand |million |billion )?(?:US )?dollars) teng was\b"
)


def reorder(text: str) -> str:
    """A glossed Uzbek sentence in English word order (see the module doc)."""
    if " teng " in text:
        text = _EQUAL_AFTER.sub(r"was equal to \1", text)
    text = _CHANGE_AFTER.sub(r"\2 \1", text)
    text = _CHANGE_TO.sub(r"\2 \1", text)
    text = _VERB_AFTER.sub(r"\2 \1", text)
    if "exports" in text or "imports" in text:
        text = _AMOUNT_IS_FLOW.sub(r"\2 \1", text)
    if "goods worth" in text:
        text = _WORTH_AFTER.sub(r"\4 \3 \1\2", text)
    text = turkish.reorder(_TWO_FIRST.sub(r"\1 between the two countries", text))
    return _WITH_FIRST.sub(r"\2 with \1", text)
