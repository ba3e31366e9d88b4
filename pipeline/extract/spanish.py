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


def reorder(text: str) -> str:
    """``text`` glossed into English, "by" after a flow and its pair read as "worth"."""
    if " by " not in text:
        return text
    return _PAIR_BY.sub(r"\1 worth ", text)
