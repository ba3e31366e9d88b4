"""Russian amounts and quarter spans read from the grammar, not from the forms pages wrote.

An amount's scale noun ("миллиард", billion) and currency noun ("доллар") take the case their
sentence governs: the genitive after a numeral ("5 миллиардов долларов"), the dative after "к" or
"равен" ("приблизился к 2 миллиардам", "равен 1 миллиарду 911 миллионов"), the instrumental after
"исчисляться" or "с" ("исчислялся 7 миллиардами"), the prepositional after "в" ("в долларах
США", in US dollars). The phrase table had the nominative and genitive forms pages showed; an
amount in another case kept its Cyrillic scale and was no amount at all ("1 миллиарду 911
million dollars" read as 911 million, iz04). So (:func:`rows`):

- every case, singular and plural, of the scale nouns "тысяча" is left out (a count of things:
  "тысячи тонн"), "миллион", "миллиард", "триллион" -> "million", "billion", "trillion";
- every case of the currency nouns "доллар", "рубль", "юань", "гривна", "манат", "сом"; a
  dollar form before "США" (US) and after "американский" in any case is "US dollars", as the
  phrase "американская валюта" (the American currency: "около 800 млн в американской
  валюте") is; "в" before the prepositional ("в долларах США", "в рублях") is dropped: "800
  million in US dollars" took the page's euro (iz05), "800 million US dollars" does not;
- a quarter or half year by its ordinal in every case ("первому кварталу", "вторым
  полугодием"), by a Roman numeral ("II кварталом") and by a digit with or without its ending
  ("3-м квартале", "1-го полугодия", "в 4 квартале") -> "the first quarter of" ... as the
  rows the CSV already held for the nominative, genitive and prepositional.

- a mark an amount is set as ("отметка", "рубеж", "уровень", "планка", "порог" in every case)
  before "в" and the amount: "the mark of" with a hedge moved after "of" ("на отметку почти в 4
  млрд" -> "the mark of almost 4 billion", iz02: the hedge was lost; :func:`prepare`), and "выйти
  на" (reach), "перевалить за", "преодолеть", "перешагнуть" (exceed) in every tense; after a
  verb of passing ("превысил отметку в 1 млрд") the mark is dropped: "exceeded 1 billion", approx
  as English reads "exceeded" (it did not read "exceeded the mark of");
- an average: "в среднем" (on average: "в среднем товарооборот ... снизился на 14,4%", iz03,
  NOTES round 58) and "среднегодовой" (average annual) in every form.

And before the words are glossed (:func:`prepare`):

- a scale abbreviation glued to its number ("5млрд", "1,5млн", "$3трлн") gets its space;
- a count of quarters, "за первые три квартала" (the first three quarters), in the case its
  preposition governs ("по итогам первых двух кварталов", "в течение трёх кварталов", "за 3
  квартала") -> "in the first three quarters" (" of" before a year), as
  :mod:`pipeline.extract.russian_periods` reads a count of months. A digit before the genitive
  singular "квартала" is a count only after "за" or "первые" ("по итогам 3 квартала" is the
  third quarter's results); two and three quarters only (four are the year); "за (первые)
  полгода" (half a year) is "in the first six months".

Errors: none; a form not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.russian_periods import _NUMERALS, _YEAR_AFTER, year_ranges

# hard masculine noun endings: nominative, genitive, dative, instrumental, prepositional
# singular, then the same plural
_HARD = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах")
# soft masculine ("рубль", "юань": stem without "ь")
_SOFT = ("ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях")
# feminine in "-а" with a fleeting vowel in the genitive plural ("гривна", "гривен")
_FEMININE = ("а", "ы", "е", "у", "ой", "ы", "ен", "ам", "ами", "ах")

_SCALES = {"миллион": "million", "миллиард": "billion", "триллион": "trillion"}
_CURRENCIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("доллар", _HARD, "dollars"),
    ("манат", _HARD, "manats"),
    ("сом", _HARD, "soms"),
    ("рубл", _SOFT + ("ём",), "rubles"),
    ("юан", _SOFT, "yuan"),
    ("гривн", _FEMININE, "hryvnias"),
)
# "американский" in every case and number (hard adjective)
_AMERICAN = (
    "американский",
    "американского",
    "американскому",
    "американским",
    "американском",
    "американские",
    "американских",
    "американскими",
)
# "американская валюта" (the American currency) in every case
_AMERICAN_CURRENCY = (
    "американская валюта",
    "американской валюты",
    "американской валюте",
    "американскую валюту",
    "американской валютой",
)

# marks without a row of their own, in every case
_MARKS = (
    (("рубеж", "рубежа", "рубежу", "рубежом", "рубеже"), "the mark"),
    (("отметка", "отметки", "отметке", "отметкой"), "the mark"),
    (("уровень", "уровня", "уровню", "уровнем"), "the level"),
    (("планка", "планки", "планке", "планку", "планкой"), "the bar"),
    (("порог", "порога", "порогу", "порогом", "пороге"), "the threshold"),
)
# "выйти на" (to reach; "вышла на отметку"): past, future, present, infinitive, gerund
_REACH = (
    *((f, "reached") for f in ("вышел", "вышла", "вышло", "вышли")),
    *((f, "will reach") for f in ("выйдет", "выйдут")),
    ("выходит", "reaches"),
    ("выходят", "reach"),
    ("выйти", "reach"),
    ("выйдя", "reaching"),
)
# "перевалить за" (to pass, cross: "перевалил за 1 млрд долларов", exceeded $1bn) in every tense
_CROSSED = (
    *((f, "exceeded") for f in ("перевалил", "перевалила", "перевалило", "перевалили")),
    *((f, "will exceed") for f in ("перевалит", "перевалят")),
    ("переваливает", "exceeds"),
    ("переваливают", "exceed"),
    ("перевалить", "exceed"),
    ("перевалив", "exceeding"),
)
# "преодолеть", "перешагнуть" (to pass a mark) in every tense
_PASSING = tuple(
    (stem + end, english)
    for stem in ("преодоле", "перешагну")
    for end, english in (
        ("л", "exceeded"), ("ла", "exceeded"), ("ло", "exceeded"), ("ли", "exceeded"),
        ("ть", "exceed"), ("в", "exceeding"),
    )
) + (("преодолеет", "will exceed"), ("преодолеют", "will exceed"), ("перешагнет", "will exceed"),
     ("перешагнёт", "will exceed"), ("перешагнут", "will exceed"))  # fmt: skip
# "-ой" adjective endings: masculine, feminine, neuter, plural in their cases
_AVERAGE_ANNUAL = ("ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми")
# ordinals of a quarter (masculine) and a half year (neuter) in the five cases, each paired with
# the noun's form in that case: nominative-accusative, genitive, dative, instrumental,
# prepositional
_ORDINALS = {
    "first": (("первый", "первого", "первому", "первым", "первом"), "первое"),
    "second": (("второй", "второго", "второму", "вторым", "втором"), "второе"),
    "third": (("третий", "третьего", "третьему", "третьим", "третьем"), "третье"),
    "fourth": (("четвертый", "четвертого", "четвертому", "четвертым", "четвертом"), "четвертое"),
}
_QUARTER = ("квартал", "квартала", "кварталу", "кварталом", "квартале")
_HALF = ("полугодие", "полугодия", "полугодию", "полугодием", "полугодии")
_ROMAN = {"first": "I", "second": "II", "third": "III", "fourth": "IV"}
_DIGIT = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# a digit's written ending in each case ("1-й", "1-го", "1-му", "1-м", "1-м"; neuter "1-е")
_DIGIT_ENDINGS = (("й", "е"), ("го",), ("му",), ("м",), ("м",))


def _ordinal_rows() -> list[tuple[str, str]]:
    out = []
    for english, (masculine, neuter_nominative) in _ORDINALS.items():
        neuter = (neuter_nominative, *masculine[1:])
        for case in range(5):
            out.append((f"{masculine[case]} {_QUARTER[case]}", f"the {english} quarter of"))
            out.append((f"{neuter[case]} {_HALF[case]}", f"the {english} half of"))
            for noun, kind in ((_QUARTER[case], "quarter"), (_HALF[case], "half")):
                if kind == "half" and english in ("third", "fourth"):
                    continue
                row = f"the {english} {kind} of"
                out.append((f"{_ROMAN[english].lower()} {noun}", row))
                out.append((f"{_DIGIT[english]} {noun}", row))
                for ending in _DIGIT_ENDINGS[case]:
                    out.append((f"{_DIGIT[english]}-{ending} {noun}", row))
    # "четвёртый": the same words with "ё"
    return out + [(p.replace("четверт", "четвёрт"), e) for p, e in out if "четверт" in p]


@cache
def rows() -> tuple[tuple[str, str], ...]:
    """(phrase, English) of the scale and currency nouns in every case and of the quarters and
    halves by ordinal (module doc); lower case, as the phrase table's rows."""
    out = [(stem + end, english) for stem, english in _SCALES.items() for end in _HARD]
    for stem, endings, english in _CURRENCIES:
        out.extend((stem + end, english) for end in endings)
    dollars = [stem + end for stem, endings, _ in _CURRENCIES[:1] for end in endings]
    out.extend((f"{d} сша", "US dollars") for d in dollars)
    out.extend((f"{a} {d}", "US dollars") for a in _AMERICAN for d in dollars)
    out.extend((c, "US dollars") for c in _AMERICAN_CURRENCY)
    # "800 млн в долларах США", "в американской валюте", "5 млрд в рублях": the currency an
    # amount is counted in, read as its currency word ("800 million in US dollars" took the
    # page's euro, iz05)
    for stem, endings, english in _CURRENCIES:
        out.append((f"в {stem}{endings[9]}", english))
    out.append((f"в {dollars[9]} сша", "US dollars"))
    out.append((f"в американских {dollars[9]}", "US dollars"))
    out.append((f"в {_AMERICAN_CURRENCY[2]}", "US dollars"))
    out.extend(_ordinal_rows())
    # an average (NOTES: averages are not annotated): "в среднем" (on average) and
    # "среднегодовой" (average annual) in every form; "средний" alone is left (its feminine
    # names Central Asia, "Средняя Азия")
    # the marks (module doc) glossed alone, and "выйти на" (reach) in every tense
    out.extend((noun, english) for nouns, english in _MARKS for noun in nouns)
    out.extend((f"{verb} на", english) for verb, english in _REACH)
    out.extend((f"{verb} за", english) for verb, english in _CROSSED)
    out.extend(_PASSING)
    out.append(("в среднем", "on average"))
    out.extend((f"среднегодов{e}", "average annual") for e in _AVERAGE_ANNUAL)
    return tuple(out)


