"""Sentences to trade figures: which number is a trade figure, and its flow, pair, period, status.

A number becomes a figure only when it is money, a percentage change or a multiple *and* a flow
trigger (turnover, trade, exports, imports, investment) governs it; tonnes, km, counts and
shares of a total never qualify. Each figure owns the text between its neighbours: a trigger
right after it ("$22 million is exports") wins, then the nearest trigger before it, then the
previous figure of the sentence ("$133 million in 2024 and $68 million in H1 2025"). Periods,
pairs and speakers follow the same nearest-first, then-inherit logic, and a figure with no period
in its sentence inherits the last actual period of the document (reported speech continues).
This module binds the numbers of one sentence; ``document`` runs it over a document.
"""

from __future__ import annotations

import numbers
import re
from dataclasses import replace

from pipeline.contract.hashing import short_id
from pipeline.extract import change_span, evidence
from pipeline.extract.attribution import find_attribution
from pipeline.extract.balance_forms import continues_exclusion
from pipeline.extract.base_flow import base_flow
from pipeline.extract.border_continued import border_reach, continues_border
from pipeline.extract.bracket_period import (
    aside_periods,
    bracketed_after,
    converts,
    restates,
    visible,
)
from pipeline.extract.breakdown import closed_aside, resumes_total
from pipeline.extract.capital_side import trading_capital
from pipeline.extract.context import DocContext
from pipeline.extract.continued import continues_pair
from pipeline.extract.countries import CountrySpan
from pipeline.extract.currency_names import page_countries
from pipeline.extract.deadline import due_at_year_end, year_end_target
from pipeline.extract.digits import as_written
from pipeline.extract.figure_period import (
    bracket_comparison,
    dates_after_clause_base,
    in_after_clause,
    period_of,
)
from pipeline.extract.flow import EXCLUDED, flow_of, region_side, scope_of, total_flow
from pipeline.extract.follow_status import followed_status
from pipeline.extract.follow_up import follow_up, plural_follow_up, prior_economies, sentence_period
from pipeline.extract.former_latter import pointer_subject, with_former_latter
from pipeline.extract.iranian_page import for_countries, in_iranian_years
from pipeline.extract.joint_partners import joint_group, spread_rates
from pipeline.extract.kingdom import with_kingdom
from pipeline.extract.list_lines import header_list
from pipeline.extract.list_side import side_of_list
from pipeline.extract.lists import (
    RANKING_CONTINUES,
    continued_pair,
    flow_after_list,
    gapped_pair,
    gapped_subject,
    list_continues,
    list_currency,
    list_owner,
    listed_countries,
    ranked_pair,
)
from pipeline.extract.measure import converted, is_approx, is_average_rate, measure_of, status_of
from pipeline.extract.numbers import Mention, currency_for
from pipeline.extract.page_amounts import sentence_mentions
from pipeline.extract.pairs import counts_as_reporter
from pipeline.extract.parallel_totals import parallel_totals
from pipeline.extract.partner_share import partner_part, stated_total_flow
from pipeline.extract.past_forecast import past_forecast
from pipeline.extract.per_year import per_year_level
from pipeline.extract.period_settle import carries_over, is_stock, reached_by, settle
from pipeline.extract.periods import Period, find_periods, restated
from pipeline.extract.present_time import (
    dated_elsewhere,
    event_time,
    present_after,
    present_marker,
    present_of_another_pair,
)
from pipeline.extract.products import listed_product, resumed_flow, single_product
from pipeline.extract.quantities import changes_volume
from pipeline.extract.ranked_next import ranked_after, ranked_first, ranked_flow
from pipeline.extract.respective_countries import country_run, respective
from pipeline.extract.respective_flows import flow_run, respective_clauses, respective_flows
from pipeline.extract.respective_periods import respective_periods
from pipeline.extract.reverse_direction import reversed_flow
from pipeline.extract.same_period_ends import same_period_end
from pipeline.extract.scope_topic import demonstrative_sector, topic_sector
from pipeline.extract.since_base import since_year_before
from pipeline.extract.slots import Slot, clause_tail, flow_at, paren_spans, slots, trigger
from pipeline.extract.span_reference import remember_span, reviewed_period, with_referred_span
from pipeline.extract.status import forecast_takes_actual, target_period
from pipeline.extract.symbol_rate import fitted_currency
from pipeline.extract.this_country import with_referent
from pipeline.extract.those_of import those_pair
from pipeline.extract.trailing import trailing_counterparts
from pipeline.extract.unread_national import unread_national
from pipeline.extract.world import national_total, world_total
from pipeline.extract.year_reference import with_year_reference
from pipeline.extract.years_later import with_years_later
from pipeline.lexicon import triggers

