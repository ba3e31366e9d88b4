"""The period a sentence without figures states about trade, which the figures after it take
when they name none ("in the period under review", "Exports to Korea totalled $4.7bn").

Two kinds of sentence date what follows:
- a stretch of a year ("Uganda sold Kenya more than any neighbour between January and September
  2018"), a quarter, a half or a fiscal year ("in FY2022-23, trade surged"); one month in which a
  flow moved ("exports to Japan rose for the first time in January"), not a month "since" which;
- a whole year in which a trade flow moved or stood ("Armenia's exports and imports fell in
  2030", "Chile-Peru trade hit an all-time high in 2030."): the paragraph after it gives that
  year's figures; so does a year of the pair's rank among trading partners ("In 2030, A was
  B's fourth largest trading partner"). A year in any other sentence dates nothing: "trade began in 1992", "the two
  signed a free trade agreement in 2009", a target ("trade is expected to grow in 2031"), a base
  ("up from 2029"). A partner's share of a country's trade in a year ("In 2030, A took 9.4% of what B
  sold abroad") is that year's trade by partner, as a rank is: it dates what follows.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import Caseless, literal_trie, substring_test
from pipeline.extract.context import DocContext
from pipeline.extract.period_patterns import YEAR_NUMBER
from pipeline.extract.period_settle import carries_over, settle
from pipeline.extract.periods import _MONTH_CUES, Period, find_periods
from pipeline.lexicon import triggers, vocabulary

# Periods that name a stretch of a year.
_PART_YEAR_KINDS = frozenset(
    ("month_year_range", "rolling", "month_range", "as_of", "first_months", "half", "quarter")
    + ("fiscal",)  # a fiscal year is always a data period ("in FY2022-23, trade surged")
)
_STATED_MAX_CHARS = 400
# Without one of these (lower-case) no part-year pattern can match.
_PART_YEAR_CUES = ("month", "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2", *_MONTH_CUES)
_PART_YEAR_CUES += ("fy", "fiscal", "financial", "semester")
_HAS_PART_YEAR_CUE = substring_test(_PART_YEAR_CUES)
# A whole year so stated dates figures this many sentences on at most, unless a figure takes it
# up (then it carries on as that figure's period): it introduces a paragraph, not the page.
YEAR_SAID_REACH = 2
_GOODS_FLOWS = ("turnover", "exports", "imports")
# "In 2030, A was B's third largest trading partner": a rank among partners, a statement of the
# year's trade as much as "trade rose in 2030" (the figures after it are that year's). The rank
# comes before the noun, up to three words apart ("fifth", "top", "10th largest", "number one",
# "second most important", "top bilateral merchandise"), is "ranked N among ... partners", or
# follows it (Indonesian order: "trading partner terbesar"); a partner with no rank ("A, a
# trading partner since 1990", "listed trading partners for 2030") dates nothing.
_RANK_WORD = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|top|largest|biggest|greatest|main|leading|key|major|principal|chief|primary|important"
    r"|number\s(?:one|two|three)|no\.\s?[1-3]|wichtigste\w*)"
)
_RANKED_NOUN = r"(?:trad(?:e|ing)\spartners?|destinations?|export\smarkets?)"
_PARTNER_RANK = re.compile(
    rf"\b{_RANK_WORD}(?:[\s-]+[\w.-]+){{0,3}}?[\s-]+{_RANKED_NOUN}\b"
    r"|\brank(?:s|ed)?\s[^.;]{0,30}?\bamong\s[^.;]{0,40}?\btrad(?:e|ing)\spartners\b"
    r"|\btrad(?:e|ing)\spartners?\s(?:terbesar|utama)\b",
    re.IGNORECASE,
)


# "In 2030, A took 9.4% of what B sold abroad", "A accounted for 12% of B's imports in 2030": a
# partner's share of a country's trade is that year's trade by partner, as a rank among partners
# is (NOTES fj rule: the figures of the paragraph after it are that year's; he01)
_PARTNER_SHARE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\sof\s(?:what\s[\w'’ -]{1,30}?\s(?:sold|bought|exported|imported)"
    r"|(?:the\s|its\s|their\s|[\w'’-]+\s){0,3}(?:total\s)?(?:exports|imports|sales|purchases|trade)\b)",
    re.IGNORECASE,
)


# "exports in the period were $X", "during this period", "in the mentioned three months": the
# period the page named last, whatever it is, even a look back to an earlier year
_REFERS_BACK = re.compile(
    r"\b(?:in|during|over|for|within)\s(?:the|this|that)\speriod\b(?!\s(?:of|from|to|between|end|under|since|when|\d))"
    r"|\bthe\s(?:said|mentioned|aforementioned|above-?mentioned)\s(?:[\w-]+\s)?(?:period|time|months)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether a sentence names its period only as the one named before it ("in the period")."""
    if not ("period" in text or "months" in text or "time" in text):
        return False  # (a cheap test first: most sentences name neither)
    return _REFERS_BACK.search(text) is not None


