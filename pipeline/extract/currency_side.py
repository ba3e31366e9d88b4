"""The economy whose own currency a figure is stated in, as a side of a figure that names one.

"DANANG, VIETNAM: ... In 2016, overall trade with New Zealand shrank 16.1 per cent to RM5.90
billion": the sentence names only the partner; the dateline is the venue of a summit, the amount
is in ringgit. A national currency's issuer (``currency_issuers.csv``; not the dollar, the euro or
a currency union's franc) that the page names is the other side: an outlet writes its own
economy's trade in its own currency. Only a figure naming one economy takes it, and only before
the dateline and the page's pair; a sentence naming both sides keeps them ("trade between China
and the US fell to RM2 trillion" on a Malaysian page is no Malaysian figure).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.extract.context import DocContext
from pipeline.extract.countries import find_countries
from pipeline.extract.numbers import Mention
from pipeline.lexicon import currency_issuers


def currency_side(m: Mention, ctx: DocContext, named: list[str]) -> str | None:
    """The one economy issuing the currencies of ``m`` and its sentence's amounts
    (``ctx.units``; a conversion into US dollars or euros beside them counts not), when it is
    not among ``named`` (the economies the figure names) and the page names it (``ctx.texts``);
    else None."""
    # a change or multiple takes the currency of its sentence's amounts ("shrank 16.1 per cent
    # to RM5.90 billion"), one currency for all of them
    units = {*ctx.units, m.unit} if m.kind == "money" else set(ctx.units)
    issuers = {currency_issuers().get(unit) for unit in units} - {None}
    if len(issuers) != 1:
        return None
    (issuer,) = issuers
    if issuer in named:
        return None
    return issuer if issuer in ctx.pair or issuer in _page_named(ctx.texts) else None


@lru_cache(maxsize=4)
def _page_named(texts: tuple[str, ...]) -> frozenset[str]:
    """The economies a page's sentences name (once per page, not per figure)."""
    return frozenset(c.iso3 for text in texts for c in find_countries(text))
