"""The ``Period`` record a matched period expression resolves to (``period_resolve``), and the
small date helpers its resolution and settling share. Moved out of ``period_resolve``
unchanged, to keep that module short.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Period:
    """A period found in a sentence; ``relative`` is set when it needs a reference year.

    Two kinds of period are settled only once the figure is known (``settle``): a fiscal year
    (``fiscal``: whose fiscal year depends on the figure's countries) and a period named
    relative to the figure's main period (``anchor``: "a year earlier", "the same period of
    2022"); ``period_start``/``period_end`` then hold the fallback reading, if any.
    """

    start: int
    end: int
    kind: str
    period_start: dt.date | None
    period_end: dt.date | None
    comparison: bool = False
    relative: tuple[str, int] | None = None  # (kind, year offset) still to resolve
    note: str | None = None
    # ("split", first year, months), ("named", year, months), ("rel", offset, months, ref ordinal),
    # ("latest", 0, months, ref ordinal): the latest such months of a fiscal year before ref
    fiscal: tuple[int | str, ...] | None = None
    anchor: int | None = None  # the main period moved by this many years
    anchor_months: int = 0  # ... and by this many months ("a month earlier": -1)
    same_year: int | None = None  # the main period's months in this year
    span: bool = False  # two named years: a change is dated with the later one
    restated: bool = False  # the period of a bracketed restatement ("($9m in 2022)")
    by_end: bool = False  # named as a deadline: "by the end of this year" (a target's horizon)
    future: bool = False  # a horizon past the article's year: "by 2030" in a 2026 article
    # the calendar-year reading of a relative year read as an Iranian year (``iranian_page``):
    # the period of a figure whose countries count no Iranian years
    gregorian: Period | None = None

    @property
    def continues(self) -> bool:
        """Whether later sentences may continue this period (the document's last period): not
        a comparison base, not the period of a bracketed restatement of another figure."""
        return not (self.comparison or self.restated)


def whole_year(p: Period | None) -> bool:
    """A dated period of one whole calendar year (January 1 to December 31 of one year)."""
    return p is not None and whole_year_span(p.period_start, p.period_end)


def whole_year_span(start: dt.date | None, end: dt.date | None) -> bool:
    """``start``..``end`` is one whole calendar year (both bounds dates; a finished figure's
    period fields as well as a :class:`Period`'s)."""
    if not isinstance(start, dt.date) or not isinstance(end, dt.date):
        return False
    return start.year == end.year and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


def restated(period: Period | None) -> Period | None:
    """``period`` as the period of a bracketed restatement ("$1.1bn in 2023 ($900m in 2022)"):
    it dates that amount only; the document's period stays the one outside the brackets."""
    return None if period is None else replace(period, restated=True)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _latest_year(last_month: int, ref: dt.date) -> int:
    """The year of the latest month span ending with ``last_month`` that ends before ``ref``."""
    return ref.year if _month_end(ref.year, last_month) < ref else ref.year - 1
