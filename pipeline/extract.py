"""Sentences to trade figures: which number is a trade figure, and its flow, pair, period, status.

A number becomes a figure only when it is money, a percentage change or a multiple *and* a flow
trigger (turnover, trade, exports, imports, investment) governs it; tonnes, km, counts and
shares of a total never qualify. Each figure owns the text between its neighbours: a trigger
right after it ("$22 million is exports") wins, then the nearest trigger before it, then the
previous figure of the sentence ("$133 million in 2024 and $68 million in H1 2025"). Periods,
pairs and speakers follow the same nearest-first, then-inherit logic, and a figure with no period
in its sentence inherits the last actual period of the document (reported speech continues).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
import re
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from pipeline.attribution import (
    CountrySpan,
    SpeakerState,
    dateline_country,
    find_attribution,
    find_countries,
)
from pipeline.extract_regex import Caseless, ascii_gate, substring_test
from pipeline.lexicon import currencies, trigger_pattern, triggers
from pipeline.numbers import Mention, find_mentions, may_have_mentions
from pipeline.periods import Period, find_periods, resolve_pending

EXTRACTOR_VERSION = "1"

FIGURE_COLUMNS = [
    "figure_id", "doc_id", "sentence_id", "char_start", "char_end", "text", "flow", "scope",
    "reporter", "partner", "period_start", "period_end", "measure", "value", "unit", "status",
    "approx", "source_country", "rounding", "period_note",
]  # fmt: skip

# Clause boundaries; an "and" closing a figure's window ("$22 million is exports and $46M...")
# also separates the two figures' contexts.
_CLAUSE_END = re.compile(r"[;:]|,\s(?:and|but|while|which|of which)\b|\sand\s*$")
_RIGHT_FLOW = re.compile(
    r"^\s?(?:is|are|was|were|in|of|for|[-–—:])?\s?(?:the\s)?(?P<w>\w+)", re.IGNORECASE
)
_ABS_CHANGE = re.compile(
    r"(?:(?P<dir>increase|increased|growth|grew|rise|rose|up|decrease|decreased|decline|declined|"
    r"drop|dropped|fall|fell|down|reduction|reduced)\s(?:of|by)|by)\s?$",
    re.IGNORECASE,
)
# "$96 million more than in 2024": an amount followed by a comparative is a change.
_COMPARATIVE = re.compile(r"^\s(more|less|higher|lower)\sthan\b", re.IGNORECASE)
_OF_SECTOR = re.compile(r"^\s(?:worth\s)?(?:of|in)\s(?:\w+\s){0,3}\w+")
_COMPARATIVE_WORDS = Caseless(
    re.compile(
        r"\b(?:more|less|higher|lower|than|compared|increase|decrease|up|down)\b", re.IGNORECASE
    )
)
_SHARE = Caseless(
    re.compile(r"\b(?:share|accounts?\sfor|accounted\sfor|of\s(?:the\s)?total)\b", re.IGNORECASE)
)
_OF_AFTER_PERCENT = re.compile(r"^\s?of\s(?:the\s|its\s|all\s|total\s)*\w+", re.IGNORECASE)
_PAIR_WORDS = re.compile(
    r"\b(?:two|both|the)\s(?:countries|states|nations|sides)|\bbilateral|\bmutual", re.IGNORECASE
)
_DEMONYM_FLOW = re.compile(
    r"^\s?(?:[a-z]+\s){0,2}?(?:exports?|imports?|investments?|investors?|companies|businesses|firms|goods|products)\b",
    re.IGNORECASE,
)


@dataclass
class DocContext:
    """What a document says once, used by every figure in it."""

    doc_id: str
    published: dt.date | None
    pair: tuple[str, ...]
    state: SpeakerState
    last_period: Period | None = None
    last_figure: tuple[dict, Period | None] | None = None


def _doc_pair(title: str | None, mentions: list[list[CountrySpan]]) -> tuple[str, ...]:
    """The document's main pair: the two most mentioned countries (title counts triple)."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    title_mentions = find_countries(title) if title else []
    position = 0
    for found in [title_mentions] * 3 + mentions:
        for c in found:
            if c.kind == "capital":
                continue
            counts[c.iso3] += 1
            first_seen.setdefault(c.iso3, position)
            position += 1
    ranked = sorted(counts, key=lambda iso: (-counts[iso], first_seen[iso]))
    return tuple(ranked[:2])