# a scale abbreviation glued to its number: "5млрд", "1,5млн.", "$3трлн"
_GLUED = re.compile(r"(?<=\d)(?=(?:млрд|млн|трлн|тыс)(?![^\W\d_]))", re.IGNORECASE)

# a count of quarters (module doc); the numerals two and three in every case
_COUNT = "|".join(sorted((f for n in (2, 3) for f in _NUMERALS[n]), key=len, reverse=True))
_QUARTER_COUNT = re.compile(
    r"(?<![\w-])(?P<span>за|по\s+итогам|по\s+результатам|в\s+течение|на\s+протяжении|в|во)\s+"
    r"(?P<first>перв(?:ые|ых|ыми|ым)\s+)?"
    rf"(?P<n>[23]|{_COUNT})\s+(?P<noun>квартал(?:ов|ами|ам|ах|а))(?!\w)",
    re.IGNORECASE,
)
_NUMBER_OF = {f: n for n in (2, 3) for f in _NUMERALS[n]}
_ENGLISH = {2: "two", 3: "three"}


def _quarters(m: re.Match[str]) -> str:
    span, first, found, noun = m["span"].lower(), m["first"], m["n"].lower(), m["noun"].lower()
    if span in ("в", "во") and not first:
        return m[0]  # "в трех кварталах подряд": not a span of the year's first quarters
    if found.isdigit() and noun == "квартала" and not (first or span == "за"):
        return m[0]  # "по итогам 3 квартала": the third quarter's results
    n = int(found) if found.isdigit() else _NUMBER_OF[found]
    of = " of" if _YEAR_AFTER.match(m.string, m.end()) else ""
    return f"in the first {_ENGLISH[n]} quarters{of}"


