"""A forecast for a period already over at publication is an estimate of what happened (NOTES
S5 and fz 4): "exports were expected to reach $10.5bn in 2024" on a February 2025 page is an
``actual`` row for 2024, the forecast wording being the outlet's. A goal stays a ``target``
whatever its period ("the target for 2024 was $12bn", "they had planned to earn $1.5bn in 2024":
NOTES fn 11), as does a deadline ("by 2024", an open start) and a counterfactual ("would have
reached $9bn in 2024 had the border stayed open": NOTES round 43 hw 6).
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.period_record import Period

# a forecast's wording: a verb of expectation before "to", or a modal
_FORECAST = re.compile(
    r"\b(?:expected|projected|forecast|forecasted|estimated|anticipated|predicted|likely|set|poised)"
    r"\sto\b|\b(?:will|would|could|may|might|should)\b",
    re.IGNORECASE,
)
# a goal's wording anywhere before the amount: then it is a target of that period
_GOAL = re.compile(
    r"\b(?:targets?|targeted|goals?|aim(?:s|ed)?|plan(?:s|ned)?|hopes?|hoped|wants?|wanted|seeks?"
    r"|sought|agreed|intends?|intended|ambitions?|objectives?|vow(?:s|ed)?|pledged?|pledges"
    r"|commit(?:s|ted)?)\b",
    re.IGNORECASE,
)
# a counterfactual ("would have reached $9bn had the border stayed open"): what the trade could
# have been, never an estimate of what it was (``status`` makes it a target with the same modal)
COUNTERFACTUAL_MODAL = r"\b(?:would|could|should)(?:\snot)?\shave"
_COUNTERFACTUAL = re.compile(COUNTERFACTUAL_MODAL + r"\b", re.IGNORECASE)


def past_forecast(
    status: str, period: Period | None, before: str, published: dt.date | None
) -> str:
    """``"actual"`` for a ``"target"`` whose period (with a start: no deadline) ended before the
    page's ``published`` date and whose clause before the amount (``before``) words a forecast,
    not a goal; ``status`` otherwise."""
    if (
        status != "target"
        or published is None
        or period is None
        or period.period_start is None
        or period.period_end is None
        or period.period_end >= published
    ):
        return status
    if _FORECAST.search(before) is None or _GOAL.search(before) is not None:
        return status
    if _COUNTERFACTUAL.search(before) is not None:
        return status
    return "actual"
