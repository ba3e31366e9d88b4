"""The year an undated page's text fixes through a named comparison base of a relative period.

"Last year exports fell 5.8% compared with 2029" and "trade rose to $38m from January to October
this year, from $26m in 2029" name the year that the relative period is compared with: a whole
year Y set against "last year" makes last year Y+1 (the page's current year Y+2), set against
"this year" (or a part of it, also months written without a year: "between January and June,
exports rose 2% on 2029") makes this year Y+1 (NOTES, round 6: "a comparison base of this
year fixes the year"). Only within one sentence that states data, whose own periods are all
relative, the base named after the relative period (not a series "from $58m in 2027 to $142m last
year"); several bases only when they are consecutive years (the latest is the year before);
never a pre-crisis look-back ("up 40% on pre-pandemic 2029 levels") and never where the
page has data later than the year it would fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.numbers import find_mentions
from pipeline.extract.period_anchor import actual_periods
from pipeline.extract.period_patterns import _MONTH, YEAR_NUMBER
from pipeline.extract.periods import Period, find_periods

# Cheap gate: a sentence with a relative year and a year in digits
_RELATIVE = re.compile(
    r"\b(?:this|last|current|previous|past)\s(?:year|financial|fiscal)\b|\bof\sthe\syear\b", re.I
)
_MONTH_NAME = re.compile(rf"\b{_MONTH}", re.I)
# A look-back, not the year before: "pre-pandemic 2029", "2029 levels", "before the crisis"
_LOOK_BACK = re.compile(r"\bpre-|\bbefore\b|\blevels?\b|\brecord\b|\bpeak\b", re.I)


def _offset(p: Period) -> int | None:
    """-1 for "last year", 0 for "this year" or a part of it, else None."""
    if p.comparison or p.relative is None:
        return None
    shape, offset = p.relative
    if shape == "year" or shape.startswith("relmonths:"):
        return offset if offset in (0, -1) else None
    if shape.startswith("months:") and offset == 0:
        return 0  # months without a year ("between January and June", "in September")
    return None


def _base_year(p: Period) -> int | None:
    if not p.comparison or p.relative is not None or p.period_start is None:
        return None
    start, end = p.period_start, p.period_end
    if end is None or (start.year, start.month, start.day, end.month, end.day) != (
        end.year,
        1,
        1,
        12,
        31,
    ):
        return None
    return start.year


def base_named_year(
    rows: Sequence[dict], found: Sequence[tuple[dict, Period | None]]
) -> int | None:
    """The current year an undated page fixes by comparing a relative period with a named whole
    year in one sentence (Y+1 for "this year" against Y, Y+2 for "last year"), or None."""
    years = set()
    for row in rows:
        text = str(row["text"])
        if (
            not YEAR_NUMBER.search(text)
            or not (_RELATIVE.search(text) or _MONTH_NAME.search(text))
            or not find_mentions(text)
        ):
            continue
        periods = find_periods(text, None)
        offsets = {o for p in periods if (o := _offset(p)) is not None}
        if len(offsets) != 1 or any(
            not p.comparison and _offset(p) is None and p.period_end is not None for p in periods
        ):
            continue  # a named period of its own ("in 2030 and this year"), or both relatives
        offset = offsets.pop()
        first = min(p.end for p in periods if _offset(p) is not None)
        # the bases after the relative period they are set against; "from $58m in 2027 to $142m
        # last year" is a series of two years, the earlier one any year before (NOTES)
        bases = [
            base
            for p in periods
            if (base := _base_year(p)) is not None
            and p.start > first
            and not _LOOK_BACK.search(text, max(0, p.start - 25), p.end + 8)
        ]
        named = sorted(set(bases))
        if len(named) > 1:
            # two bases are the years just before ("up 64% on 2030 and 94% on 2029"), or nothing
            if named[-1] - named[0] == len(named) - 1:
                years.add(named[-1] + 1 - offset)
        elif named:
            years.add(named[0] + 1 - offset)
    if len(years) != 1:
        return None
    year = years.pop()
    if any(p.period_end.year >= year + 1 for p in actual_periods(found)):  # type: ignore[union-attr]
        return None
    return year
