"""A change or multiple stated beside the two levels it runs between is dated with the later one.

"In ten years, trade between France and Chile quadrupled (from EUR 1,714 million in 2020 to EUR
6,766 million in 2030)": the multiple compares the 2030 level with the 2020 one, a change against
one earlier year, dated with the later year (NOTES, "Span or later year": "even where the sentence
adds 'over these N years'"), not the span 2021-2030 that "in ten years" alone gives ("In ten
years, trade quadrupled" keeps it).

Rule: a ``multiple`` or ``pct_change`` figure of a sentence whose period spans several calendar
years, and two ``level`` figures of the same sentence, flow and pair, each of one calendar year,
the later ending where the span ends: the change takes the later level's period; not where
the text names the span as the change's period ("quadrupled during the period of 2006-2018, to
$5.4bn in 2018, against $1.3bn in 2006": NOTES, round 25 `he` 7, keeps 2006-2018).
"""

from __future__ import annotations

import re

from pipeline.extract.period_record import Period, whole_year

# right before a span of years named as the period itself: "during the period of 2006-2018"
_THE_PERIOD = re.compile(r"\bthe\speriod\s(?:of\s|from\s)?$", re.IGNORECASE)


def named_period(sentence: str, period: Period) -> bool:
    """Whether ``sentence`` names ``period`` as "the period (of) ..." right before it."""
    return _THE_PERIOD.search(sentence, max(0, period.start - 24), period.start) is not None


def dated_by_later_level(
    figures: list[tuple[dict, Period | None]], sentence: str = ""
) -> list[tuple[dict, Period | None]]:
    """``figures`` (one sentence's, with their periods) with each multi-year change dated by the
    later of two one-year levels it runs between (see the module doc)."""
    if len(figures) < 3:
        return figures
    out = []
    for fig, period in figures:
        if (
            fig["measure"] in ("multiple", "pct_change")
            and period is not None
            and period.period_start is not None
            and period.period_end is not None
            and period.period_start.year < period.period_end.year
            and not named_period(sentence, period)
        ):
            levels = [
                p
                for g, p in figures
                if g["measure"] == "level"
                and g["flow"] == fig["flow"]
                and {g["reporter"], g["partner"]} == {fig["reporter"], fig["partner"]}
                and whole_year(p)
            ]
            years = {p.period_end.year for p in levels}
            later = [p for p in levels if p.period_end == period.period_end]
            if len(years) >= 2 and later:
                period = later[0]
        out.append((fig, period))
    return out
