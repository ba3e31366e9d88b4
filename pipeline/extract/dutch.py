"""Dutch pages read through the English rules: the Dutch side of :mod:`pipeline.extract.foreign`.

Dutch trade news (CBS releases, the dailies, the agencies) writes "de uitvoer naar België steeg
met 5 procent tot 12,3 miljard euro", "de handel tussen Nederland en China bedroeg 45 miljard
euro". Country, month, currency and scale names come from the references (iso-codes and the
CLDR "nl"), the flow, period and hedge words from the ``nl`` rows of
``lexicon/foreign_words.csv``; the verb-second order is undone after the gloss as German's is
(:func:`pipeline.extract.german.reorder`). What a row cannot do is done before the gloss
(:func:`prepare`):

- a demonstrative subject after its verb ("Ten opzichte van 2030 is dat 16 procent meer"): the
  subject first, as English writes it, before an amount only (round 57);
- "met" is "with" ("de handel met België"), but "by" before a change's number ("steeg met 5
  procent", "nam toe met een half miljard");
- a separable verb, its particle later in the clause ("kwam in 2031 uit op 41 miljard euro",
  "nam in 2031 toe", "nam af", "liep terug"): the one English verb before the words between;
- "is er voor X aan goederen uit B ingevoerd" (goods worth X were imported from B) and "naar B
  uitgevoerd": the flow, its partner and "worth X", the order the English rules read; the
  passive of every tense ("werd", "wordt", "werden", "worden") and with no "er" after a fronted
  time ("In 2030 werd voor X aan goederen uit B ingevoerd", round 57), "geleverd" (supplied) an
  export too.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_HEDGE = r"(?:ruim |bijna |ongeveer |circa |zo'n |meer dan |minder dan )?"
_BY = re.compile(rf"\bmet (?={_HEDGE}(?:een (?:half )?|[-−+]?\d))")
_SEPARABLE = re.compile(
    r"\b(?P<verb>kwam|kwamen|nam|namen|liep|liepen)\b(?P<between>(?: [^\s,.;:]+){0,6}?)"
    r" (?P<particle>uit op|toe|af|terug)\b"
)
_SEPARABLES = {
    ("kwam", "uit op"): "amounted to",
    ("nam", "toe"): "increased",
    ("nam", "af"): "decreased",
    ("liep", "terug"): "fell",
}
_WORTH = re.compile(
    r"\b(?:is|werd|zijn|werden|wordt|worden)(?: er)? (?P<when>in (?:19|20)\d\d )?voor"
    r" (?P<amount>[^,.;]+?) aan goederen (?P<side>uit|naar) (?P<partner>[A-Z][\w-]*(?: [A-Z][\w-]*)?)"
    r" (?P<verb>ingevoerd|uitgevoerd|geïmporteerd|geëxporteerd|geleverd)\b"
)

# a demonstrative subject after its verb, as Dutch writes it after a fronted phrase ("Ten
# opzichte van 2030 is dat 16 procent meer", "In 2030 was dit bijna 2 miljard euro": compared with
# 2030 that is ...): English order, subject first; only before an amount ("Het punt is dat de
# uitvoer ...": "dat" there is the conjunction)
_DEMONSTRATIVE_AFTER = re.compile(
    rf"(?<=\S )\b(is|was|zijn|waren|bedroeg|bedraagt|bedroegen) (dat|dit)"
    rf" (?={_HEDGE}(?:een (?:half )?|[-−+]?\d))"
)


def _separable(m: re.Match[str]) -> str:
    verb = m["verb"].removesuffix("en") if m["verb"].endswith("en") else m["verb"]
    english = _SEPARABLES.get((verb, m["particle"]))
    if english is None:
        return m[0]
    return f"{english}{m['between']}"


def _worth(m: re.Match[str]) -> str:
    flow = "invoer" if m["verb"] in ("ingevoerd", "geïmporteerd") else "uitvoer"
    return (
        f"{m['when'] or ''}de {flow} van goederen {m['side']} {m['partner']} bedroeg {m['amount']}"
    )


def prepare(text: str) -> str:
    """A Dutch sentence with its separable verbs and "met" read (module doc)."""
    if " voor " in text and " aan goederen " in text:
        text = _WORTH.sub(_worth, text)
    text = _SEPARABLE.sub(_separable, text)
    if " dat " in text or " dit " in text:
        text = _DEMONSTRATIVE_AFTER.sub(r"\2 \1 ", text)
    return _BY.sub("by ", text)
