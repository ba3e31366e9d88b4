"""Which two countries a figure is between, ordered as its flow's direction requires.

Countries count by their role in the figure's own clause ("from X", "to Y", "in X", "X's": see
``roles``); a single named country is paired with the speaker's country, else with the article's
main pair.
"""

from __future__ import annotations

import re

from pipeline.extract.bracket_scope import before_close
from pipeline.extract.cause_clause import outside_causes
from pipeline.extract.context import DocContext
from pipeline.extract.continued import shared_market, topic_partner
from pipeline.extract.countries import CountrySpan
from pipeline.extract.currency_side import currency_side
from pipeline.extract.described_partner import described_partner
from pipeline.extract.fact_lines import outward
from pipeline.extract.follow_up import carried_pair
from pipeline.extract.list_pair import list_pair
from pipeline.extract.lists import glued, list_owner
from pipeline.extract.numbers import Mention
from pipeline.extract.other_flow import (
    later_clause,
    other_flow,
    own_trader,
    subject_trader,
    whole_role,
)
from pipeline.extract.pronoun_subject import fronted_for_trader, its_trader, pronoun_trader
from pipeline.extract.ranked_aside import ranked_aside, ranking_item_sides, ranks, unranked
from pipeline.extract.ranked_partners import ranked_against
from pipeline.extract.roles import (
    _role,
    back_subject,
    counter_owner,
    owner_after,
    referred_subject,
    relative_subject,
    trading_subject,
)
from pipeline.extract.slots import Slot
from pipeline.extract.with_partner import named_between, with_partner

# "$1.8bn in Brazilian goods", "$5m worth of Chilean products": the amount's goods by origin
_GOODS_OF = re.compile(r"\s(?:worth\s)?(?:of|in)\s")


