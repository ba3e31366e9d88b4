"""A country's whole trade stated in a sentence none of whose amounts was read as a figure: the
paragraph it opens is about that country's trade with the world.

"Between January and June Ruritania exported goods worth €90bn, 2% more than a year before. The
statisticians put imports at €86bn": when the first sentence's amount was not read (a form the
extractor does not know, or a trade balance: "Ruritania posted a trade surplus of €5bn in June")
nothing marked the paragraph as the country's own, so the next sentence, which names no economy,
was read as the page pair's. A sentence with an amount, a flow or balance word and exactly one
economy, named as the trading side and not as a partner (no "to", "from", "with", no partner
word, no second economy, no "the two countries"), states the country's totals: the sentences
after it that name no economy continue them (``DocContext.world``, as after a skipped world
total), until a figure is read. A sentence that calls its amount a "total trade" is not one:
pages write that for the pair's too ("total trade amounted to $X", said of the pair named just
before), so only its own sentence continues it (``world.national_total``).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.national import names_national
from pipeline.extract.roles import _role
from pipeline.extract.slots import trigger

# a partner's word: the one economy is then a market, a buyer or a supplier ("Freedonia remains
# the largest buyer with 27% of exports"), not the trading side
_PARTNER_WORD = re.compile(
    r"\b(?:partners?|markets?|buyers?|suppliers?|destinations?|clients?|customers?|sources?)\b",
    re.IGNORECASE,
)
_DIRECTED = ("to", "from", "with", "in", "made")


def unread_national(sentence: str, countries: list[CountrySpan], money: bool) -> bool:
    """The sentence (no figure read from it) states one economy's whole trade (module doc);
    ``money``: it holds a money amount."""
    countries = [c for c in countries if c.kind != "capital"]
    if not money or len({c.iso3 for c in countries}) != 1:
        return False
    flows = list(trigger("flow").finditer(sentence))
    if not flows and trigger("balance").search(sentence) is None:
        return False
    if any(names_national(sentence, f) for f in flows):
        return False  # "total trade amounted to $X": pages write it for the pair's too, so
        # only its own sentence continues it (``world.national_total``)
    if _PARTNER_WORD.search(sentence) or any(
        not sentence.startswith(("'s", "’s"), ref.end())
        for ref in trigger("partner_ref").finditer(sentence)
    ):
        return False  # ("the country's exports" is its own flow)
    return all(_role(sentence, c) not in _DIRECTED for c in countries)