@cache
def _trigger(kind: str) -> Caseless:
    """``trigger_pattern(kind)`` with the fast path for ASCII text."""
    return Caseless(trigger_pattern(kind))


def _flow_at(text: str) -> str | None:
    match = _trigger("flow").search(text)
    return triggers("flow")[match.group(1).lower()] if match else None


_NAVIGATION = re.compile(r"^(?:read|see)\s+also\b|^also\s+read\b|^related\b", re.IGNORECASE)
# "U.S. dollar", "Chinese yuan": a country naming a currency is not a party to the trade.
_CURRENCY_AFTER = re.compile(
    r"\s?(?:dollars?|yuan|roubles?|rubles?|tenge|soms?|euros?|lira|rupees?)\b", re.IGNORECASE
)
# "up from around $6.6 billion": the amount a change starts from is an actual, even in a target.
_BASELINE = Caseless(
    re.compile(r"\bfrom\s(?:(?:around|about|nearly|almost|roughly|some|just)\s)?$", re.IGNORECASE)
)
# "the figure was 5.3% higher", "In 2022 it had stood at": a pronoun for the previous figure.
_ANAPHOR = Caseless(
    re.compile(
        r"(?:^|\b(?:said|noted|added)\s|,\s)(?:the|this|that)\s(?:figure|indicator)\b|\bit\s(?:had\s|was\s|stood|amounted|reached|totalled|totaled)",
        re.IGNORECASE,
    )
)
# Descriptions ("mainly crude oil", "mostly oil") do not narrow a figure to a sector.
_DESCRIPTIVE = Caseless(
    re.compile(
        r"\b(?:mainly|mostly|largely|primarily|chiefly|dominated\sby|including|such\sas|led\sby)\s(?:[\w-]+\s){0,3}$",
        re.IGNORECASE,
    )
)
# A relative clause (", which amounted to") still describes the noun before it: no cut there.
_SCOPE_END = re.compile(r"[;:]|,\s(?:and|but|while|of which)\b|\sand\s*$")
_NATIONAL = Caseless(
    re.compile(r"\b(?:foreign|external|overall|total)\s(?:goods\s)?$", re.IGNORECASE)
)
_WITH_PARTNER = re.compile(r"^[\w\s-]{0,30}?\b(?:with|between)\b", re.IGNORECASE)
_BALANCE = re.compile(r"^\s?(?:goods\s)?(?:surplus|deficit|balance|gap)\b", re.IGNORECASE)
EXCLUDED = "-"


def _flow_before(text: str) -> tuple[str, int] | None:
    """The last flow trigger in ``text``; ``EXCLUDED`` for a country's total foreign trade
    ("total foreign trade turnover", not "foreign trade with X") or a trade balance."""
    found = _trigger("flow").finditer(text)
    if not found:
        return None
    match = found[-1]  # only the last trigger counts: judge that one alone
    before, after = text[max(0, match.start() - 25) : match.start()], text[match.end() :]
    national = _NATIONAL.search(before) and not _WITH_PARTNER.match(match.group(0) + after)
    flow = (
        EXCLUDED if national or _BALANCE.match(after) else triggers("flow")[match.group(1).lower()]
    )
    return flow, match.start()


_BOUNDARY_MARK = re.compile(r"[;:,]")


def _may_have_boundary(text: str) -> bool:
    """Cheap necessary condition for ``_CLAUSE_END``/``_SCOPE_END``: a ";", ":" or "," or a
    trailing "and"."""
    return _BOUNDARY_MARK.search(text) is not None or text.rstrip().endswith("and")


def _clause_tail(text: str) -> str:
    """Text after the last clause boundary: a figure's left context."""
    cut = 0
    for match in _CLAUSE_END.finditer(text) if _may_have_boundary(text) else ():
        cut = match.end()
    return text[cut:]


