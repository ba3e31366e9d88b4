"""A figure "in the reverse direction": the other way round of the directed figure before it.

"Egyptian exports to Iraq totalled $1.2bn in 2000, while trade reached $300m in the reverse
direction", "Ghana's exports to Togo were $1.2bn. In the other direction, shipments amounted to
$300m", "... and $300m flowed the other way": the amount is the exports of the earlier figure's
partner to its reporter (for an earlier import, the importer's exports to its supplier), whatever
flow word the clause writes ("trade", "shipments"). Glossed pages say it too (Spanish "en sentido
inverso", Vietnamese "chiều ngược lại": "in the other direction", "the reverse direction").
Only where the words stand between the earlier figure (or the sentence's start) and the end of
the figure's own clause, and that clause names no economy (a named pair decides as before).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import Slot

_REVERSE = re.compile(
    r"\b(?:reverse|opposite|other)\sdirection\b|\bthe\sother\sway\b|\bvice\sversa\b",
    re.IGNORECASE,
)


def reversed_flow(
    slot: Slot,
    countries: list[CountrySpan],
    previous: tuple[dict, object] | None,
    previous_end: int | None,
    flow: str,
    pair: tuple[str, str],
) -> tuple[str, tuple[str, str]] | None:
    """("exports", (exporter, buyer)) for a figure said to go the other way of ``previous``
    (the directed figure before it), else None; a figure already read as a directed flow other
    than the earlier one's ("and in the reverse direction bought $38m from it": imports) keeps
    its reading."""
    if previous is None:
        return None
    last = previous[0]
    if last["flow"] not in ("exports", "imports"):
        return None
    if flow in ("exports", "imports") and (flow, *pair) != (
        last["flow"],
        last["reporter"],
        last["partner"],
    ):
        return None
    m = slot.mention
    low = previous_end if previous_end is not None and previous_end <= m.start else 0
    high = m.end + len(slot.head)
    window = slot.sentence[low:high]
    if "direction" not in window and "other way" not in window and "versa" not in window:
        return None
    own = max(low, slot.clause_start)  # (the earlier figure's clause names its own pair)
    if not _REVERSE.search(window) or any(own <= c.start < high for c in countries):
        return None
    reporter, partner = last["reporter"], last["partner"]
    if last["flow"] == "exports":
        return "exports", (partner, reporter)
    return "exports", (reporter, partner)
