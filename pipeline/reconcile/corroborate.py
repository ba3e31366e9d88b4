"""Claims an authority's own arithmetic vouches for.

A named authority that states, for one pair, period, scope, unit and status, the turnover and
both flows (its exports to the partner and its imports from it), whose exports + imports agree
with its turnover within the rounding of the three (``Interval`` sums), has been read right on
all three: a misread period, pair, direction or scale almost never keeps the identity
turnover = exports + imports (the identity reconciliation checks, CONTRACT.md). Such claims are
*corroborated*: below the confidence threshold they still count as trusted readings, so two
statistics offices that each publish a consistent set of figures can make a conflict.
"""

from __future__ import annotations

from collections.abc import Mapping

from pipeline.contract.keys import FactKey
from pipeline.reconcile.claims import Claim


def corroborated(grouped: Mapping[FactKey, list[Claim]]) -> frozenset[str]:
    """``figure_id`` of every claim in a consistent (turnover, exports, imports) triple of one
    named source; ``grouped`` maps fact keys to their claims (turnover keys with a sorted pair).
    Unattributed claims never corroborate (nobody is known to have stated them together)."""
    out: set[str] = set()
    for key, exports in grouped.items():
        if key.flow != "exports" or key.measure != "level":
            continue
        imports = grouped.get(key._replace(flow="imports"))
        turnover = grouped.get(key._replace(flow="turnover").normalised())
        if not imports or not turnover:
            continue
        for e in exports:
            if not e.source:
                continue
            for i in (c for c in imports if c.source == e.source):
                total = e.interval + i.interval
                for t in (c for c in turnover if c.source == e.source):
                    if total.overlaps(t.reach):
                        out.update((e.figure_id, i.figure_id, t.figure_id))
    return frozenset(out)
