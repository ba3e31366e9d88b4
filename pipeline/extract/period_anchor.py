"""The year "last year" names on a page without a publication date, when the page's own text
fixes it (NOTES.md: "last year" / "this year" on a page with no publication date anywhere).

A reader of an undated page knows what "last year" is when the text names that year beside it:
"trade hit $79bn last year ... Chip shipments fell 21% in 2023" (the same or the next sentence),
"worth $596m last year, and processed foods brought $275m in 2010" (the same sentence). That
year Y is "last year", so the page's current year is Y+1. A year named elsewhere on the page (a
look-back "in 2021, compared to $119m in 1995" two sentences further on) fixes nothing: the
period stays empty, never an invented year.

Guards, so that a look-back beside "last year" is not taken for it:
- the neighbour's year is a whole calendar year the sentence states as data, not a comparison
  base ("up from 2022"), not a target ("by 2030");
- the neighbour does not state the same statistic (flow, scope, pair, measure) as the "last year"
  figure for that year: "In 2022 exports were $4bn. Last year they rose to $5bn" is a series of
  two years, so 2022 is not "last year";
- no figure or period on the page is later than Y (a page with data for 2031 is not from 2031);
- the neighbour states an amount or a percentage for its year (data, not "we hope to do better
  in 2021" nor "since the agreement of 2005");
- "last year" is the latest such year: an older one beside it is a look-back ("up from 2005").

A fiscal year named relative to such a page ("the current fiscal", "the last financial year")
needs a day: :func:`reference_day` takes the day after the latest part-year period the page
reports, and :func:`with_fiscal_resolved` reads those fiscal years as of that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from pipeline.extract.numbers import find_mentions
from pipeline.extract.period_resolve import STOCK_AT_START_NOTE
from pipeline.extract.period_resolve_fiscal import CURRENT_IRANIAN_NOTE, PAST_IRANIAN_NOTE
from pipeline.extract.periods import Period, find_periods
from pipeline.lexicon import alternation, vocabulary

_NEIGHBOURS = (-1, 0, 1)  # the sentence before, the sentence itself, the sentence after
_PART_YEAR_DAYS = 360  # a dated period shorter than this is part of a year
_PERIOD_RULE = re.compile(r"period=[a-z_]+")


def _last_year(period: Period | None, text: str) -> bool:
    """A figure's own "last year" (not a comparison base "than last year")."""
    return (
        period is not None
        # ... or its stock "as of the end of last year" (not "at the beginning of this year")
        and (
            period.relative == ("year", -1)
            or (period.relative == ("horizon", -1) and period.note != STOCK_AT_START_NOTE)
        )
        and not period.comparison
        and "last year" in text.lower()  # not "the previous year", "the past year"
    )


def _whole_year(p: Period) -> int | None:
    """The year of a stated whole calendar year of data, else None."""
    if p.comparison or p.by_end or p.relative or p.period_start is None or p.period_end is None:
        return None
    start, end = p.period_start, p.period_end
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return start.year
    return None


def _span_ends(text: str) -> set[int]:
    """The end years of spans of named whole years a sentence states data for ("between 2029
    and 2033 trade grew 45%"): in the sentence of "last year" ("..., reaching $7bn last year")
    the span runs up to it, as the fj rule's "within two years" from a named year does. A span
    in a sentence beside it is a look-back and fixes nothing."""
    ends = set()
    for p in find_periods(text, None):
        if p.kind == "year_range" and p.span and not p.comparison and p.period_end is not None:
            ends.add(p.period_end.year)
    return ends


def actual_periods(found: Sequence[tuple[dict, Period | None]]) -> list[Period]:
    """The periods a page reports actual data for: of its actual figures (not targets), with an
    end, not a comparison base ("up from 2029"). What an undated page's latest data is read
    from, both here and for :func:`pipeline.extract.document._inferred_year`."""
    return [
        p
        for f, p in found
        if f["status"] == "actual"
        and p is not None
        and p.period_end is not None
        and not p.comparison
    ]


