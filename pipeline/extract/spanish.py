"""Spanish pages read through the English rules: the Spanish side of :mod:`pipeline.extract.foreign`
after the word gloss (:func:`reorder`).

"por" before an amount is "by" (a change: "crecieron por tercer año", "aumentó un 12 por ciento")
except where it names what goods are worth ("exportó productos por X", rows of
``lexicon/foreign_words.csv``). After a flow and its pair with no verb between ("las ventas de Chile
a Perú por 900 millones de dólares en 2030 crecieron 12%", glossed "the sales of Chile to Peru by
900 million dollars") it is the flow's value: "worth". A verb between ("las exportaciones de Chile
a Perú crecieron por 900 millones") leaves the change.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

# a flow, its owner and pair (names, "of", "to", "from", "between", "and", "the"), then "by" and
# an amount
_PAIR_BY = re.compile(
    r"\b((?:exports|imports|sales|purchases|shipments|trade)"
    r"(?: (?:of|to|from|between|and|the|[A-Z][\w'-]*)){2,8}) by (?=(?:US\$|\$|€)?\d)"
)


# a verb of buying or selling, its clitic and partner, then "by" and an amount
_SOLD_BY = re.compile(
    r"\b(?:les? )?((?:bought|sold|(?:was|were) (?:exported|imported))(?: (?:from|to) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)?)?)"
    r" by (?=(?:US\$|\$|€)?\s?\d)"
)
# one flow exceeding the other "in" an amount: by it (a balance, no figure of either flow)
_EXCEEDED_IN = re.compile(r"\b(exceeded (?:the )?(?:exports|imports)) in (?=(?:US\$|\$|€)?\s?\d)")
# "subieron (apenas) en $2.5 millones" (rose (only) by): "en" before the size of a change
_CHANGED_IN = re.compile(
    r"\b((?:rose|fell|increased|decreased|grew|declined|dropped)(?: only)?) in "
    r"(?=(?:US\$|\$|€)\s?\d)"
)
# the clitic left before a glossed past ("le bought from it")
_CLITIC = re.compile(r"\bles? (?=(?:bought|sold|exported|imported)\b)")


def reorder(text: str) -> str:
    """``text`` glossed into English, "by" after a flow and its pair read as "worth"."""
    if " in " in text:
        text = _CHANGED_IN.sub(r"\1 by ", text)
    if "exceeded" in text:
        text = _EXCEEDED_IN.sub(r"\1 by ", text)
    if " by " not in text:
        return _CLITIC.sub("", text) if "le" in text else text
    text = _SOLD_BY.sub(r"\1 goods worth ", text)
    return _CLITIC.sub("", _PAIR_BY.sub(r"\1 worth ", text))
