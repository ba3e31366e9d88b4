"""What a document says once and every figure in it uses: its main country pair, the current
speaker, the last actual period and figure (reported speech continues across sentences).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.attribution import SpeakerState
from pipeline.extract.countries import CountrySpan, find_countries
from pipeline.extract.headers import Header
from pipeline.extract.periods import Period


@dataclass
class DocContext:
    """What a document says once, used by every figure in it."""

    doc_id: str
    published: dt.date | None
    pair: tuple[str, ...]
    state: SpeakerState
    last_period: Period | None = None
    # The first dated period of a figure on the page: the one the article reports ("the period
    # under review" means it, ``span_reference.reviewed_period``).
    first_period: Period | None = None
    last_figure: tuple[dict, Period | None] | None = None
    # The page's last actual level figure (``continued``: the size a pair's later figures have
    # when the last figure is a change, "fell by 8.3% to $12.7bn and imports by 6.1% to ...").
    last_level: dict | None = None
    # The figures of the last sentence that had any, in order ("The figures soared to $X and
    # $Y": the i-th amount continues the i-th of them, ``follow_up``).
    last_sentence: list[tuple[dict, Period | None]] = field(default_factory=list)
    # (position, figure) of the sentences read since the last one that set the source: what a
    # later "About this said ..." points back at (``attribution.back_speaker``)
    since_source: list[tuple[int, dict]] = field(default_factory=list)
    # Every country of the document, most mentioned first (title counts triple).
    ranked: tuple[str, ...] = ()
    # The two economies the title names, when it names exactly two (``fact_lines.title_pair``).
    title_pair: tuple[str, ...] = ()
    # The header of the list whose item lines are being read (``headers.Header``), if any.
    list_header: Header | None = None
    # Whether the last figure decided was a country's world total (later ones may continue it).
    world: bool = False
    # How many sentences more a "border trade" named before reaches while no figure is kept
    # (``border_continued``)
    border: int = 0
    # The economies the sentence of that world total named (its own side: "Germany's exports
    # fell 3%. Compared to 2029, the month before Germany ..., exports were up 4%" continues it).
    world_own: frozenset[str] = frozenset()
    # The flow of the last world total left out ("Uzbekistan's foreign trade reached $Xbn. China
    # accounted for $Ybn": the partner's part of it, ``partner_share``); kept until the next one.
    world_flow: str | None = None
    # How many exports/imports figures each country has reported so far (the page's reporter).
    reporters: Counter[str] = field(default_factory=Counter)
    # The economy whose exports or imports the title or lede reports (``page_trader.page_trader``):
    # the reporter of figures that name none before ``reporters`` has any.
    trader: str | None = None
    # The economy the body of a page whose title names no state names first: pages name their
    # own country first, yet the partner often most ("buyers in B, ports in B"); the reporter
    # of a figure nothing else decides (a title naming states counts triple in ``ranked``).
    first: str | None = None
    # (text, countries, last figure before it) of the sentence being read and of the two before
    # it (``follow_up.topic_of``: "Trade between the two countries grew. In 2030 it amounted to").
    current: tuple[str, list[CountrySpan], tuple | None] | None = None
    prior: tuple[str, list[CountrySpan], tuple | None] | None = None
    earlier: tuple[str, list[CountrySpan], tuple | None] | None = None
    # ``last_level`` as the sentence being read began (``continued``: its amounts are measured
    # against the pair's size before it, not against a figure read in it)
    entry_level: dict | None = None
    # The last span of two named years a sentence with figures gave ("between 2025 and 2029"),
    # which "the period under review" later means (``span_reference``).
    last_span: Period | None = None
    # figure_id -> the (iso3, code) choices of its shared symbol ("Shs", "Rs", "dinars"), for
    # the page's vote on whose currency they are (``page_currency``).
    shared_units: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # figure_id -> the choice its sentence's conversion fits (``symbol_rate``): it decides.
    fitted_units: dict[str, str] = field(default_factory=dict)
    # The page's sentences (``page_amounts``: the currency a scaled amount without one takes).
    texts: tuple[str, ...] = ()
    # The currencies of the money amounts of the sentence being read (``currency_side``).
    units: tuple[str, ...] = ()
    # Whether the page's periods are Iranian years (``iranian_page``): its relative years are.
    iranian: bool = False
    # The economies the page has named with a rank of their own ("Vietnam ranks fourth among the
    # region's exporters to Turkey"): the side a ranking opened later continues
    # (``ranked_next``: "The largest value belongs to Indonesia" is another exporter).
    rank_named: frozenset[str] = frozenset()
    # kind of state -> the one monarchy of that kind the page names: the economy its "the
    # Kingdom", "the Sultanate" stand for (``kingdom``)
    monarchies: dict[str, str] = field(default_factory=dict)

    def reporting(self) -> str | None:
        """The economy reporting the page's directed flows: of the economies that reported its
        figures so far, the one of the page's pair that reported most, else the one that did;
        else the title or lede's trader. A third economy's figures ("Exports to Serbia tripled"
        read as Serbia's) do not take the page's default side from its own pair."""
        if not self.reporters:
            return self.trader
        ranked = [iso for iso, _ in self.reporters.most_common()]
        return next((iso for iso in ranked if iso in self.pair), ranked[0])

    def running_flow(self, dated: bool = False) -> str | None:
        """The flow of the figure that set the running period, if a figure set it (not a
        sentence without figures that only states a period) and the sentence asking names no
        period (``dated``: "up 25% compared to 2030" is a flow of the page's period)."""
        if dated or self.last_period is None:
            return None
        if self.last_figure is None or self.last_figure[1] is not self.last_period:
            # a sentence without kept figures set it ("Exports of rice rose in 2030"; a
            # look-back's end): a period of the page's trade, not of an investment figure
            return "stated"
        return str(self.last_figure[0]["flow"])

    def note_world(
        self, world: bool, whole: bool, economies: list[CountrySpan], flow: str | None = None
    ) -> None:
        """A figure was left out as a world total (``world``), or as one or as a country's whole
        trade named so (``whole``: "Total imports hit $X", which later figures of its own sentence
        only continue, ``world.national_total``): remember it, the economies it named and the
        total's ``flow`` (a partner's part of it may follow, ``partner_share``)."""
        self.world = self.world or world
        if whole:
            self.world_own = frozenset(c.iso3 for c in economies)
        if (world or whole) and flow in ("exports", "imports", "turnover"):
            self.world_flow = flow

    def note_shared(
        self, figure_id: str, choices: tuple[tuple[str, str], ...], fitted: str | None = None
    ) -> None:
        """A figure whose symbol several economies write: the page votes on it later, unless
        its conversion ``fitted`` one choice's rate."""
        if choices:
            self.shared_units[figure_id] = choices
        if fitted:
            self.fitted_units[figure_id] = fitted

    def figure_before(self, sentences: int = 1) -> tuple[dict, Period | None] | None:
        """The last figure read before the sentence being read, when one of the ``sentences``
        sentences before it (1 or 2) read it; else None (those sentences read no figure)."""
        entered = self.current[2] if self.current is not None else None
        back = self.prior if sentences == 1 else (self.earlier or self.prior)
        if entered is None or back is None or back[2] is entered:
            return None
        return entered

    def before(self) -> tuple[str, ...]:
        """The texts of the two sentences before the one being read, nearest first."""
        return tuple(entry[0] for entry in (self.prior, self.earlier) if entry is not None)

    def enter(self, text: str, countries: list[CountrySpan]) -> None:
        """A new sentence is read: the last two move back one place."""
        self.earlier, self.prior = self.prior, self.current
        self.current = (text, countries, self.last_figure)
        self.entry_level = self.last_level
        if "rank" in text or "plac" in text or "stand" in text or "stood" in text:
            named = {c.iso3 for c in countries if own_rank(text, c.end)}
            self.rank_named = self.rank_named | named if named else self.rank_named


def own_rank(text: str, end: int) -> bool:
    """The economy ending at ``end`` of ``text`` is given a rank of its own right after it
    ("Vietnam ranks fourth", "B ranked 14th", "is ranked 4th", "stood second")."""
    return _OWN_RANK.match(text, end) is not None


# right after an economy: a rank of its own ("ranks fourth", "is ranked 4th", "stood second")
_OWN_RANK = re.compile(
    r"\s(?:ranks|ranked|is\sranked|was\sranked|placed|stands|stood)\s(?:(?:in|at)\s)?(?:the\s)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\b",
    re.IGNORECASE,
)


def doc_pair(title: str | None, mentions: list[list[CountrySpan]]) -> tuple[str, ...]:
    """The document's main pair: the two most mentioned countries (title counts triple)."""
    return ranked_countries(title, mentions)[:2]


def ranked_countries(
    title: str | None,
    mentions: list[list[CountrySpan]],
    title_mentions: list[CountrySpan] | None = None,
) -> tuple[str, ...]:
    """The document's countries, most mentioned first (title counts triple); ``title_mentions``:
    the title's countries when the caller has read them (``document``: without a currency's
    name, "... 31 billion US dollars" in a glossed title, round 57), else found here."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    if title_mentions is None:
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
    return tuple(ranked)