def pair_of(
    flow: str,
    sentence: str,
    slot: Slot,
    countries: list[CountrySpan],
    ctx: DocContext,
    source: str | None,
    previous_pair: tuple[str, str] | None = None,
    listed: tuple[CountrySpan, ...] = (),
) -> tuple[str, str] | None:
    """(reporter, partner) following the flow's direction; see CONTRACT.md.

    Roles ("from X", "to Y", "X's") count only inside the figure's own clause, so "exports from
    X and $46M of imports" does not make X the origin of the imports.
    """
    m = slot.mention
    countries = outside_causes(sentence, countries, m.end)  # "... because of the A-B conflict"
    countries = before_close(sentence, countries, m.start)  # "($2bn of ... exported), behind B"
    # "B came second with $419m, then C third with $378m": another ranked item is no side
    countries, ranked = ranking_item_sides(sentence, countries, m.start)
    own = list_owner(listed, m)
    if own is not None:
        if flow == "turnover":
            # "A is the top partner of X ($1.4bn)": the list item is the ranked economy
            # ", followed by B ($879m)": B is another partner of X
            anchored = ranked_against(sentence, countries, m)
            if anchored is not None:
                return anchored if anchored[0] == own.iso3 else (anchored[0], own.iso3)
        return list_pair(flow, sentence, own, countries, listed, ctx, source)
    countries = [c for c in unranked(sentence, countries, m) if c not in listed]
    if aside := ranked_aside(sentence, countries, m.start):
        # "(below A, B and C), with $6bn": the economies it ranks against are no sides
        countries = [c for i, c in enumerate(countries) if i not in aside]
    lo = slot.clause_start
    hi = slot.mention.end + len(slot.head)
    roles: dict[str, list[str]] = {}
    order: list[str] = []
    last: tuple[CountrySpan, str] | None = None
    for c in countries:
        if (
            lo <= c.start
            and c.end <= hi
            and not other_flow(sentence, m.end, c, flow)
            and not later_clause(sentence, m.end, c)
        ):
            role = counter_owner(flow, sentence, c, _role(sentence, c))  # "of Cypriot imports"
            if last and role == "plain" and glued(sentence, last[0], c):
                role = last[1]  # "to China and the United States": both are destinations
            last = (c, role)
            roles.setdefault(c.iso3, []).append(role)
            if c.iso3 not in order:
                order.append(c.iso3)
    referred = referred_subject(sentence, countries, m.start)  # "the latter exported $1m"
    if (
        not order
        and previous_pair is not None
        and referred is None
        and not (ranked and ranked[-1].iso3 not in previous_pair)  # "..., then D with $5m"
    ):
        # Nothing named in this figure's clause: it continues the sentence's previous figure.
        return previous_pair
    if not countries:
        carried = carried_pair(flow, ctx, source)
        if carried is not None:
            return carried
    elif flow in _DIRECTED and (
        topic := topic_partner(slot, countries, flow, ctx)
        or shared_market(slot, countries, flow, ctx)
    ):
        # "Exports to B picked up. A exported $8m", "C's exports to B rose. A exported $8m"
        if flow == "imports" and "made" in roles.get(countries[0].iso3, ()):
            # "Trade between A and B ... The country imported $8m of B's goods": B is the origin
            return topic, countries[0].iso3
        return countries[0].iso3, topic
    whole = not order  # no country in its clause: roles count across the sentence ("Chinese
    # investments in Uzbekistan, which have grown 5 times to reach $2.2 billion")
    for c in countries:
        if c.iso3 not in order:
            roles.setdefault(c.iso3, []).extend([whole_role(sentence, c, m, flow)] if whole else [])
            order.append(c.iso3)

    def having(*wanted: str) -> str | None:
        return next((iso for iso in order if any(r in wanted for r in roles[iso])), None)

    candidates = order[:]
    reporting = ctx.reporting()
    # One country named: the other side is the speaker's, else the article's pair, the one reporting
    # most of the page's flows first ("A's exports to the EU rose. Poland was ...": A's, not EU's).
    article = sorted(ctx.pair, key=lambda iso: iso != reporting)
    # a partner named by description ("exports to the North") is the page's, not the source's
    speaker = [source] if source and (source in ctx.pair or not described_partner(sentence)) else []
    # "(at a summit abroad) trade with New Zealand shrank to RM5.9bn": the ringgit's economy
    issuer = currency_side(m, ctx, candidates) if len(candidates) == 1 else None
    # the economy reporting the page's flows, when the pair by mentions leaves it out ("A's
    # foreign trade came to $4.8bn ... exports went to B, amounting to $387m": A's, gr20)
    outside = [reporting] if flow in _DIRECTED and reporting and reporting not in ctx.pair else []
    for iso in speaker + ([issuer] if issuer else []) + outside + article:
        if len(candidates) >= 2:
            break
        if iso not in candidates:
            candidates.append(iso)
    if len(candidates) < 2:
        return None
    dateline = ctx.state.home  # "KUALA LUMPUR: ... Exports grew 13%": the dateline's country
    # else the body's first economy, not the most named (often the partner; no investment's)
    first = ctx.first if flow != "investment" else None
    home = (
        source
        if source in candidates
        else issuer
        if issuer in candidates
        else reporting
        if reporting in candidates
        else dateline
        if dateline in candidates
        else first
        if first in candidates
        else (ctx.pair[0] if ctx.pair and ctx.pair[0] in candidates else candidates[0])
    )

    def other(iso: str) -> str:
        return next(c for c in candidates if c != iso)

    if flow == "turnover":
        partner = with_partner(order, roles, countries, m, sentence)
        if partner is not None and (between := named_between(countries, partner, m, sentence, lo)):
            first = home if home in between else between[0]  # "between A and B ..., beside C"
            return first, next(iso for iso in between if iso != first)
        if partner is not None:
            # "turnover with Turkey was $2.2 billion and with Russia $1.2 billion": each amount
            # goes with the counterpart named nearest before it, against a country of its own
            # clause, else the speaker's, else the article's
            named = [iso for iso in order if roles[iso]]  # in the figure's clause
            if named == [partner]:  # "A saw a 5% drop in its trade with B": A's
                named = subject_trader(sentence, countries, partner, m.start) or named
            first = _outside(
                partner, "with", named + ([issuer] if issuer else []), roles, source, ctx
            )
            return (first, partner) if first else (partner, other(partner))
        anchored = ranked_against(sentence, countries, m)
        if anchored is not None:
            return anchored
        if _between_pair(sentence, order, roles, ctx):
            # the named economy is no party: the page's pair, the side reporting first
            return (article[0], article[1]) if len(article) == 2 else None
        first = home if home in candidates[:2] else candidates[0]
        second = other(first) if first in candidates[:2] else candidates[1]
        return first, second
    # "Its exports to ... were $X": the trader of the figure before the sentence (before a
    # country the sentence names after the figure: "Statistics B, which is B's agency")
    # (after a sentence with no figure, no trader "its" can be sure of)
    entered = ctx.figure_before(1)
    subject = referred or (
        its_trader(sentence, countries, m.start, entered[0])
        if entered and flow in _DIRECTED
        else None
    )
    subject = subject or fronted_for_trader(sentence, countries, m.start)  # "For A, exports fell"
    subject = subject or owner_after(sentence, countries, m.end)
    subject = subject or back_subject(sentence, countries, m.start)  # "A is ..., as it imported"
    # "A depends on B: it bought $Xbn from B and sold $Ybn": the earlier figure's trader
    subject = subject or pronoun_trader(sentence, countries, m.start, previous_pair)
    # an earlier clause's subject is not this one's when this clause names its own trader
    # ("A exports to B $7m while exports from B to A, up 40%, are $3m": B exports the $3m)
    own = not whole and own_trader(sentence, countries, lo, hi, flow)
    subject = subject or next(
        (
            c.iso3
            for c in reversed(countries)  # the nearest one before the figure
            if c.end <= slot.mention.start
            and c.iso3 in candidates
            and (not own or c.start >= lo)
            and trading_subject(sentence, c)
        ),
        None,
    )
    if flow == "exports":
        # "$1.8bn in Brazilian goods exported": the goods' origin right after the amount sends them
        made = next(
            (
                c.iso3
                for c in countries
                if _GOODS_OF.fullmatch(sentence, m.end, c.start) and "made" in roles.get(c.iso3, ())
            ),
            None,
        )
        reporter = made or subject or having("from", "owner", "made")
        partner = having("to") or _trade_with(sentence, countries, roles, reporter)
        if (
            reporter is not None
            and reporter == partner
            and reporter != made
            and any(
                c.iso3 == partner
                and lo <= c.start
                and c.end <= m.start
                and _role(sentence, c) == "to"
                for c in countries
            )
        ):
            # "A's exports to B were $5m, while exports to A were $9m": the destination the
            # clause names is no exporter, whatever an earlier clause's subject (round 42)
            reporter = None
        if reporter is None and partner:
            reporter = _outside(
                partner,
                "to",
                _before_first(candidates, countries, slot),
                _all_roles(roles, sentence, countries, m),
                source,
                ctx,
            )
        if reporter is None:
            reporter = other(partner) if partner else home
        if partner is None and reporter == subject:
            # "A's exports to B were $5m while C exported $3m": C's goods go to B as well
            partner = _earlier(_all_roles(roles, sentence, countries, m), "to", reporter)
        return reporter, partner if partner and partner != reporter else other(reporter)
    if flow == "imports":
        # "countries from the EU (EU) imported German goods": the subject is no origin (but
        # "Armenian imports to Georgia" are goods made in Armenia)
        partner = next(
            (i for i in order if {"from", "made"} & set(roles[i]) and _origin(i, subject, roles)),
            None,
        )
        reporter = subject or having("to", "owner", "in")
        partner = partner or _trade_with(sentence, countries, roles, reporter)
        if partner is None and reporter is not None:
            partner = next(
                (iso for iso in order if iso != reporter and "owner" in roles[iso]), None
            )
        if reporter == partner:
            reporter = None
        if partner is None and reporter is not None and reporter == subject:
            partner = _earlier(_all_roles(roles, sentence, countries, m), "from", reporter)
        if partner is None:
            reporter = reporter or home
            return reporter, other(reporter)
        if reporter is None:
            reporter = _outside(
                partner,
                "from",
                _before_first(candidates, countries, slot),
                _all_roles(roles, sentence, countries, m),
                source,
                ctx,
            )
        return reporter or other(partner), partner
    # investment: reporter is the recipient, partner the investor.
    recipient = having("in", "to")
    investor = having("from", "owner")
    if recipient is None and investor is None:  # "outward stock of FDI": home is the investor
        return (other(home), home) if outward(sentence) else (home, other(home))
    if recipient is None:
        recipient = other(investor)
    if investor is None or investor == recipient:
        investor = other(recipient)
    return recipient, investor