# a mark an amount is set as, in every case ("отметка", "рубеж", "уровень", "планка", "порог"),
# an optional hedge, then "в" and the amount: "вышла на отметку почти в 4 млрд" (reached the mark
# of almost $4bn, iz02), "рубежа в 10 млрд" (iz01); the hedge read after "of", where English
# writes it (glossed in place, "the mark almost in 4 billion" lost its "almost")
_MARK_NOUNS = (
    "отметка", "отметки", "отметке", "отметку", "отметкой",
    "рубеж", "рубежа", "рубежу", "рубежом", "рубеже",
    "уровень", "уровня", "уровню", "уровнем", "уровне",
    "планка", "планки", "планке", "планку", "планкой",
    "порог", "порога", "порогу", "порогом", "пороге",
)  # fmt: skip
_HEDGES = r"более\s+чем|менее\s+чем|почти|около|свыше|порядка|примерно|приблизительно|более|менее"
_MARK_OF = re.compile(
    rf"(?<![\w-])(?P<noun>{'|'.join(_MARK_NOUNS)})\s+(?:(?P<hedge>{_HEDGES})\s+)?в\s+"
    r"(?=[$€]?\s?\d[\d\s.,]*\s?(?:млрд|млн|трлн|тыс|миллиард|миллион|триллион|долл|евро|руб"
    r"|%|процент|[$€]))",
    re.IGNORECASE,
)


