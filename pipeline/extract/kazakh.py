"""Kazakh pages read through the English rules: the Kazakh side of :mod:`pipeline.extract.foreign`.

Kazakh news (Kazinform, Egemen, Khabar, regional sites) writes "екі ел арасындағы тауар айналымы
12,5 пайызға артып, 3,4 миллиард долларды құрады" (trade turnover between the two countries rose
by 12.5 percent and amounted to 3.4 billion dollars): Cyrillic, the verb last, case suffixes glued
to their noun ("Қытайға" to China, "Ресейден" from Russia, "Түркияның" Turkey's, "Иранмен" with
Iran, "АҚШ-қа" to the United States), and the year and month nouns after their number or name.
The phrase rows (``kk`` rows of ``lexicon/foreign_words.csv``, the CLDR's Kazakh months, scales,
currencies and country names) carry the words; the grammar is done here, for the whole paradigm
rather than a page's one form:

- Before the gloss (:func:`prepare`, numbers already English): a case suffix split off a country
  name the rows or the references know, in every form vowel harmony and the stem's last sound
  give it (dative -ға/-ге/-қа/-ке/-а/-е/-на/-не: "to X"; ablative -дан/-ден/-тан/-тен/-нан/-нен:
  "from X"; genitive -ның/-нің/-дың/-дің/-тың/-тің: "X's"; instrumental -мен/-бен/-пен: "with X";
  locative -да/-де/-та/-те/-нда/-нде and -дағы/-дегі/-тағы/-тегі/-ндағы/-ндегі: "in X"; the
  accusative dropped), with or without a hyphen ("АҚШ-пен"); the same suffixes dropped from an
  amount's scale, currency and percent words ("миллиард долларға", "теңгеден", "55%-ға"); the year
  and month nouns ("2031 жылы" in 2031, "2031 жылдан бері" since 2031, "2031 жылмен салыстырғанда"
  compared with 2031, "2031 жылға дейін" by 2031, "наурыз айында"/"наурызда" in March,
  "қаңтар-қыркүйек айларында" in January-September), the parts of a year ("2031 жылдың бірінші
  жартысында" in the first half of 2031, "алғашқы 9 айында"/"биыл 8 айда" in the first 9/8
  months, "екінші тоқсанда" in the second quarter), a count in words before "есе" (times).
- After the gloss (:func:`reorder`): the Kyrgyz order (as :mod:`~.kyrgyz`: a pair before
  "between", a hedge or a verb after its amount with its scale or currency, never a bare year), a
  goal's verb after its amount ("10 billion dollars up to to raise" -> "to raise to 10 billion
  dollars"), a change after its rate ("12.5 percent rose" -> "rose 12.5
  percent"), a partner before its flow ("to China exports" -> "exports to China") and a source
  before "according to" ("the ministry's according to data," -> "according to the ministry,").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import literal_trie
from pipeline.lexicon import foreign_words
from pipeline.lexicon.cldr_words import currency_names, month_names
from pipeline.lexicon.country_names import country_names
from pipeline.lexicon.scale_words import scale_words

__all__ = ["prepare", "reorder"]

_L = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
# Each case's suffixes, every form vowel harmony and the stem's last sound give (longest first in
# the alternation below)
_CASES = {
    "to": ("ға", "ге", "қа", "ке", "на", "не", "а", "е"),
    "from": ("дан", "ден", "тан", "тен", "нан", "нен"),
    "'s": ("ның", "нің", "дың", "дің", "тың", "тің", "ың", "ің"),
    "with": ("менен", "мен", "бен", "пен"),
    "in": ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "нда", "нде", "да", "де", "та", "те"),
    "": ("ны", "ні", "ды", "ді", "ты", "ті", "н"),
}
_SUFFIX_CASE = {s: case for case, suffixes in _CASES.items() for s in suffixes}
_SUFFIXES = "|".join(sorted(_SUFFIX_CASE, key=len, reverse=True))
# ... and an amount word's own forms (its possessive "доллары", "долларын", its adjective
# "долларлық" worth), all dropped
_AMOUNT_SUFFIXES = "|".join(
    sorted({*_SUFFIX_CASE, "ы", "і", "ын", "ін", "сы", "сі", "лық", "лік", "тық", "тік"}, key=len)[
        ::-1
    ]
)


@cache
def _names() -> dict[str, str]:
    """Kazakh country names (references and rows) -> their English."""
    names = dict(country_names("kk"))
    for lang, phrase, english in foreign_words():
        if lang == "kk" and phrase[:1].isupper() and english[:1].isupper():
            names.setdefault(phrase, english)
    return names


@cache
def _name_suffix() -> re.Pattern[str]:
    names = [n for n in _names() if len(n) > 2]
    return re.compile(
        rf"(?<![{_L}-])({literal_trie(names)})-?({_SUFFIXES})(?![{_L}])",
    )


@cache
def _amount_words() -> tuple[str, ...]:
    """The scale, currency and percent words an amount's suffix is dropped from."""
    words = {w for w, _ in scale_words("kk")} | {"пайыз", "теңге", "доллар", "еуро", "рубль"}
    words |= {w for w, _ in currency_names("kk") if " " not in w and len(w) > 3}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _amount_suffix() -> re.Pattern[str]:
    words = "|".join(map(re.escape, _amount_words()))
    return re.compile(
        rf"(?<![{_L}])({words})-?(?:{_AMOUNT_SUFFIXES})(?![{_L}])|(%)\s?-\s?(?:{_SUFFIXES})(?![{_L}])",
        re.IGNORECASE,
    )