# "trade between the two countries", "between both sides": both parties named at once, the
# page's pair (as "that country" names its partner)
_BETWEEN_PAIR = re.compile(r"\bbetween\s(?:the\stwo|both)\s(?:countries|nations|sides)\b", re.I)


def _between_pair(
    sentence: str, order: list[str], roles: dict[str, list[str]], ctx: DocContext
) -> bool:
    """A "trade between the two countries" figure naming no economy of the page's pair and at
    most one other (the source's, in no trading role: "According to the Korea Trade Agency,
    trade between the two countries rose 5%": the agency's country is no party): the page's
    pair is the figure's."""
    if len(ctx.pair) != 2 or len(order) > 1 or set(order) & set(ctx.pair):
        return False
    if any(role != "plain" for iso in order for role in roles[iso]):
        return False
    return "between" in sentence and _BETWEEN_PAIR.search(sentence) is not None


_DIRECTED = ("exports", "imports")


def counts_as_reporter(sentence: str, countries: list[CountrySpan], iso: str) -> bool:
    """Whether a figure's reporter is the page's: not "(its partner) Chile, which imported"."""
    return not any(c.iso3 == iso and relative_subject(sentence, c) for c in countries)


# "in its trade with A", "Laos's commerce with A": a trade noun (up to two words before "with")
# makes A the counterpart; any other "with" ("compared with A", "with A proving no exception",
# "along with A") names no side of the trade
_TRADE_WITH = re.compile(
    r"\b(?:trade|trading|turnover|commerce|exchanges?)\s+(?:[\w'-]+\s+){0,2}with\s+(?:the\s+)?$",
    re.I,
)