def _clause_head(text: str) -> str:
    match = _CLAUSE_END.search(text) if _may_have_boundary(text) else None
    return text[: match.start()] if match else text


@dataclass
class _Slot:
    """A mention with the sentence text it owns on each side."""

    mention: Mention
    left: str
    right: str
    left_offset: int
    sentence: str
    _tail: str | None = field(default=None, repr=False)
    _head: str | None = field(default=None, repr=False)

    @property
    def tail(self) -> str:
        """The left context's own clause (asked for by several rules: computed once)."""
        if self._tail is None:
            self._tail = _clause_tail(self.left)
        return self._tail

    @property
    def head(self) -> str:
        """The right context's own clause (computed once)."""
        if self._head is None:
            self._head = _clause_head(self.right)
        return self._head


def _slots(sentence: str, mentions: list[Mention]) -> list[_Slot]:
    slots = []
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].end if i else 0
        hi = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
        slots.append(_Slot(m, sentence[lo : m.start], sentence[m.end : hi], lo, sentence))
    return slots


def _measure(slot: _Slot) -> tuple[str, float] | None:
    """Measure and signed value, or None when the number is not a change/level of trade."""
    m = slot.mention
    left_tail = slot.left[-40:]
    if m.kind == "multiple":
        return "multiple", m.value
    if m.kind == "percent":
        if _SHARE.search(slot.left[-60:]) or _OF_AFTER_PERCENT.match(slot.right):
            return None
        direction = _direction(slot)
        if direction is None:
            return None
        value = -abs(m.value) if direction == "down" else m.value
        return "pct_change", value
    comparative = _COMPARATIVE.match(slot.right)
    if comparative:
        sign = -1.0 if comparative.group(1).lower() in ("less", "lower") else 1.0
        return "abs_change", sign * m.value
    change = _ABS_CHANGE.search(left_tail) if _may_end_with_by_or_of(left_tail) else None
    if change:
        word = (change.group("dir") or "").lower()
        sign = -1.0 if triggers("change").get(word) == "down" else 1.0
        if not word:
            # "by $X" alone: a change only when a change verb precedes it.
            direction = _direction(slot)
            if direction is None:
                return "level", m.value
            sign = -1.0 if direction == "down" else 1.0
        return "abs_change", sign * m.value
    return "level", m.value


def _may_end_with_by_or_of(text: str) -> bool:
    """Cheap necessary condition for ``_ABS_CHANGE`` (exact: "b", "y", "o", "f" have no
    non-ASCII case twins in ``re``)."""
    return text.rstrip()[-2:].lower() in ("by", "of")


def _direction(slot: _Slot) -> str | None:
    """Up or down: the change word nearest before the number (within 80 characters, even across
    an earlier amount: "by $259 million, or 18%"), else the first one right after it."""
    pattern = _trigger("change")
    before = slot.sentence[max(0, slot.mention.start - 80) : slot.mention.start]
    found = pattern.finditer(before)
    if found:
        return triggers("change")[found[-1].group(1).lower()]
    after = pattern.search(slot.head[:40])
    return triggers("change")[after.group(1).lower()] if after else None


def _flow(slot: _Slot, previous: str | None) -> str | None:
    right = _RIGHT_FLOW.match(slot.right)
    if right:
        word = right.group("w").lower()
        if word in triggers("flow") and triggers("flow")[word] != "turnover":
            return triggers("flow")[word]
    found = _flow_before(slot.tail)
    if found:
        return None if found[0] == EXCLUDED else found[0]
    if previous:
        return previous
    found = _flow_before(slot.left)
    if found:
        return None if found[0] == EXCLUDED else found[0]
    # "$2 billion trade target": trigger directly after the amount.
    return _flow_at(slot.head[:30])


def _approx(slot: _Slot) -> bool:
    """An approximation word right before the number ("about $5 million"), or a range."""
    if slot.mention.is_range:
        return True
    tail = slot.left[-25:].rstrip()
    if tail.isascii() and not tail.lower().endswith(_approx_phrases()):
        return False  # a match must end the tail: exact on ASCII text
    return any(tail.endswith(match.group(0)) for match in _trigger("approx").finditer(tail))


