"""A headline or lead figure with no period, dated by the body ("Exports to B cross $1bn mark"
over "exports to B reached $1.36bn in FY2030-31"): the period of the first later figure of the
same flow and pair that the body dates (NOTES: a headline takes the body's tuple, its period
too, even where its own value is rounded or another measure). Only figures before the page
states any period, within its first lines (title, dateline, lead), in a sentence that names no
period, base or goal of its own, and only actual trade: a target, a stock of investment, or a
figure a present marker keeps undated ("now stands at") stays empty, as does a lead on a trade
the body never dates.
"""

from __future__ import annotations

import re

from pipeline.extract.periods import Period, find_periods
from pipeline.extract.present_time import event_time, present_marker, present_state
from pipeline.extract.stated_period import _target

_PERIOD_RULE = re.compile(r"period=[a-z_]+")


def _dated_main(p: Period | None) -> bool:
    return (
        p is not None
        and p.period_start is not None
        and p.period_end is not None
        and not (p.comparison or p.restated)
    )


def _sides(figure: dict) -> frozenset[str]:
    return frozenset((figure["reporter"], figure["partner"]))


def _same_trade(f: dict, figure: dict) -> bool:
    """One flow between one pair (a turnover's two sides in either order)."""
    if f["flow"] != figure["flow"]:
        return False
    if f["flow"] == "turnover":
        return _sides(f) == _sides(figure)
    return (f["reporter"], f["partner"]) == (figure["reporter"], figure["partner"])


def _restates(f: dict, figure: dict) -> bool:
    return (
        _same_trade(f, figure)
        and f["measure"] == figure["measure"]
        and round(f["value"], 6) == round(figure["value"], 6)
    )


def lead_period(
    found: list[tuple[dict, Period | None]], lead: int, lead_sentences: dict[str, str]
) -> list[tuple[dict, Period | None]]:
    """``found`` with its first ``lead`` figures (those before the page's first period), where
    in ``lead_sentences`` (sentence id: text) and undated, given the period of the first later
    figure of the same trade (flow and pair) that the body dates."""
    out = list(found)
    for k in range(min(lead, len(found))):
        figure, period = found[k]
        if (
            period is not None
            or figure["sentence_id"] not in lead_sentences
            or figure["status"] != "actual"
            or figure["flow"] == "investment"
            or present_marker(lead_sentences[figure["sentence_id"]], figure["char_start"])
            is not None
        ):
            continue
        if any(_restates(f, figure) for f, _ in found[k + 1 :]):
            continue  # the body restates it: merged with that figure (``restatements.dedupe``)
        text = lead_sentences[figure["sentence_id"]]
        if find_periods(text, None) or _target().search(text):
            continue  # its own words name a period, a base or a goal: not the body's data
        if event_time(text) or present_state(text[: figure["char_start"]]):
            continue  # "prior to the pandemic, trade was worth $X": a time of its own, no year
        body = next((p for f, p in found[lead:] if _same_trade(f, figure) and _dated_main(p)), None)
        if body is not None:
            evidence = _PERIOD_RULE.sub("period=document", figure["evidence"])
            out[k] = ({**figure, "evidence": evidence}, body)
    return out
