"""A target due by a year's end, written without "by the end of YEAR" (NOTES: target periods; a
target "in late" / "at the end of" a year is a "by" target; "by the end of the current year"):
"could reach $3bn in late 2031 already", "is poised to cross $2bn by the year end", "we
anticipate reaching $6bn by the year's end", "might reach $140m at the end of this fiscal year"
(round 42: a fiscal year's end as well). Such a target has an empty start and the year's
end; a target *for* a year ("should reach $3bn in 2031") keeps the whole year.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot

# right before a named year: "in late 2031", "at the end of 2031", "before the end of 2031"
_LATE = re.compile(
    r"\b(?:in\slate|(?:at|before|towards?)\s(?:the\s)?end\sof)\s(?:the\s)?$", re.IGNORECASE
)
# a year's end with no year: "by the year end", "by the year's end", "by year-end", "before the
# end of the year", "by the close of the year", its last month with no year: "by the close of
# December", "by end-December", "by December" ("by the end of this year" is a period of its
# own, a deadline already)
_YEAR_END = Caseless(
    re.compile(
        r"\b(?:by|before)\s(?:the\s)?(?:(?:end|close)(?:\sof\s|-)(?:the\syear|December)"
        r"|year(?:['’]s)?[\s-](?:end|close)|December)\b(?![\s,]*\d)",
        re.IGNORECASE,
    )
)
_MAY_BE_END = ascii_gate(("end", "late", "close", "december"))


def year_end_target(
    period: Period | None, status: str, slot: Slot, local: list[Period]
) -> Period | None:
    """``period`` as a target due at a year's end: open start, the year's last day."""
    if status != "target" or period is None or period.by_end or period.period_end is None:
        return period
    if not _MAY_BE_END(slot.sentence):
        return period
    own = any(p.start == period.start and p.end == period.end for p in local)
    if (
        own
        and period.kind in ("year", "relative_year", "fiscal")
        and _LATE.search(slot.sentence, max(0, period.start - 25), period.start)
    ):
        return replace(period, period_start=None, by_end=True)
    start = period.period_start
    if start is None or start.year != period.period_end.year:
        return period  # a fiscal year or a span: which year's end is not plain
    if _YEAR_END.search(slot.head) or _YEAR_END.search(slot.tail):
        return replace(
            period,
            period_start=None,
            period_end=dt.date(start.year, 12, 31),
            by_end=True,
        )
    return period


def due_at_year_end(slot: Slot) -> bool:
    """Whether a target's own words set its deadline at a year's end ("is poised to cross $3bn
    by the year end"): ``year_end_target`` then dates it from the year of the period it took."""
    return bool(_MAY_BE_END(slot.sentence)) and bool(
        _YEAR_END.search(slot.head) or _YEAR_END.search(slot.tail)
    )
