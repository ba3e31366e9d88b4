"""Turkish pages read through the English rules: the Turkish side of :mod:`pipeline.extract.foreign`.

Turkish trade news (Anadolu Ajansı, Dünya, wires) states its figures with the parts every language
uses, in an order and with suffixes the word-for-word gloss must undo around the phrase rows
(``tr`` rows of ``lexicon/foreign_words.csv``):

- Before the gloss (:func:`prepare`, on text whose numbers are already English): the percent
  before its number ("yüzde 12.5", "%12.5" -> "12.5 percent"), a case suffix after an apostrophe
  on a name ("Rusya'ya" -> "to Rusya", "Çin'den" -> "from Çin", "Türkiye'nin" -> "Türkiye's",
  "Almanya'da" -> "in Almanya", "2031'de" -> "in 2031"), the dative on an amount ("10.2 milyar
  dolara" -> "to 10.2 milyar dolar"), the year noun ("2031 yılında" -> "in 2031"), the month noun ("Ocak
  ayında" -> "in Ocak") and a part of a year after its year ("2031 yılının ilk 9 ayında" -> "in
  the first 9 months of 2031").
- After the gloss (:func:`reorder`): the verb after its change ("12.5 percent rose" -> "rose 12.5
  percent"), a partner before its flow ("Turkey's to Russia exports" -> "Turkey's exports to
  Russia") and a pair before "between" ("Turkey with China between trade volume" -> "trade volume
  between Turkey and China").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.lexicon import alternation, foreign_words, month_numbers

_NUM = r"\d[\d.,]*\d|\d"
_PERCENT = re.compile(rf"\byüzde\s+({_NUM})(?:'(?:lik|lık|luk|lük))?|%\s?({_NUM})", re.IGNORECASE)
_NAME = r"[A-ZÇĞİÖŞÜ][\wçğıöşü]*(?: [A-ZÇĞİÖŞÜ][\wçğıöşü]*)?"
_ACCORDING = re.compile(rf"\b({_NAME})'(?:y?[ae]) göre\b")
_SUFFIX = re.compile(rf"\b({_NAME}|\d{{4}})'(y?[ae]|[dt][ae]n|[dt][ae]|n?[ıiuü]n|y?l[ae])(?!\w)")
_CASES = {"a": "to", "e": "to", "den": "from", "dan": "from", "de": "in", "da": "in"}
_DATIVE_AMOUNT = re.compile(
    rf"(?<![\w.,])({_NUM})\s(milyar|milyon|bin)\s(dolar|avro|euro|lira)(?:y?a)\b", re.IGNORECASE
)
_PART_OF_YEAR = re.compile(
    r"\b(\d{4}) yılının ilk (?:(\d{1,2}) (?:ayında|ayı|ay)|(çeyreğinde|yarısında))(?!\w)"
)
_FIRST_MONTHS = re.compile(r"\bilk (\d{1,2}) (?:ayında|ayda|ayı|ay)(?!\w)", re.IGNORECASE)
_MONTH_WORDS = frozenset(month_numbers())
# the month names are foreign_words.csv's Turkish month rows ("Ocak" -> January, ...)
_MONTHS = [
    p for lang, p, english in foreign_words() if lang == "tr" and english.lower() in _MONTH_WORDS
]
_MONTH_IN = re.compile(rf"\b({alternation(_MONTHS)}) ay(ında|ı)\b")
_YEAR_IN = re.compile(r"\b(\d{4}) yılında\b")
_YEAR = re.compile(r"\b(\d{4}) yılı\b")
# a base year before its postposition: "2030 yılına göre" (compared with 2030), the base's
# "aynı dönemine göre" (... same period) kept for the rows
_BASE_YEAR = re.compile(r"\b(\d{4}) (?:yılına|yılının aynı dönemine) göre\b")
_CHANGE_VERB = re.compile(rf"\b((?:{_NUM}) percent) (rose|fell)\b")
_PARTNER_FIRST = re.compile(
    r"\b((?:to|from) [A-Z][\w-]*(?: [A-Z][\w-]*)?) (exports|imports|trade volume|trade)\b"
)
# "X and Y between trade (volume)": the pair before its trade; Azerbaijani shares it, and its
# gloss also writes "trade turnover" (no Turkish phrase glosses to "turnover")
PAIR_FIRST = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:with|and) ([A-Z][\w-]*(?: [A-Z][\w-]*)?) between "
    r"((?:foreign |bilateral )?trade(?: turnover| volume)?)\b"
)
_TWO_FIRST = re.compile(
    r"\bthe two countries between ((?:foreign |bilateral )?trade(?: volume)?)\b"
)


def _case(m: re.Match[str]) -> str:
    name, suffix = m.group(1), m.group(2).lower()
    if suffix.endswith("n") and suffix[-2:] not in ("en", "an"):
        return f"{name}'s"  # genitive: "Türkiye'nin", "Irak'ın"
    if suffix.startswith("y") and suffix.endswith(("la", "le")) or suffix in ("la", "le"):
        return f"with {name}"
    key = suffix.removeprefix("y").replace("t", "d", 1)
    return f"{_CASES.get(key, '')} {name}".lstrip()


def _part(m: re.Match[str]) -> str:
    year, months, part = m.groups()
    if months:
        return f"in the first {months} months of {year}"
    return f"in the first {'quarter' if part.startswith('çeyre') else 'half'} of {year}"


def _base(m: re.Match[str]) -> str:
    same = "the same period of " if "dönem" in m.group(0) else ""
    return f"compared with {same}{m.group(1)}"


# an amount written in two counts: "2 milyar 212 milyon" (2 billion 212 million), as Bulgarian
# and Arabic pages write it (round 42, hr08: the dative rule had split it into two amounts)
_BILLION_AND_MILLION = re.compile(r"(?<![\d.,])(\d{1,3}) milyar (\d{1,3}) milyon")


def prepare(text: str) -> str:
    """``text`` (numbers already in English form) with Turkish suffixes and order undone before
    the phrase gloss (see the module doc)."""
    text = _PERCENT.sub(lambda m: f"{m.group(1) or m.group(2)} percent", text)
    if "'" in text:
        text = _ACCORDING.sub(r"according to \1", text)
        text = _SUFFIX.sub(_case, text)
    if "milyar" in text:  # "2 milyar 212 milyon dolara": one amount, 2,212 million
        text = _BILLION_AND_MILLION.sub(lambda m: f"{m[1]},{int(m[2]):03d} milyon", text)
    text = _DATIVE_AMOUNT.sub(r"to \1 \2 \3", text)
    if "yıl" in text:
        text = _PART_OF_YEAR.sub(_part, _BASE_YEAR.sub(_base, text))
        text = _YEAR_IN.sub(r"in \1", _YEAR.sub(r"\1", text))
    if " ay" in text:
        text = _MONTH_IN.sub(lambda m: ("in " if m.group(2) == "ında" else "") + m.group(1), text)
    return _FIRST_MONTHS.sub(r"the first \1 months", text)


# "ticaret hacmini 1 milyar dolara çıkarmak için": the goal's verb after its dative amount
# ("to 1 billion dollars to raise"); English writes it first ("to raise to 1 billion dollars"),
# which the target cues read (NOTES: a goal is a target, not an actual figure)
_GOAL_AFTER = re.compile(
    r"\b(to [\d.,]+ (?:thousand|million|billion|trillion) (?:dollars|euros|liras)) "
    r"(to raise|to increase)\b"
)


# "Gana'ya ihracatımız" (to Ghana our exports), "Gana'dan ithalatımız": the first person's flow
# (a Turkish page's "we" is Türkiye: glossed "Turkey's exports") with its partner's case before
# it -> "Turkey's exports to Ghana", "Turkey's imports from Ghana"
_OUR_NAME = r"([A-Z][\w-]+(?: [A-Z][\w-]+)?)"
_OUR_AFTER = re.compile(rf"\b(to|from) {_OUR_NAME} (Turkey's (?:exports|imports))\b")
_OUR_BETWEEN = re.compile(rf"\b(to|from) (Turkey's (?:exports|imports)) {_OUR_NAME}")


def reorder(text: str) -> str:
    """A glossed Turkish sentence in English word order (see the module doc)."""
    if "Turkey's " in text:
        text = _OUR_AFTER.sub(r"\3 \1 \2", _OUR_BETWEEN.sub(r"\2 \1 \3", text))
    if "to raise" in text or "to increase" in text:
        text = _GOAL_AFTER.sub(r"\2 \1", text)
    text = _CHANGE_VERB.sub(r"\2 \1", text)
    text = _PARTNER_FIRST.sub(r"\2 \1", text)
    text = PAIR_FIRST.sub(r"\3 between \1 and \2", text)
    return _TWO_FIRST.sub(r"\1 between the two countries", text)