def _stat(figure: dict) -> tuple:
    pair = (figure["reporter"], figure["partner"])
    return (figure["flow"], figure["scope"], frozenset(pair), figure["measure"])


def own_last_year(figures: Sequence[tuple[dict, Period | None]], text: str) -> bool:
    """A sentence with figures of its own "last year" (not only "than last year")."""
    return any(_last_year(p, text) for _, p in figures)


# "According to this release, last year trade was $8bn": the sentence opens on the report the
# one before it introduced ("据此", "これによると", "이에 따르면" glossed)
_ACCORDING_TO_THIS = re.compile(
    r"^\W{0,3}(?:\w+\s){0,2}?according\sto\s(?:this|these|that|those|the\s(?:said|same))\b",
    re.IGNORECASE,
)


def anchored_year(rows: Sequence[dict], found: Sequence[tuple[dict, Period | None]]) -> int | None:
    """The current year of an undated page whose text names the year of its "last year" (Y+1
    for an anchor year Y), or None. ``rows`` are the page's sentence rows in order (``text``,
    ``sentence_id``); ``found`` its figures with their periods, before relative ones are
    resolved.

    The year beside "last year" is one of data (an amount or a rate in its sentence), except in
    the sentence that introduces a report whose figures the "last year" sentence gives "according
    to this" ("The embassy said cooperation went well in 2030. According to this release, last
    year trade was $8bn": the report's year, NOTES round 43 hy 4)."""
    index = {row["sentence_id"]: i for i, row in enumerate(rows)}
    by_row: dict[int, list[tuple[dict, Period | None]]] = {}
    for figure, period in found:
        by_row.setdefault(index.get(figure["sentence_id"], -1), []).append((figure, period))
    anchors: set[int] = set()
    for i, row in enumerate(rows):
        text = str(row["text"])
        if "last year" not in text.lower():
            continue
        if not any(_last_year(p, text) for p in find_periods(text, None)):
            continue  # only "than last year", "compared with last year"
        stats = {_stat(f) for f, p in by_row.get(i, ()) if _last_year(p, text)}
        for j in (i + d for d in _NEIGHBOURS):
            if not 0 <= j < len(rows):
                continue
            if j != i and own_last_year(by_row.get(j, ()), str(rows[j]["text"])):
                # a headline "trade fell last year" over "trade fell last year to $4bn, after
                # $5bn in 2005": the neighbour has figures of its own "last year" beside its
                # year, and its own series test (j == i) judges that year, not this sentence
                continue
            near = str(rows[j]["text"])
            introduced = j == i - 1 and _ACCORDING_TO_THIS.search(text) is not None
            if not introduced and not find_mentions(near):
                continue  # "to improve our performance in 2021": no data, a hope or a history
            years = {y for p in find_periods(near, None) if (y := _whole_year(p))}
            if j == i:  # "between 2029 and 2033 trade grew 45%, reaching $7bn last year"
                years |= _span_ends(near)
            # the same statistic for a stated year: a series, the year is not "last year"
            series = {_whole_year(p) for f, p in by_row.get(j, ()) if p and _stat(f) in stats}
            anchors |= years - series
    if not anchors:
        return None
    # "last year" is the latest past year: an older one beside it is a look-back ("up from 2005")
    year = max(anchors)
    if any(p.period_end.year > year for p in actual_periods(found)):  # type: ignore[union-attr]
        return None  # the page has data later than the anchor: it is not "last year"
    return year + 1


def _year_part(period: Period | None) -> int | None:
    """ "in the first nine months of this year", "in January-September" (no year), "between
    April and October last year": a part of the current year (0) or of the last one (-1), still
    undated; else None. A single month without a year ("in July") is not one."""
    if period is None or period.relative is None or period.comparison:
        return None
    shape, offset = period.relative
    if offset not in (0, -1):
        return None
    if shape.startswith("relmonths:"):
        return offset
    first, last = (int(m) for m in shape.split(":")[1:3]) if shape.startswith("months:") else (0, 0)
    return offset if first < last else None