def _name_case(m: re.Match[str]) -> str:
    # the name in English at once: a name opening a sentence stays a name ("Қытайдың")
    name = _names()[m.group(1)]
    case = _SUFFIX_CASE[m.group(2)]
    if case == "'s":
        return f"{name}'s"
    return f"{case} {name}".lstrip()


_MONTHS = [m for m, _ in month_names("kk") if m.islower()]
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_ALT = rf"(?:{_MONTH}|{'|'.join(m.capitalize() for m in _MONTHS)})"
# "наурыз айында", "қаңтар-қыркүйек айларында", "наурызда" (in March); "наурыз айы" (March)
_MONTH_IN = re.compile(
    rf"(?<![{_L}])({_MONTH_ALT}(?:\s?[-–]\s?{_MONTH_ALT})?)"
    rf"(?: (?:айында|айларында|айлары|айы)|(?:да|де|та|те))(?![{_L}])"
)
_COUNTS = {"бір": "1", "екі": "2", "үш": "3", "төрт": "4", "бес": "5", "алты": "6", "жеті": "7"}
_COUNTS |= {"сегіз": "8", "тоғыз": "9", "он": "10", "он бір": "11", "он екі": "12"}
_COUNT = "|".join(sorted(_COUNTS, key=len, reverse=True))
_ORDINALS = {"бірінші": "first", "алғашқы": "first", "екінші": "second", "үшінші": "third"}
_ORDINALS |= {"төртінші": "fourth", "соңғы": "last", "І": "first", "I": "first", "II": "second"}
_ORDINALS |= {"III": "third", "IV": "fourth"}
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# which year a part belongs to: "2031 жылдың", "2031 жылғы", "биылғы", "өткен жылдың", "жылдың"
_WHICH = {"биылғы": "this year", "биылдың": "this year", "биыл": "this year"}
_WHICH |= {"өткен жылдың": "last year", "былтырғы": "last year", "өткен жылғы": "last year"}
_WHICH |= {"жылдың": "the year", "ағымдағы жылдың": "this year"}
_WHICH_ALT = "|".join(sorted(_WHICH, key=len, reverse=True))
_PART = re.compile(
    rf"(?<![{_L}])(?:(\d{{4}})(?:-| )(?:жылдың|жылғы)|({_WHICH_ALT}))? ?"
    rf"(?:({_ORDINAL}) )?"
    rf"(?:(\d{{1,2}}|{_COUNT}) (?:айында|айда|айдағы|айы|ай)|(жартысында|жартыжылдығында"
    rf"|жартыжылдықта|тоқсанында|тоқсанда|тоқсаны))(?![{_L}])"
)
# "2031 жылы" (in 2031); "2031 жылдан бері" (since); "2031 жылмен салыстырғанда", "2031 жылға
# қарағанда" (compared with); "2031 жылға дейін/таман" (by); "2031 жылғы"/"2031 жылдың" (2031's)
_YEAR = r"(\d{4})(?:-| )"
_YEAR_SINCE = re.compile(rf"\b{_YEAR}(?:жылдан|жылдардан) (?:бері|бастап)(?![{_L}])")
_YEAR_BASE = re.compile(
    rf"\b{_YEAR}(?:жылмен салыстырғанда|жылға қарағанда|жылғы көрсеткішпен салыстырғанда"
    rf"|жылдың сәйкес кезеңімен салыстырғанда|жылдың осы кезеңімен салыстырғанда)(?![{_L}])"
)
_YEAR_BY = re.compile(rf"\b{_YEAR}(?:жылға|жылдарға) (?:дейін|таман|қарай)(?![{_L}])")
_YEAR_IN = re.compile(rf"\b{_YEAR}(?:жылы|жылдары)(?![{_L}])")
_YEAR_OF = re.compile(rf"\b{_YEAR}(?:жылдың|жылғы|жылдан|жылға|жылды|жыл|ж\.)(?![{_L}])")
# a span counted in years: "30 жылдан астам/асатын" (over 30 years), "соңғы 5 жылда" (in the last
# 5 years), "10 жыл ішінде" (within 10 years)
_YEARS_OVER = re.compile(rf"(?<![\w.,])(\d+) жылдан (?:астам|асатын|аса|артық)(?![{_L}])")
_YEARS_LAST = re.compile(rf"(?<![{_L}])соңғы (\d+) (?:жылда|жыл ішінде)(?![{_L}])", re.I)
_YEARS_WITHIN = re.compile(rf"(?<![\w.,])(\d+) жыл (?:ішінде|ішiнде)(?![{_L}])")
# a month or a span of months of a named year: "2031 жылдың қаңтар-наурыз айларында", "2031
# жылғы наурызда" -> "in January-March 2031"; two years as a span: "2029-2031 жылдары" (in
# 2029-2031), "2029 жылдан 2031 жылға дейін" (from 2029 to 2031)
_MONTH_OF_YEAR = re.compile(
    rf"\b(\d{{4}})(?:-| )(?:жылдың|жылғы) ({_MONTH_ALT}(?:\s?[-–]\s?{_MONTH_ALT})?)"
    rf"(?: (?:айында|айларында|айлары|айы)|(?:да|де|та|те))(?![{_L}])"
)
_YEARS_SPAN = re.compile(
    rf"\b(\d{{4}})\s?[-–]\s?(\d{{4}})(?:-| )(?:жылдары|жылдарында|жж\.)(?![{_L}])"
)
_YEARS_FROM_TO = re.compile(
    rf"\b(\d{{4}})(?:-| )жылдан (\d{{4}})(?:-| )жылға (?:дейін|шейін)(?![{_L}])"
)
_BARE_YEAR_BY = re.compile(rf"\b(\d{{4}})-?(?:ға|ге|қа|ке|жылға) (?:дейін|таман)(?![{_L}])")
# a count in words before a scale or "есе" (times): "екі есе" (twice), "бес миллиард"
_COUNT_BEFORE = re.compile(
    rf"(?<![{_L}])({_COUNT}) (?=(?:есе|миллиард|миллион|млрд|млн|мың)(?![{_L}]))", re.IGNORECASE
)
_TIMES = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) (?:есеге|есе)(?![\w])")


