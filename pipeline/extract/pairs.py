"""Which two countries a figure is between, ordered as its flow's direction requires.

Countries count by their role in the figure's own clause ("from X", "to Y", "in X", "X's"); a
single named country is paired with the speaker's country, else with the article's main pair.
"""

from __future__ import annotations

import re

from pipeline.extract.attribution import CountrySpan
from pipeline.extract.context import DocContext
from pipeline.extract.slots import Slot, trigger

_DEMONYM_FLOW = re.compile(
    r"^\s?(?:[a-z]+\s){0,2}?(?:exports?|imports?|investments?|investors?|companies|businesses|firms|goods|products)\b",
    re.IGNORECASE,
)


_FROM_BEFORE = re.compile(r"\bfrom\s(?:the\s)?$")


_TO_BEFORE = re.compile(r"\b(?:to|into)\s(?:the\s)?$")


_IN_BEFORE = re.compile(r"\bin\s(?:the\s)?(?:economy\sof\s(?:the\s)?)?$")


def _role(sentence: str, c: CountrySpan) -> str:
    """How a country is used: origin ("from X"), destination ("to X"), host ("in X"), owner."""
    before = sentence[max(0, c.start - 30) : c.start].lower()
    after = sentence[c.end : c.end + 30]
    if "from" in before and _FROM_BEFORE.search(before):
        return "from"
    if "to" in before and _TO_BEFORE.search(before):
        return "to"
    if "in" in before and _IN_BEFORE.search(before):
        return "in"
    if after.startswith(("'s", "’s")) or (c.kind == "demonym" and _DEMONYM_FLOW.match(after)):
        return "owner"
    return "plain"


# A subject doing the trade: "Ukraine imported", "Kenya exported goods", "Brazil has invested".
_SUBJECT_VERB = re.compile(r"\s(?:(?:has|have|had|also|then|only)\s){0,2}", re.IGNORECASE)


# "X's exports", "X's total trade turnover": a possessive right before the flow.
_OWNED = re.compile(
    r"\s(?:(?:total|overall|foreign|external|annual|merchandise|monthly|goods)\s){0,2}",
    re.IGNORECASE,
)


def _flow_at_start(text: str) -> bool:
    found = trigger("flow").search(text[:20])
    return found is not None and found.start() == 0


def is_subject(sentence: str, c: CountrySpan) -> bool:
    """A country that owns the flow ("X's exports", "Kazakh imports") or does it ("X exported")."""
    if c.kind == "demonym" and _DEMONYM_FLOW.match(sentence[c.end : c.end + 40]):
        return True
    verb = _SUBJECT_VERB.match(sentence, c.end)
    if sentence.startswith(("'s", "’s"), c.end):
        verb = _OWNED.match(sentence, c.end + 2)
    return verb is not None and _flow_at_start(sentence[verb.end() :])


def world_total(slot: Slot, countries: list[CountrySpan]) -> bool:
    """A country's trade with the world, not with a partner: the sentence names one economy at
    most, as the subject of the flow ("Ukraine imported goods worth $X", "South Korean exports
    rose 28%"), or says so ("Pakistan's exports to other countries"), and nothing in it points at
    a partner ("from it", "bilateral", "the two countries")."""
    if len({c.iso3 for c in countries}) > 1:
        return False
    if trigger("partner_ref").search(slot.sentence):
        return False
    if trigger("world").search(slot.tail):
        return True
    return bool(countries) and all(is_subject(slot.sentence, c) for c in countries)


def pair_of(
    flow: str,
    sentence: str,
    slot: Slot,
    countries: list[CountrySpan],
    ctx: DocContext,
    source: str | None,
    previous_pair: tuple[str, str] | None = None,
) -> tuple[str, str] | None:
    """(reporter, partner) following the flow's direction; see CONTRACT.md.

    Roles ("from X", "to Y", "X's") count only inside the figure's own clause, so "exports from
    X and $46M of imports" does not make X the origin of the imports.
    """
    lo = slot.mention.start - len(slot.tail)
    hi = slot.mention.end + len(slot.head)
    roles: dict[str, list[str]] = {}
    order: list[str] = []
    for c in countries:
        if lo <= c.start and c.end <= hi:
            roles.setdefault(c.iso3, []).append(_role(sentence, c))
            if c.iso3 not in order:
                order.append(c.iso3)
    if not order and previous_pair is not None:
        # Nothing named in this figure's clause: it continues the sentence's previous figure.
        return previous_pair
    for c in countries:
        if c.iso3 not in order:
            roles.setdefault(c.iso3, [])
            order.append(c.iso3)

    def having(*wanted: str) -> str | None:
        return next((iso for iso in order if any(r in wanted for r in roles[iso])), None)

    candidates = order[:]
    # One country named: the other side is the speaker's country, else the article's pair.
    for iso in ([source] if source else []) + list(ctx.pair):
        if len(candidates) >= 2:
            break
        if iso not in candidates:
            candidates.append(iso)
    if len(candidates) < 2:
        return None
    home = (
        source
        if source in candidates
        else (ctx.pair[0] if ctx.pair and ctx.pair[0] in candidates else candidates[0])
    )

    def other(iso: str) -> str:
        return next(c for c in candidates if c != iso)

    if flow == "turnover":
        first = home if home in candidates[:2] else candidates[0]
        second = other(first) if first in candidates[:2] else candidates[1]
        return first, second
    if flow == "exports":
        reporter = having("from", "owner")
        partner = having("to")
        if reporter is None:
            reporter = other(partner) if partner else home
        return reporter, partner if partner and partner != reporter else other(reporter)
    if flow == "imports":
        partner = having("from")
        reporter = having("owner", "to", "in")
        if reporter == partner:
            reporter = None
        if partner is None:
            reporter = reporter or home
            return reporter, other(reporter)
        return reporter or other(partner), partner
    # investment: reporter is the recipient, partner the investor.
    recipient = having("in", "to")
    investor = having("from", "owner")
    if recipient is None and investor is None:
        return home, other(home)
    if recipient is None:
        recipient = other(investor)
    if investor is None or investor == recipient:
        investor = other(recipient)
    return recipient, investor
