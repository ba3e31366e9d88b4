"""Ukrainian pages read through the English rules: the Ukrainian side of
:mod:`pipeline.extract.foreign`.

Ukrainian declines as Russian does (six cases, a country's name taking the case its preposition
governs), so what a word-for-word gloss needs is generated from the grammar, not listed from
pages:

- a country's case forms (:func:`name_forms`) from the nominative iso-codes and the CLDR give
  ("Польща" -> "Польщі", "Польщу", "Польщею"; "Китай" -> "Китаю", "Китаєм", "Китаї"; "Південна
  Корея" -> "Південної Кореї"), and the prepositions whose sense the case decides: "з" (also
  "із", "зі") with the genitive is "from" ("імпорт з Китаю"), with the instrumental "with"
  ("торгівля з Китаєм"); "у"/"в" with the accusative is "to" ("експорт у Китай"), with the
  locative "in" (the rows' "у" and the name);
- a demonym's every case and gender from its masculine row ("український" -> "українська",
  "української", "українсько-": :func:`adjective_forms`);
- "the same period" in every case, alone and after a comparison ("порівняно з аналогічним
  періодом"), by :func:`~pipeline.extract.russian_periods.same_period_rows` with Ukrainian words,
  and each month's locative ("у січні", "у листопаді") from the CLDR's nominative
  (:func:`period_rows`);
- before the gloss (:func:`prepare`): every apostrophe typed as "'" ("п’ять", "пʼять"), "з"
  before any word in the instrumental "with" ("торгівля з країнами ЄС"), the year's noun after a
  year dropped ("у 2031 році", "2031 року", "2031 р.": English writes the
  bare year), and a span of a count of months in English ("за п'ять місяців 2031 року" -> "in
  the first five months of 2031", :func:`~pipeline.extract.russian_periods.month_count_reader`);
- after it (:func:`reorder`): an owner written after its flow put before it ("експорт України до
  Польщі" -> "exports Ukraine to Poland" -> "Ukraine's exports to Poland",
  :func:`pipeline.extract.polish.owner_first`).

"на" before a number is the size of a change or the worth of goods, as in Russian
(``foreign.gloss``). Errors: none; a word of another shape is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract import russian_flows, ukrainian_amounts
from pipeline.extract.polish import owner_first
from pipeline.extract.russian_periods import month_count_reader, same_period_rows
from pipeline.lexicon.cldr_words import month_names

# Apostrophes pages type inside a word ("п’ять", "пʼять", "м`ясо"): one letter, "'"
_APOSTROPHE = re.compile(r"(?<=[а-яіїєґ])[’ʼ`‘](?=[а-яіїєґ])", re.IGNORECASE)
# the year's noun after a year in every case and number ("2031 року", "у 2031 році", "порівняно з
# 2030 роком", "у 2030-2031 роках", "2031 р.")
_YEAR_NOUN = re.compile(r"(?<=\d{4}) (?:року|році|рік|роком|роках|роки|років|рр?\.)(?!\w)")
# "з" (also "із", "зі") before a word in the instrumental is "with" ("з країнами ЄС", "з ними"),
# where before the genitive it is "from" (the rows' gloss); names' cases are rows of their own,
# and so are a comparison's "порівняно з аналогічним періодом" (the same period's rows) and
# "згідно з даними" (according to)
_WITH = re.compile(
    r"(?<![\w'])(?<!порівняно )(?<!порівнянні )(?<!згідно )(з|із|зі) (?=[\w']+(?:ою|ею|єю|ом|ем|єм|ами|ями|ими|іми|им|ім)(?![\w']))",
    re.IGNORECASE,
)

# The cardinal numerals two to twelve in every case (Ukrainian grammar: nominative-accusative,
# genitive-locative, the animate genitive in "-ох", dative, instrumental)
_NUMERALS: dict[int, tuple[str, ...]] = {
    2: ("два", "двох", "двом", "двома"),
    3: ("три", "трьох", "трьом", "трьома"),
    4: ("чотири", "чотирьох", "чотирьом", "чотирма", "чотирьома"),
    5: ("п'ять", "п'яти", "п'ятьох", "п'ятьом", "п'ятьма", "п'ятьома"),
    6: ("шість", "шести", "шістьох", "шістьом", "шістьма", "шістьома"),
    7: ("сім", "семи", "сімох", "сімом", "сьома", "сімома"),
    8: ("вісім", "восьми", "вісьмох", "вісьмом", "вісьма", "вісьмома"),
    9: ("дев'ять", "дев'яти", "дев'ятьох", "дев'ятьом", "дев'ятьма", "дев'ятьома"),
    10: ("десять", "десяти", "десятьох", "десятьом", "десятьма", "десятьома"),
    11: ("одинадцять", "одинадцяти", "одинадцятьох", "одинадцятьом", "одинадцятьма"),
    12: ("дванадцять", "дванадцяти", "дванадцятьох", "дванадцятьом", "дванадцятьма"),
}
# every case of "місяць" in both numbers, and of "перші" (the first)
_MONTH = r"місяц(?:ями|ям|ях|ів|ем|ь|я|ю|і)"
_SPAN = (
    r"(?:за|за\s+підсумками|за\s+результатами|протягом|упродовж|впродовж)\s+"
    r"(?:перші\s+|перших\s+)?|(?:у|в)\s+(?:перші|перших)\s+"
)
_YEAR_AFTER = re.compile(
    r"\s+(?:\d{4}\b|(?:поточного|цього|минулого|попереднього|звітного|наступного)\s+року\b)",
    re.IGNORECASE,
)
_MONTH_COUNTS = month_count_reader(_NUMERALS, _SPAN, _MONTH, _YEAR_AFTER)


def prepare(text: str) -> str:
    """Ukrainian ``text`` (numbers already English) with its apostrophes as "'", the year's noun
    after a year dropped, its month-count spans in English and "з" before an instrumental
    "with" (module doc)."""
    text = ukrainian_amounts.prepare(_APOSTROPHE.sub("'", text))  # "5млрд", "за три квартали"
    if "р" in text:
        text = _YEAR_NOUN.sub("", text)
    if "місяц" in text.lower():
        text = _MONTH_COUNTS(text)
    if "з" in text.lower():
        text = _WITH.sub(lambda m: "With " if m[1][0].isupper() else "with ", text)
    return text


def reorder(text: str) -> str:
    """Glossed ``text`` with an owner after its flow put before it (module doc; after an
    adjective, "bilateral trade Ukraine", as Russian: :func:`~.russian_flows.reorder`)."""
    return owner_first(russian_flows.reorder(text))


# "the same period": its adjectives in the cases of ``_PERIOD_CASES`` (nominative-accusative,
# genitive, dative, instrumental, locative), and the prepositions of a comparison with the index
# of the case each governs ("порівняно з" the instrumental, "відносно" the genitive)
_SAME = (
    ("аналогічний", "аналогічного", "аналогічному", "аналогічним", "аналогічному"),
    ("відповідний", "відповідного", "відповідному", "відповідним", "відповідному"),
    ("той самий", "того самого", "тому самому", "тим самим", "тому самому"),
    ("такий самий", "такого самого", "такому самому", "таким самим", "такому самому"),
    # "той же" with "ж" after a vowel, as the grammar writes it, and "же" as pages also do
    ("той же", "того ж", "тому ж", "тим же", "тому ж"),
    ("той же", "того же", "тому же", "тим же", "тому же"),
    ("цей же", "цього ж", "цьому ж", "цим же", "цьому ж"),
    ("зіставний", "зіставного", "зіставному", "зіставним", "зіставному"),
)
_PERIOD_CASES = ("період", "періоду", "періоду", "періодом", "періоді")
_COMPARED = {
    "порівняно з": 3,
    "порівняно із": 3,
    "порівняно зі": 3,
    "у порівнянні з": 3,
    "в порівнянні з": 3,
    "у порівнянні із": 3,
    "в порівнянні із": 3,
    "відносно": 1,
}
# a comparative before the genitive ("на 12% більше аналогічного періоду"), and the prepositions
# read as a comparison only before "the same period" ("зріс на 12% до аналогічного періоду",
# "проти відповідного періоду", "щодо того ж періоду": alone "до" is "to", "проти" "against",
# "щодо" and "стосовно" "regarding")
_THAN = {
    "більше": ("more than", 1),
    "менше": ("less than", 1),
    "вище": ("higher than", 1),
    "нижче": ("lower than", 1),
}
_COMPARED_BEFORE_SAME = {"до": 1, "проти": 1, "щодо": 1, "стосовно": 1}


def _locative(month: str) -> str | None:
    # "січень" -> "січні", "лютий" -> "лютому", "листопад" -> "листопаді"
    if month.endswith("ень"):
        return month[:-3] + "ні"
    if month.endswith("ий"):
        return month[:-2] + "ому"
    return month + "і" if month[-1:].isalpha() and month[-1:] not in "аяиіь" else None


def period_rows() -> list[tuple[str, str]]:
    """(phrase, English) of "the same period" in every case, alone and after a comparison
    ("порівняно з аналогічним періодом" -> "compared with the same period of"), and each month's
    locative from the CLDR's nominative ("у травні": in May), lower-case."""
    rows = same_period_rows(_SAME, _PERIOD_CASES, _COMPARED, _THAN, _COMPARED_BEFORE_SAME)
    for name, english in month_names("uk"):
        form = _locative(name)
        if form and name.endswith(("ень", "ий", "ад")):
            rows.append((form, english))
    return rows