def _part(m: re.Match[str]) -> str:
    year, which, ordinal, months, part = m.groups()
    owner = year or (_WHICH[which] if which else "")
    of = f" of {owner}" if owner else ""
    first = _ORDINALS.get(ordinal or "", "")
    if months:
        count = _COUNTS.get(months.lower(), months)
        if first in ("", "first"):
            return f"in the first {count} months{of}"
        return m.group(0)
    if part.startswith("жарты"):
        half = "second" if first == "second" else "first"
        return f"in the {half} half{of}"
    if not first:
        return m.group(0)
    return f"in the {first} quarter{of}"


# "Our country" in every case ("елімізге" to our country, "еліміздегі" in our country, "біздің
# елден" from our country, "мемлекетіміздің" our state's, "Отанымызға" to our homeland): on a
# Kazakh page it is Kazakhstan, which the English rules then read as the pair's named side (round
# 57: "China joined the largest investors in our country" left the investment's recipient to guess)
_OUR_COUNTRY = re.compile(
    rf"(?<![{_L}])(?:еліміз|мемлекетіміз|отанымыз|біздің (?:ел|мемлекет))-?({_SUFFIXES})?"
    rf"(?![{_L}])",
    re.IGNORECASE,
)


# A name before "экономикасына" (into its economy) or "экономикасында" (in its economy): the
# Kazakh izafet ("Қазақстан экономикасына", Kazakhstan's economy + dative), the investment's
# recipient: "in Kazakhstan's economy" (round 57: the row glossed the noun alone, "China
# Kazakhstan economy invested", and the recipient was lost)
@cache
def _economy() -> re.Pattern[str]:
    names = [n for n in _names() if len(n) > 2]
    return re.compile(
        rf"(?<![{_L}-])({literal_trie(names)}) экономикас(?:ына|ында|ындағы)(?![{_L}])"
    )