@cache
def _approx_phrases() -> tuple[str, ...]:
    return tuple(triggers("approx"))


_GOAL_AFTER = re.compile(r"\b(?:target|goal)s?\b", re.IGNORECASE)
_HAS_GOAL_WORD = ascii_gate(("target", "goal"))


def _status(slot: _Slot, sentence_prefix: str) -> str:
    """Target when a plan/goal word governs the figure within its clause."""
    if "from" in slot.left.lower() and _BASELINE.search(slot.left):
        return "actual"  # ("from" has no case twins outside ASCII: the test is exact)
    if _trigger("status").search(_clause_tail(sentence_prefix)):
        return "target"
    after = slot.head[:40]
    if _HAS_GOAL_WORD(after) and _GOAL_AFTER.search(after):
        return "target"
    return "actual"


def _period(slot: _Slot, periods: list[Period], previous: Period | None) -> Period | None:
    m = slot.mention
    usable = [p for p in periods if not p.comparison]
    right_end = m.end + len(slot.head)
    after = [p for p in usable if m.end <= p.start < right_end]
    if after:
        return after[0]
    before = [p for p in usable if slot.left_offset <= p.start and p.end <= m.start]
    if before:
        return before[-1]
    if previous is not None:
        return previous
    earlier = [p for p in usable if p.end <= m.start]
    if earlier:
        return earlier[-1]
    later = [p for p in usable if p.start >= m.end]
    return later[0] if later else None


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


def _pair(
    flow: str,
    sentence: str,
    slot: _Slot,
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


def _scope(slot: _Slot, previous: dict | None, flow: str) -> str:
    """A sector named in the figure's own clause ("exports of honey ... $780 thousand", "$2bn
    of machinery"); else the sector of the sentence's previous figure of the same flow."""
    cut = 0
    for boundary in _SCOPE_END.finditer(slot.left) if _may_have_boundary(slot.left) else ():
        cut = boundary.end()
    own = slot.left[cut:]
    right = _OF_SECTOR.match(slot.right)
    if right:
        own += " " + right.group(0)
    for match in _trigger("sector").finditer(own):
        if not _DESCRIPTIVE.search(own[: match.start()]):
            return triggers("sector")[match.group(1).lower()]
    if previous is not None and previous["flow"] == flow:
        return previous["scope"]
    return "total"


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


def _follow_up(slot: _Slot, sentence: str, ctx: DocContext) -> dict | None:
    """A change stated with no trade word ("That is 1.5-fold more than...") or a pronoun for the
    last figure ("the figure was 5.3% higher", "In 2022 it had stood at") refers back to the
    document's previous figure; returns that figure's row to inherit flow, pair and scope from."""
    if ctx.last_figure is None:
        return None
    if _ANAPHOR.search(slot.tail):
        return ctx.last_figure
    if _trigger("flow").search(sentence):
        return None
    if not _COMPARATIVE_WORDS.search(sentence):
        return None
    measured = _measure(slot)
    if measured is None or measured[0] == "level":
        return None
    return ctx.last_figure


def _sentence_figures(
    row: dict[str, object], sentence_countries: list[CountrySpan], ctx: DocContext
) -> list[tuple[dict, Period | None]]:
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
    for slot in _slots(sentence, mentions):
        m = slot.mention
        flow = _flow(slot, previous[0]["flow"] if previous else None)
        inherited = None if flow else _follow_up(slot, sentence, ctx)
        if inherited is not None:
            base, base_period = inherited
            flow = base["flow"]
        measured = _measure(slot) if flow else None
        if flow is None or measured is None:
            continue
        measure, value = measured
        if inherited is not None:
            status, scope = base["status"], base["scope"]
            period = _period(slot, periods(), None) or base_period
            pair: tuple[str, str] | None = (base["reporter"], base["partner"])
        else:
            status = _status(slot, sentence[: m.start])
            scope = _scope(slot, previous[0] if previous else None, flow)
            period = _period(slot, periods(), previous[1] if previous else None)
            if period is None and status == "actual":
                period = ctx.last_period
            previous_pair = (previous[0]["reporter"], previous[0]["partner"]) if previous else None
            pair = _pair(flow, sentence, slot, countries, ctx, ctx.state.speaker, previous_pair)
        if pair is None:
            continue
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
            "approx": _approx(slot),
            "source_country": ctx.state.speaker,
            "rounding": m.rounding,
        }
        previous = (figure, period)
        if status == "actual" and period is not None:
            ctx.last_period = period
            ctx.last_figure = previous
        out.append(previous)
    return out


