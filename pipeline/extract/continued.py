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

A directed topic gives the partner as well (``topic_partner``): "Exports to Chile have picked up
since the deal. In May, Peru exported goods worth $8m" (NOTES: "a partner given only by the
paragraph"). The sentence before reads no figure, its first flow word is this figure's flow and it
names one counterpart ("to X" for exports, "from X" for imports, a capital standing for its
country: "exports to Santiago") and no other trader; the figure's sentence names one economy, the
flow's subject, and says nothing of the world anywhere: no world word, no group of partners, no
"total" ("Peru's total exports reached $9bn", "Peru exported $9bn to the
world" stay world totals). An amount above the pair's stated trade of its period still goes
(``whole_trade``). A trade topic naming the pair gives it too: "Peru's trade with Chile is
booming. Last year Peruvian exports rose 14%" or "Trade between Peru and Chile grew. In May, Peru
imported goods worth $8m" (the sentence before names the trader and exactly one other economy,
its first flow word is trade or turnover, and neither sentence says "world" or "total").
"""

from __future__ import annotations

import re

from pipeline.extract.bracket_items import bracketed_item
from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.digits import Mention
from pipeline.extract.own_pointer import pointer_trader
from pipeline.extract.roles import _role, is_subject, trading_subject
from pipeline.extract.slots import Slot, flow_at, trigger
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
    if flow not in ("exports", "imports"):
        return False
    countries = [c for c in countries if not balance_holder(slot.sentence, c)]
    if topic_partner(slot, countries, flow, ctx) is not None:
        return True
    if ctx.world or ctx.last_figure is None:
        return False
    named = {c.iso3 for c in countries}
    pointer = not named and pointer_trader(slot.sentence)  # "the country exported $X"
    if len(named) != 1 and not pointer:
        return False
    last = ctx.last_figure[0]
    pair = {last["reporter"], last["partner"]}
    if last["flow"] not in _DIRECTED:
        return False
    if not pointer and not named & pair and shared_market(slot, countries, flow, ctx) is None:
        return False
    # the pair's size: the last figure, or the level before it when that one is a change
    # ("exports fell by 8.3% to $12.7bn and imports by 6.1% to $10.6bn": the 6.1% follows one)
    level = last if last["measure"] == "level" else ctx.last_level
    if level is None and last["measure"] == "abs_change" and last["flow"] == flow:
        # "A lifted its exports to B by $210m in five years. In 2029 A exported goods worth
        # $80m": no level yet, the change's size stands for the pair's (a world total is far
        # above it)
        level = last
    before = ctx.entry_level
    if (
        level is not before
        and before is not None
        and {before["reporter"], before["partner"]} == pair
    ):
        # ``level`` was read in this very sentence ("Of the sum, A exported $1bn and imported
        # $6bn"): the sentence's amounts are measured against the pair's level before it
        level = before
    if level is None or {level["reporter"], level["partner"]} != pair:
        return False
    if not amounts:  # no size to compare: only a list's bracketed item breaks the pair down
        if not _bracketed_item(slot, ctx):
            return False
    else:
        compared = _restated_dropped(amounts, slot.sentence)
        size = abs(level["value"])
        if any(m.unit != level["unit"] or m.value > _MAX_RATIO * size for m in compared):
            return False
    if _says_world(slot.tail) or region_partner(slot.tail):
        return False
    # the economy is the flow's subject ("Peru's exports", "Peru exported"), not on its own
    # side after the flow word ("imports to Peru", "the external trade of Peru": national)
    return subject_economy(slot.sentence, countries, flow)


def subject_economy(sentence: str, countries: list[CountrySpan], flow: str) -> bool:
    """The sentence's one economy is its flow's subject: named once as the subject ("Peru's
    exports", "Peru exported"), and never on its own side after the flow word ("imports to
    Peru"). Its capital named again in an aside ("Lima's best showing in years") is no second
    trader once the country itself is the subject; any other mention must be the subject too
    ("according to figures published by Statistics Peru" keeps a world total)."""
    if any(own_side(sentence, c, flow) for c in countries):
        return False
    subjects = {c.iso3 for c in countries if is_subject(sentence, c)}
    return all(
        is_subject(sentence, c) or (c.kind == "capital" and c.iso3 in subjects) for c in countries
    )


# "..., leaving Peru with a trade deficit of $1.1bn": the economy that holds the balance the
# sentence's flows leave, the flows' own trader named again (no side of a second trade)
_LEAVING = re.compile(r"\bleaving\s(?:the\s)?$", re.IGNORECASE)
_WITH_BALANCE = re.compile(
    r"\swith\s(?:a|an|its)\s(?:[\w$.,-]+\s){0,3}?(?:deficit|surplus)\b", re.IGNORECASE
)


def balance_holder(sentence: str, c: CountrySpan) -> bool:
    """``c`` is named only as the holder of the balance the figures leave ("leaving A with a
    trade deficit of $Xbn")."""
    return bool(
        _LEAVING.search(sentence[max(0, c.start - 12) : c.start])
        and _WITH_BALANCE.match(sentence, c.end)
    )


# "its exports", "its imports" (no "total"): the flow of the economy "its" stands for, a world
# word only where nothing else gives a partner; here the figure's one economy is its antecedent
# and the page's pair is in play ("Of the total, A's exports hit $1bn and its imports $0.7bn")
_ITS_FLOW = re.compile(r"its\s(?:exports|imports)", re.IGNORECASE)


def _says_world(text: str) -> bool:
    """A world word in ``text`` other than a bare "its exports" / "its imports" (``_ITS_FLOW``)."""
    return any(_ITS_FLOW.fullmatch(m.group(1)) is None for m in trigger("world").finditer(text))


def _bracketed_item(slot: Slot, ctx: DocContext) -> bool:
    """A percentage in brackets right after a list item ("Areas of growth in A's exports were
    foodstuffs (173%), machinery (85%)"), in a sentence with no amount of money, right after a
    sentence that read the pair's figures: the list breaks the pair's flow down by product or
    market, which a country's growth with the world is rarely written as (NOTES fd: a partner
    given only by the paragraph)."""
    return (
        bracketed_item(slot)
        and ctx.prior is not None
        and ctx.current is not None
        and ctx.current[2] is not ctx.prior[2]  # (the sentence before read a figure)
    )


def shared_market(
    slot: Slot, countries: list[CountrySpan], flow: str, ctx: DocContext
) -> str | None:
    """The market of the page's last figure, a country's exports to it, when the figure names
    another exporter as its flow's subject: "A's exports to P rose to $9m. B exported goods worth
    $6m" are B's exports to P as well (``pairs``, within one sentence: ``_earlier``). Imports
    have no such reading ("A's imports from P ... B imported $6m": B's own purchases)."""
    last = ctx.last_figure[0] if ctx.last_figure else None
    if flow != "exports" or ctx.world or last is None or last["flow"] != "exports":
        return None
    named = {c.iso3 for c in countries}
    if len(named) != 1 or named & {last["reporter"], last["partner"]}:
        return None
    if not all(is_subject(slot.sentence, c) for c in countries) or _TOTAL.search(slot.sentence):
        return None  # ("B's total exports reached $6bn": B's trade with the world)
    return last["partner"]


# the bracket that opens a restatement, hedged or not: "$21m (Shs79bn)", "$11bn (about ¥1.5tn)",
# "$2bn (approximately €1.8bn)", "$2bn (or about €1.8bn)"
_CONVERSION_OPEN = re.compile(
    r"\s*\(\s*(?:(?:or\s)?(?:about|around|approximately|approx\.|roughly|some|nearly|almost|"
    r"equivalent\sto|or)\s)?",
    re.IGNORECASE,
)


def _restated_dropped(amounts: list[Mention], sentence: str) -> list[Mention]:
    """``amounts`` less those that restate the amount before them in another currency in
    brackets ("$21m (Shs79bn)"): the pair's size is measured in the first one's unit."""
    kept = amounts[:1]
    for before, m in zip(amounts, amounts[1:], strict=False):
        if m.unit != before.unit and _CONVERSION_OPEN.fullmatch(sentence, before.end, m.start):
            continue
        kept.append(m)
    return kept


_COUNTERPART = {"exports": "to", "imports": "from"}
# "to Chile and Bolivia", "to Chile, Bolivia"
_GLUE = re.compile(r"^(?:,\s|,?\s(?:and|or)\s|\s&\s)(?:the\s)?$")
# "Peru's total exports", "aggregate imports", "mainland exports" (a country's own aggregate
# without its offshore trade): the country's trade with all partners
_TOTAL = re.compile(r"\b(?:total|overall|aggregate|entire|combined|mainland)\b", re.IGNORECASE)


def topic_partner(
    slot: Slot, countries: list[CountrySpan], flow: str, ctx: DocContext
) -> str | None:
    """The counterpart a directed topic sentence with no figure gives a figure whose sentence
    names only its trader (see the module docstring), else None."""
    named = {c.iso3 for c in countries}
    prior = ctx.prior
    if len(named) != 1 or prior is None or ctx.current is None or ctx.figure_before(1):
        return None  # (the sentence before read a figure: ``continues_pair``'s own test)
    if not subject_economy(slot.sentence, countries, flow):
        return None
    sentence = slot.sentence
    if _says_world(sentence) or region_partner(sentence) or _TOTAL.search(sentence):
        return None  # (anywhere: "A's total exports rose to $9bn, with dairy exports at $1bn")
    text, spans, _ = prior
    (trader,) = named
    topic = flow_at(text)
    if topic == "turnover" and not (trigger("world").search(text) or region_partner(text)):
        return _pair_topic(spans, trader)
    if topic != flow or trigger("world").search(text) or region_partner(text):
        return None
    partners = set()
    last: CountrySpan | None = None
    for c in spans:
        role = _role(text, c)
        if last is not None and role == "plain" and _GLUE.match(text[last.end : c.start]):
            role = _COUNTERPART[flow]  # "to Chile and Bolivia": both are counterparts
        last = c if role == _COUNTERPART[flow] else None
        if role == _COUNTERPART[flow] and c.iso3 != trader:
            partners.add(c.iso3)
        elif (
            c.kind != "capital"
            and c.iso3 != trader
            and (role in ("from", "owner", "to", "in") or trading_subject(text, c))
        ):
            return None  # another trader's flow ("Chile's exports to Bolivia fell")
    # one counterpart ("exports to Chile and Bolivia rose" gives neither)
    return next(iter(partners)) if len(partners) == 1 else None


def _pair_topic(spans: list[CountrySpan], trader: str) -> str | None:
    """The other side of a trade topic naming the trader and one other economy ("A's trade with
    B is booming", "Trade between A and B grew. A exported goods worth $X"): the figure's
    counterpart; a topic naming a third economy, or not the trader, gives none."""
    named = {c.iso3 for c in spans if c.kind != "capital"}
    if trader not in named or len(named) != 2:
        return None
    return next(iso for iso in named if iso != trader)