def _our_country(m: re.Match[str]) -> str:
    case = _SUFFIX_CASE.get(m.group(1) or "", "")
    if case == "'s":
        return "Kazakhstan's"
    return f"{case} Kazakhstan".lstrip()


def prepare(text: str) -> str:
    """Kazakh ``text`` (numbers already English) with its suffixes and calendar nouns undone
    (module doc)."""
    if "іміз" in text or "ымыз" in text or "біздің" in text.lower():
        text = _OUR_COUNTRY.sub(_our_country, text)
    if "экономикас" in text:
        text = _economy().sub(lambda m: f"in {_names()[m.group(1)]}'s economy", text)
    text = _COUNT_BEFORE.sub(lambda m: _COUNTS[m.group(1).lower()] + " ", text)
    text = _TIMES.sub(r"\1 times", text)
    if "жыл" in text or "ай" in text or "тоқсан" in text or "жарты" in text:
        text = _PART.sub(_part, text)
    if "жыл" in text:
        text = _MONTH_OF_YEAR.sub(r"in \2 \1", text)
        text = _YEARS_SPAN.sub(r"in \1-\2", text)
        text = _YEARS_FROM_TO.sub(r"from \1 to \2", text)
        text = _YEARS_OVER.sub(r"over \1 years", text)
        text = _YEARS_LAST.sub(r"in the last \1 years", text)
        text = _YEARS_WITHIN.sub(r"within \1 years", text)
        text = _YEAR_SINCE.sub(r"since \1", text)
        text = _YEAR_BASE.sub(r"compared with \1", text)
        text = _YEAR_BY.sub(r"by \1", text)
        text = _YEAR_IN.sub(r"in \1", text)
        text = _YEAR_OF.sub(r"\1", text)
    text = _BARE_YEAR_BY.sub(r"by \1", text)
    text = _MONTH_IN.sub(r"in \1", text)
    text = _amount_suffix().sub(lambda m: m.group(1) or m.group(2), text)
    return _name_suffix().sub(_name_case, text)