# State nouns that open an official name ("Республіка Корея"): no adjective, though they end
# like one
_STATE_NOUNS = frozenset(
    {"Республіка", "Держава", "Федерація", "Співдружність", "Князівство", "Королівство"}
)
_ADJECTIVE_ENDS = ("ська", "цька", "зька", "на", "ва", "ика")
_PLURAL_ADJECTIVE_ENDS = ("ні", "ські", "цькі", "зькі", "ві")
# k, g, h alternate before the dative-locative "-і" ("Мексика" -> "Мексиці")
_ALTERNATION = {"к": "ц", "г": "з", "х": "с"}
_VOWELS = "аеєиіїоуюя"


def _noun(word: str) -> dict[str, str]:
    """The oblique case forms of one country noun by case ("gen", "dat", "acc", "ins", "loc";
    the accusative only where it is not the nominative); ``{}`` for an indeclinable one
    ("Чилі", "Марокко") or one written in capitals ("США")."""
    if word.isupper() or len(word) < 3:
        return {}
    last, stem = word[-1], word[:-1]
    if word.endswith("ія"):  # "Франція": Франції, Францію, Францією
        oblique = stem[:-1] + "ії"
        return {"gen": oblique, "dat": oblique, "acc": stem + "ю", "ins": stem[:-1] + "ією"}
    if last == "я" and stem[-1] in _VOWELS:  # "Корея": Кореї, Корею, Кореєю
        return {"gen": stem + "ї", "dat": stem + "ї", "acc": stem + "ю", "ins": stem + "єю"}
    if last == "а":
        if stem[-1] in "жчшщ":  # "Польща": Польщі, Польщу, Польщею
            return {"gen": stem + "і", "dat": stem + "і", "acc": stem + "у", "ins": stem + "ею"}
        soft = stem[:-1] + _ALTERNATION.get(stem[-1], stem[-1]) + "і"  # "Мексиці"
        return {"gen": stem + "и", "dat": soft, "acc": stem + "у", "ins": stem + "ою"}
    if word.endswith("сь"):  # "Білорусь" (feminine): Білорусі, Білоруссю
        return {"gen": stem + "і", "dat": stem + "і", "ins": stem + stem[-1] + "ю"}
    if last == "ь":  # "Ізраїль": Ізраїлю, Ізраїлеві, Ізраїлем, Ізраїлі
        return {"gen": stem + "ю", "dat": stem + "еві", "ins": stem + "ем", "loc": stem + "і"}
    if last == "й":  # "Китай": Китаю, Китаєві, Китаєм, Китаї
        return {"gen": stem + "ю", "dat": stem + "єві", "ins": stem + "єм", "loc": stem + "ї"}
    if last == "и":  # "Нідерланди": Нідерландів, Нідерландам, Нідерландами, Нідерландах
        return {"gen": stem + "ів", "dat": stem + "ам", "ins": stem + "ами", "loc": stem + "ах"}
    if last in _VOWELS or not last.isalpha():
        return {}
    # a hard consonant: "Казахстан": Казахстану, Казахстанові, Казахстаном, Казахстані; after
    # k, g, h the locative is the genitive's "-у" ("в Іраку")
    forms = {"gen": word + "у", "dat": word + "ові", "ins": word + "ом", "loc": word + "і"}
    if last in "жчшщ":
        forms["ins"] = word + "ем"
    if last in _ALTERNATION:
        forms["loc"] = word + "у"
    return forms


