"""A flow word the page's own figures contradict (NOTES: "A partner list whose amounts add up to
another flow"): a list of per-partner amounts under a loose "trade with" adds up to the exports
(or imports) the page states for the whole group in the same period, so they are exports.

"Exports to the bloc were RM7.0 billion. Trade with A rose 10 per cent (RM5.0 billion), B 4 per
cent (RM1.2 billion) and C 3 per cent (RM0.8 billion)": A, B and C add up to the bloc's exports,
not to its trade (RM12 billion), so each amount and its percentage is the exports to that partner.
Without such a sum the flow word stands as written.

Rule: a run of turnover figures read one after another, in one sentence or the next, of one
reporter and one period, with at least three partners' levels, all in one unit; their levels
add up, within rounding (``_TOLERANCE``), to one exports or imports level of that reporter,
period and unit whose partner is not in the run (the group), and to no turnover level of the
page. Then the run's figures (levels and changes) take that flow.
"""

from __future__ import annotations

_MIN_PARTNERS = 3
# Each listed amount is rounded (to 3-4 digits); the sum may miss the stated total by a few
# thousandths of it, an unrelated total by more.
_TOLERANCE = 0.005


def _key(fig: dict) -> tuple:
    return (fig["reporter"], fig["period_start"], fig["period_end"])


def _runs(figures: list[dict], position: dict[object, int]) -> list[list[int]]:
    """Indices of figures forming runs of turnover figures of one reporter and period, each in
    the sentence of the one before it or the next; any other figure ends a run."""
    runs: list[list[int]] = []
    run: list[int] = []
    for i, fig in enumerate(figures):
        if fig["flow"] == "turnover" and fig["period_end"] is not None and run:
            last = figures[run[-1]]
            gap = position.get(fig["sentence_id"], -9) - position.get(last["sentence_id"], -9)
            if _key(fig) == _key(last) and 0 <= gap <= 1:
                run.append(i)
                continue
        if len(run) > 1:
            runs.append(run)
        run = [i] if fig["flow"] == "turnover" and fig["period_end"] is not None else []
    if len(run) > 1:
        runs.append(run)
    return runs


def _sums_to(total: float, value: float) -> bool:
    return total > 0 and abs(total - value) <= _TOLERANCE * total


def summed_flows(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` (in page order) with each run the module docstring describes given the flow
    its amounts add up to; ``rows`` are the page's sentences (their order)."""
    if sum(f["flow"] == "turnover" and f["measure"] == "level" for f in figures) < _MIN_PARTNERS:
        return figures  # (most pages: nothing to add up)
    position = {row["sentence_id"]: i for i, row in enumerate(rows)}
    out = figures
    for run in _runs(figures, position):
        levels = [figures[i] for i in run if figures[i]["measure"] == "level"]
        partners = {f["partner"] for f in levels}
        units = {f["unit"] for f in levels}
        if len(partners) < _MIN_PARTNERS or len(partners) != len(levels) or len(units) != 1:
            continue
        total = sum(f["value"] for f in levels)
        same = [
            f
            for f in figures
            if f["measure"] == "level"
            and _key(f) == _key(levels[0])
            and f["unit"] in units
            and f["partner"] not in partners
            and _sums_to(f["value"], total)
        ]
        flows = {f["flow"] for f in same}
        if len(flows) != 1 or flows & {"turnover", "investment"}:
            continue  # the run adds up to trade, or to nothing the page states
        (flow,) = flows
        if out is figures:
            out = list(figures)
        for i in run:
            out[i] = {**figures[i], "flow": flow}
    return out
