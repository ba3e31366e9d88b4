"""A single country's exports or imports that continue the page's bilateral figures, not its
trade with the world: "Trade between Peru and Chile reached $2.5bn in 2030. Peruvian exports
totalled $1.2bn, while imports reached $1.3bn." The second sentence names Peru alone, as the
flow's subject, which ``world.world_total`` reads as Peru's total with all partners; right after
a figure of a pair Peru belongs to, it is that pair's (NOTES: a figure is read in its text).

Rule: exports or imports, one economy named as the flow's subject (not "imports to X"), the
last figure decided on the page was a bilateral level (not a world total) with that economy on
one side, or a change of that pair after such a level (whose size counts), every amount of the sentence is in its unit and at most twice it, and nothing in the figure's clause says "world": no world word
("total", "overall", "global", ``triggers.csv`` kind ``world``) and no group of partners ("to
other countries"). The partner is then the last figure's other side (``pairs``).
"""

from __future__ import annotations

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.digits import Mention
from pipeline.extract.roles import is_subject
from pipeline.extract.slots import Slot, trigger
from pipeline.extract.world import own_side, region_partner

_DIRECTED = ("exports", "imports", "turnover")
# A pair's exports or imports are part of its trade: an amount far above the pair's last level
# is the country's total with the world ("Kenyan exports totalled 537bn" after "Uganda imported
# 60bn"). The factor leaves room for one direction outweighing the other.
_MAX_RATIO = 2.0


def continues_pair(
    slot: Slot, countries: list[CountrySpan], flow: str, ctx: DocContext, amounts: list[Mention]
) -> bool:
    """The figure continues the page's last bilateral figure (see the module docstring);
    ``amounts`` are the sentence's money mentions (the sentence's size, compared with the last
    level)."""
    if ctx.world or ctx.last_figure is None or flow not in ("exports", "imports"):
        return False
    named = {c.iso3 for c in countries}
    if len(named) != 1:
        return False
    last = ctx.last_figure[0]
    pair = {last["reporter"], last["partner"]}
    if last["flow"] not in _DIRECTED or not named & pair:
        return False
    # the pair's size: the last figure, or the level before it when that one is a change
    # ("exports fell by 8.3% to $12.7bn and imports by 6.1% to $10.6bn": the 6.1% follows one)
    level = last if last["measure"] == "level" else ctx.last_level
    if level is None or not amounts or {level["reporter"], level["partner"]} != pair:
        return False
    if any(m.unit != level["unit"] or m.value > _MAX_RATIO * level["value"] for m in amounts):
        return False
    if trigger("world").search(slot.tail) or region_partner(slot.tail):
        return False
    # the economy is the flow's subject ("Peru's exports", "Peru exported"), not on its own
    # side after the flow word ("imports to Peru", "the external trade of Peru": national)
    return all(
        is_subject(slot.sentence, c) and not own_side(slot.sentence, c, flow) for c in countries
    )