def _adjective(word: str) -> dict[str, str]:
    """The oblique forms of a name's adjective, by the cases of :func:`_noun`."""
    if word.endswith(_ADJECTIVE_ENDS):  # "Південна": Південної, Південній, Південну, Південною
        stem = word[:-1]
        return {"gen": stem + "ої", "dat": stem + "ій", "acc": stem + "у", "ins": stem + "ою"}
    if word.endswith(_PLURAL_ADJECTIVE_ENDS):  # "Сполучені": Сполучених, Сполученим ...
        stem = word[:-1]
        return {"gen": stem + "их", "dat": stem + "им", "ins": stem + "ими", "loc": stem + "их"}
    if word.endswith("ий"):  # "Південний": Південного, Південному, Південним
        stem = word[:-2]
        return {"gen": stem + "ого", "dat": stem + "ому", "ins": stem + "им", "loc": stem + "ому"}
    return {}


def _cases(name: str) -> dict[str, str]:
    """A name's oblique forms by case (:func:`_noun`): one noun, an adjective and its noun
    ("Південна Корея", "Сполучені Штати Америки": a genitive after them as written), or an official name's state noun with the rest in apposition
    ("Республіки Корея"); ``{}`` for another shape."""
    words = name.split()
    if len(words) == 1:
        return _noun(words[0])
    if words[0] in _STATE_NOUNS:
        rest = " ".join(words[1:])
        return {case: f"{form} {rest}" for case, form in _noun(words[0]).items()}
    # an adjective and its noun, and a genitive after them kept ("Сполучені Штати Америки")
    adjective, noun = _adjective(words[0]), _noun(words[1])
    if "dat" in adjective and "dat" in noun:
        adjective = {**adjective, "loc": adjective.get("loc", adjective["dat"])}
        noun = {**noun, "loc": noun.get("loc", noun["dat"])}
        rest = "".join(f" {w}" for w in words[2:])
        return {c: f"{adjective[c]} {form}{rest}" for c, form in noun.items() if c in adjective}
    return {}


