"""Ukrainian amounts, quarters, averages and groups of countries read from the grammar: the
Ukrainian side of :mod:`pipeline.extract.russian_amounts` and :mod:`pipeline.extract.russian_flows`.

Ukrainian declines its scale and currency nouns as Russian does, with a locative of its own
("мільярді") and a second dative ("мільярдові"); the phrase table held the forms pages had
shown, so "1 мільярду 200 мільйонів доларів" kept its Cyrillic billion and "у доларах США" its
Cyrillic dollars. :func:`rows` gives:

- every case and number of "мільйон", "мільярд", "трильйон" -> "million", "billion", "trillion";
- every case of "долар", "гривня", "рубль", "юань"; a dollar form before "США" and after
  "американський" in any form "US dollars"; "у" / "в" before the locative (the currency an amount
  is counted in: "600 млн у доларах США") dropped, as in Russian;
- a quarter or half year by its ordinal, Roman numeral or digit in every case ("першому
  кварталі", "II кварталом", "3-го кварталу", "1-е півріччя") -> "the first quarter of" ...;
- "в середньому" / "у середньому" (on average) and "середньорічний" (average annual) in every
  form (NOTES: averages are not annotated);
- a group of countries after "країни" or "держави" (and "-члени") in every case ("з країнами
  ЄС", "державам-членам ЄАЕС") -> "European Union countries": word for word, "countries European
  Union" made the group the trader (the Russian finding of iz03);
- the flow adjectives "двосторонній", "взаємний", "сукупний", "загальний" in every form before
  "товарообіг", "торгівля", "експорт", "імпорт" in the same case -> "bilateral trade", "total
  exports" ..., their owner put before them by :func:`pipeline.extract.russian_flows.reorder`.

- a year named relative to the page's ("минулий", "попередній", "поточний", "цей",
  "наступний", "майбутній", "позаминулий" before "рік" in every case), the marks an amount is set
  as ("позначка", "рубіж", "рівень", "планка", "поріг") and "вийти на" (reach), as Russian.

Before the words are glossed (:func:`prepare`), a scale abbreviation glued to its number ("5млрд")
gets its space, and a count of two or three quarters after a span's preposition ("за перші три
квартали", "протягом трьох кварталів", "за 3 квартали") is "in the first three quarters" (the
plural "квартали" after a digit is a count; the singular genitive "3 кварталу" is the third
quarter); "за (перші) півроку" is "in the first six months"; a hedged mark's "у"/"в" before its
amount is "of" with the hedge after it; "з 2025 по 2030 рік" is "from 2025 to 2030".

Errors: none; a form not listed is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

# hard masculine endings: nominative, genitive, dative (two), instrumental, locative, then the
# plural nominative, genitive, dative, instrumental, locative
_HARD = ("", "а", "у", "ові", "ом", "і", "и", "ів", "ам", "ами", "ах")
_SCALES = {"мільйон": "million", "мільярд": "billion", "трильйон": "trillion"}
_CURRENCIES: tuple[tuple[tuple[str, ...], str], ...] = (
    (tuple("долар" + e for e in _HARD), "dollars"),
    (
        ("гривня", "гривні", "гривню", "гривнею", "гривень", "гривням", "гривнями", "гривнях"),
        "hryvnias",
    ),
    (
        ("рубль", "рубля", "рублю", "рублем", "рублі", "рублів", "рублям", "рублями", "рублях"),
        "rubles",
    ),
    (("юань", "юаня", "юаню", "юанем", "юані", "юанів", "юаням", "юанями", "юанях"), "yuan"),
)
_AMERICAN = tuple(
    "американськ" + e for e in ("ий", "ого", "ому", "им", "ім", "і", "их", "ими", "а", "ої", "ій")
)

# ordinals (masculine forms, then the neuter nominative) and the nouns in every case
_ORDINALS = {
    "first": (("перший", "першого", "першому", "першим", "першім"), "перше"),
    "second": (("другий", "другого", "другому", "другим", "другім"), "друге"),
    "third": (("третій", "третього", "третьому", "третім"), "третє"),
    "fourth": (("четвертий", "четвертого", "четвертому", "четвертим", "четвертім"), "четверте"),
}
_QUARTER = ("квартал", "кварталу", "кварталові", "кварталом", "кварталі")
_HALF = ("півріччя", "півріччю", "півріччям", "півріччі")
_ROMAN = {"first": "I", "second": "II", "third": "III", "fourth": "IV"}
_DIGIT = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
_DIGIT_ENDINGS = ("й", "го", "му", "м", "е")

_GROUP_NOUNS = (
    "країни", "країн", "країнам", "країнами", "країнах",
    "держави", "держав", "державам", "державами", "державах",
    "країни-члени", "країн-членів", "країнам-членам", "країнами-членами", "країнах-членах",
    "держави-члени", "держав-членів", "державам-членам", "державами-членами", "державах-членах",
)  # fmt: skip
_GROUPS = {
    "єс": "European Union",
    "євросоюзу": "European Union",
    "снд": "CIS",
    "єаес": "Eurasian Economic Union",
    "асеан": "ASEAN",
}

# flow adjectives (soft "двосторонній", hard "взаємний", "сукупний", "загальний"): masculine
# (nominative, genitive, dative, instrumental, locative), feminine (nominative, genitive, dative,
# accusative, instrumental, locative)
_SOFT_M = ("ій", "ього", "ьому", "ім", "ьому")
_SOFT_F = ("я", "ьої", "ій", "ю", "ьою", "ій")
_HARD_M = ("ий", "ого", "ому", "им", "ому")
_HARD_F = ("а", "ої", "ій", "у", "ою", "ій")
_ADJECTIVES = (
    ("двосторонн", _SOFT_M, _SOFT_F, "bilateral"),
    ("взаємн", _HARD_M, _HARD_F, "bilateral"),
    ("сукупн", _HARD_M, _HARD_F, "total"),
    ("загальн", _HARD_M, _HARD_F, "total"),
)
_MASCULINE_FLOWS = (
    (("товарообіг", "товарообігу", "товарообігові", "товарообігом", "товарообігу"), "trade"),
    (("експорт", "експорту", "експортові", "експортом", "експорті"), "exports"),
    (("імпорт", "імпорту", "імпортові", "імпортом", "імпорті"), "imports"),
)
_TRADE = ("торгівля", "торгівлі", "торгівлі", "торгівлю", "торгівлею", "торгівлі")


# a year named relative to the page's, the adjective in the cases of ``_YEAR_CASES``
# (nominative-accusative, genitive, dative, instrumental, locative)
_YEAR_CASES = ("рік", "року", "року", "роком", "році")
_RELATIVE_YEARS = (
    (("минулий", "минулого", "минулому", "минулим", "минулому"), "last year"),
    (("попередній", "попереднього", "попередньому", "попереднім", "попередньому"), "the previous year"),
    (("поточний", "поточного", "поточному", "поточним", "поточному"), "this year"),
    (("цей", "цього", "цьому", "цим", "цьому"), "this year"),
    (("наступний", "наступного", "наступному", "наступним", "наступному"), "next year"),
    (("майбутній", "майбутнього", "майбутньому", "майбутнім", "майбутньому"), "next year"),
    (("позаминулий", "позаминулого", "позаминулому", "позаминулим", "позаминулому"), "the year before last"),
)  # fmt: skip
# marks an amount is set as ("вийшов на рівень майже у 4 млрд": the level of almost $4bn), and
# "вийти на" (reach) in every tense
_MARKS = (
    (("позначка", "позначки", "позначці", "позначку", "позначкою"), "the mark"),
    (("рубіж", "рубежу", "рубежеві", "рубежем", "рубежі"), "the mark"),
    (("рівень", "рівня", "рівню", "рівнем"), "the level"),
    (("планка", "планки", "планці", "планку", "планкою"), "the bar"),
    (("поріг", "порогу", "порогові", "порогом", "порозі"), "the threshold"),
)
_REACH = (
    *((f, "reached") for f in ("вийшов", "вийшла", "вийшло", "вийшли")),
    *((f, "will reach") for f in ("вийде", "вийдуть")),
    ("виходить", "reaches"),
    ("виходять", "reach"),
    ("вийти", "reach"),
)


def _year_rows() -> list[tuple[str, str]]:
    out = []
    for forms, english in _RELATIVE_YEARS:
        for case, (adjective, noun) in enumerate(zip(forms, _YEAR_CASES, strict=True)):
            out.append((f"{adjective} {noun}", english))
            if case == 4:
                bare = f"in {english}" if english.startswith("the ") else english
                out.extend((f"{p} {adjective} {noun}", bare) for p in ("у", "в"))
            if case == 0:
                out.append((f"за {adjective} {noun}", english))
    return out


def _quarter_rows() -> list[tuple[str, str]]:
    out = []
    for english, (masculine, neuter) in _ORDINALS.items():
        quarter, half = f"the {english} quarter of", f"the {english} half of"
        for form in masculine:
            out.extend((f"{form} {noun}", quarter) for noun in _QUARTER)
        if english in ("first", "second"):
            for form in (neuter, *masculine[1:]):
                out.extend((f"{form} {noun}", half) for noun in _HALF)
        for mark in (_ROMAN[english].lower(), _DIGIT[english]):
            out.extend((f"{mark} {noun}", quarter) for noun in _QUARTER)
            if english in ("first", "second"):
                out.extend((f"{mark} {noun}", half) for noun in _HALF)
        for ending in _DIGIT_ENDINGS:
            digit = f"{_DIGIT[english]}-{ending}"
            out.extend((f"{digit} {noun}", quarter) for noun in _QUARTER)
            if english in ("first", "second"):
                out.extend((f"{digit} {noun}", half) for noun in _HALF)
    return out


def _flow_rows() -> list[tuple[str, str]]:
    out = []
    for stem, masculine, feminine, english in _ADJECTIVES:
        for nouns, flow in _MASCULINE_FLOWS:
            out.extend(
                (f"{stem}{e} {n}", f"{english} {flow}")
                for e, n in zip(masculine, nouns, strict=True)
            )
        out.extend(
            (f"{stem}{e} {n}", f"{english} trade") for e, n in zip(feminine, _TRADE, strict=True)
        )
    return out


@cache
def rows() -> tuple[tuple[str, str], ...]:
    """(phrase, English) of the module doc's forms, lower case."""
    out = [(stem + end, english) for stem, english in _SCALES.items() for end in _HARD]
    for forms, english in _CURRENCIES:
        out.extend((form, english) for form in forms)
        for preposition in ("у", "в"):
            out.extend((f"{preposition} {form}", english) for form in forms if form[-2:] == "ах")
    dollars = _CURRENCIES[0][0]
    out.extend((f"{d} сша", "US dollars") for d in dollars)
    out.extend((f"{p} доларах сша", "US dollars") for p in ("у", "в"))
    out.extend((f"{a} {d}", "US dollars") for a in _AMERICAN for d in dollars)
    out.extend(_quarter_rows())
    out.extend((f"{p} середньому", "on average") for p in ("у", "в"))
    out.extend(
        (f"середньорічн{e}", "average annual")
        for e in ("ий", "ого", "ому", "им", "а", "ої", "ій", "у", "е", "і", "их", "ими")
    )
    out.extend((f"{n} {g}", f"{e} countries") for n in _GROUP_NOUNS for g, e in _GROUPS.items())
    out.extend(_flow_rows())
    out.extend(_year_rows())
    out.extend((noun, english) for nouns, english in _MARKS for noun in nouns)
    out.extend((f"{verb} на", english) for verb, english in _REACH)
    return tuple(out)


