"""The phrase table the word-for-word gloss of one language reads (``foreign.gloss``).

Its rows come from three sources, the first to spell a phrase winning:

- ``lexicon/foreign_words.csv`` (and ``foreign_verbs.csv``'s future forms; for Spanish,
  Portuguese, French and Italian every indicative form, :mod:`pipeline.extract.foreign_conjugation`;
  for Russian every past, present and gerund form, :mod:`pipeline.extract.russian_verbs`, for
  Ukrainian :mod:`pipeline.extract.ukrainian_verbs`, with the case forms of its names and
  demonyms, :mod:`pipeline.extract.ukrainian`): the rows grown from pages, with their case forms
  and idioms;
- the CLDR's month names and currency names (:mod:`pipeline.lexicon.cldr_words`) and scale words
  (:mod:`pipeline.lexicon.scale_words`): complete from a reference, so a page nobody tuned on
  keeps its Algerian "جانفي" (January), its "доллара США", its "franków szwajcarskich", its
  "1,5 miliarda";
- the country names of iso-codes and the CLDR (:mod:`pipeline.lexicon.country_names`), matched
  as written only (Russian "Того" is Togo, "того" stays "of that"), with Romanian's case forms
  of each (:func:`pipeline.extract.romanian.case_forms`: "Germaniei", of Germany) and Russian,
  Polish, Czech and Serbo-Croatian ones (:mod:`pipeline.extract.slavic_names`: "Кению",
  "Kolumbii", "Alžírska", "Kolumbiju"), with those languages' demonyms in every case and gender.

A row written in lower case matches either case; one with a capital (a German noun, a Turkish
month "Ekim", never "ekim" sowing) only as written. A demonym row matches only lower-case text,
so the country "Argentina" is never glossed as the adjective "argentina"; a month row matches
either case ("Janeiro", as Portugal and Mozambique long wrote it), except in the place "Rio de
Janeiro" (``foreign.gloss``).

The CLDR's abbreviated months ("janv.", "янв.", "Okt.") are no rows: "dez." is Portuguese ten
and "sept." French seven at a sentence's end, so :func:`abbreviated_months` glosses one only
where a number or a range dash stands next to it ("12 janv. 2031", "янв.-март").
Errors: none; an unknown language has the rows no source gives (none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from pipeline.extract import (
    albanian,
    arabic,
    armenian,
    czech,
    french,
    georgian,
    german,
    greek,
    hebrew,
    hindi,
    macedonian,
    polish,
    romanian,
    russian_amounts,
    russian_flows,
    slavic_names,
    turkish,
    ukrainian,
    ukrainian_amounts,
    urdu,
)
from pipeline.extract.arabic_verbs import arabic_forms
from pipeline.extract.caseless import literal_trie
from pipeline.extract.foreign_conjugation import conjugated_forms
from pipeline.extract.foreign_future import future_forms
from pipeline.extract.russian_periods import relative_year_rows, same_period_rows
from pipeline.extract.russian_verbs import russian_verb_forms
from pipeline.extract.ukrainian_verbs import ukrainian_verb_forms
from pipeline.lexicon import foreign_words, month_numbers
from pipeline.lexicon.cldr_words import currency_names, month_abbreviations, month_names
from pipeline.lexicon.country_names import country_names
from pipeline.lexicon.scale_words import scale_words

_MONTH_NAMES = frozenset(month_numbers())
# Languages written without spaces between words (Chinese): a glossed phrase is padded with them
UNSPACED = frozenset({"zh", "ja", "th", "km"})
# Russian print writes "ё" or leaves its dots off ("объём"/"объем", "партнёры"/"партнеры"): the
# text and every row of these languages are read with "е" (``yo_folded``; a Belarusian page,
# read as Ukrainian, writes it too; round 56)
YO_FOLDED = frozenset({"ru", "uk"})


def yo_folded(text: str) -> str:
    """``text`` with "ё" written "е" (one letter for one)."""
    return text.replace("ё", "е").replace("Ё", "Е") if "ё" in text or "Ё" in text else text


# How a language's rows are spelled to match its text as read: "ё" as "е" (``yo_folded``,
# applied to the text in ``foreign``), Greek without accents (``greek.folded``, applied to the
# text by ``greek.prepare``; round 57)
_TABLE_FOLDS: dict[str, Callable[[str], str]] = {
    **dict.fromkeys(YO_FOLDED, yo_folded),
    "el": greek.folded,
    # Khmer typesetting's zero-width spaces between words (the CLDR's names carry them;
    # ``khmer.prepare`` drops them from the text; round 59)
    "km": lambda phrase: re.sub("[\u200b\u200c\u200d]", "", phrase),
}


# A script whose vowel signs are no ``\w`` (Bengali "জাপানের": "ে" is a mark): a phrase ends
# where its script's letters and marks end, not inside a word
_WORD_CHARS = {
    "bn": r"\w\u0980-\u09ff",
    "ur": r"\w\u064b-\u065f\u0670\u06d6-\u06ed",
    "hi": r"\w\u0900-\u097f",
    "gu": r"\w\u0a80-\u0aff",
    "ne": r"\w\u0900-\u097f",
    "fa": r"\w\u064b-\u065f\u0670",
}


class Table(NamedTuple):
    """One language's rows: the pattern finding them, rows matched as written (``exact``), rows
    matched in either case (``lower``, lower-cased keys), the lower-case rows that are demonyms,
    and the country names (matched as written)."""

    pattern: re.Pattern[str]
    exact: dict[str, str]
    lower: dict[str, str]
    demonyms: frozenset[str]
    names: dict[str, str]


def _key(phrase: str) -> str:
    # Turkish "İ" lower-cases to "i" and a combining dot, which no page letter matches
    return phrase.lower().replace("i\u0307", "i")


Rows = list[tuple[str, str]]


def _ukrainian_rows(lower: dict[str, str]) -> Rows:
    # "зріс" -> "grew", "аналогічного періоду", "китайського", "у травні"
    generated = [*ukrainian_verb_forms(), *ukrainian.period_rows(), *ukrainian_amounts.rows()]
    return generated + ukrainian.adjective_forms(list(lower.items()))


def _slavic_rows(lang: str) -> Callable[[dict[str, str]], Rows]:
    # a demonym's every case and gender from any one form a row writes ("аргентинско" ->
    # "аргентинский", "аргентинским"; "kenijski" -> "kenijscy"), round 56
    def rows(lower: dict[str, str]) -> Rows:
        # "миллиарду", "долларах США", "первому кварталу": amounts and quarters in every case
        ru = [*russian_verb_forms(), *same_period_rows(), *russian_amounts.rows()]
        ru += russian_flows.rows()  # "двухсторонний товарооборот", "совокупного экспорта"
        ru += relative_year_rows()  # "по сравнению с прошлым годом", "в нынешнем году"
        verbs = ru if lang == "ru" else []
        # no adjective form that is a country's name in a case, capitalised (Serbo-Croatian
        # "turske", Turkish, is "Turske", of Turkey): the name keeps its gloss
        reference = country_names(lang)
        names = {n for n, _ in reference} | {n for n, _ in slavic_names.name_forms(lang, reference)}
        names |= {p for row_lang, p, _ in foreign_words() if row_lang == lang and p[:1].isupper()}
        adjectives = slavic_names.adjective_forms(lang, list(lower.items()))
        return verbs + [(f, e) for f, e in adjectives if f[:1].upper() + f[1:] not in names]

    return rows


# Each language's rows generated from its grammar, from the rows read so far
_GRAMMAR_ROWS: dict[str, Callable[[dict[str, str]], Rows]] = {
    # a noun's definite forms, a demonym's every form, a verb's tenses (round 59)
    "mk": lambda lower: macedonian.grammar_rows(),
    # a noun's and a month's definite forms, demonyms, verb tenses (round 59)
    "sq": lambda lower: albanian.grammar_rows(),
    "ka": lambda lower: georgian.grammar_rows(),  # nouns' cases, months with "-ში" (round 59)
    # "превысила" -> "exceeded", "составлял" -> "amounted to"
    "ru": _slavic_rows("ru"),
    "uk": _ukrainian_rows,
    # a demonym's every case (round 56), and "względem odpowiedniego okresu", "vůči stejnému
    # období": the same period in every case
    "pl": lambda lower: [*_slavic_rows("pl")(lower), *polish.period_rows()],
    "cs": lambda lower: [*_slavic_rows("cs")(lower), *czech.period_rows()],
    "sh": _slavic_rows("sh"),
    # a flow noun in every case ("ihracatla", "ticarete", "ticaret hacmine"), round 56
    "tr": lambda lower: turkish.case_forms(list(lower.items())),
    # "au-delà du", "par rapport aux": a row's preposition with its contracted article (round 57)
    "fr": french.contracted_rows,
    # a demonym in every gender, number and case, "ελληνο-" compounds, months' accusative and
    # spoken forms (round 57)
    "el": lambda lower: [
        *greek.adjective_forms(list(lower.items())),
        *greek.month_rows(list(month_names("el"))),
    ],
}


def _ukrainian_names(names: dict[str, str], exact: dict[str, str]) -> Rows:
    # every case of a name, of the reference's and of a row's ("Європа")
    rows = [*names.items(), *((n, e) for n, e in exact.items() if n[:1].isupper())]
    return list(ukrainian.name_forms(rows))


def _romanian_names(names: dict[str, str], exact: dict[str, str]) -> Rows:
    # "Germaniei", "României", "al Chinei", "Egiptul"; "China", "India" written as in English
    own = {e: e for e in names.values() if " " not in e}
    return list(romanian.case_forms([*names.items(), *own.items()]))


def _slavic_names(lang: str) -> Callable[[dict[str, str], dict[str, str]], Rows]:
    # every case of every reference name ("Кению", "Kolumbii", "Alžírska", "Tursku"), a row's
    # own form winning (the caller adds a form no row spells), round 56
    return lambda names, exact: slavic_names.name_forms(lang, country_names(lang))


# Each language's case forms of the country names (names, exact rows) -> (form, English)
_NAME_FORMS: dict[str, Callable[[dict[str, str], dict[str, str]], Rows]] = {
    "uk": _ukrainian_names,
    "ro": _romanian_names,
    "de": german.genitive_names,  # "Aserbaidschans" -> "Azerbaijan's"
    "ru": _slavic_names("ru"),
    "pl": _slavic_names("pl"),
    # and a Slovak page's own cases ("Nemeckom", "Kórejskej republiky"), round 59
    "cs": lambda names, exact: [
        *_slavic_names("cs")(names, exact),
        *czech.slovak_name_forms(
            [*country_names("cs"), *((n, e) for n, e in exact.items() if n[:1].isupper())]
        ),
    ],
    "sh": _slavic_names("sh"),
    "el": greek.name_forms,  # "Τουρκίας", "Βόρειας Μακεδονίας" (round 57)
    "hy": armenian.name_forms,  # "Իրանը", "Իտալիայից", "Թուրքիային" (round 57)
    "sq": albanian.name_forms,  # "Shqipërisë", "e Kosovës" (round 59)
    "ka": georgian.name_forms,  # "საქართველოს", "თურქეთში" (round 59)
}


# a word's final "ي" (not before another letter): Egyptian pages write it "ى"
_FINAL_YA = re.compile(r"ي(?![\w\u064b-\u065f])")


def _arabic_forms(lower: dict[str, str]) -> None:
    """Arabic rows in every form: "ارتفعت", "يبلغ", "لترتفع", "صادراتها" from a row's one form,
    then every row with a clitic written onto it ("وإيطاليا", "للمغرب")."""
    for phrase, english in arabic_forms(dict(lower)):
        lower.setdefault(phrase, english)
    for phrase, english in list(lower.items()):
        # Egyptian spelling writes a word's final "ي" as "ى" ("التبادل التجارى", "فى عام"):
        # the same row in that spelling (a row spelling it so itself keeps its own gloss)
        if (egyptian := _FINAL_YA.sub("ى", phrase)) != phrase:
            lower.setdefault(egyptian, english)
    for phrase, english in list(lower.items()):
        for form, gloss_ in arabic.forms(phrase, english):
            lower.setdefault(form, gloss_)


# a space between two Hangul syllables: Korean may write a compound noun with or without it
_HANGUL_SPACE = re.compile(r"(?<=[\uac00-\ud7a3]) (?=[\uac00-\ud7a3])")


@cache
def phrases(lang: str) -> Table:
    """The phrase table of ``lang`` (module doc), built once per process and language."""
    exact: dict[str, str] = {}
    lower: dict[str, str] = {}
    demonyms: set[str] = set()
    for row_lang, phrase, english in foreign_words():
        if row_lang != lang and (row_lang != "both" or lang not in ("es", "fr", "pt")):
            continue
        phrase = phrase.replace("’", "'")
        if phrase != phrase.lower():
            exact[phrase] = english
        else:
            lower.setdefault(phrase, english)
            # a month is glossed capitalised too ("entre Janeiro e Abril", the older spelling)
            if english[:1].isupper() and english.lower() not in _MONTH_NAMES:
                demonyms.add(phrase)
    for phrase, english in future_forms(lang):  # "rebasarán" -> "will exceed"
        lower.setdefault(phrase, english)
    grammar = _GRAMMAR_ROWS[lang](lower) if lang in _GRAMMAR_ROWS else []
    for phrase, english in [*grammar, *conjugated_forms(lang)]:  # "habían crecido" -> "grew"
        lower.setdefault(phrase, english)
    if lang == "de":  # "erreiche" (Konjunktiv I), "Gütern" (dative plural): round 57
        for phrase, english in german.grammar_rows(dict(lower), dict(exact)):
            table = lower if phrase == phrase.lower() else exact
            table.setdefault(phrase if table is exact else _key(phrase), english)
    written = {_key(k) for k in exact}
    for phrase, english in [*month_names(lang), *currency_names(lang), *scale_words(lang)]:
        if _key(phrase) in lower or _key(phrase) in written:
            continue  # a row of the CSV spells it (and may gloss it otherwise)
        if phrase == phrase.lower():
            lower[_key(phrase)] = english
        else:
            exact.setdefault(phrase, english)
    # iso-codes' and the CLDR's country names, matched as written only; a capitalised name
    # whose lower-case form is a demonym row keeps its row too (Kazakh "Қытай" China, "қытай"
    # Chinese; Spanish "Noruega" Norway, "noruega" Norwegian): the demonym matches lower-case
    # text only, so the name was left unglossed (round 57)
    names = {
        n: e
        for n, e in country_names(lang)
        if n not in exact and (_key(n) not in lower or (n != _key(n) and _key(n) in demonyms))
    }
    if lang in _NAME_FORMS:  # a name's case forms, of the reference's names and the rows'
        for form, english in _NAME_FORMS[lang](names, exact):
            if form not in exact and _key(form) not in lower:
                names.setdefault(form, english)
    if lang == "ur":  # a name's hamza seat spelled the other way ("ملائیشیا"), round 56
        for name, english in list(names.items()):
            if (other := urdu.seat_spelling(name)) != name and other not in exact:
                names.setdefault(other, english)
    if lang == "hi":  # every phrase also without its optional nukta ("न्यूजीलैंड"), round 56
        spelled = {*exact, *lower, *names}
        for table in (exact, lower, names):
            for phrase, english in list(table.items()):
                if (plain := hindi.without_nukta(phrase)) != phrase and plain not in spelled:
                    table[plain] = english
    if lang == "he":  # a row in the other spelling and with a prefix letter, round 57
        for phrase, english in list(lower.items()):
            for form, gloss_ in hebrew.spellings(phrase, english):
                lower.setdefault(form, gloss_)
    if lang == "ar":
        # "الليبية": Libyan, of the reference's names and the rows' (a row wins)
        for form, english in arabic.nisba_rows({**lower, **dict(country_names(lang))}):
            if form not in names:
                lower.setdefault(form, english)
                demonyms.add(form)
        _arabic_forms(lower)
    if lang == "ko":  # a compound noun written without its optional spaces ("상품교역"), round 57
        for phrase, english in list(lower.items()):
            if (joined := _HANGUL_SPACE.sub("", phrase)) != phrase:
                lower.setdefault(joined, english)
    if (fold := _TABLE_FOLDS.get(lang)) is not None:
        # every row spelled as the text is read (of two rows spelled alike so, the first wins,
        # as ``setdefault``)
        exact = {fold(k): v for k, v in reversed(exact.items())}
        lower = {fold(k): v for k, v in reversed(lower.items())}
        names = {fold(k): v for k, v in reversed(names.items())}
        demonyms = {fold(k) for k in demonyms}
    # A trie of the lower-cased phrases: under IGNORECASE the same matches as their
    # longest-first alternation, compiled and scanned several times faster (``literal_trie``);
    # a phrase ending in an elided article ("dell'", "all'") runs into the next word
    # (Turkish "İtalya": the key is written with a plain "i", which IGNORECASE matches to both
    # "İ" and "i")
    trie = literal_trie(_key(k) for k in {*exact, *lower, *names})
    if lang in UNSPACED:  # no spaces between words: a phrase is matched anywhere
        return Table(re.compile(trie), exact, lower, frozenset(demonyms), names)
    word = _WORD_CHARS.get(lang, r"\w")
    pattern = re.compile(rf"(?<![{word}$])(?:{trie})(?:(?<=')|(?![{word}]))", re.IGNORECASE)
    return Table(pattern, exact, lower, frozenset(demonyms), names)


@cache
def _abbreviations(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    rows = {_key(n): e for n, e in month_abbreviations(lang)}
    if not rows:
        return None
    months = literal_trie(rows)
    pattern = rf"(?<=\d[ \u00a0])(?:{months})|(?<![\w.])(?:{months})(?=[ \u00a0]?(?:\d|[-–—]\s?\w))"
    return re.compile(pattern, re.IGNORECASE), rows


def abbreviated_months(text: str, lang: str) -> str:
    """``text`` with the CLDR's abbreviated month names of ``lang`` ("janv.", "янв.") glossed
    to the English month where a number or a range dash stands next to them (module doc)."""
    found = _abbreviations(lang)
    if found is None or "." not in text:
        return text
    pattern, rows = found
    return pattern.sub(lambda m: rows[_key(m[0])], text)