def _flow_of(figure: dict) -> tuple:
    return (figure["flow"], figure["scope"], frozenset((figure["reporter"], figure["partner"])))


def year_to_date_year(
    found: Sequence[tuple[dict, Period | None]], rows: Sequence[dict] = ()
) -> int | None:
    """The current year of an undated page that states a whole year Y of a statistic and, in the
    same or an adjacent sentence (either order), part of "this year" of it: Y+1 ("trade reached
    $5bn in 2030 and $4bn in the first nine months of this year", NOTES fk: the latest full year
    and the year to date); or part of "last year" of it: Y+2 (the part-year is the year after the
    latest named whole year, NOTES: a part of "last year" beside named whole years). Of several
    such Y the latest (an older one is a look-back); None where the page has data later than Y or
    the latest Y fixes two different years. In sentences apart ("In January-September trade rose
    22% ... In 2029 trade grew 2% ... trade could reach $80bn in 2030", NOTES fn) only where a
    forecast for Y+1 bounds the page's year from above, as the whole year Y bounds it from below
    (a look-back year alone fixes nothing)."""
    order = {row["sentence_id"]: i for i, row in enumerate(rows)}
    fixes: dict[int, set[int]] = {}  # an anchor year Y: the current years it fixes
    page_years = set()
    for figure, period in found:
        offset = _year_part(period) if figure["status"] == "actual" else None
        if offset is None:
            continue
        here = order.get(figure["sentence_id"])
        for f, p in found:
            if (
                f["status"] == "actual"
                and p is not None
                and (y := _whole_year(p))
                and _flow_of(f) == _flow_of(figure)
            ):
                if offset == 0:
                    page_years.add(y)
                there = order.get(f["sentence_id"])
                # apart, the part-year must be written in its sentence, not carried there
                # from an earlier one ("down 6% on the same period last year")
                if f["sentence_id"] == figure["sentence_id"] or (
                    here is not None
                    and there is not None
                    and abs(here - there) == 1
                    and "year=relative" in figure["evidence"]
                    and p.kind != "rolling"  # "the 12 months to December 2030": no named year
                ):
                    fixes.setdefault(y, set()).add(y + 1 - offset)
    forecasts = {
        p.period_end.year for f, p in found if f["status"] == "target" and p and p.period_end
    }
    if page_years and max(page_years) + 1 in forecasts:
        fixes.setdefault(max(page_years), set()).add(max(page_years) + 1)
    if not fixes:
        return None
    year = max(fixes)
    if len(fixes[year]) > 1:
        return None  # "this year" and "last year" parts beside one year: nothing is fixed
    if any(p.period_end.year > year for p in actual_periods(found)):  # type: ignore[union-attr]
        return None
    return fixes[year].pop()


@cache
def _series_label() -> re.Pattern[str]:
    """A publication series' issue label: "Weekly 2031/09", "Bulletin 12/2031", "Issue No.
    7/2031" (the issue number, 1-53, beside the year)."""
    words = alternation(list(vocabulary("series_label")))
    return re.compile(
        rf"\b(?:{words})\s(?:no\.?\s?)?(?:(?P<y>(?:19|20)\d\d)/(?P<n>\d{{1,2}})"
        rf"|(?P<n2>\d{{1,2}})/(?P<y2>(?:19|20)\d\d))(?![\d/])",
        re.IGNORECASE,
    )


def series_year(lines: Sequence[str]) -> int | None:
    """The year of a publication-series label among a page's head ``lines`` (title, first
    sentences): "BOFIT Weekly 2031/09", "Trade Bulletin 12/2031" (NOTES, round 9: the page's
    publication year for "last year"). Not a split year: "Review 2030/31" may name a fiscal
    year, so an issue number that is the next year's two digits fixes nothing."""
    for line in lines:
        if "/" not in line:
            continue
        for m in _series_label().finditer(line):
            year, number = int(m["y"] or m["y2"]), int(m["n"] or m["n2"])
            if 1 <= number <= 53 and not (m["y"] and number == (year + 1) % 100):
                return year
    return None


def _dated(period: Period | None) -> bool:
    return period is not None and period.period_start is not None and period.period_end is not None


