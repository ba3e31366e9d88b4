"""Settling a period once its figure is known: fiscal years by the figure's countries, periods
named relative to the figure's main period, and relative periods once a reference year exists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from dateutil.relativedelta import relativedelta

from pipeline.extract.fiscal_calendars import months_between, months_end
from pipeline.extract.period_resolve import STOCK_AT_START_NOTE, Period, _month_end, resolve_pending
from pipeline.lexicon import alternation, fiscal_year_starts, fiscal_years, triggers, vocabulary


def _shift(day: dt.date, years: int, *, end: bool, months: int = 0) -> dt.date:
    """``day`` moved by whole years (and months); a month's last day stays its month's last day."""
    moved = day + relativedelta(years=years, months=months)
    if end and day == _month_end(day.year, day.month):
        return _month_end(moved.year, moved.month)
    return moved


def _moved_fiscal_year(
    start: dt.date, end: dt.date, years: int, months: int
) -> tuple[dt.date, dt.date]:
    """``start``..``end`` moved by whole years (and months); a whole fiscal year of a calendar
    whose first day moves (Nepal's 1 Shrawan: 16 or 17 July) moves to that year's own days:
    "the previous fiscal year" of 2020-07-16..2021-07-15 is 2019-07-17..2020-07-15."""
    starts = fiscal_year_starts()
    country = next((c for (c, y), day in starts.items() if day == start), None)
    counted = months_between(country, start, end) if country is not None and not months else None
    moved = starts.get((country, start.year + years)) if counted else None  # type: ignore[arg-type]
    if counted and moved and counted < 12:
        # the first months of such a year: the same months of its own calendar in the other year
        moved_end = months_end(country, moved, counted)
        if moved_end is not None:
            return moved, moved_end
    if country is not None and not months:
        first = starts.get((country, start.year + years))
        following = starts.get((country, start.year + years + 1))
        if (
            starts.get((country, start.year + 1)) == end + dt.timedelta(days=1)
            and first
            and following
        ):
            return first, following - dt.timedelta(days=1)
    return _shift(start, years, end=False, months=months), _shift(
        end, years, end=True, months=months
    )


def _fiscal_span(fiscal: tuple[int | str, ...], countries: Iterable[str | None]) -> Period | None:
    """(start, end) of a fiscal-year expression for the first of ``countries`` with a fiscal year
    of its own; for others the calendar years the expression names."""
    if fiscal[0] == "range":
        # ("range", shape, first year, shape, last year): from the first fiscal year's start to
        # the last one's end
        first = _fiscal_span((fiscal[1], fiscal[2], 12), countries)
        last = _fiscal_span((fiscal[3], fiscal[4], 12), countries)
        return None if first is None or last is None else (first[0], last[1])  # type: ignore[return-value]
    table = fiscal_years()
    country, fy = next(((c, table[c]) for c in countries if c in table), (None, None))
    month, day = (fy.start_month, fy.start_day) if fy else (1, 1)
    if fiscal[0] == "months":
        return _months_of_fiscal(fiscal, fy, country)
    if fiscal[0] in ("rel_part", "rel_months"):
        # ("rel_part", offset, ref ordinal, first, last): months first..last (1 = the fiscal
        # year's first) of the fiscal year ``offset`` from the one running at the page's date;
        # ("rel_months", ...): calendar months first..last of it ("July-March of the current
        # fiscal year"), of the calendar year where the country counts none of its own
        ref = dt.date.fromordinal(int(fiscal[2]))
        year = _running_start(ref, month, day) + int(fiscal[1])
        if fiscal[0] == "rel_part":
            return _fiscal_span(("part", year, fiscal[3], fiscal[4]), countries)
        shape = "split" if fy is not None else "named"
        return _months_of_fiscal(("months", shape, year, fiscal[3], fiscal[4]), fy, country)
    if fiscal[0] == "unpassed":
        # the first months of "this year" that the page's date has not reached: the fiscal
        # year's, in the latest such year, where the first country (the speaker's, the page's,
        # else the reporter) counts one; else the calendar's (a partner's fiscal year is no
        # reason: "Chile's imports from Japan" stay Chile's calendar months)
        ref = dt.date.fromordinal(int(fiscal[3]))
        own = next((c for c in countries if c), None)
        if own not in table or (table[own].start_month, table[own].start_day) == (1, 1):
            return dt.date(ref.year, 1, 1), _month_end(ref.year, int(fiscal[2]))  # type: ignore[return-value]
        return _fiscal_span(("latest", 0, fiscal[2], fiscal[3]), [own])
    shape, number, months = fiscal[0], int(fiscal[1]), int(fiscal[2])
    if shape == "split":
        if fy is None and months == 12:
            return dt.date(number, 1, 1), dt.date(number + 1, 12, 31)  # type: ignore[return-value]
        start_year = number
    elif shape in ("part", "named_part"):
        # months fiscal[2]..fiscal[3] (1 = the first) of the split year starting in ``number``,
        # or of the fiscal year named ``number`` ("10MFY23")
        first, last = int(fiscal[2]), int(fiscal[3])
        if shape == "named_part":
            number = number if fy is None or fy.named_by_start else number - 1
        start = fiscal_year_starts().get((country, number), dt.date(number, month, day))  # type: ignore[arg-type]
        return (
            _months_on(country, start, first - 1) + dt.timedelta(days=1) if first > 1 else start,
            _months_on(country, start, last),
        )  # type: ignore[return-value]
    elif shape == "named":
        start_year = number if fy is None or fy.named_by_start else number - 1
    else:
        if not fiscal[3]:
            return None
        ref = dt.date.fromordinal(int(fiscal[3]))
        start_year = _running_start(ref, month, day) + number
        if (
            shape == "latest"
            and dt.date(start_year, month, day) + relativedelta(months=months) > ref
        ):
            start_year -= 1  # its months have not all passed yet: the fiscal year before
    starts = fiscal_year_starts()
    start = starts.get((country, start_year), dt.date(start_year, month, day))  # type: ignore[arg-type]
    following = starts.get((country, start_year + 1))  # type: ignore[arg-type]
    if months == 12 and following is not None:
        # a fiscal year that moves with another calendar ends the day before the next starts
        return start, following - dt.timedelta(days=1)  # type: ignore[return-value]
    return start, _months_on(country, start, months)  # type: ignore[return-value]


def _running_start(ref: dt.date, month: int, day: int) -> int:
    """The year the fiscal year running at ``ref`` started in (a year starting on ``month``/``day``)."""
    return ref.year if (ref.month, ref.day) >= (month, day) else ref.year - 1


def _months_on(country: str | None, start: dt.date, months: int) -> dt.date:
    """The last day of the ``months``-th month of a fiscal year starting on ``start``: in the
    months of the calendar ``country`` counts its year in (Nepal's Bikram Sambat), else Gregorian."""
    end = months_end(country, start, months)
    return end if end is not None else start + relativedelta(months=months, days=-1)


def _months_of_fiscal(
    fiscal: tuple[int | str, ...], fy: object, country: str | None = None
) -> tuple[dt.date, dt.date] | None:
    """("months", shape, year, first, last): calendar months ``first``..``last`` of the fiscal
    year named ``year`` ("named": "FY16") or starting in ``year`` ("split": "2015-16"), in the
    fiscal calendar ``fy`` (a ``fiscal_years`` row, None: no fiscal year of its own). "July-April
    of FY16" in Bangladesh (July-June, named by its end): July 2015 to April 2016. None when the
    months do not run forward inside that year."""
    shape, number, first, last = fiscal[1], int(fiscal[2]), int(fiscal[3]), int(fiscal[4])
    if fy is None:
        # no fiscal year of its own: a split year's months as "July-March 2030-31" reads them
        # (a range crossing the new year starts in the first year, January-March lie in the
        # second); a named year's months are of that calendar year
        if shape == "split":
            end_year = number + 1 if first > last or last < 4 else number
        else:
            end_year = number
        return dt.date(end_year - (1 if first > last else 0), first, 1), _month_end(end_year, last)
    named_by_start = fy.named_by_start  # type: ignore[attr-defined]
    start_year = number if shape == "split" or named_by_start else number - 1
    # the month that year started in, where the country's calendar moved (Myanmar's April-March
    # years up to 2017-18)
    moved = fiscal_year_starts().get((country, start_year)) if country else None  # type: ignore[arg-type]
    start_month = moved.month if moved else fy.start_month  # type: ignore[attr-defined]
    if (first - start_month) % 12 > (last - start_month) % 12:
        return None  # "April-July" of a July-June year: not a span inside it
    first_year = start_year + (1 if first < start_month else 0)
    last_year = start_year + (1 if last < start_month else 0)
    return dt.date(first_year, first, 1), _month_end(last_year, last)


def _rolling_fiscal_year(
    period: Period, countries: Iterable[str | None]
) -> tuple[dt.date, dt.date] | None:
    """ "Iran's exports reached $7bn in the year to March 20": twelve months to the month in which
    the fiscal year of the figure's country ends, where that year starts after a month's first
    day (Iran's 21 March, Nepal's mid-July), are that fiscal year, not calendar months."""
    if period.kind != "rolling" or period.period_start is None or period.period_end is None:
        return None
    if (period.period_end - period.period_start).days < 360:
        return None
    table = fiscal_years()
    fy = next((table[c] for c in countries if c in table), None)
    if fy is None or fy.start_day == 1 or period.period_end.month != fy.start_month:
        return None
    country = next(c for c in countries if c in table)
    return _fiscal_span(("split", period.period_end.year - 1, 12), [country])  # type: ignore[return-value]


def _dated(period: Period | None) -> bool:
    return period is not None and period.period_start is not None and period.period_end is not None


def _year_base_of_part_year(period: Period, main: Period | None) -> bool:
    """A comparison base dated with a plain year while the figure it is compared with covers
    part of one year; or dated with the one month a longer main period ends with, in an earlier
    year ("KSh 107bn in the 12 months to March 2031, up from KSh 64bn reported in March 2030":
    the base is the twelve months to March 2030)."""
    if not (period.comparison and period.kind in ("year", "month") and period.fiscal is None):
        return False
    if not _dated(main) or not _dated(period):
        return False
    assert main is not None and main.period_start and main.period_end and period.period_end
    if period.kind == "month":
        return (
            main.period_start.replace(day=1) < main.period_end.replace(day=1)
            and period.period_end.month == main.period_end.month
            and period.period_end.year < main.period_end.year
        )
    part_year = main.period_start.year == main.period_end.year and (
        main.period_start.month,
        main.period_end.month,
    ) != (1, 12)
    return part_year and period.period_end.year < main.period_end.year


def _pending_months(main: Period | None) -> tuple[int, int] | None:
    """(first, last) month of a main period that is a span of months still waiting for its year
    ("the first five months" on a page with no date), not a single month; else None."""
    if main is None or main.relative is None or not main.relative[0].startswith(("months:", "rel")):
        return None
    parts = main.relative[0].split(":")
    if len(parts) != 3 or parts[1] == parts[2]:
        return None
    return int(parts[1]), int(parts[2])


def settle(
    period: Period | None, main: Period | None, countries: Iterable[str | None]
) -> Period | None:
    """A figure's period once its countries and main period are known: a fiscal year in the
    fiscal calendar of the figure's source, reporter or partner (NOTES: the country whose
    statistics state it, else the pair's country with a fiscal year of its own); "a year
    earlier", "the same period of 2022" moved from ``main`` (the period the figure's sentence or
    document is about); without a document date, a month span of the year ``main`` names."""
    if period is None:
        return None
    done = {"fiscal": None, "anchor": None, "same_year": None, "anchor_months": 0}
    if _year_base_of_part_year(period, main):
        # "Jan-Sep 2030 exports stood at $X compared to $Y in 2029": the same months of 2029
        assert main is not None and main.period_start and main.period_end
        assert period.period_end is not None
        years = period.period_end.year - main.period_end.year
        return replace(
            period,
            period_start=_shift(main.period_start, years, end=False),
            period_end=_shift(main.period_end, years, end=True),
            **done,
        )
    months = _pending_months(main)
    if (
        months is not None
        and _dated(period)
        and (period.comparison or period.same_year is not None)
        and period.kind in ("year", "same_period")
        and period.fiscal is None
    ):
        # an undated page: "In the first five months, imports rose from $X in 2030 to $Y" (or
        # "... against $X in the same period of 2030"): the base is those months of its own
        # year, whatever year the main period waits for. "The same period of 2030" is such a
        # base with or without a comparison word ("when in the same period of 2030 only $X
        # had been exported"), as it is beside a dated main period.
        assert period.period_end is not None
        year, (first, last) = period.period_end.year, months
        start = dt.date(year - (1 if first > last else 0), first, 1)
        end = _month_end(year, last)
        return replace(period, period_start=start, period_end=end, comparison=True, **done)
    if (period.anchor is not None or period.same_year is not None) and _dated(main):
        assert main is not None and main.period_start and main.period_end
        years = (
            period.anchor if period.anchor is not None else period.same_year - main.period_end.year
        )  # type: ignore[operator]
        if main.period_start.year < 1900 + abs(years):
            return replace(period, **done)
        months = period.anchor_months
        start, end = _moved_fiscal_year(main.period_start, main.period_end, years, months)
        return replace(
            period,
            period_start=start,
            period_end=end,
            relative=None,
            # moved off the main period ("$741m in the same time in the preceding year"): a
            # base, which later figures neither inherit nor continue
            comparison=period.comparison or bool(years or months),
            **done,
        )
    if period.anchor_months:
        return replace(period, **done)  # a month before a main period that has no date
    if period.anchor is not None and main is not None and main.relative is not None:
        # an undated page: "a year earlier" than a period still waiting for its year
        shape, offset = main.relative
        if shape not in ("horizon", "past"):
            # moved off the main period, a base as on a dated page (above): later figures
            # neither inherit nor continue it
            moved = period.comparison or bool(period.anchor)
            return replace(
                period, relative=(shape, offset + period.anchor), comparison=moved, **done
            )
    fiscal_year = _rolling_fiscal_year(period, countries)
    if fiscal_year is not None:
        return replace(period, period_start=fiscal_year[0], period_end=fiscal_year[1], **done)
    if period.fiscal is not None:
        span = _fiscal_span(period.fiscal, countries)
        if span is None:
            return replace(
                period, note="relative period but the document has no date header", **done
            )
        return replace(period, period_start=span[0], period_end=span[1], **done)
    if (
        period.relative is not None
        and period.relative[0].startswith("months:")
        and period.relative[1] == 0
        and _dated(main)
    ):
        assert main is not None and main.period_start and main.period_end
        last = int(period.relative[0].split(":")[2])
        if main.period_end.month >= last and main.period_start.year == main.period_end.year:
            return resolve_pending(period, main.period_end.year)
    return (
        replace(period, **done)
        if period.anchor is not None or period.same_year is not None
        else period
    )


_PAST_SPANS = ("past_years", "years_span")  # "over the past decade", "in ten years"


def reached_by(period: Period | None, status: str, flow: str) -> Period | None:
    """ "Trade exceeded $3bn by the end of 2023" states an actual for the year 2023; only an
    investment stock "by the end of 2023" keeps its open start (NOTES). A target "by the end of
    the current year" (or fiscal year) has an open start, like "by 2030" (NOTES: target periods).
    An actual never takes a horizon past the article's year (``Period.future``): no period; a
    target never takes a span of past years ("the past decade").
    """
    if period is not None and period.by_end and status == "target" and period.period_end:
        return replace(period, period_start=None)
    if (
        period is not None
        and period.by_end
        and period.kind == "month"
        and flow != "investment"
        and period.period_start is not None
    ):
        # "exports had reached $560m by the end of September": the flow summed since January,
        # as "by the end of 2011" is that year's (NOTES)
        return replace(period, period_start=period.period_start.replace(month=1))
    if period is not None and period.note == STOCK_AT_START_NOTE and flow != "investment":
        # "exports at the beginning of this year": a stock's date, no flow's period (round 57)
        return None
    if period is not None and period.kind in _PAST_SPANS and status == "target":
        # "grew over the past decade and is expected to reach $Xbn": a span already over dates
        # no goal
        return None
    if period is not None and period.future and status == "actual":
        # "trade is $900m, and the target is $2bn by 2030" (a 2026 article): the horizon is the
        # target's; an actual cannot be dated in a year that had not begun
        return None
    if (
        period is None
        or period.kind != "horizon"
        or status != "actual"
        or flow == "investment"
        or period.period_end is None
        or period.relative is not None
    ):
        return period
    return replace(period, period_start=dt.date(period.period_end.year, 1, 1), note=None)


# A period expression that names its year, in digits or words ("of this year", "last year")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d|year", re.IGNORECASE)


def carries_over(period: Period | None, last: Period | None, sentence: str) -> bool:
    """Whether a period stated in a sentence with no trade figure (a product's share, a
    sentence with none) becomes the period later figures continue. Not a comparison base; and
    a stretch without a year of its own ("in the five months leading to May") does not replace
    a dated period the article already has ("between January and September 2030"): it is about
    that sentence's quantities."""
    if period is None or period.comparison:
        return False
    if last is None or last.period_start is None or last.period_end is None:
        return True
    return _YEAR_WRITTEN.search(sentence, period.start, period.end) is not None


@cache
def _stock_words() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + alternation(list(vocabulary("stock_word"))) + r")\b", re.IGNORECASE
    )


# "in the same year", "over the ten months", "in that period": the page's period, named back
_REFERS_BACK = re.compile(
    r"\b(?:same|that|those)\s(?:year|period|months|time)\b|\bthe\s[\w-]+\smonths\b", re.IGNORECASE
)


@cache
def _changed() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(list(triggers('change')))})(?!\w)", re.IGNORECASE)