_FROM = ("з", "із", "зі")
_IN = ("у", "в")


def name_forms(names: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, English) of every case form of each (nominative, English name) and the preposition
    phrases the case decides ("з Китаю" -> "from China", "з Китаєм" -> "with China", "у Китай"
    -> "to China"; each also capitalised, opening a sentence); module doc."""
    out: list[tuple[str, str]] = []
    for name, english in names:
        forms = _cases(name)
        if not forms:
            continue
        out += [(form, english) for form in dict.fromkeys(forms.values())]
        out += [(f"{p} {forms['gen']}", f"from {english}") for p in _FROM if "gen" in forms]
        out += [(f"{p} {forms['ins']}", f"with {english}") for p in _FROM if "ins" in forms]
        accusative = forms.get("acc", name)  # a masculine or plural name: the nominative
        out += [(f"{p} {accusative}", f"to {english}") for p in _IN]
    return out + [(p[:1].upper() + p[1:], e[:1].upper() + e[1:]) for p, e in out if " " in p]


# The endings of an adjective declined from its masculine "-ий" (hard stem): every case and
# gender, and the "-о" of a compound ("українсько-польський")
_ADJECTIVE_ENDINGS = ("а", "е", "і", "ого", "ої", "ому", "ій", "им", "у", "ою", "их", "ими", "ім")


def adjective_forms(rows: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(form, English) of every form of each demonym row written as its masculine nominative
    ("китайський" -> "Chinese": "китайська", "китайського", "китайсько" ...); other rows give
    none."""
    out = []
    for phrase, english in rows:
        if " " in phrase or not phrase.endswith("ький") or not english[:1].isupper():
            continue
        stem = phrase[:-2]
        out += [(stem + ending, english) for ending in (*_ADJECTIVE_ENDINGS, "о")]
    return out
