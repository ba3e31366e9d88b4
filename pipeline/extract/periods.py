"""Period expressions in a sentence to (start, end) dates, given the document's date.

Relative expressions ("last year", "the current year", "over the next five years") need a
reference year. Without a date header it may be inferred by ``extract`` (see there); if not, the
period stays null and ``note`` says why. Expressions that name a comparison base ("than in 2023",
"compared to the previous year") are flagged ``comparison`` so they never become a figure's period.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache, lru_cache

from pipeline.extract.caseless import Caseless, ascii_gate, literal_trie, substring_test
from pipeline.extract.change_span import PAST_SPANS
from pipeline.extract.period_comparison import _COMPARISON
from pipeline.extract.period_cues import (  # noqa: F401 (importers read some of these here)
    _MIN_MONTHS,
    _MIN_YEARS,
    _MONTH_CUES,
    _MONTH_TOKEN,
    _NEAR,
    _NEEDS,
    _YEAR_CUES,
    _YEAR_TOKEN,
)
from pipeline.extract.period_joins import (
    MAY_NAME_FISCAL,
    merge_with_previous,
    months_of_fiscal_year,
    months_of_named_year,
    months_of_sentence_year,
    past_year_named,
    same_period_reached,
    spelled_in_bracket,
)
from pipeline.extract.period_patterns import (  # noqa: F401 (tests read some of these here)
    _COUNT,
    _COUNT_WORD,
    _DASH,
    _FISCAL_LEAD,
    _FISCAL_WORD,
    _MONTH,
    _OF_YEAR,
    _ORDINAL,
    _PATTERNS,
    _RELATIVE_OFFSET,
    _YEAR,
    MONTHS,
)
from pipeline.extract.period_records import _RECORD_BEFORE, FIRST_SINCE
from pipeline.extract.period_resolve import (  # noqa: F401 (importers read these here)
    Period,
    _month_end,
    _resolve,
    resolve_pending,
    restated,
)

# Each pattern with its fast ASCII path and its cue test (patterns sharing cues share the test).
_CUE_TESTS = {needs: substring_test(needs) for needs in _NEEDS.values()}
_SCANS = [  # the cue test itself, not its tuple, keys a sentence's results (no tuple hashing)
    (kind, Caseless(pattern), _CUE_TESTS[_NEEDS[kind]], _MIN_YEARS.get(kind, 0))
    + (_MIN_MONTHS.get(kind, 0), _NEAR.get(kind))
    for kind, pattern in _PATTERNS
]
# One scan for the cues of every test (instead of a test per pattern): each position's longest
# cue, found by a look-ahead over a prefix trie of all cues; the cues at a position are those
# that are prefixes of it. In ASCII text the month names' count decides their test: their cues
# are left out of that scan.
_ALL_CUES = sorted({cue for needs in _NEEDS.values() for cue in needs})
_CUE_SCAN = re.compile("(?=(" + literal_trie(_ALL_CUES) + "))").findall
_ASCII_CUE_SCAN = re.compile(
    "(?=(" + literal_trie([c for c in _ALL_CUES if c not in _MONTH_CUES]) + "))"
).findall


@cache
def _tests_of(cue: str) -> tuple[object, ...]:
    """The cue tests passed by a text holding ``cue`` (and so each of its prefixes)."""
    return tuple(test for needs, test in _CUE_TESTS.items() if any(map(cue.startswith, needs)))


def _cued(lowered: str, ascii_text: bool) -> dict[object, bool]:
    """Each cue test ``lowered`` passes, mapped to True (the tests it fails are absent)."""
    scan = _ASCII_CUE_SCAN if ascii_text else _CUE_SCAN
    return dict.fromkeys([test for cue in set(scan(lowered)) for test in _tests_of(cue)], True)


_COMPARISON_FAST = Caseless(_COMPARISON)
# the change nouns of _COMPARISON's "a 12% increase on 2029"
_CHANGE_NOUNS_ON = ("increase", "rise", "growth", "decline", "decrease", "drop", "gain", "jump")
_CHANGE_NOUNS_ON += ("fall", "surge", "improvement")
# Every _COMPARISON alternative holds one of these words.
_MAY_COMPARE = ascii_gate(
    ("than", "compared", "comparison", "contrast", "against", "versus", "vs", "same", "from")
    + ("corresponding", "equivalent", "analogous", "matching")
    + ("relative to", "relation to", "respect to", "vis-")
    + ("double ", "twice ", "triple ", "treble ", "quadruple ", "times ", "fold ", "x the")
    + ("x that", "similar", "comparable")
    + ("over", "above", "below")
    + ("as much", "as many", "as large", "as high", "as big", "as great", "% of the", "cent of the")
    + ("% on", "cent on", "up on", "down on")
    + tuple(f"{noun}{s} on" for noun in _CHANGE_NOUNS_ON for s in ("", "s"))
    + ("exceed", "surpass", "outstrip", "overt")
)


def find_periods(sentence: str, ref: dt.date | None) -> list[Period]:
    """Non-overlapping period expressions in a sentence, most specific pattern first.

    Cached per (sentence, ref): an undated page's sentences are read again for its base year,
    anchors and stated periods. Each call gets its own copies, as an uncached call would (the
    document reader compares its periods by identity)."""
    return [_copy(p) for p in _cached_periods(sentence, ref)]


def _copy(period: Period) -> Period:
    new = object.__new__(Period)
    new.__dict__.update(period.__dict__)
    return new


@lru_cache(maxsize=512)
def _cached_periods(sentence: str, ref: dt.date | None) -> tuple[Period, ...]:
    return tuple(_find_periods(sentence, ref))


def _find_periods(sentence: str, ref: dt.date | None) -> list[Period]:
    taken = bytearray(len(sentence))  # 1 where a more specific expression already matched
    found: list[Period] = []
    lowered = sentence.lower()
    # Non-overlapping counts of fixed-width tokens: the most there can be.
    years = len(_YEAR_TOKEN.findall(sentence))
    ascii_text = sentence.isascii()
    months = len(_MONTH_TOKEN.findall(lowered)) if ascii_text else None
    cued = _cued(lowered, ascii_text)
    if months is not None:
        cued[_CUE_TESTS[_MONTH_CUES]] = months > 0
    if years:
        cued[_CUE_TESTS[_YEAR_CUES]] = True  # a year number starts with one of them
    for kind, pattern, cue_test, min_years, min_months, near in _SCANS:
        if years < min_years or (months is not None and months < min_months):
            continue
        if not cued.get(cue_test, False):
            continue
        for match in pattern.finditer(sentence, lowered, near=near):
            s, e = match.span()
            if taken.find(1, s, e) != -1:
                continue
            try:
                period = _resolve(kind, match, ref)
            except (ValueError, KeyError):
                continue
            if period is None:
                continue
            if (period.kind == "date" and period.period_end is None) or (
                period.anchor is not None
                and period.anchor < -1
                and not _FROM_BEFORE.search(sentence, max(0, s - 50), s)
                # "compared with $9bn two years earlier": a base as well
                and not _compared_before(sentence, s)
            ):
                # the day a statement was made: its year is no figure's period; nor is "four
                # years ago" unless it dates a base ("up from $16m four years ago")
                taken[s:e] = b"\x01" * (e - s)
                continue
            if (
                period.anchor is not None
                and period.anchor < -1
                or _compared_before(sentence, s)
                and not (kind == "first_months" and _SPAN_OVER.search(sentence, max(0, s - 6), s))
                and not (kind in PAST_SPANS and _CHANGE_JUST_BEFORE.search(sentence, 0, s))
                and not _opens_with_same_period(sentence, s)
                or (
                    kind in _BASE_KINDS
                    and _BASE_BEFORE.search(sentence, max(0, s - 20), s)
                    and not _span_over_same(sentence, s, period)
                )
                # "the highest in the past decade", "a record since 2029": a record's reference
                or (
                    kind in ("since", "past_years", "years_span", "first_months")
                    and _RECORD_BEFORE.search(sentence, max(0, s - 60), s)
                )
                or (kind == "since" and FIRST_SINCE.search(sentence, max(0, s - 60), s))
                # "the fastest growth since November 2029": a month's record reference as well
                or (_since_month(sentence, s) and _RECORD_BEFORE.search(sentence, 0, s - 6))
                or (kind in _OVER_KINDS and _over_base(sentence, s))
                or (kind == "year" and _level_reference(sentence, s, e))
            ):
                # a comparison base "last year" is the year before the figure's own period
                before_year = (
                    kind == "relative_year"
                    and _RELATIVE_OFFSET[(match.group("rel") or "last").lower()] < 0
                ) or (
                    # "up from $414m in the same period", "... prior to the agreement": a base
                    # "the same period" with no year is the main period a year earlier
                    kind == "same_period"
                    and period.anchor == 0
                    and period.period_end is None
                    # not "the same period of the FY2029", "the same time in March 2030": its
                    # own period follows
                    and not _OWN_PERIOD_NEXT.match(sentence, e)
                )
                period = replace(
                    period, comparison=True, anchor=-1 if before_year else period.anchor
                )
            if (
                kind != "horizon"
                and "by" in lowered
                and (
                    _BY_END.search(sentence, max(0, s - 20), s)
                    or (kind == "to_month" and lowered.startswith("by ", s))
                )
            ):
                period = replace(period, by_end=True)
            taken[s:e] = b"\x01" * (e - s)
            found.append(period)
    found.sort(key=lambda p: p.start)
    if len(found) > 2 and (" and " in lowered or " as well as " in lowered):
        found = coordinated_bases(sentence, found)
    if "(" in sentence and found:
        found = spelled_in_bracket(sentence, found)
    if len(found) > 1 and " year" in lowered:
        found = _year_in_apposition(sentence, found)
    if "same" in lowered:
        found = _same_time_named(sentence, found)
        if " to " in lowered:
            found = same_period_reached(sentence, found)
    if len(found) > 1 and MAY_NAME_FISCAL(lowered):
        found = months_of_fiscal_year(sentence, found)
    if len(found) > 1 and (
        " of " in lowered or " in " in lowered or ", " in lowered or ") " in lowered
    ):
        found = months_of_named_year(sentence, found)
    if len(found) > 1:
        found = months_of_sentence_year(sentence, found)
    if ref is None and len(found) > 1:
        found = _months_of_split_year(found)
    if ref is None:
        found = _fixed_by_text(found)
    if "past year" in lowered:
        found = past_year_named(found, ref)
    return found


# "up from $163m in 2028 and $388m in 2029": a second amount and year joined to a base by "and"
# (the words between hold no verb, only the amount and its preposition)
AND_BASE = re.compile(
    r",?\s(?:and|as\swell\sas)\s(?:(?:about|around|nearly|almost|some|over|just)\s)?"
    r"(?:[A-Z]{0,3}\$|[€£¥₹]|US\$|USD\s|Rs\.?\s?)?\s?\d[\d.,]*\s?"
    r"(?:[a-zA-Z]{1,8}\s){0,2}?(?:in|during|for)\s$",
    re.IGNORECASE,
)


def coordinated_bases(sentence: str, found: list[Period]) -> list[Period]:
    """A year right after a comparison base's year, joined to it by "and" and an amount ("up
    from $163m in 2028 and $388m in 2029"), is a base as well: the coordination repeats the
    "from" (of a part-year figure, each base year is then its same months, NOTES)."""
    out = list(found)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if not prev.comparison or cur.comparison or cur.kind != "year" or prev.kind != "year":
            continue
        if AND_BASE.fullmatch(sentence, prev.end, cur.start):
            out[i] = replace(cur, comparison=True)
    return out


# "During the same period (Jan-Dec 2030), imports ...": the bracket says which period the
# sentence is about; with no amount before it, "the same period" is no comparison base
_SAME_PERIOD_OPENS = re.compile(r"\bsame\speriod\s?\($", re.IGNORECASE)


def _opens_with_same_period(sentence: str, start: int) -> bool:
    return (
        sentence[start - 1 : start] == "("
        and _SAME_PERIOD_OPENS.search(sentence, max(0, start - 16), start) is not None
        and not any(c.isdigit() for c in sentence[:start])
    )


# "grew 9% over the first nine months of 2030": the span the change happened in, not its base
_SPAN_OVER = re.compile(r"\bover\s(?:the\s)?$", re.IGNORECASE)
# "up 393% over the last 16 years", "grew fivefold in ten years": a span right after the change's
# amount is the span it is over, not a base (whatever base an earlier change of the sentence had)
# ... or right after a verb of a multiple ("more than doubled over the past 10 years")
_CHANGE_JUST_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\btimes|fold|\b(?:doubled|tripled|trebled|quadrupled|halved))\s$",
    re.IGNORECASE,
)

# "by the end of the current fiscal year", "by end of this year": the period is a deadline
_BY_END = re.compile(r"\bby\s(?:the\s)?end\sof\s(?:the\s)?$", re.IGNORECASE)

# "up 27% on the same period of 2024", "from a year earlier": such a period is a comparison base.
_BASE_KINDS = ("same_period", "year_earlier", "month_earlier")
_OWN_PERIOD_NEXT = re.compile(r",?\s(?:of|in|for|during)\s", re.IGNORECASE)
_BASE_BEFORE = re.compile(r"\b(?:on|over|from|with|to|against|than|versus|vs\.?)\s$", re.IGNORECASE)


# a change in a clause: its base may follow as "over the same period"
_CLAUSE_CHANGE = re.compile(
    r"%|\bper\s?cent|\bpercent|\btimes\b|fold\b|\b(?:doubled|tripled|trebled|quadrupled|halved"
    r"|up|down|higher|lower|more|less|grew|grow[sn]?|rose|risen|rises?|increas\w*|expand\w*"
    r"|jump\w*|climb\w*|fell|fallen|falls?|declin\w*|drop\w*|decreas\w*|growth|gain\w*"
    r"|surg\w*|soar\w*|plung\w*|slump\w*)\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[,;:]|\.\s", re.IGNORECASE)


def _span_over_same(sentence: str, start: int, period: Period) -> bool:
    """ "Namibia imported $4m worth of goods from Angola over the same time": a bare "the same
    period/time" after "over" in a clause with no change is the span the figure runs over (the
    main period, as "in the same period"), not a base a year earlier ("up 5% over the same
    period" is one)."""
    if period.anchor != 0 or period.period_end is not None:
        return False
    if not _SPAN_OVER.search(sentence, max(0, start - 10), start):
        return False
    low = max(0, start - 120)
    cut = [m.end() for m in _CLAUSE_START.finditer(sentence, low, start)]
    return _CLAUSE_CHANGE.search(sentence, cut[-1] if cut else low, start) is None


# "from around $16m four years ago": the base of a change, in its clause
_FROM_BEFORE = re.compile(r"\bfrom\s(?:[^,;.]|\.\d){0,40}$", re.IGNORECASE)

# "exports grew 25% to $1.8bn over 2029": a year a change is measured over is its base (the
# span a change happens in is "over the first nine months of 2030", a month span)
_OVER_KINDS = ("year", "relative_year")
_OVER_BASE = re.compile(
    r"\b(?:grew|grow[sn]?|rose|risen|rises?|increased?|increases|expanded|expands?|jumped|climbed"
    r"|fell|fallen|falls?|declined?|declines|dropped|decreased?|decreases|up|down|higher|lower)\b"
    r"(?:[^.;]|\.\d){0,60}\sover\s(?:the\s)?$",
    re.IGNORECASE,
)

# "surpassing pre-pandemic 2029 levels", "still above their 2029 value", "exceeding its 2029
# peak": a year that names a reference level the figure is set against, not the figure's own
# period (it mattered where the sentence's own year is fronted: "In 2031, exports rose 12% to $2bn,
# back above 2029 levels" gave the $2bn 2029). The year is followed by the level's noun and
# preceded, within its clause, by a word that sets a figure against it.
_LEVEL_NOUN = re.compile(
    r"(?:['’]s)?\s(?:levels?|values?|peak|high|record|mark|figures?|volumes?)\b",
    re.IGNORECASE,
)
# ... not a level whose amount follows in the clause ("below the 2029 record of $6bn", "the
# 2029 peak, when it stood at $6bn": that amount's year)
_AMOUNT_LATER = re.compile(r"[^;]*\d")
# ... unless the level closes a concession before the main clause ("although imports recovered
# to their 2029 level, exports slipped by 5.8%": the amounts after the comma are the main
# clause's)
_CONCESSION_OPEN = re.compile(
    r"\b(?:although|though|while|whereas|even\sas|even\sif)\s[^,;]*$", re.I
)
_CLOSES_CLAUSE = re.compile(r"[^\d,;]*,")
_LEVEL_SET_AGAINST = re.compile(
    r"\b(?:above|below|beyond|under|short\sof|close\sto|near|back\sto|surpass(?:es|ed|ing)?"
    r"|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|return(?:s|ed|ing)?\sto|recover(?:s|ed|ing)?\sto"
    r"|regain(?:s|ed|ing)?|reach(?:es|ed|ing)?|match(?:es|ed|ing)?|pass(?:es|ed|ing)?)\s"
    r"(?:(?:the|its|their)\s)?(?:(?:pre|post)-[\w-]+\s|[\w]+-(?:crisis|pandemic|war|covid)\s)?$",
    re.IGNORECASE,
)


def _level_reference(sentence: str, start: int, end: int) -> bool:
    """The year at ``start:end`` names a reference level (``_LEVEL_NOUN`` after it,
    ``_LEVEL_SET_AGAINST`` right before it) that states no amount of its own."""
    level = _LEVEL_NOUN.match(sentence, end)
    if level is None or not _LEVEL_SET_AGAINST.search(sentence, max(0, start - 40), start):
        return False
    return not _AMOUNT_LATER.match(sentence, level.end()) or bool(
        _CLOSES_CLAUSE.match(sentence, level.end())
        and _CONCESSION_OPEN.search(sentence, max(0, start - 90), start)
    )


# "from $64bn at the same time in March 2030": the month named right after "the same time"


def _since_month(sentence: str, start: int) -> bool:
    """A period (a month, "the first quarter of 2029") right after "since "."""
    return start >= 6 and sentence[start - 6 : start].lower() == "since "


def _over_base(sentence: str, start: int) -> bool:
    """``_OVER_BASE`` ends right before ``start``: its "over" lies in the 11 characters before
    (" over the " and a final newline ``$`` allows), and no other character matches "over"
    case-insensitively, so a substring test skips the search on most periods."""
    return "over" in sentence[max(0, start - 11) : start].lower() and bool(
        _OVER_BASE.search(sentence, max(0, start - 90), start)
    )


# "the first 11 months of this year 2022", "in the current year (2022)", "this year, 2022": the
# year restates the relative year it follows (a wording translated pages use), no second period
_CURRENT_YEAR_END = re.compile(r"\b(?:this|current|present)\syear$", re.IGNORECASE)
_APPOSITION = re.compile(r",?\s\(?")


def _year_in_apposition(sentence: str, found: list[Period]) -> list[Period]:
    """A year right after a period that ends in "this year" names that year: it fixes the period
    on an undated page and is no period of its own (on a dated page that says another year, both
    stay, as the page has them)."""

    def merge(before: Period, period: Period) -> Period | None:
        if not (
            period.kind == "year"
            and period.period_start is not None
            and _APPOSITION.fullmatch(sentence, before.end, period.start)
            and _CURRENT_YEAR_END.search(sentence, before.start, before.end)
        ):
            return None
        year = period.period_start.year
        if before.relative is not None and before.relative[1] == 0:
            return resolve_pending(before, year)
        if before.period_end is not None and before.period_end.year == year:
            return before
        return None

    return merge_with_previous(found, merge)


_NAMES_SAME = re.compile(r"\s(?:in|of|,)?\s?(?:the\s)?\(?")


def _same_time_named(sentence: str, found: list[Period]) -> list[Period]:
    """A period that names "the same period" / "the same time" of a comparison right after it
    ("compared with the same period in March 2030") is that comparison's base, in its place."""

    def merge(before: Period, period: Period) -> Period | None:
        if (
            before.kind == "same_period"
            and before.comparison
            and before.anchor == 0
            and _NAMES_SAME.fullmatch(sentence, before.end, period.start)
        ):
            return replace(period, comparison=True)
        return None

    return merge_with_previous(found, merge)


def _months_of_split_year(found: list[Period]) -> list[Period]:
    """On an undated page, months without a year in a sentence that names a split (fiscal) year
    are months of it ("the target for FY 2030-31 is $1bn and for July-February $0.7bn": July
    2030 to February 2031), as "July-February 2030-31" would be."""
    split = next((p.fiscal[1] for p in found if p.fiscal and p.fiscal[0] == "split"), None)
    if split is None:
        return found
    out = []
    for p in found:
        if p.relative is not None and p.relative[0].startswith("months:") and p.relative[1] == 0:
            _, first, last = (int(x) if x.isdigit() else x for x in p.relative[0].split(":"))
            # a range crossing the new year ends in the second year, as January-March do
            end_year = int(split) + (1 if first > last or last < 4 else 0)
            p = resolve_pending(p, end_year)
        out.append(p)
    return out


def _fixed_by_text(found: list[Period]) -> list[Period]:
    """Without a document date, "the same period of 2022" or a part-year base "compared to
    January 2022" fixes the year the sentence's relative periods speak of (2023)."""
    years = [p.same_year for p in found if p.same_year is not None and p.comparison]
    years += [
        p.period_end.year
        for p in found
        if p.comparison
        and p.same_year is None
        and p.period_start is not None
        and p.period_end is not None
        and p.period_start.year == p.period_end.year
        and (p.period_start.month, p.period_end.month) != (1, 12)
    ]
    if not years:
        return found
    # the sentence's own period is the year after its base: "this year" is that year, "between
    # April and September last year" too (its page was written the year after)
    return [
        resolve_pending(p, years[0] + 1 - (0 if p.comparison else p.relative[1]))
        if p.relative
        else p
        for p in found
    ]


def _is_comparison(before: str) -> bool:
    """The text before a period names it as a comparison base ("than in 2023")."""
    return _MAY_COMPARE(before) and _COMPARISON_FAST.search(before) is not None


# a bracketed aside (a conversion: "(about 46.12374 billion yen)") inside the window
_ASIDE = re.compile(r"\([^()]{1,60}\)")


def _compared_before(sentence: str, start: int) -> bool:
    """The 60 characters before a period name it as a comparison base (:func:`_is_comparison`),
    not counting a bracketed aside: "from 311.24 million US dollars (about 46.12374 billion yen)
    in 2021" is as near its base word as "from $311.24m in 2021" (the conversions of glossed
    Japanese, Korean and Chinese amounts run long)."""
    low = max(0, start - 60)
    asides = sum(len(a[0]) for a in _ASIDE.finditer(sentence, max(0, start - 130), start))
    low = max(0, low - asides)
    if not _is_comparison(sentence[low:start]):
        return False
    # the window may cut the word a lookbehind needs: "more than €20bn of goods from A last
    # year" is no base, though its last 60 characters read "than €20bn of goods from A"
    return low == 0 or _COMPARISON_FAST.search_between(sentence, low, start) is not None