def _inferred_year(found: list[tuple[dict, Period | None]]) -> int | None:
    """Reference year for an undated document: the year after its latest full-year actual.

    A full-year actual for year Y can only be reported from Y+1 on, so "the current year" in such
    an article is at the earliest Y+1; we take that earliest reading.
    """
    years = [
        p.period_start.year
        for f, p in found
        if f["status"] == "actual"
        and p is not None
        and p.period_start is not None
        and p.period_end is not None
        and (p.period_start.month, p.period_start.day, p.period_end.month, p.period_end.day)
        == (1, 1, 12, 31)
        and p.period_start.year == p.period_end.year
    ]
    return max(years) + 1 if years else None


def _finish(figure: dict, period: Period | None, inferred_year: int | None) -> dict:
    """Resolve a pending relative period with the inferred year of an undated document, and
    say in ``period_note`` why a bound is null."""
    note = None
    if period is not None and period.relative is not None:
        if inferred_year is not None:
            period = resolve_pending(period, inferred_year)
            note = (
                f"relative period resolved against inferred year {inferred_year} (no date header)"
            )
        else:
            note = "relative period but the document has no date header"
    if period is None:
        note = "no period stated"
    elif note is None:
        note = period.note
    start = period.period_start if period else None
    end = period.period_end if period else None
    return {**figure, "period_start": start, "period_end": end, "period_note": note}


def _claim_key(fig: dict) -> tuple:
    """What two statements of one claim share (turnover is symmetric in its pair)."""
    pair = (fig["reporter"], fig["partner"])
    return (
        fig["flow"],
        fig["scope"],
        frozenset(pair) if fig["flow"] == "turnover" else pair,
        fig["measure"],
        round(fig["value"], 6),
        fig["unit"],
        fig["status"],
    )


def _dedupe(figures: list[dict]) -> list[dict]:
    """An article restating a figure is one claim: keep its first, most specific statement.

    Restatements share flow, scope, pair, measure, value, unit and status; one without a period
    is merged into one with a period ("to half a billion dollars" after "to $500 million by 2030").
    Earlier figures are looked up by that key rather than compared one by one.
    """
    kept: list[dict] = []
    same_claim: dict[tuple, list[int]] = {}  # key -> positions in ``kept``, in order
    for fig in figures:
        key = _claim_key(fig)
        duplicate = False
        for i in same_claim.get(key, ()):
            other = kept[i]
            same_period = (fig["period_start"], fig["period_end"]) == (
                other["period_start"],
                other["period_end"],
            )
            if same_period or fig["period_end"] is None:
                duplicate = True
                break
            if other["period_end"] is None:
                kept[i] = fig
                duplicate = True
                break
        if not duplicate:
            same_claim.setdefault(key, []).append(len(kept))
            kept.append(fig)
    return kept


def extract_rows(
    doc_id: str, published: dt.date | None, title: str | None, rows: list[dict]
) -> list[dict]:
    """Figures of one document from its sentence rows, in position order."""
    mentions = [find_countries(str(r["text"])) for r in rows]
    state = SpeakerState(home=dateline_country(str(rows[0]["text"])) if rows else None)
    ctx = DocContext(doc_id, published, _doc_pair(title, mentions), state)
    found: list[tuple[dict, Period | None]] = []
    for row, sentence_countries in zip(rows, mentions, strict=True):
        found.extend(_sentence_figures(row, sentence_countries, ctx))
    inferred = None if published else _inferred_year(found)
    return _dedupe([_finish(f, p, inferred) for f, p in found])