def _pending_fiscal(period: Period | None) -> bool:
    """A fiscal (or Iranian) year named relative to an undated article, left without its span."""
    return (
        period is not None
        and period.kind in ("fiscal", "iranian_year")
        and period.period_end is None
    )


def _pending_base(period: Period | None) -> bool:
    """A base moved back from a main period still undated ("from $60m", "a year earlier"): in
    the sentence of a relative fiscal year, it is read with that year ("rose to $109m in nine
    months of this fiscal year from $60m": the same months a fiscal year before)."""
    return (
        period is not None
        and period.comparison
        and period.kind in ("year_earlier", "same_period")
        and period.period_end is None
    )


def _named_iranian_day(found: Sequence[tuple[dict, Period | None]]) -> dt.date | None:
    """The earliest day an undated page can be from by the Iranian years it names as past or
    current ("in the past Iranian calendar year 1401": a day into 1402; "the current Iranian
    year of 1400": its first day), or None."""
    days = []
    for _, p in found:
        if p is None or p.kind != "iranian_year" or p.period_end is None:
            continue
        if p.note == PAST_IRANIAN_NOTE:
            days.append(p.period_end + dt.timedelta(days=_INTO_NEXT_YEAR))
        elif p.note == CURRENT_IRANIAN_NOTE:
            days.append(p.period_start + dt.timedelta(days=1))  # type: ignore[operator]
    return max(days) if days else None


# "the last fiscal (year)", "the previous financial year": one fiscal year back (a settled
# period keeps no trace of its wording, so the sentence says which)
_LAST_FISCAL = re.compile(r"\b(?:last|previous|past)\s(?:fiscal|financial)\b", re.IGNORECASE)
_YEAR_DAYS = (360, 370)  # a fiscal year's length in days, Nepal's and Iran's included
_INTO_NEXT_YEAR = 30  # days after a fiscal year's end: surely inside the next one


def _fiscal_data(figure: dict, period: Period | None) -> bool:
    """A fiscal year across two calendar years ("2030-31", "FY2030-31") stated as actual data,
    not as a base."""
    if figure["status"] != "actual" or not _dated(period) or period.comparison:  # type: ignore[union-attr]
        return False
    start, end = period.period_start, period.period_end  # type: ignore[union-attr]
    return start.year + 1 == end.year and _YEAR_DAYS[0] <= (end - start).days <= _YEAR_DAYS[1]  # type: ignore[union-attr, operator]


def _last_fiscal_anchor(
    rows: Sequence[dict], found: Sequence[tuple[dict, Period | None]]
) -> dt.date | None:
    """A day early in the fiscal year after the one "the last fiscal" of an undated page names, when the
    page fixes it as "last year" is fixed (NOTES, round 6): the same sentence or the one just
    before or after states data for a fiscal year by name, and not the same statistic ("exports
    rose to $X in the last fiscal from $Y in 2029-30" is a series: 2029-30 is the year before).
    Of several such years the latest; None without one."""
    index = {row["sentence_id"]: i for i, row in enumerate(rows)}
    by_row: dict[int, list[tuple[dict, Period | None]]] = {}
    for figure, period in found:
        if "reporter" in figure:  # a figure, not a sentence that only states a period
            by_row.setdefault(index.get(figure["sentence_id"], -1), []).append((figure, period))
    ends = []
    for i, near in by_row.items():
        if not 0 <= i < len(rows) or not _LAST_FISCAL.search(str(rows[i]["text"])):
            continue
        stats = {_stat(f) for f, p in near if _pending_fiscal(p)}
        if not stats:
            continue
        for j in (i + d for d in _NEIGHBOURS):
            ends += [
                p.period_end  # type: ignore[union-attr]
                for f, p in by_row.get(j, ())
                if _fiscal_data(f, p) and _stat(f) not in stats
            ]
    # a day inside the next fiscal year whatever its calendar: Nepal's and Iran's years start a
    # day or two apart from one year to the next
    return max(ends) + dt.timedelta(days=_INTO_NEXT_YEAR) if ends else None  # type: ignore[type-var]


