"""Every past, present and gerund form of the Russian verbs a trade figure is written with,
derived from their infinitives (``lexicon/foreign_verbs.csv``) by the conjugation patterns, read
as the English verb in the same tense ("превысил" -> "exceeded", "составлял" -> "amounted to",
"составляет" -> "amounts to", "увеличившись" -> "increasing", "возрос" -> "grew").

A Russian verb agrees with its subject in gender and number in the past ("товарооборот
превысил", "торговля превысила", "объёмы превысили") and pages use both aspects ("составил",
what a year came to; "составлял", what it used to be). A phrase table grown from pages lists the
forms some page happened to use and leaves the rest unread: a page writing "возрос на 32%" or
"превысила $2 млрд" lost its figure (NOTES: a foreign page is read as the same sentence in
English would be). The forms are regular, so they are generated from the grammar instead:

- past tense (masculine, feminine, neuter, plural): "-ить" -> "-ил, -ила, -ило, -или"; "-иться"
  -> "-ился, -илась, -илось, -ились"; "-ать/-ять" -> "-ал ..."; "-аться" -> "-ался ..."; "-гнуть"
  drops "-ну-" ("достигнуть" -> "достиг, достигла", and the regular "достигнул"); "-расти" ->
  "-рос, -росла" ("вырасти" -> "вырос", "возрасти" -> "возрос");
- present tense (third person) of the imperfective verbs ("-ать/-ять" -> "-ает/-яет, -ают/-яют";
  "-аться" -> "-ается, -аются"); a perfective verb's present is its future
  (:mod:`pipeline.extract.foreign_future`);
- gerunds: perfective "-ив", "-ившись", "-нув" ("составив", "увеличившись", "достигнув") and
  imperfective "-ая/-яя", "-аясь" ("превышая", "увеличиваясь"), read as English "-ing";
- the infinitive, read as the English bare verb ("намерены нарастить товарооборот до $5 млрд":
  intend to increase trade to $5bn, a goal).

A form ``foreign_words.csv`` lists itself keeps its own gloss ("вырос" -> "rose").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pipeline.extract.english_verbs import english_forms
from pipeline.lexicon import foreign_verbs


def _past(verb: str) -> tuple[str, ...]:
    """Masculine, feminine, neuter and plural past forms of one infinitive."""
    if verb.endswith("иться"):
        stem = verb[:-5] + "и"
        return (stem + "лся", stem + "лась", stem + "лось", stem + "лись")
    if verb.endswith(("аться", "яться")):
        stem = verb[:-4]
        return (stem + "лся", stem + "лась", stem + "лось", stem + "лись")
    if verb.endswith(("гнуть", "кнуть")):
        stem, regular = verb[:-4], verb[:-2]
        return (stem, stem + "ла", stem + "ло", stem + "ли", regular + "л", regular + "ла")
    if verb.endswith("расти"):
        stem = verb[:-5] + "рос"
        return (stem, stem + "ла", stem + "ло", stem + "ли")
    if verb.endswith(("ить", "ать", "ять")):
        stem = verb[:-2]
        return (stem + "л", stem + "ла", stem + "ло", stem + "ли")
    return ()


def _present(verb: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(singular, plural) third-person present forms of an imperfective infinitive."""
    if verb.endswith(("аться", "яться")):
        stem = verb[:-4]
        return (stem + "ется",), (stem + "ются",)
    if verb.endswith(("ать", "ять")):
        stem = verb[:-2]
        return (stem + "ет",), (stem + "ют",)
    return (), ()


def _gerunds(verb: str) -> tuple[str, ...]:
    if verb.endswith("иться"):
        return (verb[:-4] + "вшись",)
    if verb.endswith(("аться", "яться")):
        return (verb[:-5] + ("ая" if verb.endswith("аться") else "яя") + "сь",)
    if verb.endswith("ить"):
        return (verb[:-2] + "в",)
    if verb.endswith("нуть"):
        return (verb[:-2] + "в",)
    if verb.endswith(("ать", "ять")):
        return (verb[:-3] + ("ая" if verb.endswith("ать") else "яя"),)
    return ()


# One language's generators: infinitive -> its past forms, its (singular, plural) third-person
# present forms, its gerunds (each may give none)
Past = Callable[[str], tuple[str, ...]]
Present = Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]]


def verb_forms(lang: str, past: Past, present: Present, gerunds: Past) -> Iterator[tuple[str, str]]:
    """(form, English) of every form the three generators give for the ``lang`` rows of
    ``foreign_verbs.csv`` (one-word infinitives), each glossed with the English form of the same
    tense (:func:`~pipeline.extract.english_verbs.english_forms`): past -> past, present ->
    third person singular or plural, gerund -> "-ing". Russian's generators are this module's;
    Ukrainian's are :mod:`pipeline.extract.ukrainian_verbs`'."""
    for row_lang, infinitive, english in foreign_verbs():
        if row_lang != lang or " " in infinitive:
            continue
        en = english_forms(english)
        for form in past(infinitive):
            yield form, en["past"]
        singular, plurals = present(infinitive)
        for form in singular:
            yield form, en["present"]
        for form in plurals:
            yield form, en["plural"]
        for form in gerunds(infinitive):
            yield form, en["gerund"]


def russian_verb_forms() -> Iterator[tuple[str, str]]:
    """(form, English) of every past, present and gerund form of the Russian verbs of
    ``foreign_verbs.csv`` (module doc), and the infinitive itself, lower-case."""
    yield from verb_forms("ru", _past, _present, _gerunds)
    # the infinitive after an intent ("намерены нарастить товарооборот до $5 млрд": intend to
    # increase; round 46): read as the English bare verb after "to"
    for row_lang, infinitive, english in foreign_verbs():
        if row_lang == "ru" and " " not in infinitive:
            yield infinitive, english_forms(english)["plural"]
