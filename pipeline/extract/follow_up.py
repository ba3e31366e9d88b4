"""Figures that point back at the document's previous figure.

A change stated with no trade word ("That is 1.5-fold more than..."), a pronoun for the last
figure ("the figure was 5.3% higher", "In 2022 it had stood at") or a list of countries with
amounts and no trade word inherits flow, pair and scope from the previous figure, or from the
pair trade the sentence before names with no figure (``topic_of``: "Trade between the two
countries has grown. In 2030 its value amounted to $1.1bn");
``sentence_period`` is the period such a sentence is about. Split out of ``sentence``, which binds the numbers.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.fact_lines import label_pair
from pipeline.extract.former_latter import pointed_partner, pointer_subject
from pipeline.extract.hedges import HEDGE_AMOUNT
from pipeline.extract.measure import measure_of
from pipeline.extract.numbers import find_mentions
from pipeline.extract.periods import Period, find_periods
from pipeline.extract.ranked_next import RANK_OPENS, ranked_next
from pipeline.extract.roles import _role, trading_subject
from pipeline.extract.slots import Slot, flow_at, slots, trigger
from pipeline.extract.year_series import names_another, year_series
from pipeline.lexicon import triggers, vocabulary_groups

_COMPARATIVE_WORDS = Caseless(
    re.compile(
        r"\b(?:more|less|higher|lower|than|compared|increase|decrease|up|down)\b", re.IGNORECASE
    )
)

# "the figure was 5.3% higher", "In 2022 it had stood at", "It has reached" (not a passive
# with its agent, "It was followed by a visit ($2m in deals)": no amount of the figure's), "It has been
# around $307m" (an amount right after "been"), "It currently stands at", "It reportedly
# dropped by 6%", "This was 5% higher than", "This represents a 9% growth": a pronoun for the
# previous figure as the subject of a level or change verb ("This surged to $497m"). "this"/"that"
# need the clause to start with them (a sentence or clause opener), so "all of this was $5m" is
# not one. "The year before this was $19bn", "A month earlier, it stood at": the same figure one
# period back (the period comes from the sentence or the base figure's, see ``sentence_period``).
# Any one word may stand between the auxiliary and the verb ("it has already reached $X", "it
# had since reached"), and an -ly word or "already", "still", "now", "also" before either ("It
# already stood at $746m"); "it became" only right before the amount ("Fast forward to 2030, it
# became $9bn", not "it became the top market, with $9bn"); "the value" is "the figure"
# ("In the first half the value stood at $3bn").
_ANAPHOR = Caseless(
    re.compile(
        r"(?:^|\b(?:said|noted|added)\s|,\s)(?:the|this|that)\s(?:figure|indicator)\b"
        # "the amount is 721% more", "the total was up 9%", "the total amount is eight times
        # greater": a noun for the amount already stated, subject of a copula (any opener)
        r"|(?:^|\b(?:says|said|noted|added)\s|,\s)(?:the|this|that)\s(?:total\s)?"
        r"(?:amount|total|sum)\s(?:\w+ly\s)?(?:is|was|(?:is\s)?(?:equivalent|equal)\sto|equals)\s"
        # past a fronted time ("In January-May 2030 the figure rose by 5%"): the noun as the
        # verb's subject
        # ... or a copula ("the value is 78% higher", "that value is only $15m"; round 48)
        r"|\b(?:the|this|that)\s(?:figure|indicator|value)\s(?:\w+ly\s)?(?:(?:has|had)\s)?(?:amounted"
        r"|stood|reached|totall?ed|rose|grew|increased|decreased|declined|fell|dropped|jumped"
        r"|surged|climbed|exceeded|topped|neared|hit|crossed|surpassed|approached|recorded|was|is)\b"
        r"|\bit\s(?:(?:\w+ly|already|still|now|also)\s)?(?:(?:has|had)\s(?:[a-z]+\s)?)?(?:had\s|was\s(?![a-z]+ed\sby\b)|been\s(?:(?:"
        + HEDGE_AMOUNT
        + r"|at|worth)\s)?(?=\S*\d|\s*$)|stood|stands|amounted|reached|totalled|totaled|dropped|fell|declined|decreased|rose|grew|increased|jumped|surged|soared|climbed|topped|neared|exceeded|surpassed|came\sto|became\s(?:(?:"
        + HEDGE_AMOUNT
        + r")\s)?(?=\S*\d|$))"
        # ... also past a fronted time ("The year before, they had totalled $23.7bn"; "were"
        # there only before an amount: not ", they were hoping for $9m in contracts")
        # ... or a fronted year with no comma ("In 2030 they amounted to $5m"); "went from X to
        # Y" as well (a French "elles sont passées de" glossed)
        r"|(?:,\s|^\s*(?:in|during|by)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s)they\s"
        r"(?:(?:\w+ly|already|still|now|also)\s)?(?:(?:have|had)\s)?(?:were(?=\s(?:$|\S*\d|(?:about|around|nearly"
        r"|almost|some|worth|valued|at)\s))|stood|amounted|reached|totalled|totaled|dropped|fell"
        r"|declined|decreased|rose|grew|increased|jumped|surged|soared|climbed|came\sto|went\sfrom)\s"
        # ... "They came to $334m, against $239m a year earlier"
        r"|^\s*they\s(?:(?:\w+ly|already|still|now|also)\s)?(?:(?:have|had)\s)?(?:were|stood|amounted|reached|totalled"
        r"|totaled|dropped|fell|declined|decreased|rose|grew|increased|jumped|surged|soared"
        r"|climbed|came\sto|went\sfrom)\s"
        r"|^\s*[\"“«‘']?(?:(?:this|that)\s(?:\w+ly\s)?(?:was|is|represents|represented|marks|marked|amounts\sto"
        r"|stood|amounted|reached|totalled|totaled|dropped|fell|declined|decreased|rose|grew"
        r"|increased|jumped|surged|soared|climbed|shrank|slid|plunged)"
        # ... or contracted ("That's up 9% on the year", "That's now $4bn"; round 48)
        r"|(?:this|that)['’]s)\s"
        # ... also past a fronted time ("In 2030 its value rose to $5m", Indonesian "pada 2030
        # nilainya naik"; round 56), and with any change verb ("its value jumped from $X to $Y")
        r"|(?:^|,\s|^\s*(?:in|during|by)\s(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s|,\s(?:in|during|by)\s"
        r"(?:the\s)?[\w-]+(?:\s[\w-]+){0,3}?\s)(?:its|their)\s(?:value|volume|total|size)\s"
        r"(?:\w+ly\s)?(?:(?:has|had)\s)?"
        r"(?:was|is|stood|amounted|reached|totalled|totaled|dropped|fell|declined|rose|grew|recorded"
        r"|increased|decreased|jumped|surged|soared|climbed|plunged|exceeded|topped|went\sfrom)\s"
        r"|^\s*(?:the|a)\s(?:year|month|quarter)\s(?:before|earlier),?\s(?:this|that|it)\s"
        r"(?:was|stood|amounted|totalled|totaled)\s",
        re.IGNORECASE,
    )
)
# a pronoun for the last figure right before a multiple that is its own verb: "It has tripled over
# the past decade", "they have more than doubled since 2020", "This nearly doubled"
_PRONOUN_BEFORE_MULTIPLE = Caseless(
    re.compile(
        r"(?:^|[,;]\s|\b(?:and|but|while)\s)(?:it|they|this|that|the\sfigure)\s"
        r"(?:(?:has|have|had)\s)?(?:(?:more\sthan|nearly|almost|roughly|\w+ly|already|now|since)\s)?$",
        re.IGNORECASE,
    )
)
# "The fall, from NOK 2.2bn in 2029 to 1.29bn in 2030, stems from ...", "This rise from $2m to
# $5m": a noun for the change just stated opens the sentence and its levels follow "from"
_CHANGE_NOUN_FROM = re.compile(
    r"\s*(?:the|this|that)\s(?:fall|drop|decline|decrease|slump|plunge|rise|increase|growth"
    r"|jump|surge),?\sfrom\s",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\sto\s(?:about\s|around\s|nearly\s|almost\s)?$")


def _change_noun_levels(sentence: str, slot: Slot) -> bool:
    """The amount is one of the two levels of a change named back by its noun at the sentence's
    start (``_CHANGE_NOUN_FROM``): the first right after "from", the second after "to"."""
    opened = _CHANGE_NOUN_FROM.match(sentence)
    if opened is None:
        return False
    start = slot.mention.start
    return start == opened.end() or (
        start > opened.end()
        and _TO_BEFORE.search(sentence, 0, start) is not None
        and ", " not in sentence[opened.end() : start]  # (not a later clause's "to")
    )


# "The figures soared to $48.6bn and $19.6bn", "These numbers rose to": the previous sentence's
# figures, one amount each, in order (a plural subject opening the sentence, then its verb).
_PLURAL = Caseless(
    re.compile(
        r"^\s*(?:the|these|those|both)\s(?:figures|numbers|values|amounts|indicators)\s"
        r"(?:\w+ly\s)?(?:(?:have|had)\s)?(?:were|stood|amounted|reached|totalled|totaled|"
        r"dropped|fell|declined|decreased|rose|grew|increased|jumped|surged|soared|climbed)\s",
        re.IGNORECASE,
    )
)


# A ranking of products going on in a sentence of its own, after a product's figure ("Garments
# were the largest export at $4.6bn. It was followed by machinery ($2.7bn) and steel ($1.4bn)",
# "Next came ..."): each item is a figure of the same flow, pair and period; its own sector
# word decides its scope (an item that names none is a product of its own: no row).
_NEXT_ITEMS = Caseless(
    re.compile(
        r"^\s*(?:(?:it|this|they|these)\s(?:was|were|is|are)\s(?:closely\s)?followed\sby"
        r"|(?:next|then)\s(?:came|come|comes)|followed\sby)\s",
        re.IGNORECASE,
    )
)


def continues_products(sentence: str, ctx: DocContext) -> bool:
    """Whether ``sentence`` opens as a ranking of products going on (``_NEXT_ITEMS``) after a
    sector's figure and names no economy ("It was followed by B ($2bn)" ranks economies)."""
    return (
        ctx.last_figure is not None
        and ctx.last_figure[0]["scope"] != "total"
        and not (ctx.current and ctx.current[1])
        and _NEXT_ITEMS.search(sentence) is not None
    )


