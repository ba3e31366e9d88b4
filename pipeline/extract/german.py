"""German pages read through the English rules: word order the word-for-word gloss of
:mod:`pipeline.extract.foreign` leaves German, undone after it (:func:`reorder`).

- A genitive owner after its flow ("die Exporte Deutschlands nach China" -> "the exports
  Germany's to China") -> "Germany's exports to China".
- The participle after its change: German ends a perfect clause with its verb ("sind die
  Exporte um 12,5% gestiegen" -> "... by 12.5% risen"), so the English rules, which take a
  change's direction from the nearest change word before it, would take it from an earlier
  clause ("nach dem Rückgang 2030 sind sie 2031 um 8% gestiegen": the fall is 2030's). The
  participle is put before the first "by" of its clause ("risen by 12.5% ... and by 9% ...").
  A clause boundary (",", ";", ".", ":") between them, or no "by" with a percentage, leaves the
  words as they are.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

# "the exports Germany's to China" (the gloss of a genitive owner after its flow)
_OWNER_AFTER = re.compile(
    r"\b[Tt]he (exports|imports|trade|trade volume) ([A-Z][\w-]+(?: [A-Z][\w-]+)?)'s\b"
)
# "by (almost) 12.5% <clause words> risen": the glossed participles of the change verbs
_PARTICIPLE_AFTER = re.compile(
    r"\bby ((?:almost |about |nearly |around |roughly |more than |over |some )?"
    r"[-−+]?\s?\d[\d.,]*\s?(?:%|percent)[^,;:.%]{0,100}?(?:\d[\d.,]*\s?(?:%|percent)[^,;:.%]{0,60}?)?)"
    r" (risen|fallen|grown|declined|increased|decreased|dropped|shrunk)\b"
)


def reorder(text: str) -> str:
    """A glossed German sentence in English word order (the module doc)."""
    if "'s" in text:
        text = _OWNER_AFTER.sub(r"\2's \1", text)
    if "by " in text:
        text = _PARTICIPLE_AFTER.sub(r"\2 by \1", text)
    return text
