"""The English forms of a glossed trade verb, for the modules that generate a language's verb
forms and gloss each with the English form of the same tense (``foreign_conjugation``,
``russian_verbs``, ``arabic_verbs``): past, participle, third person singular, plural and "-ing"
("amount to" -> "amounted to": the first word inflected).
"""

from __future__ import annotations

import re

# English verbs of the verb tables whose past and participle are not regular
_IRREGULAR = {
    "grow": ("grew", "grown"),
    "fall": ("fell", "fallen"),
    "rise": ("rose", "risen"),
    "stand": ("stood", "stood"),
    "buy": ("bought", "bought"),
    "sell": ("sold", "sold"),
    "say": ("said", "said"),  # the speech verbs of the verb tables (a figure's source)
}


# one syllable ending consonant, vowel, consonant: the consonant doubles before "-ed", "-ing"
# ("ship" -> "shipped", "shipping"; round 48: "shiped" was read as no verb)
_DOUBLED = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def english_forms(verb: str) -> dict[str, str]:
    """The English forms of a bare verb ("amount to": the first word inflected)."""
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    consonant_y = head.endswith("y") and head[-2:-1] not in "aeiou"  # "supply", not "stay"
    if head in _IRREGULAR:
        past, participle = _IRREGULAR[head]
    elif consonant_y:
        past = participle = head[:-1] + "ied"
    elif _DOUBLED.fullmatch(head):
        past = participle = head + head[-1] + "ed"
    else:
        past = head + ("d" if head.endswith("e") else "ed")
        participle = past
    if consonant_y:
        third = head[:-1] + "ies"
    else:
        third = head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
    ing = (head[:-1] if head.endswith("e") and not head.endswith("ee") else head) + "ing"
    if _DOUBLED.fullmatch(head):
        ing = head + head[-1] + "ing"
    return {
        "past": past + tail,
        "participle": participle + tail,
        "present": third + tail,
        "plural": head + tail,
        "gerund": ing + tail,
    }