def next_items(sentence: str, ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The figure the ranking of products of a sentence ``continues_products`` accepts goes on
    from: the last figure, when the sentence before read it and this one names no flow; else
    None."""
    if ctx.last_figure is None or ctx.current is None or ctx.prior is None:
        return None
    if trigger("flow").search(sentence):
        return None
    if ctx.current[2] is not ctx.prior[2]:
        return ctx.last_figure  # the sentence before read the figure the ranking continues
    # ... or it ranked the products of a flow it names without a figure of a sector ("The
    # largest import was electronics at $8.4bn"): that flow, of the pair of the figure before
    named = flow_at(ctx.prior[0])
    if named is None or ctx.prior[1] or ctx.current[2] is not ctx.last_figure:
        return None
    base, period = ctx.last_figure
    return {**base, "flow": named}, period


def plural_follow_up(
    sentence: str, ctx: DocContext, index: int, count: int
) -> tuple[dict, Period | None] | None:
    """Under a plural subject for the previous sentence's figures ("The figures soared to $X and
    $Y", no flow word of its own), the ``index``-th of the sentence's ``count`` amounts takes
    the previous sentence's ``index``-th figure, when both count the same; None otherwise."""
    if count < 2 or count != len(ctx.last_sentence) or index >= count:
        return None
    if not _PLURAL.search(sentence) or trigger("flow").search(sentence):
        return None
    return ctx.last_sentence[index]


# A sentence with no figure that names a pair's trade as its topic ("the volume of trade between
# the two countries has increased", "Over 7 years the turnover grew fivefold"): the pronoun of
# the next sentence ("In 2030 its value amounted to $1bn") is that trade. Words that name a
# pair's trade on their own; plain "trade" needs two countries or "the two countries".
_BILATERAL = Caseless(
    re.compile(
        r"\b(?:turnover|mutual\strade|bilateral\strade|two-way\strade|trade\sbetween"
        r"|the\stwo\s(?:countries|sides|nations)|both\s(?:countries|sides|nations))\b",
        re.IGNORECASE,
    )
)


# "trade with France", "the turnover with Peru": a turnover word with its one counterpart
_WITH_ONE = re.compile(
    r"\b(?:trade|turnover|commerce)\s(?:\w+\s)?with\s(?:the\s)?(?-i:[A-Z])", re.IGNORECASE
)


def _with_one(text: str) -> bool:
    """``text`` names a turnover with one counterpart (``_WITH_ONE``)."""
    return _WITH_ONE.search(text) is not None


def topic_of(ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The pair trade the previous sentence is about when it read no figure of the page (see
    ``_BILATERAL``): its first flow word is a turnover one, no world word, and two countries
    named, or none and a bilateral word with the page's pair; a row to inherit from, undated.
    A sentence between with no flow word, country or amount goes on with the same topic ("Trade
    between A and B is growing. A huge rise was seen in 2030. It was $5m")."""
    prior = ctx.prior
    if prior is None:
        return None
    if (
        ctx.earlier is not None
        and not prior[1]
        and flow_at(prior[0]) is None
        and not find_mentions(prior[0])  # "Rwandans spent $7m. The figure rose": its own amount
    ):
        prior = ctx.earlier
    if ctx.last_figure is not prior[2]:
        return None  # a figure was read since: ``ctx.last_figure`` is it
    text, countries, _ = prior
    if flow_at(text) != "turnover" or trigger("world").search(text):
        return None
    named = list(dict.fromkeys(c.iso3 for c in countries if c.kind != "capital"))
    if len(named) == 2:
        pair = (named[0], named[1])
    elif not named and len(ctx.pair) == 2 and _BILATERAL.search(text):
        pair = (ctx.pair[0], ctx.pair[1])
    elif len(named) == 1 and ctx.ranked and ctx.ranked[0] != named[0] and _with_one(text):
        # "Trade with France keeps rising. Last year the indicator reached $9.1bn": the one
        # counterpart named; the trader is the economy the page is about (named most)
        pair = (ctx.ranked[0], named[0])
    else:
        return None
    row = {"flow": "turnover", "reporter": pair[0], "partner": pair[1], "status": "actual"}
    return {**row, "scope": "total"}, None


# "Among them, copper earned $14.2m", "garments brought in $1.7bn", "in 2030 Peru earned $5m":
# an earnings verb right before the amount, in a sentence with no trade word, after an exports
# figure: those exports or a part of them (earnings are what exports bring in; after imports or
# a total it is no trade figure)
_EARNED = Caseless(
    re.compile(
        r"\b(?:earned|fetched|(?:brought|raked)\s(?:in|home))\s(?:(?:" + HEDGE_AMOUNT + r")\s)?$",
        re.IGNORECASE,
    )
)


# A bare percentage in brackets right after a name ("A (6.1%)"), no sign or change word inside:
# in a list of countries with no trade word, a share each ("(+6.1%)", "(up 6.1%)" are changes)
_BARE_SHARE = re.compile(r"[A-Za-z.]\s?\($")


# A company named by the sentence before ("Codelco, the state miner, opened a plant. It rose
# to $3bn"): a pronoun points at the nearest fitting noun, so "it" is the company, not the
# figure further back (``vocabulary.csv``, ``unofficial_source`` rows of value ``company``)
_COMPANY = re.compile(
    r"(?<!\w)(?:"
    + "|".join(map(re.escape, vocabulary_groups("unofficial_source")["company"]))
    + r")(?!\w)",
    re.IGNORECASE,
)


def _company_between(ctx: DocContext) -> bool:
    """The sentence before read no figure and names a company (see ``_COMPANY``)."""
    prior = ctx.prior
    return (
        prior is not None and ctx.last_figure is prior[2] and _COMPANY.search(prior[0]) is not None
    )


def _other_flow_between(ctx: DocContext) -> bool:
    """The sentence before read no figure and names a flow other than the last figure's
    ("Trade rose 27% to $40m. B ranks 71st among A's investment destinations. That value is
    only $15m"): the pronoun's antecedent is that nearer flow, not the older figure (round 48)."""
    prior = ctx.prior
    if prior is None or ctx.last_figure is None or ctx.last_figure is not prior[2]:
        return False
    named = flow_at(prior[0])
    return named is not None and named != ctx.last_figure[0]["flow"]


def _nearer_topic(ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The flow the sentence before names with no figure, other than the last figure's
    (``_other_flow_between``), as a pronoun's nearest antecedent, with the pair that sentence
    gives it (round 49): "B ranks 71st among the destinations of A's investments. That value is
    only $15m" (investment in B from A: the investor owns the flow word, "A's"/"Brazilian", or
    is "from A", the host is the one other economy named), "... and A's exports to B grow too.
    It rose by 190%" (its last counterpart, "to B"/"from B", and the trader named before it, else
    the page pair's other side), or a turnover between the two economies it names. None when
    it speaks of the world or gives no such pair (the figure is then left out, as before)."""
    prior = ctx.prior
    if prior is None:
        return None
    text, countries, _ = prior
    flow = flow_at(text)
    if flow is None or trigger("world").search(text):
        return None
    spans = [c for c in countries if c.kind != "capital"]
    pair: tuple[str, str] | None = None
    if flow in _DIRECTED:
        partner = trader = None
        for c in spans:
            role = _role(text, c)
            if role == _COUNTERPART[flow]:
                partner = c.iso3  # the last counterpart named: the nearest
                trader = None if trader == partner else trader
            elif role in _TRADER[flow] or trading_subject(text, c):
                trader = c.iso3
        if trader is None and partner is not None and len(ctx.pair) == 2 and partner in ctx.pair:
            trader = next(iso for iso in ctx.pair if iso != partner)
        pair = (trader, partner) if trader and partner and trader != partner else None
    elif flow == "investment":
        investors = {c.iso3 for c in spans if _role(text, c) in ("owner", "from")}
        hosts = {c.iso3 for c in spans} - investors
        if len(investors) == 1 and len(hosts) == 1:
            pair = (next(iter(hosts)), next(iter(investors)))
    else:
        named = list(dict.fromkeys(c.iso3 for c in spans))
        pair = (named[0], named[1]) if len(named) == 2 else None
    if pair is None:
        return None
    row = {"flow": flow, "reporter": pair[0], "partner": pair[1], "status": "actual"}
    # the one period that sentence states dates it ("..., official figures that go back to
    # 2029. That value is only $15m"), else none (the figure's own or the page's)
    stated = find_periods(text, ctx.published)
    return {**row, "scope": "total"}, stated[0] if len(stated) == 1 else None


def _directed_antecedent(ctx: DocContext) -> tuple[dict, Period | None] | None:
    """The directed trade the sentence before names with no figure ("Irish exports to Britain
    also fell"): the nearest antecedent of a pronoun ("They were down by 14%"), a row to
    inherit from, undated (``directed_topic``)."""
    prior = ctx.prior
    if prior is None or ctx.last_figure is not prior[2]:
        return None
    flow = flow_at(prior[0])
    pair = directed_topic(flow, ctx) if flow in _DIRECTED else None
    if pair is None:
        return None
    row = {"flow": flow, "reporter": pair[0], "partner": pair[1], "status": "actual"}
    return {**row, "scope": "total"}, None


def follow_up(
    slot: Slot,
    sentence: str,
    ctx: DocContext,
    listed: list | None = None,
    kept_end: int | None = None,
) -> dict | None:
    """``_follow_up``'s row, with the partner a "the former"/"the latter" subject names;
    ``kept_end``: where the sentence's last amount read as a figure ends."""
    found = _follow_up(slot, sentence, ctx, listed, kept_end)
    return pointed_partner(found, slot.tail, ctx)


def _follow_up(
    slot: Slot,
    sentence: str,
    ctx: DocContext,
    listed: list | None = None,
    kept_end: int | None = None,
) -> dict | None:
    """A change stated with no trade word ("That is 1.5-fold more than..."), a pronoun for the
    last figure ("the figure was 5.3% higher", "In 2022 it had stood at") or a list of countries
    with amounts and no trade word ("X is followed by A ($5m), B ($3m)") refers back to the
    document's previous figure; returns that figure's row to inherit flow, pair and scope from."""
    if (
        ctx.last_figure is not None
        and not trigger("flow").search(sentence)
        and RANK_OPENS.match(sentence)
        and (ranked := ranked_next(slot, ctx)) is not None
    ):
        return ranked  # "Second is B: in 2029 it reached $X" (before "it" reads the last figure)
    if continues_products(sentence, ctx):
        # "It was followed by machinery ($2.7bn)": a ranking of products goes on, or nothing
        # ("It" is no anaphor of an older figure)
        return next_items(sentence, ctx)
    m = slot.mention
    anaphor = (
        _ANAPHOR.search(slot.tail) is not None
        or (
            m.kind == "multiple"
            and sentence[m.start : m.end].isalpha()
            and _PRONOUN_BEFORE_MULTIPLE.search(slot.tail) is not None
        )
        or year_series(slot, ctx)
        or pointer_subject(slot.tail)
        or _change_noun_levels(sentence, slot)
    )
    if anaphor and not trigger("flow").search(sentence) and (topic := topic_of(ctx)):
        return topic  # the previous sentence's pair trade, read with no figure
    if anaphor and (directed := _directed_antecedent(ctx)):
        return directed  # "Irish exports to Britain fell. They were down by 14%"
    if ctx.last_figure is None:
        return None
    if anaphor:
        if _company_between(ctx):
            return None
        if _other_flow_between(ctx):
            return _nearer_topic(ctx)  # the nearer flow's, when that sentence gives its pair
        return ctx.last_figure
    if trigger("flow").search(sentence):
        return None
    if (ranked := ranked_next(slot, ctx)) is not None:
        return ranked
    if listed is not None and len(listed) > 1:  # a list of countries with amounts
        if (
            slot.mention.kind == "percent"
            and slot.right.startswith(")")
            and _BARE_SHARE.search(slot.left[-40:])
        ):
            return None  # "overtaking A (6.1%) and B (5.8%)": each one's share, no change
        return ctx.last_figure
    if ctx.last_figure[0]["flow"] == "exports" and _EARNED.search(slot.tail):
        # whose earnings: a product or sector ("copper earned"), or an economy ("Peru earned"),
        # not any firm's ("it earned $2m in fees")
        earner = slot.sentence[: slot.mention.start]
        if trigger("sector").search(earner) or (ctx.current and ctx.current[1]):
            return ctx.last_figure
    if not _COMPARATIVE_WORDS.search(sentence):
        return None
    measured = measure_of(slot)
    if measured is None or measured[0] == "level":
        return None
    if names_another(ctx):
        return None  # "The largest value belongs to B: 2009 reached $1bn, down 27.7%": B's
        # change, not the previous figure's
    if _unfollowed_level_before(slot, sentence, ctx, kept_end):
        return None  # "Bananas reached $42m, up 33%": the bananas' change, not the figure's
    # "Imports from Chile also fell. They closed at $1.3bn, 17.4% less than in 2029": the
    # directed trade the sentence between names, not the figure before it
    return _directed_antecedent(ctx) or ctx.last_figure


# a pronoun that may stand for the previous figure, before the level ("they closed at $X")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|this|these|its|their)\b", re.IGNORECASE)


def _unfollowed_level_before(
    slot: Slot, sentence: str, ctx: DocContext, kept_end: int | None
) -> bool:
    """The change comes right after an amount of its own clause ("Bananas reached $42.6m, up
    33%", "Sweet potatoes came to $25m, 2.5% more"): that level is the change's base, and a
    level in a sentence with no trade word that points back at no figure (``_follow_up`` None:
    its subject is some item, a product or a firm) is no figure, so its change is none either
    (round 55; before, the level was dropped and its change took the previous figure's flow
    and pair)."""
    before = [m for m in find_mentions(sentence) if m.end <= slot.mention.start]
    while before and before[-1].kind == "percent":  # past its share ("$25m, 10% of the total,")
        before.pop()
    if not before or before[-1].kind != "money":
        return False
    between = sentence[before[-1].end : slot.mention.start]
    if ";" in between or len(between) > 80 or kept_end == before[-1].end:
        return False  # (a level read as a figure by any rule: "they closed at $1.3bn, 17% less")
    if _PRONOUN_SUBJECT.search(sentence, 0, before[-1].start):
        return False  # "the data show that they closed at $1.3bn, 17% less": the figure's
    level = slots(sentence, before)[-1]
    return measure_of(level) is not None and _follow_up(level, sentence, ctx) is None


def sentence_period(
    previous: tuple[dict, Period | None] | None, found: list[Period], ctx: DocContext
) -> Period | None:
    """The period a figure's sentence is about, for "a year earlier" and "the same period of
    2022": the previous figure's, else the sentence's first own dated period, else the
    document's last actual one."""
    if previous is not None and previous[1] is not None and not previous[1].comparison:
        return previous[1]
    # "... over the same period, the office, which updated its tables this month, said": a
    # period after a bare "the same period" is no figure's (the reference is the period named
    # before, the document's last)
    refers = min(
        (p.start for p in found if p.kind == "same_period" and p.anchor == 0 and not p.period_end),
        default=None,
    )
    own = [
        p
        for p in found
        if not p.comparison
        and p.anchor is None
        and p.same_year is None
        and p.period_end
        and (refers is None or p.start < refers)
    ]
    if own:
        return own[0]
    last = ctx.last_period
    if last is None or last.period_end is None:
        # an undated page: the sentence's own months still waiting for their year ("in the
        # first five months ... from $X in 2030 to $Y"), which a year base takes
        pending = [
            p for p in found if not p.comparison and p.relative and "months:" in p.relative[0]
        ]
        return pending[0] if pending else last
    return last


_DIRECTED = ("exports", "imports")
# the roles that name a directed flow's counterpart, and its trader ("X's exports", "X exported")
_COUNTERPART = {"exports": "to", "imports": "from"}
_TRADER = {"exports": ("from", "owner"), "imports": ("to", "in", "owner")}


def carried_pair(flow: str, ctx: DocContext, source: str | None = None) -> tuple[str, str] | None:
    """The pair of a figure whose sentence names no economy: the directed trade the sentence
    before names with no figure (``directed_topic``: "Exports to Chile fell. The exports amounted
    to $45m"), or the two economies whose trade it names (``named_pair``), else the document's last figure's ("Imported jet fuel ranked highest with $56
    million" after "X's imports from Y were ...") when both are directed flows (its reporter
    still reports) or both turnover; else None."""
    topic = directed_topic(flow, ctx) or named_pair(flow, ctx, source)
    if topic is not None:
        return topic
    if ctx.last_figure is None:
        return None
    last = ctx.last_figure[0]
    same_kind = (flow in _DIRECTED and last["flow"] in _DIRECTED) or flow == last["flow"]
    # "A's trade with B reached $9m. Exports were $2m and imports $7m": the parts of a turnover
    # read in this sentence or the one before are its first side's
    parts = flow in _DIRECTED and last["flow"] == "turnover" and _recent(ctx)
    if not (same_kind or parts) or flow == "investment":
        return None
    reporter, partner = last["reporter"], last["partner"]
    if flow != last["flow"] and last["flow"] in _DIRECTED and partner == ctx.reporting():
        # "B's exports to A rose to $9m. The goods imported were ...": after a mirror figure
        # (read from the other side of the page's reporter A), the other flow is A's again
        return partner, reporter
    return reporter, partner


def _recent(ctx: DocContext) -> bool:
    """Whether the page's last figure was read in the current sentence or the one before."""
    if ctx.current is None:
        return False
    at_entry = ctx.current[2]
    return ctx.last_figure is not at_entry or (
        ctx.prior is not None and ctx.prior[2] is not at_entry
    )


def named_pair(flow: str, ctx: DocContext, source: str | None = None) -> tuple[str, str] | None:
    """The two economies the sentence before names, with no figure, as a trade's sides, for a
    turnover figure naming none ("Trade between A and B grew for the first time. The trade
    between the two countries amounted to $5m"): that sentence introduced the pair the pointer
    means, not the pair of an older figure. Only a trade sentence (its first flow word a
    turnover one, no world word) naming exactly two economies; None otherwise."""
    prior = ctx.prior
    if flow != "turnover" or prior is None or ctx.last_figure is not prior[2]:
        return None
    text, countries, _ = prior
    named = list(dict.fromkeys(c.iso3 for c in countries if c.kind != "capital"))
    if len(named) != 2 or flow_at(text) != flow or trigger("world").search(text):
        return None
    # the side the page reports from first, as ``pairs.pair_of`` orders any turnover (a directed
    # figure continuing this one takes its reporter: "trade reached $4bn, while exports were $1bn")
    reporting = ctx.reporting()
    leads = (source, reporting, ctx.state.home, *ctx.pair)
    lead = next((iso for iso in leads if iso in named), named[0])
    return lead, next(iso for iso in named if iso != lead)


def directed_topic(flow: str, ctx: DocContext) -> tuple[str, str] | None:
    """(reporter, partner) of the directed trade the previous sentence names when it read no
    figure ("national exports to Chile fell in 2030", "Peru saw a drop in its imports from
    Chile"): its first flow word is this figure's flow and it names the counterpart ("to X" for
    exports, "from X" for imports); the trader is the country owning or doing the flow there,
    else the page pair's other country. None otherwise."""
    prior = ctx.prior
    if flow not in _DIRECTED or prior is None or ctx.last_figure is not prior[2]:
        return None
    text, countries, _ = prior
    if not countries or flow_at(text) != flow or trigger("world").search(text):
        return None
    # the flow named twice ("not only A's exports to B grow, but also B's exports to A. They
    # rose by 190%"): the pronoun's antecedent is the nearer, last one, its counterpart and the
    # trader named before it (as ``_nearer_topic``; round 56, once a gloss read both demonyms)
    words = [triggers("flow")[m.group(1).lower()] for m in trigger("flow").finditer(text)]
    nearest = words.count(flow) > 1
    partner = trader = None
    for c in countries:
        if c.kind == "capital":
            continue
        role = _role(text, c)
        if role == _COUNTERPART[flow]:
            if nearest and partner is not None:
                trader = None if trader == c.iso3 else trader
                partner = c.iso3
            partner = partner or c.iso3
        elif role in _TRADER[flow] or trading_subject(text, c):
            trader = c.iso3 if nearest else trader or c.iso3
    if partner is None:
        return None
    if trader is None and len(ctx.pair) == 2 and partner in ctx.pair:
        trader = next(iso for iso in ctx.pair if iso != partner)
    return (trader, partner) if trader and trader != partner else None


def prior_economies(economies: list[CountrySpan], ctx: DocContext) -> list[CountrySpan] | None:
    """For a sentence naming no economy, the economies of the sentence before (``flow.flow_of``
    reads a bare "total trade" there as that pair's total): the ones it names, or, when it names
    fewer than two but read figures all of one pair ("In 2029 trade stood at $13bn, with
    exports of $11bn. In 2030 the overall trade fell to $9bn"), that pair's two sides (spans
    with no place in the text: only the economies count)."""
    if economies:
        return None
    if ctx.current and (labelled := label_pair(ctx.current[0], ctx.title_pair)):
        return labelled  # "• Total trade: £4.5bn" on a sheet titled "A-B trade" (fact_lines)
    if not ctx.prior:
        return None
    named = ctx.prior[1]
    if len({c.iso3 for c in named}) >= 2 or ctx.world or not ctx.last_sentence:
        return named
    if ctx.current is None or ctx.current[2] is ctx.prior[2]:
        return named  # the sentence before read no figure: ``last_sentence`` is older
    pairs = {(row["reporter"], row["partner"]) for row, _ in ctx.last_sentence}
    sides = {frozenset(pair) for pair in pairs}
    if len(sides) != 1 or len(next(iter(sides))) != 2:
        return named
    reporter, partner = next(iter(pairs))
    return [CountrySpan(0, 0, reporter, "country"), CountrySpan(0, 0, partner, "country")]