EXTRACTOR_VERSION = "1"

# An aside about a part, opened by a comma ("Imports, of which energy makes up 61 percent, fell")
_WHICH_ASIDE = re.compile(r",\s(?:of\swhich|in\swhich|where)\s(?:[^,;()]|\([^()]{0,60}\)){1,80}$")
# ... or by the share itself ("Imports, 74 percent of which is energy, fell 12 percent to €4bn",
# "Imports, some 70% of them energy, fell"): the share opens the aside, which a comma closes
_SHARE_ASIDE_OPEN = re.compile(r",\s(?:about\s|some\s|around\s|nearly\s|almost\s|over\s)?$")
_SHARE_ASIDE = re.compile(r"\sof\s(?:which|them|it)\s(?:[^,;()]|\([^()]{0,60}\)){1,80},")

# Between a number that is no figure (a share) and the amount that restates it: "or"
_RESTATED_AS = re.compile(r"^,?\s?or\s(?:about\s|some\s|around\s|nearly\s|almost\s)?$")
# "(from $2m to $3m)": in a bracket, "from" an amount then "to" right before the next one
_TO_AFTER_FROM = re.compile(r"\(\s?from\s[^()]{1,40}\sto\s$", re.IGNORECASE)
# "RM47.5bn or about Rp156tn", "€2bn, or some $2.2bn": one amount in a second currency
_OR_CONVERTED = re.compile(
    r",?\s?or\s(?:about\s|some\s|around\s|nearly\s|almost\s|approximately\s|roughly\s)?",
    re.IGNORECASE,
)
_NAVIGATION = re.compile(r"^(?:read|see)\s+also\b|^also\s+read\b|^related\b", re.IGNORECASE)


def _figure_id(doc_id: str, sentence: str, m: Mention) -> str:
    key = f"{EXTRACTOR_VERSION}|{doc_id}|{sentence}|{m.start}|{m.end}"
    return short_id(key)


# A source named for the figure of the sentence before: "According to the Statistics Agency,
# this figure is up 11.8%", "This figure, according to ..., ...": that figure is the authority's
# too (its own sentence named none: "... amounted to $756.8m, the agency's news site reports").
_BACK_REFERENCE = re.compile(
    r"\s*(?:according\sto\s[^,;]{3,120}?,\s(?:this|that|the)\s(?:figure|indicator|amount|volume|value"
    r"|number|total)\b"
    r"|(?:this|that)\s(?:figure|indicator|amount|volume|value|number|total),?\saccording\sto\s)",
    re.IGNORECASE,
)


def _attribute_back(row: dict[str, object], source: str, ctx: DocContext) -> None:
    """The figures of the sentence right before ``row`` that have no source take ``source``
    (``_BACK_REFERENCE``)."""
    position = row.get("position")
    # (a numpy integer where the rows come from a frame)
    if not isinstance(position, numbers.Integral) or not ctx.last_sentence:
        return
    previous_id = f"{row['doc_id']}#s{int(position) - 1:04d}"
    for figure, _ in ctx.last_sentence:
        if figure.get("sentence_id") == previous_id and figure.get("source_country") is None:
            figure["source_country"] = source


# How far back (sentences) "About this said ..." reaches: the statement it follows, not the page
_POINTED_BACK_REACH = 4


def _attribute_pointed_back(row: dict[str, object], source: str | None, ctx: DocContext) -> None:
    """The figures read since the last sentence that set the source, up to
    ``_POINTED_BACK_REACH`` sentences before ``row``, take ``source``: the statement "About this
    said the ambassador" (``attribution.back_speaker``) is his; they stood under the source
    carried from before, which the later statement replaces."""
    position = row.get("position")
    if not isinstance(position, numbers.Integral):
        return
    for at, figure in ctx.since_source:
        if int(position) - at <= _POINTED_BACK_REACH:
            figure["source_country"] = source


