"""A change "since" the year before its antecedent's: "Total trade ... stood at £8.1 billion in
2015. This was an increase of 5.2% since 2014." The change continues a level of one year and
names the year before it: it is that level's change against one earlier year, dated with the
later year (NOTES, "Span or later year"), not the span from 2014 to the page's latest year that
"since YEAR" alone gives ("exports have grown 50% since 2010").
"""

from __future__ import annotations

from pipeline.extract.period_record import Period, whole_year


def since_year_before(period: Period | None, base: Period | None, sentence: str) -> Period | None:
    """``base`` (the antecedent level's period) when ``period`` is a "since YEAR" span that
    starts with the calendar year right before ``base``'s one calendar year; else ``period``."""
    if period is None or base is None or period.period_start is None or "since" not in sentence:
        return period
    if not whole_year(base) or period.period_start.year != base.period_start.year - 1:
        return period
    if (
        period.period_start.month != 1
        or "since" not in sentence[max(0, period.start - 8) : period.end]
    ):
        return period
    return base
