"""Russian year-to-date spans written as a count of months: "за 8 месяцев", "по итогам пяти
месяцев", "за первые семь месяцев", "в течение первых четырёх месяцев" (NOTES: a span of the
first N months of a year is that year's January to month N).

English writes one form, "in the first 8 months of 2031"; Russian writes the count as digits or
as a numeral word, and both the numeral and the noun "месяц" take the case the preposition
governs: the accusative after "за" and "в" ("за пять месяцев", "за 4 месяца"), the genitive after
"по итогам", "в течение", "на протяжении" ("по итогам пяти месяцев", "в течение 9 месяцев").
A word-for-word gloss listing a few nominative phrases ("пять месяцев") misses the other cases
and a capitalised preposition opening the sentence ("За 4 месяца ..."). So the phrase is read
from the grammar, not from a list of what pages said:

- the numerals two to twelve in every case (:data:`_NUMERALS`: nominative-accusative,
  genitive-prepositional, dative, instrumental; "ё" or "е" as pages write it);
- every case and number of "месяц" and of "первый" (first) in the plural;
- the prepositions that make a span of the count: "за", "по итогам", "по результатам", "в
  течение", "на протяжении", and "в" only with "первые" ("в первые 5 месяцев").

"of" is added only where a year follows ("2031 года", "текущего года"): "за 10 месяцев
товарооборот вырос" is "in the first 10 months trade rose". A count with no such preposition
("5 месяцев назад", five months ago; "срок 6 месяцев", a term) is left as it is.

The base of a comparison, "the same period" of an earlier year (NOTES: a change is against the
same months a year earlier), is read the same way (:func:`same_period_rows`): its adjective
("аналогичный", "соответствующий", "тот же", "такой же") and "период" in every case of the
singular, alone or after the preposition of a comparison in the case it governs ("по сравнению
с" / "в сравнении с" the instrumental "аналогичным периодом", "по отношению к" the dative
"аналогичному периоду"). Left unread, "в сравнении с аналогичным периодом 2011 года" gave its
year 2011 to the figures of the sentences after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The cardinal numerals two to twelve: nominative-accusative, genitive (= prepositional),
# dative, instrumental (Russian grammar; "ё" spellings written both ways)
_NUMERALS: dict[int, tuple[str, ...]] = {
    2: ("два", "двух", "двум", "двумя"),
    3: ("три", "трёх", "трех", "трём", "трем", "тремя"),
    4: ("четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя"),
    5: ("пять", "пяти", "пятью"),
    6: ("шесть", "шести", "шестью"),
    7: ("семь", "семи", "семью"),
    8: ("восемь", "восьми", "восемью", "восьмью"),
    9: ("девять", "девяти", "девятью"),
    10: ("десять", "десяти", "десятью"),
    11: ("одиннадцать", "одиннадцати", "одиннадцатью"),
    12: ("двенадцать", "двенадцати", "двенадцатью"),
}
# every case of "месяц" (singular after 2-4, plural after 5-12 and in the oblique cases)
_MONTH = r"месяц(?:ами|ам|ах|ев|ем|а|у|е|ы)?"
_FIRST = r"(?:перв(?:ые|ых|ыми|ым)\s+)"
_SPAN = (
    r"(?:за|по\s+итогам|по\s+результатам|в\s+течение|на\s+протяжении)\s+(?:первые\s+|первых\s+)?"
    rf"|(?:в|во)\s+{_FIRST}"
)
# a year after the count: "2031 года", "2031 г.", "текущего года", "прошлого года" (and its
# synonyms "истекшего", "прошедшего"; "уходящего", the year now ending)
_YEAR_AFTER = re.compile(
    r"\s+(?:\d{4}\b|(?:текущего|этого|нынешнего|прошлого|минувшего|истекшего|прошедшего|"
    r"уходящего|отчётного|отчетного|позапрошлого|следующего|будущего)\s+года\b)",
    re.IGNORECASE,
)


_ENGLISH = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
}


def month_count_reader(
    numerals: dict[int, tuple[str, ...]], span: str, month: str, year_after: re.Pattern[str]
) -> Callable[[str], str]:
    """A function writing a sentence's month-count spans in English ("in the first 8 months",
    "... of" where ``year_after`` matches next), for one language's grammar: ``numerals`` (two to
    twelve -> every case form), ``span`` (the prepositions making a span of the count, a regex),
    ``month`` (every case of the noun "month", a regex). Russian and Ukrainian
    (:mod:`pipeline.extract.ukrainian`) share this shape; a count outside 2-12 stays as written."""
    number_of = {form: n for n, forms in numerals.items() for form in forms}
    count = "|".join(sorted(number_of, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{span})(\d{{1,2}}|{count})\s+{month}(?!\w)", re.IGNORECASE)

    def english(m: re.Match[str]) -> str:
        found = m[1].lower()
        n = int(found) if found.isdigit() else number_of[found]
        if not 1 < n < 13:
            return m[0]
        of = " of" if year_after.match(m.string, m.end()) else ""
        return f"in the first {found if found.isdigit() else _ENGLISH[n]} months{of}"

    return lambda text: pattern.sub(english, text)


_RUSSIAN_MONTHS = month_count_reader(_NUMERALS, _SPAN, _MONTH, _YEAR_AFTER)


# "текущего 2031 года" (of the current year 2031), "прошлого 2030 года": the year is named, its
# relative adjective says no more (glossed word by word, the adjective stayed in Cyrillic and
# the year read as a second period)
_NAMED_RELATIVE_YEAR = re.compile(
    r"\b(?:текущего|этого|нынешнего|прошлого|минувшего|истекшего|прошедшего|отчётного|отчетного|"
    r"уходящего)\s+(?=\d{4}\s*(?:года|г\.))",
    re.IGNORECASE,
)


def russian_months(text: str) -> str:
    """A Russian sentence before its words are glossed, its month-count spans in English ("за 8
    месяцев 2031 года" -> "in the first 8 months of 2031 года"; module doc) and a named year's
    relative adjective dropped ("текущего 2031 года" -> "2031 года"); called as the other
    languages' ``prepare`` (``foreign._PREPARE``)."""
    low = text.lower()
    if "года" in low or " г." in low:
        text = _NAMED_RELATIVE_YEAR.sub("", text)
    if "месяц" not in low:
        return text
    return _RUSSIAN_MONTHS(text)


# "the same period": the adjectives a page writes it with, in every case of the singular
# (nominative-accusative, genitive, dative, instrumental, prepositional), then "период" in the
# same case (Russian declension: hard "-ый", soft "-ий", the pronoun "тот же")
_SAME = (
    ("аналогичный", "аналогичного", "аналогичному", "аналогичным", "аналогичном"),
    (
        "соответствующий",
        "соответствующего",
        "соответствующему",
        "соответствующим",
        "соответствующем",
    ),
    ("тот же", "того же", "тому же", "тем же", "том же"),
    ("такой же", "такого же", "такому же", "таким же", "таком же"),
    ("этот же", "этого же", "этому же", "этим же", "этом же"),
    ("сопоставимый", "сопоставимого", "сопоставимому", "сопоставимым", "сопоставимом"),
)
_PERIOD_CASES = ("период", "периода", "периоду", "периодом", "периоде")
# the prepositions of a comparison, each with the case it governs ("с" the instrumental, "к" the
# dative) and the one English writes
_COMPARED = {
    "по сравнению с": 3,
    "в сравнении с": 3,
    "сравнительно с": 3,
    "в сопоставлении с": 3,
    "по отношению к": 2,
    "относительно": 1,
}
# ... and the prepositions read as a comparison only before "the same period" (alone "к" is "to",
# "против" "against", rows of their own): "рост на 12% к аналогичному периоду"
_COMPARED_BEFORE_SAME = {"к": 2, "против": 1}
# a comparative before the genitive of comparison ("на 12% больше аналогичного периода", more
# than the same period): its English, the genitive's index in ``_PERIOD_CASES``
_THAN = {
    "больше": ("more than", 1),
    "меньше": ("less than", 1),
    "выше": ("higher than", 1),
    "ниже": ("lower than", 1),
}


def same_period_rows(
    same: tuple[tuple[str, ...], ...] = _SAME,
    periods: tuple[str, ...] = _PERIOD_CASES,
    compared: dict[str, int] = _COMPARED,
    than: dict[str, tuple[str, int]] = _THAN,
    bound: dict[str, int] = _COMPARED_BEFORE_SAME,
) -> list[tuple[str, str]]:
    """(phrase, English) of "the same period" in every case, alone and after a comparison's
    preposition ("по сравнению с аналогичным периодом" -> "compared with the same period of";
    module doc of :mod:`pipeline.extract.russian_periods`). The defaults are Russian's; a language
    declining the same way passes its own adjectives (each a tuple in the cases of ``periods``),
    noun cases and prepositions with the index of the case each governs, and comparatives with
    their English and the index of the case they govern ("больше аналогичного периода" -> "more
    than the same period of"), and ``bound``, prepositions read as a comparison only before the
    same period (alone they keep their rows; Ukrainian, :mod:`pipeline.extract.ukrainian`)."""
    out = []
    for forms in same:
        for case, (adjective, noun) in enumerate(zip(forms, periods, strict=True)):
            out.append((f"{adjective} {noun}", "the same period of"))
            for preposition, governed in (compared | bound).items():
                if governed == case:
                    out.append(
                        (f"{preposition} {adjective} {noun}", "compared with the same period of")
                    )
            for comparative, (english, governed) in than.items():
                if governed == case:
                    out.append(
                        (f"{comparative} {adjective} {noun}", f"{english} the same period of")
                    )
    out.extend((p, "compared with") for p in compared)
    return out
