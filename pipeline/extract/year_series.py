"""A year series with its subject dropped, and the guard that keeps another economy's figures
from the previous figure's pair (split out of ``follow_up``; round 31, gu13). Vietnamese,
Chinese or Korean copy glossed reads "2009 reached 457 million USD, up 2.2%; 2010 reached 751
million USD": each clause opens with its year and a level verb, and the trade is the one the
sentence before names. A sentence that names another economy ("The largest value belongs to
Indonesia: 2009 reached ...") is that economy's series, which the previous figure's pair
would misread; it is left unread."""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.context import DocContext
from pipeline.extract.slots import Slot

# A year series with its subject dropped (Vietnamese, Chinese or Korean copy glossed: "2009
# reached 457 million USD, up 2.2%; 2010 reached 751 million USD"): each clause opens with its
# year and a level verb; the trade is the one named before, when the sentence names no other
# economy ("The largest value belongs to Indonesia: 2009 reached ..." is Indonesia's, unread)
_YEAR_SERIES = Caseless(
    re.compile(
        r"^\s*(?:in\s)?(?:19|20)\d\d,?\s(?:reached|amounted\sto|totall?ed|stood\sat|was|hit)\s$",
        re.IGNORECASE,
    )
)


def names_another(ctx: DocContext) -> bool:
    """The sentence being read names an economy outside the previous figure's pair."""
    if not (ctx.current and ctx.current[1] and ctx.last_figure):
        return False
    row = ctx.last_figure[0]
    pair = {row["reporter"], row["partner"]}
    return any(c.iso3 not in pair and c.kind != "capital" for c in ctx.current[1])


def year_series(slot: Slot, ctx: DocContext) -> bool:
    """``slot`` opens a clause of a year series (``_YEAR_SERIES``) in a sentence that names no
    economy: it continues the trade named before, as a pronoun would."""
    return _YEAR_SERIES.search(slot.tail) is not None and not (ctx.current and ctx.current[1])
