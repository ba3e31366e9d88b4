"""A headline figure the body restates is one row, with the body's tuple (NOTES: headline vs
body; a headline that contradicts the body, actual vs target or its period, yields to the body).

"Trade hits $5bn in 2030" over a body's "trade reached $5bn in January-November 2030", or a
headline "exports to reach $2bn" over a body's "exports were $2bn last year": the same value of
the same flow and pair is one claim, and the body, which states it in full, decides its period
and status. ``restatements.dedupe`` merges only statements of one status whose periods agree (or
where one has none), so a headline whose period or status differs stays a second row; this drops
it. A body restatement with no period of its own is merged the other way by ``dedupe``. A
headline value the body never restates (a rounded "$5bn" beside a body's $5.3bn, another
flow, another pair) is a row of its own and stays, and so is one whose period shares no day with
the body's (round 38, hj13: an opening "surpassed $7bn for the first 10 months of 2030" beside
"Last year, trade exceeded $7bn": one value, two years).
"""

from __future__ import annotations

import datetime as dt


def statement_key(fig: dict) -> tuple:
    """What two statements of one figure share: flow, scope, pair (turnover's in any order),
    measure, value, unit; not the period or the status (a headline and its body's restatement;
    ``restatements`` adds the status for its duplicate merge)."""
    pair = (fig["reporter"], fig["partner"])
    return (
        fig["flow"],
        fig["scope"],
        frozenset(pair) if fig["flow"] == "turnover" else pair,
        fig["measure"],
        round(fig["value"], 6),
        fig["unit"],
    )


def without_restated_title(figures: list[dict], rows: list[dict], title: str | None) -> list[dict]:
    """``figures`` less those of the title sentence whose value a body sentence restates."""
    if len(figures) < 2 or not rows:
        return figures
    head = (title or "").strip()
    titled = {str(r["sentence_id"]) for r in rows if str(r["text"]).strip() == head}
    if not titled:  # no title line: the page's first line heads it
        titled = {str(rows[0]["sentence_id"])}
    if not titled:
        return figures
    # a body restatement without a period of its own adds nothing the headline lacks
    # ("to $3bn by 2035" ... "the goal of $3bn"): ``dedupe`` merges it into the headline's
    body: dict[tuple, set[tuple]] = {}
    for f in figures:
        if f["sentence_id"] not in titled and f["period_end"] is not None:
            body.setdefault(statement_key(f), set()).add((f["period_start"], f["period_end"]))
    # ... but a headline of a period apart from the body's is no restatement ("surpassed $7bn
    # in the first ten months of 2030" heading "Last year, trade exceeded $7bn": two years,
    # one value); one the body narrows ("in 2031" and "in January-November 2031") is
    return [
        f
        for f in figures
        if f["sentence_id"] not in titled
        or statement_key(f) not in body
        or not any(_overlap(f, start, end) for start, end in body[statement_key(f)])
    ]


def _overlap(figure: dict, start: dt.date | None, end: dt.date) -> bool:
    """The figure's period shares a day with ``start``..``end``, or it has no end (undated)."""
    if figure["period_end"] is None:
        return True
    own_start = figure["period_start"] or figure["period_end"]
    return own_start <= end and (start or end) <= figure["period_end"]