@cache
def _trade_moved() -> Caseless:
    """A flow of goods named, then, in the same clause, a word of change ("rose", "fell") or of
    level ("hit", "totalled") (triggers.csv ``flow``, ``change``; vocabulary.csv ``trade_noun``,
    ``level_verb``); a decimal point ("exports, 11.5% of the total, rose") ends no clause."""
    flows = [phrase for phrase, flow in triggers("flow").items() if flow in _GOODS_FLOWS]
    flows += vocabulary("trade_noun")  # "the trade exchange between the two rose in 2030"
    moves = [*triggers("change"), *vocabulary("level_verb")]
    # Caseless: the lower-case twin scans sentences ~2x faster, same matches (``caseless``);
    # the (lower-case) phrases as prefix tries: the matches of their longest-first alternations,
    # but re tries each position once instead of once per phrase (``literal_trie``)
    return Caseless(
        rf"(?<!\w)(?:{literal_trie(flows)})(?!\w)(?:[^.;:]|(?<=\d)\.(?=\d))*?(?<!\w)(?:{literal_trie(moves)})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _move_before_trade() -> Caseless:
    """A word of change or level right before a flow of goods ("months of declining exports",
    "a record rise in trade"): asked only of a sentence that ``_trade_moved`` does not match."""
    flows = [phrase for phrase, flow in triggers("flow").items() if flow in _GOODS_FLOWS]
    flows += vocabulary("trade_noun")
    moves = [*triggers("change"), *vocabulary("level_verb")]
    return Caseless(
        rf"(?<!\w)(?:{literal_trie(moves)})(?!\w)(?:\s[\w-]+){{0,2}}?\s(?:{literal_trie(flows)})(?!\w)",
        re.IGNORECASE,
    )


@cache
def _target() -> Caseless:
    return Caseless(
        re.compile(rf"(?<!\w)(?:{literal_trie(triggers('status'))})(?!\w)", re.IGNORECASE)
    )


def _year_of_trade(text: str, ctx: DocContext) -> Period | None:
    """The whole year a sentence says a trade flow moved or stood in ("Armenia's exports and
    imports fell in 2030", "trade between them hit a record last year"), if it states exactly
    one year of data and no target. "Last year" on an undated page stays pending until the
    page's text fixes its year (``document._finish``), as a figure's own "last year" does."""
    if not (YEAR_NUMBER.search(text) or "last year" in text.lower()):
        return None
    # "trade fell in 2030", or the change named first: "despite a drop in exports, A stayed B's
    # top partner in 2030"
    if not (
        _trade_moved().search(text)
        or _move_before_trade().search(text)
        or (
            ("artner" in text or "destination" in text or "market" in text)
            and _PARTNER_RANK.search(text)
        )
        or (("%" in text or "cent" in text) and _PARTNER_SHARE.search(text))
    ):
        return None
    if _target().search(text):
        return None
    years = [
        p
        for p in find_periods(text, ctx.published)
        if (p.kind == "year" or _last_year(p, text)) and p.fiscal is None
    ]
    data = [p for p in years if not (p.comparison or p.by_end or p.future)]
    # one year of data beside a base ("exports rose in 2030 compared with 2029") states that
    # year; two of data ("fell in 2030 after rising in 2029") or one with a deadline or target
    # beside it ("by the end of 2031") leave the figures to say which
    if len(data) != 1 or any(p.by_end or p.future for p in years):
        return None
    if data[0].period_start is None and data[0].relative != ("year", -1):
        return None
    return data[0]


def _last_year(p: Period, text: str) -> bool:
    """ "last year", pending on an undated page or resolved on a dated one ("this year" is
    left out: its figures are a part of the year, which ``period_to_date`` decides)."""
    return (
        p.kind == "relative_year"
        and "last" in text[p.start : p.end].lower()
        and (p.relative == ("year", -1) or (p.relative is None and p.period_start is not None))
    )


def stated_period(text: str, ctx: DocContext) -> Period | None:
    """The period a sentence without figures states about trade, if any (module docstring)."""
    if len(text) > _STATED_MAX_CHARS:
        return None  # a table row or junk, not a sentence of prose
    if _HAS_PART_YEAR_CUE(text.lower()):
        for period in find_periods(text, ctx.published):
            if (
                not period.comparison
                and (
                    period.kind in _PART_YEAR_KINDS
                    # one month in which a flow moved: "exports to Japan rose for the first time in
                    # January" dates the figures after it; a month of an event ("signed in March")
                    # does not
                    or (
                        period.kind == "month"
                        and not text[: period.start].lower().endswith(("since ", "from "))
                        and (_trade_moved().search(text) or _move_before_trade().search(text))
                    )
                )
            ):
                if not carries_over(period, ctx.last_period, text):
                    return None
                return settle(period, None, (ctx.state.speaker, *ctx.pair))
    year = _year_of_trade(text, ctx)
    if year is None or not carries_over(year, ctx.last_period, text):
        return None
    return year
