"""Every past, present, gerund and future form of the Ukrainian verbs a trade figure is written
with, derived from their infinitives (``uk`` rows of ``lexicon/foreign_verbs.csv``) by the
conjugation patterns, read as the English verb in the same tense ("зріс" -> "grew", "становив"
-> "amounted to", "становить" -> "amounts to", "збільшившись" -> "increasing", "перевищить" ->
"will exceed"). The Russian counterpart is :mod:`pipeline.extract.russian_verbs`, whose
:func:`~pipeline.extract.russian_verbs.verb_forms` pairs each form with its English tense; only
the endings, which are Ukrainian grammar's, are here:

- past tense (masculine, feminine, neuter, plural; a reflexive's feminine, neuter and plural
  written with "-ся" or "-сь"): "-ити" -> "-ив, -ила, -ило, -или"; "-ати/-яти" -> "-ав ...";
  "-итися" -> "-ився, -илася/-илась ..."; "-атися" -> "-ався ..."; "-асти" -> "-ав" ("скласти"
  -> "склав", "впасти" -> "впав"); "-рости" -> "-ріс, -росла" ("зрости" -> "зріс"); "-гти" ->
  "-г, -гла" ("досягти" -> "досяг") and "-нути" -> "-нув" as well as the short "-г";
- present tense (third person) of the imperfective verbs: "-увати" -> "-ує, -ують"; "-уватися"
  -> "-ується, -уються"; "-ати" -> "-ає, -ають"; and the imperfective verbs of the second
  conjugation in "-ити" (:data:`IMPERFECTIVE`: "становити" -> "становить", "становлять", an "л"
  after a labial);
- gerunds: perfective "-вши", "-вшись" ("склавши", "збільшившись", "зрісши"), imperfective
  "-ючи/-учи", "-ючись" ("зростаючи", "збільшуючись"), read as English "-ing";
- future (:func:`future_forms`, for :mod:`pipeline.extract.foreign_future`): a perfective verb's
  present endings ("перевищить", "перевищать", "збільшиться", "досягне", "складе", "зросте").

Aspect is a property of each verb, not of its ending: an "-ити" verb is perfective
("перевищити") unless :data:`IMPERFECTIVE` lists it. A form ``foreign_words.csv`` lists itself
keeps its own gloss. Errors: none; an infinitive of another shape gives no forms.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipeline.extract.russian_verbs import verb_forms

# The "-ити" verbs of the uk rows that are imperfective (second conjugation: "становить")
IMPERFECTIVE = frozenset({"становити"})
_SIBILANTS = "жчшщ"
_LABIALS = "бпвмф"
# a reflexive's feminine, neuter and plural past endings, both spellings ("-лася", "-лась")
_REFLEXIVE = ("лася", "лась", "лося", "лось", "лися", "лись")


def _past(verb: str) -> tuple[str, ...]:
    """Masculine, feminine, neuter and plural past forms of one infinitive."""
    if verb.endswith(("итися", "їтися", "атися", "ятися")):
        stem = verb[:-4]  # "збільши", "подвої", "збільшува"
        return (stem + "вся", *(stem + e for e in _REFLEXIVE))
    if verb.endswith("рости"):
        stem = verb[:-5]
        return (stem + "ріс", stem + "росла", stem + "росло", stem + "росли")
    if verb.endswith("асти"):
        stem = verb[:-3]
        return (stem + "в", stem + "ла", stem + "ло", stem + "ли")
    if verb.endswith(("гти", "кти")):
        stem = verb[:-2]
        return (stem, stem + "ла", stem + "ло", stem + "ли")
    if verb.endswith("нути"):
        stem, short = verb[:-2], verb[:-4]
        return (
            stem + "в",
            stem + "ла",
            stem + "ло",
            stem + "ли",
            short,
            short + "ла",
            short + "ли",
        )
    if verb.endswith(("ити", "їти", "ати", "яти")):
        stem = verb[:-2]
        return (stem + "в", stem + "ла", stem + "ло", stem + "ли")
    return ()


def _second_plural(stem: str) -> str:
    # the third person plural of the second conjugation: "перевищ-ать", "скорот-ять",
    # "станов-лять" (an "л" after a labial)
    if stem[-1:] in _SIBILANTS:
        return stem + "ать"
    return stem + ("л" if stem[-1:] in _LABIALS else "") + "ять"


def _present(verb: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(singular, plural) third-person present forms of an imperfective infinitive."""
    if verb.endswith(("уватися", "юватися")):
        stem = verb[:-7] + verb[-7]  # "збільшу"
        return (stem + "ється",), (stem + "ються",)
    if verb.endswith(("увати", "ювати")):
        stem = verb[:-5] + verb[-5]
        return (stem + "є",), (stem + "ють",)
    if verb.endswith("атися"):
        return (verb[:-5] + "ається",), (verb[:-5] + "аються",)
    if verb.endswith("ати"):
        return (verb[:-3] + "ає",), (verb[:-3] + "ають",)
    if verb in IMPERFECTIVE and verb.endswith("ити"):
        return (verb[:-3] + "ить",), (_second_plural(verb[:-3]),)
    return (), ()


def _gerunds(verb: str) -> tuple[str, ...]:
    if verb.endswith(("уватися", "юватися")):
        return (verb[:-7] + verb[-7] + "ючись",)
    if verb.endswith(("итися", "їтися", "атися")):
        return (verb[:-4] + "вшись",)
    if verb.endswith(("увати", "ювати")):
        return (verb[:-5] + verb[-5] + "ючи",)
    if verb.endswith("рости"):
        return (verb[:-5] + "рісши",)
    if verb.endswith(("гти", "кти")):
        return (verb[:-2] + "ши",)
    if verb in IMPERFECTIVE and verb.endswith("ити"):
        plural = _second_plural(verb[:-3])
        return (plural[:-3] + "ячи" if plural.endswith("ять") else plural[:-3] + "ачи",)
    if verb.endswith("ати"):
        return (verb[:-3] + "аючи", verb[:-2] + "вши")
    if verb.endswith(("ити", "асти", "нути")):
        return (_past(verb)[0] + "ши",)
    return ()


def ukrainian_verb_forms() -> Iterator[tuple[str, str]]:
    """(form, English) of every past, present and gerund form of the Ukrainian verbs of
    ``foreign_verbs.csv`` (module doc), lower-case."""
    return verb_forms("uk", _past, _present, _gerunds)


def future_forms(verb: str) -> tuple[str, ...]:
    """The third-person future forms (singular, plural) of a perfective infinitive (module doc);
    ``()`` for an imperfective one (whose present is a present)."""
    if verb in IMPERFECTIVE or verb.endswith(("ати", "атися", "яти")):
        return ()
    if verb.endswith("итися"):
        stem = verb[:-5]
        return (stem + "иться", _second_plural(stem) + "ся")
    if verb.endswith("їтися"):  # "подвоїтися" -> "подвоїться", "подвояться"
        stem = verb[:-5]
        return (stem + "їться", stem + "яться")
    if verb.endswith("ити"):
        stem = verb[:-3]
        return (stem + "ить", _second_plural(stem))
    if verb.endswith(("гти", "кти")):
        return (verb[:-2] + "не", verb[:-2] + "нуть")
    if verb.endswith("нути"):
        return (verb[:-4] + "не", verb[:-4] + "нуть")
    if verb.endswith("рости"):
        return (verb[:-2] + "те", verb[:-2] + "туть")
    if verb.endswith("асти"):
        return (verb[:-3] + "де", verb[:-3] + "дуть")
    return ()
