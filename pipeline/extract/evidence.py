"""A figure's ``evidence``: which rule decided each part of it, as ``name=value`` tokens
(``flow=own;pair=2;period=sentence;...``). ``confidence`` (``confidence.py``) is calibrated on
these tokens, so a new value here needs a refit (``tests/realnews/calibrate.py --fit``).
"""

from __future__ import annotations

from pipeline.extract.context import DocContext
from pipeline.extract.measure import bound_of
from pipeline.extract.period_patterns import YEAR_NUMBER
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot


def period_rule(
    period: Period | None,
    own: list[Period] | None,
    previous: tuple[dict, Period | None] | None,
    ctx: DocContext,
    flow_rule: str | None = None,
) -> str:
    """Where a figure's period came from (``evidence``): its own sentence, the sentence's
    previous figure, the document's last actual period, or nowhere; ``bracket`` for a bracketed
    restatement of the figure before it (its period is decided inside the brackets, else
    inherited), ``follow_up`` for a follow-up figure (``flow_rule``) that takes the period of
    the figure it refers back to."""
    if period is None:
        return "none"
    if period.restated:
        return "bracket"
    if own and any(period is p for p in own):
        return "sentence"
    if flow_rule == "follow_up":
        return "follow_up"
    if previous is not None and period is previous[1]:
        return "previous"
    return "document" if period is ctx.last_period else "sentence"


def year_rule(period: Period | None, period_rule: str, sentence: str) -> str:
    """Whether the period of a figure's own sentence names its year ("in 2023") or is relative
    ("last year", "January-March"); ``carried`` for a period from an earlier sentence."""
    if period is None:
        return "none"
    if period_rule not in ("sentence", "previous", "bracket"):
        return "carried"
    if period.kind == "compact":
        return "stated"  # "4M23", "1HFY24": the year in two digits
    return "stated" if YEAR_NUMBER.search(sentence, period.start, period.end) else "relative"


def evidence(
    flow_rule: str,
    pair_rule: str,
    period_rule: str,
    year_rule: str,
    n_numbers: int,
    main_pair: bool,
    slot: Slot,
) -> str:
    """The rules that decided a figure, as ``name=value`` pairs joined by ``;`` (the keys the
    confidence table is calibrated on, see ``pipeline.extract.confidence``). ``bound=lower|upper``
    ends them for a number after a bound word ("more than", "up to": ``measure.bound_of``); the
    fit never saw it, so it weighs 0 and leaves ``confidence`` as it was."""
    unit = "context" if slot.mention.choices else "stated"
    bound = bound_of(slot)
    numbers = "1" if n_numbers == 1 else "2-3" if n_numbers <= 3 else "4+"
    return (
        f"flow={flow_rule};pair={pair_rule};period={period_rule};year={year_rule};unit={unit};"
        f"numbers={numbers};main={'yes' if main_pair else 'no'}"
        + (f";bound={bound}" if bound else "")
    )