def reference_day(
    found: Sequence[tuple[dict, Period | None]], rows: Sequence[dict] = ()
) -> dt.date | None:
    """For an undated page with a fiscal year named relative to the article ("the first eight
    months of the current fiscal"), the day after the latest part-year period the page reports
    as data ("April-November 2030", "in October 2030"): the article cannot be older, and
    "current" means the fiscal year that holds that period. Without such a period, "the last
    fiscal" beside a fiscal year the page states by name is that year (:func:`_last_fiscal_anchor`
    on the page's sentence ``rows``). None without such a fiscal year or such a period (whole
    years fix no day: "in 2029" may be read in any later year)."""
    if not any(_pending_fiscal(p) for _, p in found):
        return None
    ends = [
        p.period_end
        for _, p in found
        if p is not None
        and p.period_start is not None
        and p.period_end is not None
        and not p.comparison
        and (p.period_end - p.period_start).days < _PART_YEAR_DAYS
    ]
    named = _named_iranian_day(found)
    if ends:
        day = max(ends) + dt.timedelta(days=1)
        return max(day, named) if named else day
    return named or _last_fiscal_anchor(rows, found)


def with_fiscal_resolved(
    figures: list[dict],
    found: Sequence[tuple[dict, Period | None]],
    again: list[dict],
    day: dt.date,
) -> list[dict]:
    """``figures`` with each pending relative fiscal year taken from ``again``, the page read
    as of ``day`` (:func:`reference_day`); the rest as read without a date. The two readings
    list the same figures in the same order; a figure that differs is left as it was."""
    fiscal_rows = {f["sentence_id"] for f, p in found if _pending_fiscal(p)}
    out = []
    for i, figure in enumerate(figures):
        other = again[i] if i < len(again) else None
        if (
            other is not None
            and (
                _pending_fiscal(found[i][1])
                or (_pending_base(found[i][1]) and figure["sentence_id"] in fiscal_rows)
            )
            and other["period_end"] is not None
            and (other["value"], other["flow"], other["sentence_id"])
            == (figure["value"], figure["flow"], figure["sentence_id"])
        ):
            evidence = _PERIOD_RULE.sub("period=inferred", other["evidence"])
            figure = {
                **other,
                "period_note": f"relative fiscal year read as of {day.isoformat()}, a day after "
                "data the page dates (no publication date)",
                "evidence": evidence,
            }
        out.append(figure)
    return out


@cache
def _relayed() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(list(vocabulary('relayed_report')))})\b", re.IGNORECASE)


def relayed_sentences(rows: Sequence[dict]) -> set:
    """Sentences that relay an earlier report ("It was earlier reported that over the past 10
    years investment had exceeded $500m"): their relative periods count from that report's
    unknown date, not from the year the page's text fixes (NOTES, fk decisions)."""
    return {
        row["sentence_id"]
        for row in rows
        if "reported" in (text := str(row["text"])).lower() and _relayed().search(text)
    }


# "So far in 2031, B has taken over that spot", "in 2031 so far", "to date in 2031": the year
# the page is written in, named as the year under way
_SO_FAR_YEAR = re.compile(
    r"\b(?:so\sfar|thus\sfar|to\sdate)\sin\s((?:19|20)\d\d)\b|\bin\s((?:19|20)\d\d)\s(?:so\sfar|to\sdate)\b",
    re.IGNORECASE,
)


def so_far_year(texts: Sequence[str]) -> int | None:
    """The current year of an undated page that names it as the year under way ("So far in
    2031, ...", "in 2031 so far"), with or without a figure in that sentence; None when the page
    names none or two different ones (hi13: "So far in 2031, B has taken over that spot.
    ... Last year exports came to $11.8bn" is 2030's)."""
    years = {
        int(m.group(1) or m.group(2))
        for text in texts
        if "o far" in text or "to date" in text or "hus far" in text
        for m in _SO_FAR_YEAR.finditer(text)
    }
    return years.pop() if len(years) == 1 else None