def _trade_with(
    sentence: str, countries: list[CountrySpan], roles: dict[str, list[str]], reporter: str | None
) -> str | None:
    """The counterpart of a directed figure named after a trade noun and "with" in its clause
    ("exports exceeded imports in its trade with A, with exports of $5m"): the other side of the
    trade, so the exporter or importer is the page's country, not A."""
    for c in countries:
        if (
            c.iso3 != reporter
            and "with" in roles.get(c.iso3, ())
            and _TRADE_WITH.search(sentence[max(0, c.start - 60) : c.start])
        ):
            return c.iso3
    return None


def _origin(iso: str, subject: str | None, roles: dict[str, list[str]]) -> bool:
    return iso != subject or "made" in roles[iso]


def _before_first(candidates: list[str], countries: list[CountrySpan], slot: Slot) -> list[str]:
    """The candidates named before the figure (none an earlier clause ranks), then the speaker's
    and the article's (the caller adds those), then the ones named only after it: a country after
    the amount is often a comparison ("exports to the US reached $11.3 billion, surpassing China")."""
    before = {c.iso3 for c in countries if c.end <= slot.mention.start and not ranks(slot, c)}
    return [c for c in candidates if c in before]


def _all_roles(
    roles: dict[str, list[str]], sentence: str, countries: list[CountrySpan], m: Mention
) -> dict[str, list[str]]:
    """The clause's roles plus the roles of the countries named before the figure in earlier
    clauses: in "exports to A rose to $5m while exports to B rose to $4m" A, a destination too,
    is no exporter of B's figure."""
    merged = {iso: list(found) for iso, found in roles.items()}
    last: tuple[CountrySpan, str] | None = None
    for c in countries:
        if c.end <= m.start:
            role = _role(sentence, c)
            if last and role == "plain" and glued(sentence, last[0], c):
                role = last[1]  # "to A and B": both are destinations
            last = (c, role)
            merged.setdefault(c.iso3, []).append(role)
    return merged


def _earlier(all_roles: dict[str, list[str]], role: str, reporter: str) -> str | None:
    """The first country with ``role`` in an earlier clause, other than ``reporter``."""
    return next(
        (iso for iso, found in all_roles.items() if role in found and iso != reporter), None
    )


def _outside(
    partner: str,
    role: str,
    candidates: list[str],
    roles: dict[str, list[str]],
    source: str | None,
    ctx: DocContext,
) -> str | None:
    """The other side of a flow whose partners share one role ("shipments to A and B"): the first
    economy named, else the speaker's, else the country reporting most of the document's
    exports and imports figures so far ("X's exports to A were $5m. Exports to B were $3m.";
    for turnover too: "X's exports to A ... Trade with B grew 7%" is X's trade, even when A is
    named more often than X), else the article's, that is not one of those partners."""
    reporting = ctx.reporting()
    for iso in [*candidates, _previous_trader(partner, ctx), source, reporting, *ctx.pair]:
        if iso and iso != partner and role not in roles.get(iso, []):
            return iso
    return None


def _previous_trader(partner: str, ctx: DocContext) -> str | None:
    """The trader of the last figure read in the two sentences before, when its partner is
    ``partner``: "Xland's imports from B fell 18%. (The figures cover ten months.)
    Exports to B fell 21%" are Xland's, whoever the page's earlier source was (a Finnish
    office two paragraphs up)."""
    entered = ctx.figure_before(2)
    if entered is None:
        return None  # no figure read in the two sentences before
    last = entered[0]
    if last.get("partner") != partner or last.get("flow") not in _DIRECTED:
        return None
    return last.get("reporter")
