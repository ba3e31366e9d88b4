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

The page's main pair is left the same way (round 51, hunt51b): once the page has gone on to other
partners (a figure of a side pair was decided: "Imports from Chile were $1bn, from Peru $0.9bn"),
an unnamed figure that falls back to the main pair ("The major products imported during the
quarter were machinery, worth $4.7bn") is the country's trade with the world or one sector of it,
unless its previous sentence names the main partner again or a figure naming a side of the main
pair came back first ("Imports from Bolivia reached $2bn. Exports rose 5%" stays left out; "Trade
with Bolivia hit $3bn. Exports rose 5%" is kept).
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


def _main_pair_left(figures: list[dict], before: dict[str, str]) -> set[int]:
    """Indexes of the unnamed main-pair figures that come after the page went on to a side pair
    and before a named figure of the main pair brings it back (module doc)."""
    left = False
    out: set[int] = set()
    for index, figure in enumerate(figures):
        evidence = figure["evidence"]
        if _SIDE_PAIR in evidence:
            left = True
        elif _UNNAMED not in evidence:
            left = False  # a figure naming a side of the main pair: the page is back on it
        elif left and not _names_side(figure, before.get(str(figure["sentence_id"]), "")):
            out.add(index)
    return out


def without_stray_pairs(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` less those whose sentence names no economy and whose pair is neither the
    page's main pair nor one the previous sentence names, and less the unnamed main-pair ones
    after the page went on to other partners (module doc)."""
    if not any(_UNNAMED in f["evidence"] for f in figures) or not any(
        _SIDE_PAIR in f["evidence"] for f in figures
    ):
        return figures
    before: dict[str, str] = {}
    previous = ""
    for row in rows:
        before[str(row["sentence_id"])] = previous
        previous = str(row["text"])
    gone = _main_pair_left(figures, before)
    return [
        f
        for index, f in enumerate(figures)
        if index not in gone
        and (
            not (_UNNAMED in f["evidence"] and _SIDE_PAIR in f["evidence"])
            or _names_side(f, before.get(str(f["sentence_id"]), ""))
        )
    ]
