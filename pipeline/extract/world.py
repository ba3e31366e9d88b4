"""A country's trade with the world, not with a partner: which figures stay out as world totals.

"Ukraine imported goods worth $X", "imports to Ukraine rose 6%", "the external trade of Georgia"
are a country's totals with all partners; the extractor keeps only bilateral figures (see
CONTRACT.md), so ``sentence`` skips these. Split out of ``pairs``, which orders the two sides of
a bilateral figure.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import ascii_gate, substring_test
from pipeline.extract.cause_clause import outside_causes, outside_relations
from pipeline.extract.countries import CountrySpan
from pipeline.extract.described_partner import described_partner
from pipeline.extract.fact_lines import total_label
from pipeline.extract.flow import EXCLUDED, names_national
from pipeline.extract.later_partner import later_partner_clause
from pipeline.extract.own_pointer import own_ref, pointer_trader
from pipeline.extract.partition import partition_after
from pipeline.extract.roles import _role, is_subject
from pipeline.extract.slots import Slot, trigger
from pipeline.lexicon import alternation, gazetteer, triggers, vocabulary

# A flow word with the world as its other side right after it ("exports worldwide", "imports
# from the rest of the world", "trade with the world", "exports overall") and no later flow
# word in the clause.
# ... or to all of its partners ("shipments to all destinations", "imports from all markets"),
# or the world's total named as such ("while the world total stood at $338bn")
# ... or "those" for a flow gapped after a pair's ("imports from the EU fell 18%, those from the
# whole world 21%"), or a change of the flow ("the Austrian increase worldwide (5.8%)", round 53)
_WORLD_FLOW = re.compile(
    r"(?:\b(?:exports?|imports?|trade|shipments|sales|those|increase|growth|rise|decline|decrease"
    r"|fall|drop)\s(?:(?:even|only|just|also)\s)?(?:worldwide|globally|overall|"
    r"(?:to|from|with)\s(?:the\s)?(?:rest\sof\sthe\s|whole\s)?world|"
    r"(?:to|from|with)\sall\s(?:(?:its|their|other)\s)?(?:destinations|markets|countries|partners))"
    r"|\b(?:the\s)?(?:world|global)\s(?:total|figure|tally)\b"
    # the flow gapped after a pair's ("imports from the EU fell 18.6%, from the whole world even
    # 21.6%", German "aus der ganzen Welt sogar um 21,6 Prozent" glossed, round 56)
    r"|[,;]\s(?:and\s|but\s|while\s)?(?:to|from|with)\s(?:the\s)?"
    r"(?:rest\sof\sthe\s|whole\s|entire\s)?world\b"
    # "exports abroad", "imports from abroad", "sales overseas" (round 56)
    r"|\b(?:exports?|imports?|shipments|sales)\s(?:from\s)?(?:abroad|overseas)\b"
    # "although A's goods exports in total grew by less than 15%" (not "bilateral trade in total")
    r"|\b(?:exports?|imports?)\sin\stotal\b)"
    r"(?![^.;]*\b(?:exports?|imports?|trade|shipments)\b)",
    re.IGNORECASE,
)


# after a figure, its main partners listed as its make-up: "..., with China, the U.S. and Korea
# as the main suppliers", "..., with A and B the largest destinations" (two or more named: a
# country's trade with all of them, not with one)
_MAIN_PARTNERS_AFTER = re.compile(
    r"[^;,]{0,60}?,\swith\s[^;\d]{2,60}?(?:,\s|\sand\s)[^;\d]{2,60}?\s(?:as\s)?(?:the\s|its\s|their\s)?"
    r"(?:main|largest|biggest|top|leading|principal|key)\s"
    r"(?:suppliers|sources|destinations|markets|partners|buyers|customers)\b",
    re.IGNORECASE,
)


def _main_partners_after(slot: Slot, countries: list[CountrySpan], flow: str | None) -> bool:
    """``_MAIN_PARTNERS_AFTER`` follows the figure, whose clause names no partner before it."""
    sentence = slot.sentence
    if "main" not in sentence and "top" not in sentence and "larg" not in sentence:
        return False  # (the cheap test first)
    return bool(
        _MAIN_PARTNERS_AFTER.match(sentence, slot.mention.end)
        and not partner_in_clause(slot, [c for c in countries if c.end <= slot.mention.start], flow)
    )


# "..., or 14 per cent of the $31bn that Pakistan exported overall", "the $9bn it imported in
# total": the amount is what a country traded with the world, whatever partner the sentence
# names before it (the share's part is the pair's)
_TRADED_OVERALL = re.compile(
    r"\s(?:worth\s(?:of\s)?(?:goods|products|merchandise)\s)?"
    r"(?:that\s|which\s)?(?:(?-i:[A-Z][\w.]+)(?:\s(?-i:[A-Z][\w.]+))?|it|the\scountry)\s"
    r"(?:had\s|has\s)?(?:exported|imported|shipped|sold|bought|purchased)\s(?:goods\s)?"
    r"(?:overall|in\stotal|in\sall|altogether|worldwide|globally|to\sthe\sworld)\b"
    # ... or the amount as a passive's subject, sent abroad: "goods worth $759m were exported
    # abroad", "$2bn of goods were sold overseas" (round 56)
    r"|\s(?:(?:of\s)?(?:goods|products|merchandise)\s)?(?:(?:were|was|have\sbeen|has\sbeen"
    r"|had\sbeen)\s)?(?:exported|shipped|sold|sent)\s(?:abroad|overseas|worldwide|globally"
    r"|to\sthe\sworld|to\s(?:other|foreign)\s(?:countries|markets))\b",
    re.IGNORECASE,
)
# a change whose flow follows it as a total: "a 9.2 percent fall in total foreign exports",
# "an 8% rise in the country's total imports" (round 50, a hunted page: the flow comes after the
# amount, so the world words before it never see "total")
_CHANGE_IN_TOTAL = re.compile(
    r"\s(?:(?:year-on-year|annual|yearly)\s)?(?:drop|fall|decline|decrease|rise|increase|growth"
    r"|jump|surge|gain)\sin\s(?:the\s)?(?:(?:country|kingdom|nation)['’]s\s)?total\s"
    r"(?:(?:international|foreign|external|merchandise|non-oil|goods)\s)?(?:exports?|imports?)\b"
    # (not "... in total exports to Peru", "... from the two countries"; "total trade" may be
    # the pair's own, so trade is left to the other rules)
    r"(?!\s(?:to|from)\s(?:the\s)?(?:(?-i:[A-Z][a-z])|both\b|its\b|their\b|two\b))",
    re.IGNORECASE,
)
# ... and the level that change reached, with no economy in the sentence ("a 9.2 percent fall in
# total foreign exports to $61 billion")
_TOTAL_FLOW_TO = re.compile(
    r"\btotal\s(?:(?:international|foreign|external|merchandise|non-oil|goods)\s)?"
    r"(?:exports?|imports?)\s(?:to|at)\s(?:(?:about|around|nearly|almost|some|over)\s)?$",
    re.IGNORECASE,
)
_may_trade_overall = ascii_gate(
    (
        "overall",
        " total",
        " all",
        "altogether",
        "world",
        "global",
        "abroad",
        "overseas",
        "foreign",
        "other c",
    )
)


# a sentence opening with the whole world as its frame: "Across all countries, A's trade fell
# 15%", "Adding up all countries, ...", "Worldwide, A's exports rose 3%" (round 53: glossed
# "Somando todos os países", "Weltweit")
_ALL_FRAME = re.compile(
    r"^\W{0,3}(?:(?:across|adding\sup|summing\sup|counting|taking|for|with)\sall\s(?:the\s)?"
    r"(?:countries|partners|trading\spartners|markets|destinations)(?:\s(?:combined|together))?"
    r"|worldwide|globally),\s",
    re.IGNORECASE,
)


def world_total(
    slot: Slot,
    countries: list[CountrySpan],
    flow: str | None = None,
    after_world: bool = False,
    world_own: frozenset[str] = frozenset(),
) -> bool:
    """A country's trade with the world, not with a partner: the sentence names one economy at
    most, as the subject of the flow ("Ukraine imported goods worth $X", "South Korean exports
    rose 28%") or on the flow's own side ("imports to Ukraine", "exports from Ukraine",
    "investments made in Georgia", "the external trade of Georgia"), or says so ("Pakistan's
    exports to other countries"), and nothing in it points at a partner ("from it", "bilateral",
    "the two countries"). After a world total (``after_world``: earlier in the sentence or the
    document's last figure) a sentence naming no economy continues it ("Norway's exports fell
    8%. Oil exports were NOK 197 bn"), and so does "exports from X" ("imports to X rose 6%, and
    exports from X 9%"); alone, "exports from X" often follows "trade between the two countries"
    as that pair's figure."""
    tail = slot.tail
    rest = slot.sentence[slot.mention.end : slot.mention.end + 80]
    # "Imports rose 18%, as analysts praised A-B relations": the relationship's sides are no
    # partners of the figure (``cause_clause``; round 50)
    countries = outside_relations(slot.sentence, countries)
    if _may_trade_overall(rest) and _TRADED_OVERALL.match(rest):
        return True
    if len({c.iso3 for c in countries}) <= 1 and _ALL_FRAME.match(slot.sentence):
        return True  # "Across all countries, Brazil's trade fell 15%": no partner's
    if " total" in rest and _CHANGE_IN_TOTAL.match(rest):
        return True  # "showed a 9.2% fall in total foreign exports" (round 50)
    if not countries and "total" in tail.lower() and _TOTAL_FLOW_TO.search(tail):
        return True  # "... drop in total foreign exports to $61bn": the same total
    if (
        "world" in tail
        or "global" in tail
        or "overall" in tail
        or " all " in tail
        or "in total" in tail
        or "abroad" in tail
        or "overseas" in tail
    ) and (_WORLD_FLOW.search(tail)):
        return True  # "overall Norwegian exports worldwide rose 20%", "while Finnish exports
        # overall rose 15%, those to China ...", even beside "the UK"
    if _main_partners_after(slot, countries, flow):
        return True  # "imports rose 35%, with A, B and C as the main suppliers": all of them
    if _own_region(slot, countries, flow) or region_partner(_own_head(slot.head)):
        return True  # whoever else the sentence names ("A's exports to B ..., its imports from
        # the seven Andean nations ...", "$5bn to other EAC countries")
    sentence = slot.sentence
    partitioned = False
    if len({c.iso3 for c in countries}) > 1:
        # "A's exports fell 2.6% because fewer coal trucks crossed into B": an economy named
        # only in the cause is no partner of the figure (``cause_clause``)
        kept = outside_causes(sentence, countries, slot.mention.end)
        if kept and len({c.iso3 for c in kept}) == 1:
            countries = kept
    if countries and _only_share_partners(slot, countries):
        return True
    if len({c.iso3 for c in countries}) > 1:
        # "$233m were imported to X, out of which 22% were from Y"; "A's exports rose 5%, while
        # exports to B fell 3%" (``later_partner``): the economies before that clause
        share = _share_after(slot)
        if share is None:
            share = partition_after(slot)  # "..., 39% of them to Y", "..., mostly from Y"
        later = later_partner_clause(slot, flow) if share is None else None
        if share is None and later is None:
            share = _share_after(slot, far=True)  # past a list of the whole's parts (round 57)
        cut = share if later is None else later
        countries = [c for c in countries if cut is not None and c.start < cut]
        if not countries and _only_share_partners(slot, []):
            return True  # "Exports reached $19bn, of which 24% went to B and 22% to C": every
            # economy named is a share's partner, none the whole's (round 57)
        if later is not None and any(_role(sentence, c) in _PARTNER_ROLES for c in countries):
            return False  # "A's exports to B rose 5%, while B's exports to A ...": B's the partner
        if not countries or len({c.iso3 for c in countries}) > 1:
            return False
        partitioned = later is None and _role(sentence, countries[0]) not in _PARTNER_ROLES
    if _world_after(slot.head) and not _PAIR_SUBJECT.search(slot.tail):
        return True  # (not "Bilateral trade made up $41bn of A's international trade": a part)
    # "the country's exports" is the subject's own flow, not a partner ("exports to the country"),
    # and so is "the north of the country" (a part of it); a partner named by description
    # ("exports to its northern neighbour") is one
    if described_partner(sentence) or any(
        not sentence.startswith(("'s", "’s"), ref.end())
        and sentence[max(0, ref.start() - 3) : ref.start()] != "of "
        and not own_ref(sentence, ref.start(), ref.end())
        and not _RELATION_AFTER.match(sentence, ref.end())
        for ref in trigger("partner_ref").finditer(sentence)
    ):
        return False
    if partitioned:
        return True  # "Egypt attracted $10bn of FDI, led by the UAE": one economy, and the
        # partner is a part's (``partition``), whatever verb the economy takes
    if _only_in_part(slot, countries):
        return True  # "imports rose 1% to $100m, including $56m from Vietnam" (round 52)
    if not countries and pointer_trader(sentence):
        return True  # "the country exported goods worth $X": the reporter, and no partner
    if (
        _world_cue(slot.tail)
        and not partner_in_clause(slot, countries, flow)
        and not (flow == "turnover" and not countries and _OVERALL_TRADE.search(slot.tail))
        and not _its_other_flow(slot, countries)
        and not _sector_its_flow(slot.tail)
    ):
        return True  # (a bare "overall trade" read as turnover is the pair's: ``flow._pair_total``)
    pair_label = flow == "turnover" and not countries and total_label(sentence)  # (fact_lines)
    if (after_world and not pair_label) and (
        not countries
        or _all_excepted(sentence, countries)
        or _own_again(sentence, countries, world_own)
    ):
        return True  # "... to countries other than the US rose 4%, while imports slipped 1%"
    # one economy, named as the flow's subject (a second mention may be the source: "Statistics
    # Norway") or as the side that reports it
    if flow == "exports" and _earned_from_exports(slot, countries):
        return True  # "Ethiopia earned $628m from the export of goods" (round 52)
    if flow == "exports" and not after_world:
        return any(is_subject(sentence, c) for c in countries)
    return any(is_subject(sentence, c) or own_side(sentence, c, flow) for c in countries)


# right after a pointer at a pair ("bilateral", "mutual"): a relationship or its instruments, not
# the pair's trade ("aided by new bilateral accords", "mutual visits"); at most one
# word between ("bilateral trade agreements" are no trade figure either). Round 50, hunted pages.
_RELATION_AFTER = re.compile(
    r"\s(?:[a-z-]+\s)?(?:agreements?|accords?|relations|ties|relationship|cooperation"
    r"|co-operation|partnership|friendship|talks|visits?|consultations)\b",
    re.IGNORECASE,
)


# "Ethiopia earned $628m from the export of goods", "Kenya fetched $2bn from exports": the economy
# right before the verb earns the amount with its own exports, as "Ethiopia exported $628m" says
# (round 52, a hunted page: a later sentence's top destination took the amount)
_EARNED = re.compile(
    r"\s(?:(?:has|have|had)\s)?(?:earned|earns|fetched|generated|raked\sin|netted|pocketed)\s"
    r"(?:(?:about|around|over|some|nearly|almost|roughly|more\sthan|close\sto|an\sestimated)\s)?\Z",
    re.IGNORECASE,
)
_FROM_EXPORTS = re.compile(
    r"\s(?:(?:in\s)?(?:revenue|revenues|earnings|income)\s)?(?:from|through)\s(?:the\s|its\s)?"
    r"(?:exports?|export\s(?:of|trade|sales))\b(?!\s(?:to|into)\s)",
    re.IGNORECASE,
)


def _earned_from_exports(slot: Slot, countries: list[CountrySpan]) -> bool:
    """The sentence's one economy earned the amount "from the export of goods" (``_EARNED``)."""
    if len({c.iso3 for c in countries}) != 1 or "from" not in slot.head[:40]:
        return False
    verb = _EARNED.search(slot.tail)
    if verb is None or not _FROM_EXPORTS.match(slot.head):
        return False
    at = slot.clause_start + verb.start()
    return any(c.end == at for c in countries)


def _only_in_part(slot: Slot, countries: list[CountrySpan]) -> bool:
    """The sentence's one economy is named only inside a clause that splits the amount among
    partners ("Imports grew 1% to $100.9m, including $56m of footwear from Vietnam", "exports
    reached $5bn, mostly to China"): the amount is the page trader's trade with the world, the
    economy only a part's partner (``partition``; round 52, a hunted page read the total as
    the trader's imports from Vietnam). With two economies the caller's own split decides."""
    if len({c.iso3 for c in countries}) != 1:
        return False
    cut = partition_after(slot)
    return cut is not None and all(c.start > cut for c in countries)


def national_total(slot: Slot, flow: str | None, economies: list[CountrySpan]) -> bool:
    """The slot's amount was left out as a country's whole trade named so ("Total imports hit $X",
    "foreign trade turnover reached $Y"; ``national.names_national``), not as a balance, in a
    sentence naming one economy at most: a world total, which the sentence's later figures
    naming no partner continue ("... while exports stood at $Z"). Later sentences do not: pages
    also write "total trade" for the pair's ("A's envoy said total trade was $X")."""
    found = slot.tail_flows
    return (
        flow == EXCLUDED
        and bool(found)
        and names_national(slot.tail, found[-1])
        and len({c.iso3 for c in economies}) <= 1
    )


@cache
def _circumstance() -> re.Pattern[str]:
    return re.compile(
        r"\s(?:[a-z]+\s)?(?:" + alternation(list(vocabulary("world_circumstance"))) + r")\b",
        re.IGNORECASE,
    )


def _world_cue(tail: str) -> bool:
    """A world word in the figure's clause that is about trade, not the times the figure came
    in: "amid global challenges", "despite the global economic slowdown", "the international
    trade tensions" (``vocabulary.csv`` ``world_circumstance``, at most one word after the cue)
    say nothing of whom the trade is with."""
    return any(
        _circumstance().match(tail, m.end()) is None for m in trigger("world").finditer(tail)
    )


def _own_again(sentence: str, countries: list[CountrySpan], world_own: frozenset[str]) -> bool:
    """After a world total, the sentence names only that total's own economy again, and not as
    a partner ("Germany's exports fell 3%. Compared to 2029, before Germany's lockdown, imports
    and exports rose 17% and 4%"; not "... Exports to Germany rose 4%")."""
    return bool(world_own) and all(
        c.iso3 in world_own
        and (
            _role(sentence, c) not in ("to", "from", "with")
            or _ACCORDING.search(sentence, 0, c.start) is not None  # a source, not a partner
        )
        for c in countries
    )


# "according to the Mongolian customs": the source of the figure (its "to" names no partner)
_ACCORDING = re.compile(r"\baccording\sto\s(?:the\s)?\Z", re.IGNORECASE)


# "Overall trade reached $X" with no economy named: ``flow._pair_total`` has read it as the
# total of the pair the sentence before named (else it would be no flow at all)
_OVERALL_TRADE = re.compile(
    r"\boverall\s(?:bilateral\s|two-way\s)?(?:trade|turnover)\b[^.;]*$", re.I
)


# "its imports" opening the figure's clause, after a clause of the same sentence whose flow has a
# partner: "The Kingdom's exports to Egypt reached $X, and its imports amounted to $Y"
_ITS_FLOW = re.compile(r"\bits\s(?:exports|imports)\b(?:(?!\b(?:total|world|global)).)*$", re.I)


# "the machinery sector increased its exports by 45%" (French "le secteur ... a accru ses
# exportations", Spanish "el sector ... sus exportaciones"): "its" stands for a sector of the
# economy, whose exports are a part of the pair's in play, not the country's with the world
# (round 47)
_SECTOR_ITS = re.compile(
    r"\b(?:sector|sectors|industry|industries|branch)\b[^;:]{0,120}?\b(?:its|their)\s"
    r"(?:exports|imports)\b",
    re.IGNORECASE,
)


def _sector_its_flow(tail: str) -> bool:
    """The clause's only world words are "its exports"/"its imports", and "its" follows a
    sector noun (above)."""
    if "its " not in tail and "their " not in tail:
        return False
    found = _SECTOR_ITS.search(tail)
    return found is not None and all(
        _ITS_FLOW.fullmatch(m.group(1)) for m in trigger("world").finditer(tail)
    )


def _its_other_flow(slot: Slot, countries: list[CountrySpan]) -> bool:
    """The world cue is "its exports"/"its imports" and an earlier clause of the sentence names
    the flow's partner ("exports to Egypt"): the pronoun's flow is with that partner too, as it
    is when the owner is named ("Jordan's exports to Egypt ..., and its imports ..."; then the
    sentence names two economies and the cue is never asked)."""
    if "its " not in slot.tail or not _ITS_FLOW.search(slot.tail):
        return False
    clause_start = slot.clause_start
    return any(
        c.end <= clause_start and _role(slot.sentence, c) in _PARTNER_ROLES for c in countries
    )


# The role a flow's partner takes: "exports to X", "imports from X", "trade with X".
_PARTNER_ROLE = {"exports": "to", "imports": "from", "turnover": "with"}
_PARTNER_ROLES = frozenset(_PARTNER_ROLE.values())


# The words right after an amount that still describe it: up to the next comma or "and"
_HEAD_END = re.compile(r",|\s(?:and|but|while|whereas|compared|against|versus|than)\s")


def _own_head(head: str) -> str:
    """``head`` up to the first mark that starts another phrase ("$5bn to other countries" is
    the amount's own; "$5bn and to other countries $3bn" is not)."""
    end = _HEAD_END.search(head, 0, 80)
    return head[: end.start()] if end else head[:80]


def _own_region(slot: Slot, countries: list[CountrySpan], flow: str | None) -> bool:
    """The figure's clause names a group of partners (``region_partner``) as the figure's own,
    not in a phrase before the figure's flow word when that word names its one partner: "With
    trade disputes simmering with its neighbours, figures showed that A's exports to B dropped
    by $2bn" is A's exports to B; "A's exports to B rose, its imports from the seven Andean
    nations fell by $2bn" and "exports to other countries fell by $2bn" stay groups (round 47)."""
    tail = slot.tail
    if not region_partner(tail):
        # a clause with no flow word of its own goes on with the group subject of the
        # sentence's flow ("Gulf states imported $Xbn from B, up from $Ybn")
        if slot.tail_flows or not slot.left_offset:
            return False
        return group_subject(slot.sentence[: slot.left_offset + len(slot.left)])
    if group_subject(tail):
        return True  # the group is the flow's own subject ("Gulf states exported $X to B")
    role = _PARTNER_ROLE.get(flow or "")
    flows = slot.tail_flows
    if role is None or not flows:
        return True
    last = flows[-1].start()
    if region_partner(tail[last:]):
        return True  # the group is the flow word's own complement
    start = slot.clause_start + last
    # the flow word names its one partner after it ("exports to B"): the group before it is
    # another phrase's ("disputes with its neighbours")
    return not any(
        c.start >= start and c.kind != "demonym" and _role(slot.sentence, c) == role
        for c in countries
    )


def partner_in_clause(slot: Slot, countries: list[CountrySpan], flow: str | None) -> bool:
    """A world cue ("overall", "global") with a partner named in the figure's own clause ("the
    overall exports to China were $9m"): the cue qualifies the bilateral flow, not the world."""
    role = _PARTNER_ROLE.get(flow or "")
    if role is None or not countries:
        return False
    clause_start = slot.clause_start
    return any(
        clause_start <= c.start and c.kind != "demonym" and _role(slot.sentence, c) == role
        for c in countries
    )


# The role a flow's own reporter takes ("imports to X", "exports from X", "investment in X",
# "trade of X"); the other roles name a partner ("exports to X", "imports from X").
_OWN_SIDE = {"imports": ("to", "in"), "exports": ("from",), "investment": ("in",)}
# "trade of X", "trade turnover of the X": the trade word itself governs X ("the Trade
# Minister of X" is a title, not X's trade); a parenthesis may close before "of"
_TRADE_OF = re.compile(r"\)?\s(?:turnover\s)?of\s(?:the\s)?", re.IGNORECASE)
# "imports of Turkey", "the exports of the Philippines", "goods exported by Kenya"
_FLOW_OF = re.compile(r"\s(?:of|by)\s(?:the\s)?", re.IGNORECASE)


def own_side(sentence: str, c: CountrySpan, flow: str | None) -> bool:
    """A single named country on its flow's own side, right after a trade word: "the import of
    goods to Ukraine", "goods exported from Kenya", "investments made in Georgia's economy",
    "the external merchandise trade of Georgia"."""
    if flow is None or c.kind == "demonym":
        return False
    before = sentence[max(0, c.start - 40) : c.start]
    found = list(trigger("flow").finditer(before))
    if not found or triggers("flow")[found[-1].group(1).lower()] != flow:
        return False  # not the complement of this flow's own word ("exports to X ... imports")
    if flow == "turnover":
        return _TRADE_OF.fullmatch(before, found[-1].end()) is not None
    if flow in ("imports", "exports") and _FLOW_OF.fullmatch(before, found[-1].end()):
        return True  # "imports of Turkey", "exports by Kenya": that country's own flow
    return _role(sentence, c) in _OWN_SIDE.get(flow, ())


# "imports from neighbouring countries", "exports to other destinations", "import bills from
# the top 10 countries", "imports from EAC countries", "exports to these islands", "trade with
# the four Visegrad states", "imports from its Caricom trading partners": a group of partners,
# not one (NOTES: a region that is not a listed bloc is no figure). A count of two ("the two
# countries") is the pair itself, so counts start at three.
_COUNT = r"(?:[3-9]|[1-9]\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "between Peru and Andean countries": the group is the other side of a pair named by "between"
_REGION_PARTNER = re.compile(
    r"\b(?:from|to|with|between\s(?:the\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+)?\sand)\s"
    r"(?:(?P<these>these|those)\s|(?:the|its|their)\s)?(?P<count>"
    + _COUNT
    + r"\s)?(?:(?P<kind>other|neighbou?ring|regional|member|partner|third|top\s\d+)\s)?"
    r"(?:(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s)?(?:member\s|trading\s|trade\s)?"
    r"(?:countries|nations|destinations|markets|states|islands|economies|partners"
    r"|(?P<neighbours>neighbou?rs)|(?P<titled>Countries|Nations|States|Islands|Economies))\b"
)
# a group named as a whole as the flow's own subject: "the 14 countries of the Pacific Islands
# Forum exported $Xbn to B", "Gulf states imported ...", "Pacific island nations' exports to B"
_GROUP_SUBJECT = re.compile(
    r"(?:^|\b(?i:the|its|their)\s|[,;:(]\s?)(?P<count>" + _COUNT + r"\s)?"
    r"(?:(?P<name>[A-Z][\w-]+(?:\s(?:[A-Z][\w-]+|island))?)\s)?(?:member\s)?"
    r"(?P<noun>countries|nations|states|islands|economies|Countries|Nations|States|Islands)"
    r"(?P<of>\sof\s(?:the\s)?[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,3})?"
    r"(?:['’]\s(?:exports|imports|shipments|sales|purchases)|\s(?:together\s|collectively\s)?"
    r"(?:exported|imported|shipped|sold|bought|purchased|invested))\b"
)
# sentence-opening words that are no group's name ("Both countries exported", "Other nations")
_NO_GROUP_NAME = frozenset(
    ("Both", "The", "These", "Those", "Other", "All", "Many", "Some", "Two", "Its", "Their")
)
# "exports to countries other than the US", "imports from markets outside the EU", "trade with
# nations except China": all partners but the one named, the rest of the world (NOTES: no row)
_OTHER_THAN = re.compile(
    r"\b(?:from|to|with)\s(?:all\s)?(?:the\s)?(?:other\s)?(?:countries|nations|destinations|"
    r"markets|economies|partners)\s(?:other\sthan|outside(?:\sof)?|except|excluding|besides)\s"
    r"(?:the\s)?"
)


def _all_excepted(sentence: str, countries: list[CountrySpan]) -> bool:
    """Every economy the sentence names is the one left out of a rest of the world ("to
    countries other than the US")."""
    if "other" not in sentence and "outside" not in sentence and "xcept" not in sentence:
        return False  # (the cheap test first)
    ends = {m.end() for m in _OTHER_THAN.finditer(sentence)}
    return bool(ends) and all(c.start in ends for c in countries)


# "... countries of the ASEAN", "... states of the Eurasian Economic Union"
_MEMBER_OF = re.compile(r"\s(?:of|in)\s(?:the\s)?(?=[A-Z])")


def _member_of_bloc(tail: str, end: int) -> bool:
    """The group ending at ``end`` is the members of a named economy ("of the ASEAN")."""
    member_of = _MEMBER_OF.match(tail, end)
    if member_of is None:
        return False
    found = gazetteer().find(tail[member_of.end() : member_of.end() + 40])
    return bool(found) and found[0][0] == 0


_REGION_NOUNS = (
    "countries",
    "nations",
    "destinations",
    "markets",
    "states",
    "islands",
    "economies",
    "partners",
    "neighbo",
    "Countries",
    "Nations",
    "States",
    "Islands",
    "Economies",
)


_may_name_region_noun = substring_test(_REGION_NOUNS)  # (no generator frame per test)


def region_partner(tail: str) -> bool:
    """``tail`` (a clause after a flow word) names a group of partners, not one economy: "to
    other countries", "from neighbouring countries", "to EAC countries", "from these nations",
    "with the 11 Balkan countries" (a listed bloc, "the CIS countries", or a demonym, "Chinese
    partners", is one economy)."""
    if not _may_name_region_noun(tail):
        return False  # (the cheap test first)
    if _OTHER_THAN.search(tail):
        return True  # "to countries other than the US": every partner but one
    # "the CIS countries" are a listed bloc (the lexicon names it), "EAC countries" a region;
    # "trading partners" alone may be any partner
    for m in _REGION_PARTNER.finditer(tail):
        name = m.group("name")
        if _member_of_bloc(tail, m.end()):
            continue  # "to the 10 member states of the ASEAN": the bloc itself
        if _of_group(tail, m.end()):
            return True  # "with the countries of Central America", glossed "los países de ..."
        if m.group("titled"):
            # "with Pacific Island Countries" is a group; "with the United States", "from the
            # Solomon Islands" name one economy (the gazetteer reads the noun as part of it)
            if name and not _names_economy(tail, m.start("name"), m.end()):
                return True
            continue
        if name:
            if name not in gazetteer().by_surface:
                return True
        elif m.group("kind") or m.group("these") or m.group("count") or m.group("neighbours"):
            return True  # ("trade with neighbours", "with third countries": several partners)
    return group_subject(tail)


# "the countries of Central America", "the countries insulares of the Pacífico" (a Romance
# adjective left unglossed after the noun): the group's name after "of"
_OF_GROUP = re.compile(r"(?:\s[a-zà-ÿ]+)?\sof\s(?:the\s)?(?=[A-Z])")


def _of_group(tail: str, end: int) -> bool:
    """The group noun ending at ``end`` is named by what follows it ("of Central America"), and
    that is no economy the gazetteer reads ("of the ASEAN" is the bloc, "of Chile" one of them)."""
    of = _OF_GROUP.match(tail, end)
    if of is None:
        return False
    found = gazetteer().find(tail[of.end() : of.end() + 40])
    return not (found and found[0][0] == 0)


def _names_economy(text: str, start: int, end: int) -> bool:
    """The group-like phrase from ``start`` to ``end`` ends inside an economy's name the
    gazetteer reads ("the United States", "the Cook Islands")."""
    return any(start + f[0] < end <= start + f[1] for f in gazetteer().find(text[start : end + 1]))


def group_subject(tail: str) -> bool:
    """``tail`` has a group of economies named as a whole as the flow's own subject ("the 14
    countries of the Pacific Islands Forum exported $Xbn to B", "Gulf states imported",
    "Pacific island nations' exports"): no one economy's figure, nor the page's pair's. A listed
    bloc or a demonym ("the ASEAN countries", "Chinese islands") is one economy, and so is a name
    whose noun belongs to it ("the Solomon Islands exported")."""
    if not _may_name_region_noun(tail):
        return False
    for m in _GROUP_SUBJECT.finditer(tail):
        name = m.group("name")
        if name and name.split()[0] in _NO_GROUP_NAME:
            name = None  # "Both countries exported", "These States bought": a pointer
        if name and (
            name in gazetteer().by_surface or _names_economy(tail, m.start("name"), m.end("noun"))
        ):
            continue
        if m.group("of"):
            if _member_of_bloc(tail, m.end("noun")):
                continue  # "the member states of the EAEU exported": the bloc itself
            return True
        if name or m.group("count"):
            return True
    return False


# "$11.25bn in its international trade": a world word right after the amount, in the phrase
# the amount opens ("in", "of"); not past a comma or a clause word ("$5bn in 2029, despite
# global headwinds", "$5bn in 2029 while global trade fell") nor one naming the times
# (``_world_cue``: "$5bn in the global slowdown year")
_WORLD_AFTER = re.compile(r"^\s?(?:in|of)\s")
# the pair's own trade as the amount's subject: the world words after the amount name the whole
# it is part of ("Bilateral trade made up $41bn of Australia's international trade")
_PAIR_SUBJECT = re.compile(
    r"\b(?:bilateral|two-way|mutual)\s(?:trade|commerce|turnover)\b|\btrade\sbetween\b", re.I
)
_PHRASE_END = re.compile(r"[,;:(]|\s(?:and|but|while|whereas|as|despite|amid)\s")


def _world_after(head: str) -> bool:
    if _WORLD_AFTER.match(head) is None:
        return False
    end = _PHRASE_END.search(head, 0, 40)
    return _world_cue(head[: end.start()] if end else head[:40])


# "goods worth $233 million were imported to X, out of which 22 percent were from Y", "X exported
# $152bn with almost a third going to Y", "X exported $163bn; a large chunk of it went to Y": the
# amount is the whole that the later share splits, and Y names the share's partner, not the
# amount's
_SHARE_CLAUSE = (
    r"(?P<share>,?\s(?:out\s)?of\swhich\s"
    r"(?:(?:about|around|nearly|some|over|only|just)\s)?\d[\d.,]*\s?(?:%|percent\b|per\scent\b)"
    # ... and the share before "which" or "them" with "and", "of that (last group)" before it
    # ("..., 24% of which went to Y", "..., and 24% of them were shipped to Y", "..., and of that
    # last group 24% went to Y"; round 57)
    r"|(?:[,;]\s?|\s)(?:and\s)?(?:of\s(?:that|this|it|them|these|those)"
    r"(?:\s(?:last\s|latter\s)?(?:group|amount|sum|total|figure))?,?\s)?"
    r"(?:with\s)?(?:(?:almost|nearly|about|around|over|some|roughly|just)\s)?"
    r"(?:a\s(?:third|quarter|fifth|half|large\s(?:chunk|part|share|portion)|big\s(?:chunk|part|share))"
    r"|half|most|the\sbulk|the\smajority|two[-\s]thirds|three[-\s]quarters"
    r"|\d[\d.,]*\s?(?:%|percent\b|per\scent\b))"
    r"(?:\sof\s(?:which|it|them|this|that|these|the\s(?:exports|imports|goods|shipments|total|sum|amount)))?"
    r"(?:\s(?:goods|exports|imports|products|shipments))?"
    r"(?:\s(?:was|were|is|are|has\sbeen|have\sbeen|had\sbeen))?"
    r"\s(?:going|went|goes|exported|shipped|sold|coming|came|comes|destined|bound|headed)\b"
    # "..., with Y taking 24% of the total", "with Y accounting for a third" (round 57)
    r"|,?\swith\s[^;.,]{2,40}?\s(?:taking|accounting\sfor|absorbing|receiving|buying|supplying)"
    r"\s(?:(?:almost|nearly|about|around|over|some|roughly|just)\s)?"
    r"(?:a\s(?:third|quarter|fifth|half)|half|most|the\sbulk|the\smajority|two[-\s]thirds"
    r"|three[-\s]quarters|\d[\d.,]*\s?(?:%|percent\b|per\scent\b)))"
)
_SHARE_AFTER = re.compile(r"[^.;]{0,60}?" + _SHARE_CLAUSE, re.IGNORECASE)
# ... anywhere later in the sentence, past a list of the whole's parts ("exports reach $19bn:
# $7bn for oil, $2bn for mining and $10bn for other products, and of that last group 24% went to
# B, 22% to C"; a decimal point is no stop)
_SHARE_LATER = re.compile(r"(?:[^.;]|\.(?=\d))*?" + _SHARE_CLAUSE, re.IGNORECASE)


# Every ``_SHARE_AFTER`` match holds "which" or one of its verbs after the amount: the pattern
# is tried (up to 60 starts) only where the rest of the sentence holds one
_MAY_SHARE = ascii_gate(
    ("which", "going", "went", "goes", "exported", "shipped", "sold", "coming", "came", "comes")
    + ("destined", "bound", "headed", "taking", "accounting", "absorbing", "receiving", "buying")
    + ("supplying",)
)


def _share_after(slot: Slot, far: bool = False) -> int | None:
    """Where a share clause ("of which 22% ...", "with a third going to ...") starts after the
    amount, if one does (``far``: anywhere later in the sentence)."""
    if not _MAY_SHARE(slot.sentence[slot.mention.end :]):
        return None
    found = (_SHARE_LATER if far else _SHARE_AFTER).match(slot.sentence, slot.mention.end)
    return found.start("share") if found else None


def _only_share_partners(slot: Slot, countries: list[CountrySpan]) -> bool:
    """Every economy the sentence names comes after a share clause that follows the amount, even
    past a list of the whole's parts: "Altogether, exports reach $19bn: $7bn for oil and $10bn for
    other products, and of that last group 24% went to B, 22% to C" (round 57). None is the
    amount's partner."""
    if _PAIR_SUBJECT.search(slot.sentence, 0, slot.mention.start) or _TWO_SIDES.search(
        slot.sentence, 0, slot.mention.start
    ):
        return False  # "trade between the two countries reached $5bn, of which ...": the pair's
    cut = _share_after(slot, far=True)
    return cut is not None and all(c.start >= cut for c in countries)


_TWO_SIDES = re.compile(r"\b(?:the\stwo|both)\s(?:countries|nations|sides|economies)\b", re.I)
