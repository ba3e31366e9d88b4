"""Every form Arabic pages write the trade verbs and nouns in, derived by the morphology from the
one form an ``ar`` row of ``lexicon/foreign_words.csv`` lists ("ارتفع" -> "ارتفعت, ارتفعا,
ارتفعوا, يرتفع, ترتفع, يرتفعان, ..."), read as the English verb in the same tense.

An Arabic verb agrees with its subject in gender and number ("ارتفع حجم التبادل", "ارتفعت
الصادرات", "ارتفعا" of two figures), and pages write both the perfect (what a year came to) and
the imperfect (what a figure amounts to, or "لتبلغ": to reach). A table grown from pages lists
the forms some page happened to use and leaves the rest unread (NOTES: a foreign page is read as
the same sentence in English would be). The forms are regular, so, as for Russian
(:mod:`pipeline.extract.russian_verbs`), they are generated from the grammar:

- the verb rows are the rows glossed as an English past ("rose", "reached"); a row ending in the
  feminine "ت" ("استوردت") gives its masculine stem without it, unless that stem has only
  three letters: written without vowels, "صدّر" (exported; "صدرت") is the form I "صدر"
  (issued: "تقرير صدر عن الوزارة"), whose forms are another verb's;
- perfect, third person: "-" (he), "-ت" (she), "-ا"/"-تا" (two), "-وا"/"-ن" (they), read as the
  English past;
- imperfect, third person: the prefix "ي"/"ت" on the imperfect stem, which the verb's pattern
  gives: derived forms VII, VIII, X ("انخفض", "ارتفع", "استورد") drop their initial alif
  ("ينخفض", "يرتفع", "يستورد"); V and VI ("تطور", "تراجع") keep their "ت" ("يتراجع"); form I
  and II stems are the three root letters ("يبلغ", "يسجل"), a root starting with "و"
  losing it ("وصل" -> "يصل") and a hollow root its long vowel turning into the root's "ي"
  (``_HOLLOW``: "زاد" -> "يزيد", the "ي" its masdar row "زيادة" shows); duals "-ان", plurals
  "-ون"/"-ن"; read as the English present ("rises", plural "rise"), and after "ل" (to) as the
  "-ing" form: "ل" after a change is its result ("ارتفعت ... لتصل إلى": rose ..., reaching),
  as the row "لتناهز" (reaching) reads it; "to reach" would make it a target;
- nouns: the definite article "ال" on a verbal noun (masdar) or flow noun a row lists without it
  ("الارتفاع", "التصدير"), and the possessive endings "-ها", "-ه", "-هما", "-هم" (its, their)
  on the flow plurals ("صادراتها": its exports), the feminine "ة" written "ت" before them; the
  indefinite accusative "-ا"/"-اً" of a masdar ("سجلت ارتفاعا": recorded a rise).

With them, the counted months "the first N months" in every order pages write them
(:func:`pipeline.extract.arabic.first_months`: "الأشهر الثمانية الأولى", "الثمانية أشهر الأولى",
"الأحد عشر شهرا الأولى").

The clitics "و", "ف", "ب", "ل" are then written onto every form by :func:`arabic.forms`. A form a
row lists itself keeps its own gloss ("تراجع" -> "fell").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pipeline.extract.arabic import first_months
from pipeline.extract.english_verbs import english_forms

# English pasts whose infinitive is not the past without "-ed" (nor "-d" after "s", "v", "c",
# "at"): "doubled" is "double", not "doubl"
_IRREGULAR = {
    "rose": "rise",
    "fell": "fall",
    "grew": "grow",
    "doubled": "double",
    "declined": "decline",
    "plunged": "plunge",
}
# hollow form I verbs: the imperfect stem, the long vowel the root's "ي" ("زاد" -> "يزيد", as its
# masdar "زيادة") or "و" ("فاق" -> "يفوق": exceeds)
_HOLLOW = {"زاد": "زيد", "فاق": "فوق"}
_FLOWS = (  # the flow nouns and masdars a row glosses
    "exports",
    "imports",
    "trade",
    "trade turnover",
    "trade volume",
    "rise",
    "increase",
    "decline",
)
_POSSESSIVES = ("ها", "ه", "هما", "هم")


def _infinitive(past: str) -> str | None:
    """The English infinitive of a single-word past ("increased" -> "increase"), or None."""
    if " " in past:
        return None
    if past in _IRREGULAR:
        return _IRREGULAR[past]
    if past.endswith(("sed", "ved", "ced", "ated")):
        return past[:-1]
    if past.endswith("ed"):
        return past[:-2]
    return None


def _imperfect_stem(stem: str) -> str | None:
    """The imperfect stem of a perfect third masculine singular (module doc), or None."""
    if stem in _HOLLOW:
        return _HOLLOW[stem]
    if stem.startswith(("است", "ان", "ا")) and len(stem) >= 5:
        return stem[1:]  # VII, VIII, X: the alif of the pattern is no letter of the stem
    if stem.startswith("ت") and len(stem) >= 4:
        return stem  # V, VI
    if len(stem) == 3:
        return stem[1:] if stem.startswith("و") else stem
    return None


def _verb_stems(rows: Mapping[str, str]) -> dict[str, str]:
    """{perfect third masculine singular: English past} of the verb rows."""
    stems: dict[str, str] = {}
    for phrase, english in rows.items():
        if " " in phrase or _infinitive(english) is None:
            continue
        if phrase.endswith("ت") and len(phrase) >= 5:
            stems.setdefault(phrase[:-1], english)
        elif not phrase.endswith("ت"):
            stems.setdefault(phrase, english)
    return stems


def _verb_forms(stem: str, past: str) -> Iterator[tuple[str, str]]:
    infinitive = _infinitive(past)
    assert infinitive is not None
    for ending in ("", "ت", "ا", "تا", "وا", "ن"):
        yield stem + ending, past
    imperfect = _imperfect_stem(stem)
    if imperfect is None:
        return
    for prefix in ("ي", "ت"):
        en = english_forms(infinitive)
        yield prefix + imperfect, en["present"]
        yield "ل" + prefix + imperfect, en["gerund"]
        yield prefix + imperfect + "ان", infinitive
        yield from _future_forms(prefix + imperfect, infinitive)
        yield from _future_forms(prefix + imperfect + "ان", infinitive)
    yield "ي" + imperfect + "ون", infinitive
    yield "ي" + imperfect + "ن", infinitive
    yield from _future_forms("ي" + imperfect + "ون", infinitive)


def _future_forms(imperfect: str, infinitive: str) -> Iterator[tuple[str, str]]:
    """The future of an imperfect form ("سيرتفع", "سوف ترتفع": will rise) and its subjunctive
    after "أن"/"ان" ("أن يصل": to reach; "يتوقع أن يصل", "يمكن أن تتجاوز"), round 56."""
    yield "س" + imperfect, f"will {infinitive}"
    yield "سوف " + imperfect, f"will {infinitive}"
    for that in ("أن", "ان"):
        yield f"{that} {imperfect}", f"to {infinitive}"


def _noun_forms(rows: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    for phrase, english in rows.items():
        if " " in phrase or english not in _FLOWS:
            continue
        if not phrase.startswith("ال"):
            yield "ال" + phrase, english
            if not phrase.endswith(("ات", "ة", "ا", "اً")) and english in (
                "rise",
                "increase",
                "decline",
            ):
                yield phrase + "ا", english
                yield phrase + "اً", english
        bare = phrase[2:] if phrase.startswith("ال") else phrase
        if bare.endswith(("ات", "ة")) or english in ("exports", "imports"):
            written = bare[:-1] + "ت" if bare.endswith("ة") else bare
            for ending in _POSSESSIVES:
                yield written + ending, english


def arabic_forms(rows: Mapping[str, str]) -> list[tuple[str, str]]:
    """(form, English) of every verb and noun form derived from the ``ar`` rows ``rows``
    (phrase -> English; module doc), the rows' own forms excluded."""
    out: list[tuple[str, str]] = []
    for stem, past in _verb_stems(rows).items():
        out += _verb_forms(stem, past)
    out += _noun_forms(rows)
    out += first_months()
    return [(form, english) for form, english in out if form not in rows]
