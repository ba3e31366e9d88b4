"""Restatements of one claim merged: an article restating a figure is one figure
(``document.extract_rows`` runs it over the document's finished figures).
"""

from __future__ import annotations

from pipeline.extract.restated_title import statement_key


def _claim_key(fig: dict) -> tuple:
    """What two statements of one claim share (turnover is symmetric in its pair), status too."""
    return (*statement_key(fig), fig["status"])


def dedupe(figures: list[dict], now: frozenset[str] = frozenset()) -> list[dict]:
    """An article restating a figure is one claim: keep its first, most specific statement.

    Restatements share flow, scope, pair, measure, value, unit and status; one without a period
    is merged into one with a period ("to half a billion dollars" after "to $500 million by 2030").
    Earlier figures are looked up by that key rather than compared one by one.

    Not a level stated for the present (``now``: figure ids, "At present, trade amounts to
    $700m", "trade now exceeds $1bn") beside the same value dated in the past ("In 2030 trade was
    $700m", "first exceeded $1bn in 2030"): the level now and a past year's are two rows (NOTES
    "every stated value is a row"; dev pages hx08, hy15), whichever comes first.
    """
    kept: list[dict] = []
    same_claim: dict[tuple, list[int]] = {}  # key -> positions in ``kept``, in order
    present: set[int] = set()  # positions in ``kept`` of undated claims stated for the present
    for fig in figures:
        key = _claim_key(fig)
        duplicate = False
        fig_now = fig["period_end"] is None and fig["figure_id"] in now
        for i in same_claim.get(key, ()):
            other = kept[i]
            same_period = (fig["period_start"], fig["period_end"]) == (
                other["period_start"],
                other["period_end"],
            )
            if same_period:
                duplicate = True
                if fig_now:
                    present.add(i)
                break
            if fig_now or i in present:
                continue  # the level now, beside a dated one: two claims
            if fig["period_end"] is None:
                duplicate = True
                break
            if other["period_end"] is None:
                kept[i] = fig
                duplicate = True
                break
        if not duplicate:
            same_claim.setdefault(key, []).append(len(kept))
            if fig_now:
                present.add(len(kept))
            kept.append(fig)
    return kept