_NUM = r"\d[\d.,]*"
# "12.5 percent rose" -> "rose by 12.5 percent", "450 million dollars fell" -> "fell by 450
# million dollars" (the dative of a change's amount); "3 times rose" -> "rose 3 times"
_CHANGE_AFTER = re.compile(
    rf"\b({_NUM} ?(?:percent|%)|{_NUM}(?: (?:thousand|million|billion|trillion))? "
    r"(?:(?:US )?(?:dollars|tenge|euros|roubles|yuan))) (rose|grew|increased|fell|decreased|declined)\b"
)
_TIMES_AFTER = re.compile(rf"\b({_NUM} times) (rose|grew|increased|fell|decreased|declined)\b")
_TWO_FIRST = re.compile(
    r"\b(the two countries|the countries) between "
    r"((?:foreign |bilateral |mutual )?trade(?: turnover| volume)?)\b"
)
# "to China exports", "from Russia imports" -> "exports to China", "imports from Russia"
_PARTNER_FIRST = re.compile(
    r"\b((?:(?:to|from) [A-Z][\w-]*(?: [A-Z][\w-]*)? )?(?:to|from|with) [A-Z][\w-]*(?: [A-Z][\w-]*)?) "
    r"(exports|imports|shipments|trade turnover|trade|investments?)\b"
)
# "the ministry's according to data," -> "according to the ministry,": a source before its
# postposition, at a clause's start
_SOURCE_BEFORE = re.compile(
    r"(?:^|(?<=[,;:.] ))(?P<owner>[^,;:.]{1,120}?)(?:'s)? (?:according to)(?: data)?(?P<comma>,?)"
)
# an amount with its scale or currency (never a bare year) before its verb or hedge
_UNIT_AMOUNT = (
    rf"{_NUM}(?: (?:thousand|million|billion|trillion))?"
    r" (?:(?:US )?(?:dollars|tenge|euros|roubles|yuan)|percent|times)"
    rf"|{_NUM} (?:thousand|million|billion|trillion)"
)
_AMOUNT_VERB = re.compile(
    rf"\b((?:approximately |nearly |more than |about )?(?:{_UNIT_AMOUNT})) "
    r"(amounted to|reached|exceeded|was)\b"
)
_HEDGE_AFTER = re.compile(rf"\b({_UNIT_AMOUNT}) (nearly|more than|about|over)\b")
# "X and Y's between trade turnover" -> "trade turnover between X and Y" (read by Hungarian too)
_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
PAIR_FIRST = re.compile(
    rf"\b({_NAME}) and ({_NAME})(?:'s)? between "
    r"((?:foreign |bilateral |mutual )?(?:trade|turnover)(?: turnover| volume)?)\b"
)
# a goal's verb after its amount: "(this figure) 10 billion dollars up to to raise" -> "to raise
# to 10 billion dollars" (the target cues read the verb before its amount)
_GOAL_AFTER = re.compile(rf"\b((?:{_UNIT_AMOUNT})) (?:up to )?(to raise|to increase|to bring)\b")


def reorder(text: str) -> str:
    """Glossed ``text`` in English order (see the module doc)."""
    if "according to" in text:
        text = _SOURCE_BEFORE.sub(lambda m: f"according to {m['owner']},", text)
    text = _HEDGE_AFTER.sub(r"\2 \1", text)
    text = PAIR_FIRST.sub(r"\3 between \1 and \2", text)
    if "to " in text:
        text = _GOAL_AFTER.sub(r"\2 to \1", text)
    text = _AMOUNT_VERB.sub(r"\2 \1", text)
    text = _TWO_FIRST.sub(r"\2 between \1", text)
    text = _PARTNER_FIRST.sub(r"\2 \1", text)
    text = _TIMES_AFTER.sub(r"\2 \1", text)
    return _CHANGE_AFTER.sub(r"\2 by \1", text)
