"""An unnamed figure that keeps a side pair the page has moved on from.

A sentence that names no economy ("Exports declined by 15%, while imports rose 6.3%", "Imports
grew by 20 percent and reached $4.8bn") continues the pair the text was just about: the page's
own pair, or the pair of the sentence right before it ("Exports to Japan were $80m. It dropped
6.5% from a year earlier"). When the figure took a pair that is neither (an earlier paragraph's
partner, a ranking's last country, a partner the previous sentence does not name), the text has
left that partner: the unnamed figure is the country's trade with the world, one sector of it, or
another subject altogether, not the pair's (NOTES.md, "What is a figure": a country's trade with
the world is not a figure). So it is left out.

Kept: a figure whose sentence names one side at least (``pair=1``/``2``), a follow-up of the
figure before it (``pair=inherited``), a figure of the page's main pair (``main=yes``), and one
whose previous sentence names its partner (either side for turnover, whose pair has no order).
"""

from __future__ import annotations

from pipeline.extract.countries import find_countries

_UNNAMED = "pair=0;"
_SIDE_PAIR = "main=no"


def _names_side(figure: dict, previous: str) -> bool:
    """The previous sentence names the figure's partner (for turnover, either side)."""
    named = {c.iso3 for c in find_countries(previous)}
    if figure["partner"] in named:
        return True
    return figure["flow"] == "turnover" and figure["reporter"] in named


def without_stray_pairs(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` less those whose sentence names no economy and whose pair is neither the
    page's main pair nor one the previous sentence names (module doc)."""
    if not any(_UNNAMED in f["evidence"] and _SIDE_PAIR in f["evidence"] for f in figures):
        return figures
    before: dict[str, str] = {}
    previous = ""
    for row in rows:
        before[str(row["sentence_id"])] = previous
        previous = str(row["text"])
    return [
        f
        for f in figures
        if not (_UNNAMED in f["evidence"] and _SIDE_PAIR in f["evidence"])
        or _names_side(f, before.get(str(f["sentence_id"]), ""))
    ]
