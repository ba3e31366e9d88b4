"""A word glued to the figure after it: the space a page's markup dropped, put back.

A page written with the figure in its own inline element (a link, a bold amount) loses the space
between the element and the word before it when its markup is stripped: "amounted to$4.5
million", "an 8.1 per cent rise" comes as "an8.1 per cent rise", "rose to37 billion", "totalled
to61 000 US dollars". Every reader of figures starts a number at a word's edge, so the value is
never read. The space is put back where the glued pair can only be a word and a figure:

* a lower-case word of two letters or more (a word, never a code: "H1", "FY23", "Q3" are capitals),
* directly followed by a currency symbol that is no letter ("$", "€", "£") and a number, or by a
  number that carries a figure's unit: a percent sign or word, a scale word ("million", "bn") or
  a currency word or code ("dollars", "USD").

What stays glued: a word that is itself a currency symbol ("us$5 million", "ksh5 billion": the
readers take those), a unit or label with a number and no figure's unit after it ("km2", "co2
emissions", "covid19 cases", "image001").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import alternation, currencies, scales

_NUMBER = r"\d{1,15}(?:[.,]\d{1,15}){0,6}(?: \d{3})*"
# Cheap precheck: no lower-case letter touches a digit or symbol, nothing to do (most pages).
_MAY_GLUE = re.compile(r"[a-z](?:[$€£¥₹₦₱₩₫₽₺₴₸₼₾฿৳₨]|\d)")


@cache
def _glued() -> tuple[re.Pattern[str], frozenset[str]]:
    cur = currencies()
    signs = [s for s in cur.by_symbol if not s[0].isalpha()]
    units = alternation([w for w in scales() if len(w) > 1] + list(cur.by_word))
    pattern = re.compile(
        rf"(?<![\w$])(?P<word>[a-z]{{2,}})(?="
        rf"(?:{alternation(signs)})\s?\d"
        rf"|{_NUMBER}(?:\s?%|[\s-]?(?:per\s?cent|percent|pct)(?!\w)|[\s-]?(?:{units})(?!\w)))",
        re.IGNORECASE,
    )
    own = frozenset(s.lower() for s in cur.by_symbol) | frozenset(w.lower() for w in cur.by_word)
    return pattern, own


def unglue(text: str) -> str:
    """``text`` with a space put back between a lower-case word and the figure glued to it."""
    if not _MAY_GLUE.search(text):
        return text
    pattern, own = _glued()

    def space(match: re.Match[str]) -> str:
        word = match.group("word")
        if not word.islower() or word.lower() in own or _symbol_tail(word, text, match.end(), own):
            return word
        return word + " "

    return pattern.sub(space, text)


def _symbol_tail(word: str, text: str, end: int, own: frozenset[str]) -> bool:
    """``word`` with the sign after it is one currency symbol ("us$", "hk$", "nt$")."""
    sign = text[end : end + 1]
    return not sign.isdigit() and (word + sign).lower() in own
