"""The other direction's counterpart in a directed figure's sentence ("imports rose to $5m and
exports to B doubled": B is the exports' counterpart, no importer of the $5m).

Split out of ``pairs``: a country named after the figure following the other flow's word is no
side of this figure's own clause; when the clause names none, that counterpart is this flow's too
("Exports rose to $5m, whereas imports from A were $9m": exports to A, not from A). A country
past a comma in a later clause with its own flow word or amount is no side either
(``later_clause``).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.numbers import Mention
from pipeline.extract.roles import _role
from pipeline.extract.slots import flow_at

_DIRECTED = ("exports", "imports")
_SWAPPED = {"from": "to", "to": "from"}
_OWN_TRADER = {"exports": "from", "imports": "to"}


def other_flow(sentence: str, end: int, c: CountrySpan, flow: str) -> bool:
    """Whether a country after a directed figure follows the other direction's word ("imports
    rose to $5m and exports to B doubled"): B is that flow's counterpart, not this figure's."""
    if flow not in _DIRECTED or c.start < end:
        return False
    found = flow_at(sentence[end : c.start])
    return found in _DIRECTED and found != flow


# a country's clause going on to an amount of its own: "B to A nearly 5.3 billion", "C $4bn"
_OWN_AMOUNT = re.compile(r"[^,;.\d]{0,40}?\d")


def later_clause(sentence: str, end: int, c: CountrySpan) -> bool:
    """Whether a country named after a figure belongs to a later clause of its own: past a
    comma, a flow word names it ("trade with A rose 23% to $5bn, the trade with B increased by
    32%", "A exported $118bn to B, exceeding its exports to C by $6bn") or its clause goes on to
    an amount of its own ("up 23% on the year, B to A nearly $5.3bn"): that clause's side, no
    side of the amount before the comma (round 54)."""
    if c.start < end:
        return False
    comma = sentence.find(", ", end, c.start)
    if comma < 0:
        return False
    own_flow = flow_at(sentence[comma : c.start]) is not None
    return own_flow or _OWN_AMOUNT.match(sentence, c.end) is not None


def own_trader(sentence: str, countries: list[CountrySpan], lo: int, hi: int, flow: str) -> bool:
    """Whether a directed figure's clause names its own trader right after its flow's word
    ("while exports from B to A are $3m", "and those of B to A $3m": B, whatever the sentence's
    subject before; not "A imported $6m in goods from B and exported ...": that "from" is the
    other flow's)."""
    wanted = _OWN_TRADER.get(flow)
    return wanted is not None and any(
        lo <= c.start
        and c.end <= hi
        and (
            (
                _role(sentence, c) == wanted
                and flow_at(sentence[max(lo, c.start - 30) : c.start]) == flow
            )
            or sentence.endswith(" those of ", lo, c.start)  # "and those of B to A"
        )
        for c in countries
    )


def whole_role(sentence: str, c: CountrySpan, m: Mention, flow: str) -> str:
    """A country's role for a figure whose own clause names none: the other direction's
    counterpart after it is this flow's counterpart too ("Export rose to $5m, whereas imports
    from A stood at $9m": the exports go to A)."""
    role = _role(sentence, c)
    return _SWAPPED.get(role, role) if other_flow(sentence, m.end, c, flow) else role


# "A saw a 5% decline in its trade with B": "its" names the sentence's subject; so does a
# country opening the sentence ("Meanwhile, A saw ...", "A recorded ...")
_ITS_TRADE = re.compile(r"\bits\s(?:[\w-]+\s){0,3}?(?:trade|turnover|commerce)\b", re.IGNORECASE)
_OPENING = re.compile(r"(?:[A-Z]\w+,\s)?(?:the\s)?")


def subject_trader(
    sentence: str, countries: list[CountrySpan], partner: str, start: int
) -> list[str]:
    """The side of a turnover "with B" figure whose clause names no other: the sentence's
    subject, the economy opening it ("Meanwhile, A saw a 5% decline in trade with B, totalling
    $10m": A's, not the page's), or the one "its trade" refers to, in no role of its own."""
    first = next((c for c in countries if c.iso3 != partner), None)
    if first is None or first.end > start or _role(sentence, first) != "plain":
        return []
    opening = _OPENING.match(sentence)
    if opening.end() == first.start or _ITS_TRADE.search(sentence, first.end, start):
        return [first.iso3]
    return []