def extract_document(
    doc_id: str, published: dt.date | None, title: str | None, sentences: pd.DataFrame
) -> list[dict]:
    """Figures of one document (its sentences table, any order)."""
    return extract_rows(
        doc_id, published, title, sentences.sort_values("position").to_dict("records")
    )


PARALLEL_MIN_DOCUMENTS = 2000  # below this, starting worker processes costs more than it saves


def _extract_chunk(chunk: list[tuple[str, dt.date | None, str | None, list[dict]]]) -> list[dict]:
    rows: list[dict] = []
    for doc_id, published, title, doc_rows in chunk:
        rows.extend(extract_rows(doc_id, published, title, doc_rows))
    return rows


def _chunk_frame(chunk: list[tuple[str, dt.date | None, str | None, list[dict]]]) -> pd.DataFrame:
    """A worker's figures as a frame: far smaller to send back and hold than row dicts."""
    return _frame(_extract_chunk(chunk))


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The figure rows as a frame, built from one list per column: cheaper than pandas reading
    a list of dicts, same dtypes (an empty frame keeps pandas' object columns)."""
    if not rows:
        return pd.DataFrame(rows, columns=FIGURE_COLUMNS)
    return pd.DataFrame({column: [row[column] for row in rows] for column in FIGURE_COLUMNS})


def _records_by_doc(sentences: pd.DataFrame) -> dict[str, list[dict]]:
    """Each document's sentence records in position order, read from column lists (what
    ``to_dict("records")`` gives, several times faster)."""
    by_doc: dict[str, list[dict]] = {}
    if not len(sentences):
        return by_doc
    # Sort the two key columns only and reorder the others by position: a sorted copy of the
    # whole table (text included) cost hundreds of MB at 100k articles.
    keys = sentences[["doc_id", "position"]].sort_values(["doc_id", "position"], kind="mergesort")
    order = sentences.index.get_indexer(keys.index)
    columns = (
        sentences[c].to_numpy()[order].tolist()
        for c in ("sentence_id", "doc_id", "position", "text")
    )
    for sentence_id, doc_id, position, text in zip(*columns, strict=True):
        record = {"sentence_id": sentence_id, "doc_id": doc_id, "position": position, "text": text}
        by_doc.setdefault(doc_id, []).append(record)
    return by_doc


def extract_figures(
    documents: pd.DataFrame, sentences: pd.DataFrame, workers: int | None = None
) -> pd.DataFrame:
    """Figures of every ``ok`` document (see FiguresSchema).

    Sentences are sorted and turned into records once for all documents: per-document pandas
    calls cost more than the extraction itself on large corpora. Documents are independent, so
    large inputs may be split across ``workers`` processes (spawned, so the caller's main module
    must be import-safe, as console scripts and ``python -m`` are); the output does not depend
    on the number of workers.
    """
    ok = documents[documents["status"] == "ok"]
    by_doc = _records_by_doc(sentences)
    work = [
        (
            doc_id,
            published if isinstance(published, dt.date) else None,
            title if isinstance(title, str) else None,
            by_doc[doc_id],
        )
        for doc_id, published, title in zip(ok["doc_id"], ok["published"], ok["title"], strict=True)
        if by_doc.get(doc_id)
    ]
    workers = workers or 1
    if workers > 1 and len(work) >= PARALLEL_MIN_DOCUMENTS:
        size = -(-len(work) // (workers * 4))
        chunks = [work[i : i + size] for i in range(0, len(work), size)]
        context = multiprocessing.get_context("spawn")  # no fork of a threaded Dagster process
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            parts = list(pool.map(_chunk_frame, chunks))
        del by_doc, work, chunks
        frame = pd.concat(parts, ignore_index=True) if parts else _frame([])
    else:
        frame = _frame(_extract_chunk(work))
    return frame.astype(
        {
            "char_start": "int64",
            "char_end": "int64",
            "value": "float64",
            "approx": "bool",
            "rounding": "float64",
        }
    )
