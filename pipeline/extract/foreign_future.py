"""The future and modal forms of a glossed language's verbs, read as the English "will X" and
"could X" that the status rules take for a target ("rebasarán" -> "will exceed", "превысит" ->
"will exceed", "может превысить" -> "could exceed").

Pages write a forecast or a goal in the future tense; a word-for-word gloss listing only past
forms ("superaron" -> "exceeded") leaves the future unread, and the amount is read as what
happened or not at all. The future is regular in the languages glossed here, so it is derived
from each verb's infinitive (``lexicon/foreign_verbs.csv``) rather than listed form by form:

- Spanish and Portuguese add the ending to the infinitive ("rebasar" -> "rebasará", "rebasarán";
  "atingir" -> "atingirá", "atingirão"), the conditional too ("rebasaría" -> "would exceed");
- French drops the final "e" of "-re" ("atteindre" -> "atteindra", "atteindront"); Italian turns
  "-are" into "-erà" ("superare" -> "supererà", "supereranno");
- Russian perfective verbs take the present endings ("превысить" -> "превысит", "превысят";
  "увеличиться" -> "увеличится"; "достигнуть" -> "достигнет"; "вырасти" -> "вырастет");
- Ukrainian perfective verbs likewise ("перевищити" -> "перевищить", "перевищать"; "скласти" ->
  "складе"; :func:`pipeline.extract.ukrainian_verbs.future_forms`);
- Polish perfective verbs likewise ("przekroczyć" -> "przekroczy", "przekroczą"; "osiągnąć" ->
  "osiągnie"; "wzrosnąć" -> "wzrośnie"; round 46);
- Romanian writes "va"/"vor" before the infinitive ("va depăși" -> "will exceed", "se va
  ridica la" -> "will amount to");
- a modal verb before the infinitive ("podría rebasar", "может превысить", "ar putea depăși")
  is "could X".

Past forms are left as they are (rows of ``foreign_words.csv``): "rebasaron" stays unread as a
target. A form ``foreign_words.csv`` lists itself keeps its own gloss.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.extract import ukrainian_verbs
from pipeline.lexicon import foreign_verbs

_MODALS: dict[str, tuple[str, ...]] = {
    "es": ("podría", "podrían", "podrá", "podrán", "puede", "pueden"),
    "pt": ("poderia", "poderiam", "poderá", "poderão", "pode", "podem"),
    "fr": ("pourrait", "pourraient", "pourra", "pourront", "peut", "peuvent"),
    "it": ("potrebbe", "potrebbero", "potrà", "potranno", "può", "possono"),
    "ru": ("может", "могут", "сможет", "смогут", "способен", "способна", "способно", "способны"),
    "uk": ("може", "можуть", "зможе", "зможуть"),
    # (Polish "może", "mogą" are rows, "can"; the infinitive after them is a row too)
    "pl": ("mógłby", "mogłaby", "mogłoby", "mogłyby"),
}
_SIBILANTS = "жшчщ"


def _futures(lang: str, verb: str) -> tuple[str, ...]:
    """The third-person future forms (singular, plural) of one infinitive."""
    if lang in ("es", "pt"):
        plural = "ão" if lang == "pt" else "án"
        return (verb + "á", verb + plural)
    if lang == "fr":
        stem = verb[:-1] if verb.endswith("re") else verb
        return (stem + "a", stem + "ont")
    if lang == "it" and verb.endswith(("are", "ere", "ire")):
        stem = verb[:-3] + ("i" if verb.endswith("ire") else "e")
        return (stem + "rà", stem + "ranno")
    if lang == "ru":
        if verb.endswith("иться"):
            stem = verb[:-5]
            vowel = "а" if stem[-1:] in _SIBILANTS else "я"
            return (stem + "ится", stem + vowel + "тся")
        if verb.endswith("ить"):
            stem = verb[:-3]
            return (stem + "ит", stem + ("а" if stem[-1:] in _SIBILANTS else "я") + "т")
        if verb.endswith("нуть"):
            return (verb[:-3] + "ет", verb[:-3] + "ут")
        if verb.endswith("сти"):  # "вырасти" -> "вырастет", "возрастёт"
            stem = verb[:-2]
            return (stem + "тет", stem + "тёт", stem + "тут")
    if lang == "pl":  # perfective verbs only: "przekroczy", "przekroczą"; "osiągnie", "wzrośnie"
        if verb.endswith("yć"):
            return (verb[:-2] + "y", verb[:-2] + "ą")
        if verb.endswith("nąć"):
            stem = verb[:-3]
            soft = stem[:-1] + "ś" if stem.endswith("s") else stem
            return (soft + "nie", stem + "ną")
    if lang == "uk":  # "перевищить", "збільшаться", "досягне", "складе": perfective verbs only
        return ukrainian_verbs.future_forms(verb)
    return ()


def _conditionals(lang: str, verb: str) -> tuple[str, ...]:
    return (verb + "ía", verb + "ían") if lang == "es" else ()


def _romanian(infinitive: str, english: str) -> Iterator[tuple[str, str]]:
    """Romanian's future: "va"/"vor" before the infinitive ("va depăși", "vor ajunge la"), its
    reflexive pronoun before them ("se va ridica la"); a modal, "ar putea" or "poate"/"pot",
    before it too ("ar putea depăși", "s-ar putea ridica la": could)."""
    bare = infinitive.removeprefix("se ")
    reflexive = bare != infinitive
    for aux in ("va", "vor"):
        yield f"{'se ' if reflexive else ''}{aux} {bare}", f"will {english}"
    yield f"{'s-' if reflexive else ''}ar putea {bare}", f"could {english}"
    for modal in ("poate", "pot"):
        yield f"{'se ' if reflexive else ''}{modal} {bare}", f"could {english}"


def future_forms(lang: str) -> Iterator[tuple[str, str]]:
    """(phrase, English) of the derived forms of ``lang``'s verbs, lower-case."""
    for row_lang, infinitive, english in foreign_verbs():
        if row_lang != lang or english == "say":
            continue  # (a speech verb's future states no figure: "dirá", "скажет")
        if lang == "ro":
            yield from _romanian(infinitive, english)
            continue
        verb, _, rest = infinitive.partition(" ")  # "llegar a": the verb, then its preposition
        tail = f" {rest}" if rest else ""
        for form in _futures(lang, verb):
            yield form + tail, f"will {english}"
        for form in _conditionals(lang, verb):
            yield form + tail, f"would {english}"
        for modal in _MODALS.get(lang, ()):
            yield f"{modal} {infinitive}", f"could {english}"