_GLUED = re.compile(r"(?<=\d)(?=(?:млрд|млн|трлн|тис)(?![^\W\d_]))", re.IGNORECASE)
_COUNTS = {
    "два": 2,
    "двох": 2,
    "двом": 2,
    "двома": 2,
    "три": 3,
    "трьох": 3,
    "трьом": 3,
    "трьома": 3,
}
_QUARTER_COUNT = re.compile(
    r"(?<![\w'-])(?:за|за\s+підсумками|за\s+результатами|протягом|упродовж|впродовж|у|в)\s+"
    r"(?P<first>перш(?:і|их|им|ими)\s+)?"
    rf"(?P<n>[23]|{'|'.join(_COUNTS)})\s+(?P<noun>квартал(?:ів|ами|ам|ах|и))(?![\w'])",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(
    r"\s+(?:\d{4}\b|(?:поточного|цього|минулого|попереднього|звітного)\s+року\b)", re.IGNORECASE
)


def _quarters(m: re.Match[str]) -> str:
    if m[0][:1].lower() in ("у", "в") and not m["first"]:
        return m[0]  # "у трьох кварталах поспіль": not a span of the year's first quarters
    found = m["n"].lower()
    n = int(found) if found.isdigit() else _COUNTS[found]
    of = " of" if _YEAR_AFTER.match(m.string, m.end()) else ""
    return f"in the first {'two' if n == 2 else 'three'} quarters{of}"


_MARK_NOUNS = "|".join(noun for nouns, _ in _MARKS for noun in nouns)
_HEDGES = r"більш\s+ніж|менш\s+ніж|майже|близько|понад|приблизно|орієнтовно"
_MARK_OF = re.compile(
    rf"(?<![\w'-])(?P<noun>{_MARK_NOUNS})\s+(?:(?P<hedge>{_HEDGES})\s+)?[ув]\s+"
    r"(?=[$€]?\s?\d[\d\s.,]*\s?(?:млрд|млн|трлн|тис|мільярд|мільйон|трильйон|дол|євро|грн|%|"
    r"відсот|[$€]))",
    re.IGNORECASE,
)
_HALF_YEAR = re.compile(
    r"(?<![\w'-])(?:за|протягом|(?:у|в)(?=\s+перші))\s+(?:перші\s+)?півроку(?![\w'])", re.IGNORECASE
)
_FROM_TO_YEARS = re.compile(
    r"(?<![\w'-])[зЗ] (\d{4})(?: року| р\.)? по (\d{4})(?: рік| р\.)?(?![\w'])"
)


def _mark_of(m: re.Match[str]) -> str:
    return f"{m['noun']} of {m['hedge'] + ' ' if m['hedge'] else ''}"


def _half_year(m: re.Match[str]) -> str:
    return f"in the first six months{' of' if _YEAR_AFTER.match(m.string, m.end()) else ''}"


def prepare(text: str) -> str:
    """A Ukrainian sentence before its words are glossed (module doc): glued scales spaced,
    counts of quarters and "за півроку" in English, a hedged mark's "у" as "of" ("рівень майже
    у 4 млрд" -> "рівень of майже 4 млрд"), "з 2025 по 2030 рік" as "from 2025 to 2030"."""
    if "млн" in text or "млрд" in text or "трлн" in text or "тис" in text:
        text = _GLUED.sub(" ", text)
    if "вартал" in text:
        text = _QUARTER_COUNT.sub(_quarters, text)
    if " у " in text or " в " in text:
        text = _MARK_OF.sub(_mark_of, text)
    if "півроку" in text:
        text = _HALF_YEAR.sub(_half_year, text)
    if " по " in text:
        text = _FROM_TO_YEARS.sub(r"from \1 to \2", text)
    return text