# a verb of passing a mark, any form, right before it: "превысил", "превысила", "превышает",
# "преодолел", "преодолеет", "перешагнул"
_PASSED = re.compile(r"(?:превы[сш]|преодол|перешагн)\w*\s+$", re.IGNORECASE)


def _mark_of(m: re.Match[str]) -> str:
    hedge = f"{m['hedge']} " if m["hedge"] else ""
    before = m.string[: m.start()].lower()
    if m["noun"].lower() == "уровне" and before.endswith("на "):
        return f"{m['noun']} {hedge}"  # "на уровне в 5%": the row "на уровне" (at), then 5%
    if before.endswith("выйти на "):
        return f"{m['noun']} {hedge}"  # the row "выйти на уровень" (reach) takes the noun
    if _PASSED.search(before):
        # "превысил отметку в 1 млрд" (exceeded the $1bn mark): the verb's amount itself, read
        # as "exceeded 1 billion" (an amount passed is approx; "exceeded the mark of" was not)
        return hedge
    return f"{m['noun']} of {hedge}"


# "за полгода" (in half a year), "за первые полгода", "в первые полгода": the year's first six
# months, as a count of months is read (:mod:`pipeline.extract.russian_periods`)
_HALF_YEAR = re.compile(
    r"(?<![\w-])(?:за|по\s+итогам|в\s+течение|(?:в|во)(?=\s+первые))\s+(?:первые\s+)?полгода(?!\w)",
    re.IGNORECASE,
)


def _half_year(m: re.Match[str]) -> str:
    of = " of" if _YEAR_AFTER.match(m.string, m.end()) else ""
    return f"in the first six months{of}"


def prepare(text: str) -> str:
    """A Russian sentence before its words are glossed: glued scale abbreviations spaced and
    counts of quarters in English (module doc), ranges of years as English writes them
    (:func:`pipeline.extract.russian_periods.year_ranges`)."""
    text = year_ranges(text)
    if "млн" in text or "млрд" in text or "трлн" in text or "тыс" in text:
        text = _GLUED.sub(" ", text)
    if "вартал" in text:
        text = _QUARTER_COUNT.sub(_quarters, text)
    if " в " in text:
        text = _MARK_OF.sub(_mark_of, text)
    if "полгода" in text:
        text = _HALF_YEAR.sub(_half_year, text)
    return text
