"""A demonym that a Spanish, Portuguese, French or Italian page writes after its noun
("esportazioni kazake", "exportaciones uzbekas", glossed "exports Kazakh"), put before it as
English writes it ("Kazakh exports"), so the rules read the flow's owner from it.

Every demonym ``countries.csv`` lists is known here by name, so one that ends otherwise than
the common English endings (-an, -ese, -ish, -ine, -ch, -be: "Mexican", "Dutch") moves too:
"Kazakh", "Uzbek", "Greek", "Thai", "Iraqi", "Saudi", "Emirati", and the two-word "South
African", "New Zealander". A capitalised word with one of those endings that is no listed
demonym ("Andean", "Caribbean") moves as before. Split out of ``foreign``.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import literal_trie
from pipeline.lexicon import gazetteer

# the nouns a demonym follows in the gloss of a Romance page
_NOUNS = (
    r"exports|imports|investments|sales|shipments|purchases|minister|ambassador|customs|"
    r"government|companies|firms|products|goods|merchandise|commodities|trade"
)
# ... and the singulars, before a listed demonym only ("la inversión chilena": "the investment
# Chilean"; not "investasi Jepang", "investment Japan": a country's name ends in -an too)
# ... and a body ("l'agence sénégalaise de la statistique": "agency Senegalese for statistics",
# "le ministère malien du Commerce": "ministry Malian of the trade")
_SINGULARS = r"investment|export|import|shipment|sale|purchase|company|firm|product"
_SINGULARS += r"|agency|ministry|institute|office|embassy"


@cache
def _pattern() -> re.Pattern[str]:
    listed = [
        surface
        for surface, mention in gazetteer().by_surface.items()
        if mention.kind == "demonym" and surface[:1].isupper()
    ]
    trie = literal_trie(listed)
    return re.compile(
        rf"\b({_NOUNS})\s+({trie}|[A-Z][a-z]+(?:an|ese|ish|ine|ch|be))\b"
        rf"|\b({_SINGULARS})\s+({trie})\b"
    )


def demonym_first(text: str) -> str:
    """``text`` (a glossed sentence) with each demonym written after one of the nouns above put
    before it: "the exports Kazakh to Poland" -> "the Kazakh exports to Poland"."""
    return _pattern().sub(_swap, text)


def _swap(m: re.Match[str]) -> str:
    noun, demonym = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"{demonym} {noun}"