# a bound or a sum, no change: "more than $X", "up to $X", "investments add up to $X"
_NO_CHANGE = re.compile(r"\b(?:(?:add(?:s|ed)?\s)?up\sto|(?:more|less|fewer)\sthan)\b", re.I)


def is_stock(
    flow: str, sentence: str, running: Period | None = None, running_flow: str | None = None
) -> bool:
    """An investment stated as a stock ("total investment ... is estimated at $X", "has
    invested $X so far"): with no period of its own it stays undated (NOTES: investment stocks),
    never taking the period of the article's flows; nor does an investment after a span of past
    years (``running``: "trade grew fivefold over the past decade ... FDI stands at $X"), nor
    one whose running period a trade figure set (``running_flow``: "Trade reached $9bn in 2030.
    Investment from B totals $2bn"); after an investment figure of that period it continues it
    ("B invested $3bn in A in 2030. A's investment in B was $1bn"), as it does where the
    sentence names the period back ("in the same year", "over the ten months")."""
    return flow == "investment" and (
        (running is not None and running.kind in _PAST_SPANS)
        or (
            running_flow is not None
            and running_flow != "investment"
            and _REFERS_BACK.search(sentence) is None
            and _changed().search(_NO_CHANGE.sub(" ", sentence)) is None  # "rose to $X": a flow
        )
        or _stock_words().search(sentence) is not None
    )
