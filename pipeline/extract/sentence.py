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

import hashlib
import re
from collections.abc import Callable
from functools import cache

from pipeline.extract.attribution import CountrySpan, find_attribution
from pipeline.extract.caseless import Caseless, substring_test
from pipeline.extract.context import DocContext
from pipeline.extract.flow import flow_of, scope_of
from pipeline.extract.lexicon import currencies
from pipeline.extract.measure import is_approx, measure_of, period_of, status_of
from pipeline.extract.numbers import Mention, find_mentions, may_have_mentions
from pipeline.extract.pairs import pair_of
from pipeline.extract.periods import Period, find_periods, reached_by, settle
from pipeline.extract.slots import Slot, slots, trigger

EXTRACTOR_VERSION = "1"


_COMPARATIVE_WORDS = Caseless(
    re.compile(
        r"\b(?:more|less|higher|lower|than|compared|increase|decrease|up|down)\b", re.IGNORECASE
    )
)


_NAVIGATION = re.compile(r"^(?:read|see)\s+also\b|^also\s+read\b|^related\b", re.IGNORECASE)


# "U.S. dollar", "Chinese yuan": a country naming a currency is not a party to the trade.
_CURRENCY_AFTER = re.compile(
    r"\s?(?:dollars?|yuan|roubles?|rubles?|tenge|soms?|euros?|lira|rupees?)\b", re.IGNORECASE
)


# "the figure was 5.3% higher", "In 2022 it had stood at": a pronoun for the previous figure.
_ANAPHOR = Caseless(
    re.compile(
        r"(?:^|\b(?:said|noted|added)\s|,\s)(?:the|this|that)\s(?:figure|indicator)\b|\bit\s(?:had\s|was\s|stood|amounted|reached|totalled|totaled)",
        re.IGNORECASE,
    )
)


def _figure_id(doc_id: str, sentence: str, m: Mention) -> str:
    key = f"{EXTRACTOR_VERSION}|{doc_id}|{sentence}|{m.start}|{m.end}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


MAX_NUMBERS_PER_SENTENCE = 40


_NUMBER_TOKEN = re.compile(r"\d+")


@cache
def _has_cue() -> Callable[[str], bool]:
    """Whether lower-cased text holds a money/percent/multiple cue (one scan for all cues)."""
    cur = currencies()
    words = [w.lower() for w in [*cur.by_symbol, *cur.by_word]]
    extra = [
        "%",
        "percent",
        "per cent",
        "pct",
        "times",
        "fold",
        "twice",
        "doubl",
        "tripl",
        "quadrupl",
    ]
    return substring_test([*words, *extra])


def worth_extracting(sentence: str) -> bool:
    """Cheap prefilter run before the expensive rules: a money/percent/multiple cue must be
    present (plain substring tests), and a "sentence" dense with numbers (a table row, junk)
    is not prose."""
    if not _has_cue()(sentence.lower()):
        return False
    return len(_NUMBER_TOKEN.findall(sentence)) <= MAX_NUMBERS_PER_SENTENCE


def _follow_up(slot: Slot, sentence: str, ctx: DocContext) -> dict | None:
    """A change stated with no trade word ("That is 1.5-fold more than...") or a pronoun for the
    last figure ("the figure was 5.3% higher", "In 2022 it had stood at") refers back to the
    document's previous figure; returns that figure's row to inherit flow, pair and scope from."""
    if ctx.last_figure is None:
        return None
    if _ANAPHOR.search(slot.tail):
        return ctx.last_figure
    if trigger("flow").search(sentence):
        return None
    if not _COMPARATIVE_WORDS.search(sentence):
        return None
    measured = measure_of(slot)
    if measured is None or measured[0] == "level":
        return None
    return ctx.last_figure


def _main_period(
    previous: tuple[dict, Period | None] | None, found: list[Period], ctx: DocContext
) -> Period | None:
    """The period a figure's sentence is about, for "a year earlier" and "the same period of
    2022": the previous figure's, else the sentence's first own dated period, else the
    document's last actual one."""
    if previous is not None and previous[1] is not None and not previous[1].comparison:
        return previous[1]
    own = [
        p
        for p in found
        if not p.comparison and p.anchor is None and p.same_year is None and p.period_end
    ]
    return own[0] if own else ctx.last_period


def sentence_figures(
    row: dict[str, object], sentence_countries: list[CountrySpan], ctx: DocContext
) -> list[tuple[dict, Period | None]]:
    """The figures of one sentence with their periods, updating the document context (speaker,
    last actual period and figure) as reported speech continues."""
    sentence = str(row["text"])
    if _NAVIGATION.match(sentence):
        return []  # "Read also: ..." links to other articles; their numbers are not this one's
    if sentence_countries:
        ctx.state.learn_people(sentence)
    attribution = find_attribution(sentence, ctx.state)
    if attribution and (attribution.iso3 or attribution.joint):
        ctx.state.speaker = attribution.iso3
    ctx.state.track(sentence)
    if not may_have_mentions(sentence) or not worth_extracting(sentence):
        return []
    mentions = find_mentions(sentence)
    if not mentions:
        return []
    countries = [
        c
        for c in sentence_countries
        if c.kind != "capital"
        and not _CURRENCY_AFTER.match(sentence, c.end)
        and not (attribution and attribution.start <= c.start < attribution.end)
    ]
    found_periods: list[Period] | None = None  # computed once a number proves to be a figure

    def periods() -> list[Period]:
        nonlocal found_periods
        if found_periods is None:
            found_periods = find_periods(sentence, ctx.published)
        return found_periods

    out: list[tuple[dict, Period | None]] = []
    previous: tuple[dict, Period | None] | None = None
    for slot in slots(sentence, mentions):
        m = slot.mention
        flow = flow_of(slot, previous[0]["flow"] if previous else None)
        inherited = None if flow else _follow_up(slot, sentence, ctx)
        if inherited is not None:
            base, base_period = inherited
            flow = base["flow"]
        measured = measure_of(slot) if flow else None
        if flow is None or measured is None:
            continue
        measure, value = measured
        if inherited is not None:
            status, scope = base["status"], base["scope"]
            period = period_of(slot, periods(), None) or base_period
            pair: tuple[str, str] | None = (base["reporter"], base["partner"])
        else:
            status = status_of(slot, sentence[: m.start])
            scope = scope_of(slot, previous[0] if previous else None, flow)
            before = previous[1] if previous else None
            period = period_of(slot, periods(), None if before and before.comparison else before)
            if period is None and status == "actual":
                period = ctx.last_period
            previous_pair = (previous[0]["reporter"], previous[0]["partner"]) if previous else None
            pair = pair_of(flow, sentence, slot, countries, ctx, ctx.state.speaker, previous_pair)
        if pair is None:
            continue
        period = settle(period, _main_period(previous, periods(), ctx), (ctx.state.speaker, *pair))
        period = reached_by(period, status, flow)
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
            "value": float(value),
            "unit": m.unit,
            "status": status,
            "approx": is_approx(slot),
            "source_country": ctx.state.speaker,
            "rounding": m.rounding,
        }
        previous = (figure, period)
        if status == "actual" and period is not None and not period.comparison:
            ctx.last_period = period
            ctx.last_figure = previous
        out.append(previous)
    return out
