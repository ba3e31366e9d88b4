"""Romanian pages read through the English rules: the Romanian side of
:mod:`pipeline.extract.foreign`.

Romanian trade news (the statistics institute INS, Agerpres, Ziarul Financiar, Moldovan outlets)
writes "exporturile României către Germania au crescut cu 12% în primele nouă luni ale anului
2031, la 18,4 miliarde de euro", "importurile din China", "schimburile comerciale bilaterale".
The words come from references where there are some (countries: iso-codes and the CLDR, months,
currency names and scale words: the CLDR), the flow, period and verb words from the ``ro`` rows of
``lexicon/foreign_words.csv`` and the verb forms from their infinitives
(:mod:`pipeline.extract.foreign_conjugation`: "a crescut", "au scăzut", "s-au majorat"); what
depends on the next word or on a name's ending is done here:

- :func:`case_forms`: a country's genitive and dative, written onto its name by the grammar's
  declension of proper names (a feminine name in "-a" takes "-ei", "-ea" "-ei",
  "-ca" and "-ga" also "-ii": "Germaniei", "României", "Coreei", "Africii"; a masculine or neuter
  name ending in a consonant takes the article "-ul", genitive "-ului": "Egiptul", "Egiptului";
  a plural in "-le" takes "-lor": "Statelor Unite"), glossed "of Germany", so "exporturile
  României" reads "the exports of Romania" (put before its flow by ``foreign``: "Romania's
  exports"); after the possessive article ("al", "a", "ai", "ale României") the same.
- Before the gloss (:func:`prepare`): the older cedilla letters "ş", "ţ" (typed for decades
  where the comma-below "ș", "ț" were missing from fonts) written as the standard ones; "cu"
  before a number is the size of a change ("în creștere cu 12%": by; elsewhere "with",
  "comerțul cu China"); the year's noun before a year ("anul 2031" -> "2031", "ale anului
  2031" -> "of 2031": English writes the bare year).
- After the gloss (:func:`reorder`): "în" after an export, or after its owner or demonym, is its
  destination ("exporturile României în Germania": to Germany; not before a month); "din" after
  a part of a year is "of" before the year ("în primul semestru din 2031": of 2031).

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from pipeline.extract.period_words import ENGLISH_MONTHS

_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
_NUMBER = r"(?=[-+−]?(?:\d|US\$|\$|€))"
_BY = re.compile(r"(?<![\w-])cu " + _NUMBER)
_OF_YEAR = re.compile(r"(?<![\w-])(?:(?:ale|a|al) )?anului (?=\d{4}\b)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w-])anul (?=\d{4}\b)", re.IGNORECASE)
# the possessive article before a genitive: "(partenerul comercial) al României"
_POSSESSIVE = ("al", "a", "ai", "ale")
_VOWELS = "aeiouăâîy"


def prepare(text: str) -> str:
    """``text`` (numbers already English) with the standard letters, "cu" before a number and
    the year's noun before a year as English reads them (module doc)."""
    text = text.translate(_CEDILLA)
    if "cu " in text:
        text = _BY.sub("by ", text)
    if "anul" in text or "Anul" in text:
        text = _YEAR.sub("", _OF_YEAR.sub("of ", text))
    return text


# "exporturile României în Germania", "a exportat în China", "exporturile românești în China":
# "în" (in) after an export, its owner or its demonym between, is its destination (after the
# gloss: "the exports of Romania in Germany", "the exports Romanian in China")
_EXPORTS_IN = re.compile(
    r"\b((?:exports|exported|sales|shipments)(?: of [A-Z][\w-]+(?: [A-Z][\w-]+)?| [A-Z][a-z]+)?)"
    r" in "
    rf"(?=[A-Z])(?!(?:{ENGLISH_MONTHS})\b)"
)
# "în primul semestru din 2031": "din" (from) after a part of a year is "of" before its year
_PART_FROM = re.compile(r"\b(half|quarter|months|month) from (?=\d{4}\b)")


def reorder(text: str) -> str:
    """Glossed ``text`` with an export's destination after "to" and a part's year after "of"
    (module doc)."""
    if " in " in text:
        text = _EXPORTS_IN.sub(r"\1 to ", text)
    if " from " in text:
        text = _PART_FROM.sub(r"\1 of ", text)
    return text


def _genitives(head: str) -> tuple[str, ...]:
    """The genitive-dative forms of a name's first word (module doc); ``()`` for an ending the
    declension does not cover ("Peru", "Chile": written with a hyphen, "Peru-ului")."""
    if head.endswith("ea"):
        return (head[:-1] + "i",)
    if head.endswith("le"):
        return (head[:-1] + "or",)
    if head.endswith("ul"):
        return (head + "ui",)
    if head.endswith("a"):
        soft = (head[:-1] + "ii",) if head[-2:-1] in ("c", "g") else ()
        return (head[:-1] + "ei", *soft)
    if head[-1:].isalpha() and head[-1:].lower() not in _VOWELS:
        return (head + "ului",)
    return ()


def case_forms(names: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(form, English) for each country name (Romanian, English): its genitive-dative forms
    glossed "of X", with the possessive article before them too, and the nominative with the
    article of a name ending in a consonant ("Egiptul": X). A feminine adjective after the
    name takes "-e" in the genitive too ("Federația Rusă" -> "Federației Ruse")."""
    for name, english in names:
        head, _, rest = name.partition(" ")
        if not head[:1].isupper():
            continue
        tail = " ".join(w[:-1] + "e" if w.endswith("ă") else w for w in rest.split())
        for form in _genitives(head):
            genitive = f"{form} {tail}".rstrip()
            yield genitive, f"of {english}"
            for article in _POSSESSIVE:
                yield f"{article} {genitive}", f"of {english}"
        if head[-1:].isalpha() and head[-1:].lower() not in _VOWELS and not rest:
            yield head + "ul", english
