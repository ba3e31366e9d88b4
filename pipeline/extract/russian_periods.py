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


# A year named relative to the page's own, by an adjective before "год" in every case: "в
# прошлом году", "за минувший год", "по сравнению с прошлым годом", "в нынешнем году", "в
# следующем году", "в позапрошлом году". The phrase table held a few pairs pages had shown
# ("в прошлом году", "прошлого года"); the rest stayed in Cyrillic and the figure took another
# sentence's year. Each adjective's forms are listed in the cases of ``_YEAR_CASES``
# (nominative-accusative, genitive, dative, instrumental, prepositional), read as English names
# the year; "в" before the prepositional and "за" before the accusative are English's bare
# phrase ("last year"), as the CSV's rows read them.
_YEAR_CASES = ("год", "года", "году", "годом", "году")
_RELATIVE_YEARS = (
    (("прошлый", "прошлого", "прошлому", "прошлым", "прошлом"), "last year"),
    (("минувший", "минувшего", "минувшему", "минувшим", "минувшем"), "last year"),
    (("истекший", "истекшего", "истекшему", "истекшим", "истекшем"), "last year"),
    (("прошедший", "прошедшего", "прошедшему", "прошедшим", "прошедшем"), "last year"),
    (("предыдущий", "предыдущего", "предыдущему", "предыдущим", "предыдущем"), "the previous year"),
    (("текущий", "текущего", "текущему", "текущим", "текущем"), "this year"),
    (("нынешний", "нынешнего", "нынешнему", "нынешним", "нынешнем"), "this year"),
    (("этот", "этого", "этому", "этим", "этом"), "this year"),
    (("следующий", "следующего", "следующему", "следующим", "следующем"), "next year"),
    (("будущий", "будущего", "будущему", "будущим", "будущем"), "next year"),
    (("наступающий", "наступающего", "наступающему", "наступающим", "наступающем"), "next year"),
    (
        ("позапрошлый", "позапрошлого", "позапрошлому", "позапрошлым", "позапрошлом"),
        "the year before last",
    ),
)  # fmt: skip
# "в конце / в начале / в середине" (at the end / beginning / middle of), "ближайшие" (the next:
# "в ближайшие пять лет"), "годом раньше" (a year earlier, beside the CSV's "годом ранее")
_PERIOD_WORDS = (
    ("в конце", "at the end of"),
    ("в начале", "at the beginning of"),
    ("в середине", "in the middle of"),
    ("ближайшие", "the next"),
    ("ближайших", "the next"),
    ("ближайшим", "the next"),
    ("ближайшими", "the next"),
    ("годом раньше", "a year earlier"),
    ("годом прежде", "a year earlier"),
    ("годом позже", "a year later"),
    ("годом позднее", "a year later"),
    ("в прошлом месяце", "last month"),
    ("в прошлом квартале", "last quarter"),
)


def relative_year_rows() -> list[tuple[str, str]]:
    """(phrase, English) of a year named relative to the page's (above) in every case, and the
    period words of ``_PERIOD_WORDS``."""
    out = []
    for forms, english in _RELATIVE_YEARS:
        for case, (adjective, noun) in enumerate(zip(forms, _YEAR_CASES, strict=True)):
            out.append((f"{adjective} {noun}", english))
            if case == 4:  # "in the year before last", "in the previous year"; "last year"
                bare = f"in {english}" if english.startswith("the ") else english
                out.append((f"в {adjective} {noun}", bare))
            if case == 0:
                out.append((f"за {adjective} {noun}", english))
    return out + list(_PERIOD_WORDS)


# the year's noun in the plural after a range of years ("в 2029-2030 годах", "2025–2030 гг."):
# English writes the bare range; and "с 2025 (года) по 2030 (год)" (from 2025 to 2030)
_YEARS_NOUN = re.compile(r"(?<=\d{4}) (?:годах|годы|годов|годам|годами)(?!\w)")
_FROM_TO_YEARS = re.compile(r"(?<![\w-])[сС] (\d{4})(?: года| г\.)? по (\d{4})(?: год| г\.)?(?!\w)")


def year_ranges(text: str) -> str:
    """``text`` with a range's plural year noun dropped and "с 2025 по 2030 год" as "from 2025 to
    2030" (above)."""
    if "год" in text:
        text = _YEARS_NOUN.sub("", text)
    if " по " in text:
        text = _FROM_TO_YEARS.sub(r"from \1 to \2", text)
    return text