def sentence_figures(
    row: dict[str, object], sentence_countries: list[CountrySpan], ctx: DocContext
) -> list[tuple[dict, Period | None]]:
    """The figures of one sentence with their periods, updating the document context (speaker,
    last actual period and figure) as reported speech continues. ``sentence_countries`` are
    the sentence's countries less those that name a currency (``names_currency``)."""
    sentence = str(row["text"])
    sentence_countries = with_referent(sentence, sentence_countries, ctx)  # "to this country"
    sentence_countries = with_former_latter(sentence, sentence_countries, ctx)  # "the latter"
    sentence_countries = with_kingdom(sentence, sentence_countries, ctx.monarchies)  # "the Kingdom"
    ctx.enter(sentence, sentence_countries)  # (``follow_up.topic_of``)
    if ctx.list_header is not None or sentence.rstrip().endswith((":", "follows;", "follows.")):
        listed_item = header_list(row, sentence, ctx, sentence_figures)
        if listed_item is not None:
            return listed_item
    if _NAVIGATION.match(sentence):
        return []  # "Read also: ..." links to other articles; their numbers are not this one's
    if sentence_countries:
        ctx.state.learn_people(sentence)
    attribution = find_attribution(sentence, ctx.state)
    if attribution and attribution.sets_speaker:
        ctx.state.speaker = attribution.iso3
    if attribution and attribution.sets_source:
        ctx.state.source = attribution.source
        # "Trade rose 12% to $40m. Exports were $30m, the statistics office said": the page's
        # first attribution covers the lead right before it too (one dataset; NOTES "A lead
        # figure with no source")
        lead = not ctx.state.attributed
        ctx.state.attributed = True
        if attribution.source and (lead or _BACK_REFERENCE.match(sentence)):
            _attribute_back(row, attribution.source, ctx)
        if attribution.back:
            _attribute_pointed_back(row, attribution.source, ctx)
        ctx.since_source = []
    ctx.state.track(sentence)
    prior = ctx.prior[0] if ctx.prior is not None else None
    mentions = sentence_mentions(sentence, ctx.texts, prior)  # (``page_amounts``: prefilters first)
    ctx.border = border_reach(sentence, ctx.border, bool(mentions))  # (``border_continued``)
    if not mentions:
        return []
    # Capitals and attributed sources count as economies named: "the office in Beijing".
    # (``sentence_countries`` come without the ones naming a currency, ``names_currency``.)
    economies = sentence_countries
    countries = [  # the currency test once per country: ``economies`` keeps the order
        c
        for c in economies
        if (c.kind != "capital" or trading_capital(sentence, c))  # "Manila's export to Tokyo"
        and not (attribution and attribution.start <= c.start < attribution.end)
    ]
    # a source's country names no side: "total trade reached $X, according to the Ivorian
    # ministry" still reads the pair of the sentence before (``prior_economies``)
    unattributed = [
        c for c in economies if not (attribution and attribution.start <= c.start < attribution.end)
    ]
    named = {c.iso3 for c in economies}  # for each figure's evidence (pair=0/1/2)
    # List items ("China ($6.1 billion), Russia ($5.0 billion)"): each country owns the amount
    # right after it; a currency stated once covers the list ("Turkey (2.4 bln)").
    mentions = list_currency(sentence, countries, mentions)
    ctx.units = tuple(m.unit for m in mentions if m.kind == "money")  # (``currency_side``)
    listed = listed_countries(sentence, countries, mentions)
    found_periods: list[Period] | None = None  # computed once a number proves to be a figure

    def periods() -> list[Period]:
        nonlocal found_periods
        if found_periods is None:
            read = with_years_later(
                sentence, find_periods(sentence, ctx.published), ctx.before(), ctx.published
            )
            # "That year, it reached $1.9bn": the year the text named last
            read = with_year_reference(sentence, read, ctx.before(), ctx.published)
            found_periods = with_referred_span(sentence, read, ctx)  # ("five years later": above)
            if ctx.iranian:
                found_periods = in_iranian_years(sentence, found_periods, ctx.published)
        return found_periods

    # A bracket after a figure restates it for another period or currency ("$1.1 billion in 2023
    # ($900 million in 2022)"): its period stays inside it, and figures outside it skip it.
    spans = paren_spans(sentence) if "(" in sentence else []
    bracket_period: Period | None = None  # the last period a bracketed restatement had
    main_period: Period | None = None  # the last period of a figure outside such brackets
    outside_period: Period | None = None  # the period the last figure outside brackets took
    # the periods of an aside's bracketed amount ("B, A's top partner in 2029 ($5m), ..."): its own
    asides = aside_periods(sentence, spans, periods(), mentions) if spans else []

    def span_of(position: int) -> tuple[int, int] | None:
        return next((sp for sp in spans if sp[0] < position < sp[1]), None)

    out: list[tuple[dict, Period | None]] = []
    previous: tuple[dict, Period | None] | None = None
    previous_end: int | None = None
    previous_item = False  # whether the previous figure was a list item's amount
    carried: str | None = None  # the flow a number with no trigger of its own continues
    list_base: tuple[str, str] | None = None  # the pair a list with no trade word continues
    gap_base: tuple[str, str] | None = None  # the pair gapped clauses (", B by 5%") repeat
    after_world = ctx.world  # whether the last figure decided was a world total
    world_flow: str | None = None  # the flow of the last figure skipped as a world total
    product_flow: str | None = None  # ... or as one product
    amounts = [m for m in mentions if m.kind == "money"]  # (for ``continues_pair``)
    joint_ids: dict[int, tuple[str, ...]] = {}  # figures of one amount for a group of partners
    last_part: dict | None = None  # the last figure read as a partner's part of a world total

    def joint(slot: Slot) -> tuple[str, ...] | None:  # a group's amount (joint_partners.py)
        after = previous is not None and id(previous[0]) in joint_ids  # (its clause goes on)
        return joint_group(slot, countries, after)

    # the money amount right before each one ("$660m (about ¥73bn)": the bracket converts it)
    money_before = dict(zip(map(id, amounts[1:]), amounts[:-1], strict=True)) if spans else {}

    aside_closed: int | None = None  # after a bracketed breakdown of a total (breakdown.py)
    volume_scope: dict | None = None  # the flow and sector of a change by volume left out
    last_before = ctx.last_sentence  # (the statement a bare "the same period" takes up)
    for slot in slots(sentence, mentions):
        m = slot.mention
        before_m = money_before.get(id(m)) if m.kind == "money" else None
        if (
            before_m is not None
            and before_m.end != previous_end
            and converts(sentence, before_m, m)
        ):
            continue  # the conversion of an amount left out ("car parts at $660m (¥73bn)") is too
        if carried == EXCLUDED and ";" in slot.left and not continues_exclusion(slot.left):
            # An exclusion ends with its clause ("cement worth $9m; machinery worth $4m").
            carried = previous[0]["flow"] if previous else None
        elif carried == EXCLUDED and (world_flow or product_flow):  # a skip may end (products.py)
            carried = resumed_flow(slot, economies, world_flow, product_flow) or carried
        ranked = ranked_first(slot, ctx)  # "C followed with $Y, ...": before a later flow word
        flow = ranked_flow(ranked) or flow_of(slot, carried, prior_economies(unattributed, ctx))
        flow = side_of_list(flow, slot, ctx.before())  # "... partners by exports. The top were"
        if aside_closed is not None:
            if aside_closed <= m.start and not flow_at(sentence[aside_closed : m.start]):
                flow = "turnover"  # "(of which ... imports and ... exports), behind C with $X"
            aside_closed = None
        if ctx.border and flow and not ranked and continues_border(slot, economies, flow):
            flow = EXCLUDED  # the border trade named before goes on (``border_continued``)
        part = partner_part(slot, economies, ctx, bool(flow), bool(out) and out[-1][0] is last_part)
        flow = part[0] if part else flow
        world = (
            bool(flow and not ranked)
            and (
                world_total(slot, economies, flow, after_world, ctx.world_own)
                or parallel_totals(slot, economies, flow, ctx.pair)
            )
            and not continues_pair(slot, economies, flow, ctx, amounts)  # type: ignore[arg-type]
        )
        if (
            flow
            and flow != EXCLUDED
            and not world
            and listed_product(slot, previous[0]["scope"] if previous else None)
        ):
            continue  # one product of a list of goods; the next item keeps the list's flow
        # one amount for a group of partners: read as any figure (the list goes on), then left out
        group = joint(slot) if flow and flow != EXCLUDED and not world else None
        if flow == EXCLUDED or world or (flow and single_product(slot)):
            # a figure with a region as its other side is a part of the world's: an unnamed
            # figure after it continues it as it continues a world total (round 52)
            world = world or (flow == EXCLUDED and region_side(slot))
            after_world = (whole := world or national_total(slot, flow, economies)) or after_world
            ctx.note_world(world, whole, economies, total_flow(slot) if flow == EXCLUDED else flow)
            carried = EXCLUDED  # "the surplus widened from $X to $Y": neither is a flow
            world_flow, product_flow = (flow, None) if world else (None, flow)
            own_period = period_of(slot, periods(), None)
            if product_flow and product_flow != EXCLUDED:  # (one product's: dated as a figure)
                own_period = settle(own_period, sentence_period(previous, periods(), ctx), ctx.pair)
            if carries_over(own_period, ctx.last_period, sentence):
                ctx.last_period = own_period  # later figures still continue its period
            continue
        own_item = list_owner(listed, m) if listed else None
        if flow is None and own_item is not None:
            flow = flow_after_list(sentence, m)
        inherited = (
            None
            if part
            else plural_follow_up(sentence, ctx, len(out), len(mentions))
            or (
                ranked_after(slot, ctx, previous)
                if flow and not pointer_subject(slot.tail)  # "..., and the latter gained 8%"
                else follow_up(slot, sentence, ctx, listed, previous_end)
            )
        )
        if inherited is not None:
            base, base_period = inherited
            if flow is None and single_product(slot, follow_up=True):
                continue  # "Gains included paper up 48%": one product's, not the base's flow
            flow = base["flow"]
        measured = measure_of(slot) if flow else None
        if flow is None or measured is None:
            if flow and inherited is None and is_average_rate(slot):
                carried = flow  # "rose an average of 9% a year, reaching $X": X continues it
            elif flow and _RESTATED_AS.match(slot.right):
                carried = flow  # "China (24.5 percent or $463.1 million)": a share, then its amount
            elif flow and inherited is None and changes_volume(slot):
                carried = flow  # "rose 12% by weight and 9% in value": the value's change goes on
                # ... and so does its sector ("coal exports rose 12% by volume and 9% in value")
                volume_scope = {"flow": flow, "scope": scope_of(slot, None, flow)}
            elif flow and (
                (_WHICH_ASIDE.search(slot.left) and slot.right.startswith(","))
                or (_SHARE_ASIDE_OPEN.search(slot.left) and _SHARE_ASIDE.match(slot.right))
            ):
                # "Imports, of which energy makes up 61 percent, fell 12 percent to €2.1bn": a
                # share in an aside; the flow goes on past it
                carried = flow
            continue
        measure, value = measured
        if inherited is not None:
            flow_rule = "follow_up"
        elif slot.tail_flows or flow_at(slot.head[:30]):
            flow_rule = "own"
        else:
            flow_rule = "carried"
        if inherited is not None:
            status = followed_status(base["status"], slot, sentence[: m.start])
            # "the apparel sector earned $4m, 79% more": a sector named before it, else the base's
            named_sector = trigger("sector").finditer(sentence[: m.start])
            scope = (
                triggers("sector")[named_sector[-1].group(1).lower()]
                if named_sector
                else topic_sector(ctx) or base["scope"]  # "Trade in services grew. It rose 5%"
            )
            own_period = period_of(slot, periods(), None, measure == "abs_change")
            if (
                own_period is not None
                and previous is not None
                and previous[0] is base
                and _after_clause_base(previous, measure, sentence, m.start, periods())
            ):
                # "..., after reaching $183m in 2029, i.e. up 91%": the change follows the base
                # amount of an "after" clause, whose year it never takes (round 54)
                period = own_period
            else:
                period = since_year_before(own_period, base_period, sentence) or (
                    base_period if status == base["status"] else None
                )  # (a forecast of an actual)
            now = present_marker(sentence, m.start)
            if now is None:
                now = present_after(sentence, m.end)  # "against $250m currently"
            if now is not None and dated_elsewhere(period, now, periods(), mentions):
                period = None  # "It currently stands at $X": not the figure's it refers to
            elif period is not None and own_period is None and event_time(sentence):
                period = None  # "Before the pandemic, they were worth $X": not the base's year
            elif period is None and "figure_id" not in base and now is None:
                # "Exports to B also fell. They were down by $5m": the antecedent is a sentence
                # with no figure, so no period to inherit; the page's, as for any figure
                period = ctx.last_period if status == "actual" else None
            pair: tuple[str, str] | None = (base["reporter"], base["partner"])
            if own_item is not None:
                list_base = (base["reporter"], base["partner"])
                if flow == "turnover" and _item_side_first(list_base, listed, own_item.end):
                    # "A and X traded $5bn. Partners of X: A ($5bn), B ($4bn)": A is an item,
                    # X owns the list (a turnover's order says nothing; round 52, hunt52a K6)
                    list_base = (list_base[1], list_base[0])
                pair = continued_pair(list_base, own_item.iso3, ctx.rank_named)
        else:
            status = status_of(slot, sentence[: m.start])
            scope = scope_of(slot, previous[0] if previous else volume_scope, flow)
            if scope == "total" and not previous:  # "the value of these exports"
                scope = demonstrative_sector(slot, ctx) or scope
            before = previous[1] if previous else None
            # A comparison base ("from $X in 2021") is never the period later figures inherit.
            inherited = None if before and before.comparison else before
            span = span_of(m.start) if spans else None
            restating = restates(slot, span, previous_end, countries, periods(), spans)
            if restating:
                period = period_of(slot, visible(sentence, periods(), spans, asides, span), None)
                if period is not None and span[0] < period.start < span[1]:
                    bracket_period = restated(period)  # "(USD 8.7bn in 2022), B $6.6bn ($5.5bn)"
                elif outside_period and _TO_AFTER_FROM.match(sentence, span[0], m.start):
                    # "rose 59% (from $2m to $3m)": the level reached is the change's period,
                    # not its base's
                    period = outside_period
                elif compared := bracket_comparison(slot, periods()):
                    period = bracket_period = restated(compared)
                else:
                    # a bracket of the sentence's series of bases, else the amount it converts,
                    # a base too ("from N1.5tn (R62bn) in 2015")
                    period = bracket_period or before
                period = restated(period)
            elif spans:
                # "in 2019-20 ($10.1bn)": a period right before the bracket dates its amount
                labelled = (
                    # ... not a base period before a bracketed change ("against $588m in
                    # February 2029 (3.4 percent less)"): the change is the main figure's
                    next(
                        (
                            p
                            for p in periods()
                            if 0 <= span[0] - p.end <= 1
                            and not (p.comparison and m.kind in ("percent", "multiple"))
                        ),
                        None,
                    )
                    if span is not None
                    and slot.left.endswith("(")
                    and not any(span_of(p.start) == span for p in periods())
                    else None
                )
                period = (
                    labelled
                    or bracketed_after(sentence, m.end, periods(), spans)
                    or period_of(
                        slot, visible(sentence, periods(), spans, asides, span), main_period
                    )
                )
                if span is not None and period is not None and period in asides:
                    period = restated(period)  # no later figure's period, nor the page's
                else:  # a comparison base is never the period later figures inherit (as below)
                    main_period = None if period and period.comparison else period
            else:
                period = period_of(slot, periods(), inherited, measure == "abs_change")
            if (
                previous is not None
                and previous_end is not None
                and m.kind == "money"
                and previous[0]["measure"] == measure
                and _OR_CONVERTED.fullmatch(sentence, previous_end, m.start)
            ):
                # "RM47.5bn or about Rp156tn": the same amount in another currency, of the
                # same period (round 42)
                period = previous[1]
            period = target_period(period, status, sentence, m.end)
            if not due_at_year_end(slot) and forecast_takes_actual(
                period, status, previous, previous_end, m.start, periods(), sentence
            ):
                period = None  # "reached $5bn in 2029, and it could rise to $9bn": no horizon
            now = present_marker(sentence, m.start)
            if now is None:
                now = present_after(sentence, m.end)  # "against $250m currently"
            if now is not None and dated_elsewhere(period, now, periods(), mentions):
                period = None  # "... but imports are now worth $X": no earlier clause's period
            if (
                period is None
                and status == "actual"
                and now is None
                and not is_stock(flow, sentence, ctx.last_period, ctx.running_flow(bool(periods())))
                and not (measure == "level" and per_year_level(sentence))  # "$X annually"
                and not event_time(sentence)  # "before the pandemic it was $X": no year
            ):
                period = ctx.last_period
            if period is not None and period.kind == "to_month" and flow == "investment":
                # "investment reached $2bn as of August 2031": a stock to that day (NOTES)
                period = replace(period, period_start=None)
            if measure == "level" and previous is not None:  # "versus the export of $32m in 2030"
                flow = base_flow(sentence, flow, period, previous, previous_end, m.start)
            previous_pair = (previous[0]["reporter"], previous[0]["partner"]) if previous else None
            if (
                own_item is not None
                and list_base is None
                and previous_pair is not None
                and previous_end is not None
                and previous_end < own_item.start
                and (not previous_item or RANKING_CONTINUES.search(sentence, previous_end))
                and list_continues(sentence, previous, previous_end, own_item, countries, listed)
            ):
                list_base = previous_pair  # "A was X, followed by B at Y": B takes A's place
            gapped = (
                gapped_subject(sentence, countries, m)
                if previous_pair and (not own_item or list_base is None)
                else None
            )
            if own_item is not None and gapped is not None and gapped.start != own_item.start:
                gapped = None  # ("and India $65bn" is a list item of one: the gapped clause)
            if part:
                pair = part[1]  # a partner's part of its owner's world total (partner_share)
            elif restating and previous_pair is not None and previous[0]["flow"] == flow:
                pair = previous_pair  # "€3.4 billion ($3.7 billion)": the same figure's pair
                measure, value = converted(previous[0], slot, measure, value)  # ... and its measure
            elif gapped is not None and previous_pair is not None:
                gap_base = gap_base or previous_pair  # the clause every gapped one repeats
                pair = gapped_pair(gap_base, gapped, countries, sentence)
            elif list_base is not None and own_item is not None:
                pair = ranked_pair(list_base, own_item, sentence, countries, ctx.rank_named)
                gone = set(list_base) - set(pair)  # the list goes on in a ranked economy's place
                if gone and gone <= ctx.rank_named:
                    ctx.rank_named |= {own_item.iso3}
            else:
                pair = those_pair(flow, sentence, slot, countries, ctx, previous_pair, listed)
        if pair is None:
            continue
        reverse = reversed_flow(
            slot, countries, previous or ctx.last_figure, previous_end, flow, pair
        )
        if reverse is not None:  # "... while $300m went in the reverse direction"
            flow, pair = reverse
        if (
            period is not None
            and period is ctx.last_period
            and previous is None
            and not any(p is period for p in found_periods or ())
            and present_of_another_pair(
                sentence, clause_tail(sentence[: m.start]), pair, ctx.last_figure
            )
        ):
            period = None  # "A's trade with C is over $5m" after B's dated figures: not theirs
        period = change_span.change_over_span(period, measure)
        pair_rule = "inherited" if flow_rule == "follow_up" else str(len(named & set(pair)))
        period_source = evidence.period_rule(period, found_periods, previous, ctx, flow_rule)
        year_source = evidence.year_rule(period, period_source, sentence)
        main_previous = previous
        if _after_clause_base(previous, measure, sentence, m.start, periods()):
            # "reached $349m in the same period, after reaching in 2029 about $183m, i.e. up
            # 91%": the change runs in the main period of the level before the "after" clause,
            # never in the base amount's year (round 54)
            main_previous = out[-2] if len(out) >= 2 else None
        main = reviewed_period(period, sentence, ctx) or sentence_period(
            main_previous, [p for p in periods() if not in_after_clause(sentence, 0, p)], ctx
        )  # (not the year of an "after" clause's earlier state)
        # a split fiscal year: the speaker's, else the dateline's country of the pair (the
        # point of view the text takes, NOTES), else the pair's first with a fiscal year
        home = ctx.state.home if ctx.state.home in pair else None
        period = settle(for_countries(period, pair), main, (ctx.state.speaker, home, *pair))
        if "same" in sentence and measure == "level" and m.kind == "money":
            # "rose from $4bn to $12.5bn over the same period": the ends of the span named before
            index = next(i for i, x in enumerate(mentions) if x is m)
            ends = same_period_end(sentence, mentions, index, periods(), out, last_before)
            period = ends or period
        period = year_end_target(reached_by(period, status, flow), status, slot, periods())
        status = past_forecast(status, period, sentence[: m.start], ctx.published)
        figure = {
            "figure_id": _figure_id(ctx.doc_id, sentence, m),
            "doc_id": ctx.doc_id,
            "sentence_id": row["sentence_id"],
            "char_start": m.start,
            "char_end": m.end,
            "text": sentence[m.start : m.end],
            "flow": flow,
            "scope": scope,
            "reporter": pair[0],
            "partner": pair[1],
            "measure": measure,
            "value": as_written(value),
            "unit": currency_for(m, page_countries(ctx, pair[0])) if m.choices else m.unit,
            "status": status,
            "approx": is_approx(slot),
            "source_country": ctx.state.source,
            "rounding": as_written(m.rounding),
            "evidence": evidence.evidence(
                flow_rule,
                pair_rule,
                period_source,
                year_source,
                len(mentions),
                set(pair) == set(ctx.ranked[:2]),
                slot,
            ),
        }
        previous = (figure, period)
        if not spans or span_of(m.start) is None:
            outside_period = period
        if m.choices:  # a shared symbol: its conversion's rate, else the page's vote
            ctx.note_shared(figure["figure_id"], m.choices, fitted_currency(sentence, m, mentions))
        previous_end = m.end
        previous_item = own_item is not None
        carried = flow
        if group is not None:
            joint_ids[id(figure)] = group  # (spread or left out once the list passes have run)
        elif status == "actual" and period is not None and period.continues:
            ctx.last_period = period
            ctx.last_figure = previous
            if measure == "level":
                ctx.last_level = figure
        out.append(previous)
        if resumes_total(sentence, out):
            carried = "turnover"  # "$5bn, with exports of $3bn and imports of $2bn, and ..."
            aside_closed = closed_aside(sentence, out)
        last_part = figure if part else last_part
        after_world = ctx.world = False
        ctx.border = 0
        if flow in ("exports", "imports") and counts_as_reporter(sentence, countries, pair[0]):
            ctx.reporters[pair[0]] += 1
    if not out and not ctx.world and unread_national(sentence, economies, bool(amounts)):
        # its paragraph is the country's whole trade
        ctx.note_world(True, True, economies, stated_total_flow(sentence))
    if len(out) > 1 and "espectively" in sentence:  # "in 2029 and 2030, respectively"
        out = respective_periods(sentence, out, ctx.published)
    last_sentence = ctx.last_sentence
    ctx.last_sentence = out or ctx.last_sentence
    position = row.get("position")
    if out and isinstance(position, numbers.Integral):
        ctx.since_source.extend((int(position), figure) for figure, _ in out)
    if out and found_periods is not None:
        remember_span(found_periods, ctx)
    rows = [figure for figure, _ in out]
    if out and (run := country_run(sentence, countries)):  # one figure: a run lost an amount
        reporting = ctx.reporters.most_common(1)[0][0] if ctx.reporters else None
        respective(run, rows, countries, sentence, (ctx.state.speaker, reporting, *ctx.pair))
    if len(out) > 1:
        trailing_counterparts(sentence, countries, rows)
        for start, own in respective_clauses(sentence, rows):
            if len(own) > 1 and (flows := flow_run(sentence, own[0]["char_start"], start)):
                respective_flows(flows, own, sentence)
    if joint_ids:
        out = spread_rates(out, joint_ids, sentence)
        ctx.last_sentence = out or last_sentence
    return out


def _item_side_first(pair: tuple[str, str], listed: tuple[CountrySpan, ...], before: int) -> bool:
    """A turnover pair whose first side is an earlier item of the sentence's list and whose
    other side is no item: the other side owns the list (a turnover's order says nothing)."""
    items = {c.iso3 for c in listed}
    return pair[1] not in items and any(c.iso3 == pair[0] and c.end <= before for c in listed)


def _after_clause_base(
    previous: tuple[dict, Period | None] | None,
    measure: str,
    sentence: str,
    start: int,
    periods: list[Period],
) -> bool:
    """Whether ``previous`` (the figure before a change starting at ``start``) is the base amount
    of an "after" clause dated in this sentence ("reached $349m in the same period, after
    reaching in 2029 about $183m, i.e. up 91%"): its year is never the change's main period,
    which "the same period" would take (round 54)."""
    if previous is None or previous[1] is None or measure == "level":
        return False
    base = previous[1]
    # (the previous figure is this sentence's: its period's offsets are the sentence's, also
    # once settled into a new record)
    return (
        any((p.start, p.end) == (base.start, base.end) for p in periods)
        and base.end <= start
        and dates_after_clause_base(sentence, base, start)
    )
