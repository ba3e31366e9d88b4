"""``claims.png``: per country pair and year, the values each source claims.

Why this shape: an analyst should see at a glance where two authorities disagree. One panel per
pair (the pairs with most claims), years across, values on a log axis (so a sector next to a
total stays readable), one colour per source, conflicts ringed in red and joined by a red line,
targets hollow. Only money levels are drawn (mixing percentages or multiples on one axis would
mislead), all in US dollars: each claim's ``value_usd``, its figure's value at the average rate
of its period (``pipeline/lexicon/fx.py``); a claim whose currency and period have no rate is
left out, never guessed. A panel draws a bounded sample of its points
(``chart_data.py``) and its title says when it did: the cost of drawing does not grow with the
number of claims. ``report.md`` lists everything.

Deterministic: the Agg renderer on a ``Figure`` (no pyplot state), matplotlib's default style
whatever the user's matplotlibrc says, fixed size and dpi, and no ``Software`` or date chunk in
the PNG, so the same tables and library versions give the same bytes.
"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass

import pandas as pd

from pipeline.report.chart_data import (
    TOP_PAIRS,
    chart_points,
    drawable,
    panel_sample,
    top_pairs,
)
from pipeline.report.chart_labels import text_size
from pipeline.report.chart_panel import draw_panel, legend_handles

DPI = 100
WIDTH = 9.6
"""Figure width in inches: 960 px, so the chart fits the Dagster UI's Markdown pop-up (at most
80 % of the window, less 40 px of padding) without a scrollbar in windows from 1,250 px wide."""
PANEL_HEIGHT = 3.3
COLUMNS = 2
PALETTE = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b",
    "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939",
    "#aec7e8", "#ffbb78", "#98df8a", "#c5b0d5", "#c49c94",
    "#f7b6d2", "#9edae5", "#dbdb8d", "#8c6d31", "#7b4173",
]  # fmt: skip
"""Source colours: tab10 without red (it marks conflicts) and grey (unattributed), then
tab20's light shades and a few of tab20b's dark ones; 20 sources before a colour repeats."""
UNATTRIBUTED = "#7f7f7f"
CAPTION = (
    "Each marker is a value one source claims for a pair and year: {unit} levels of turnover, "
    "exports, imports and investment (small: a sector); hollow: a target; red ring: a conflict, "
    "its highest claim labelled with the ratio to its lowest. A source has one colour in every "
    "panel. Labels that would overlap are left out; report.md lists every value."
)
"""What the chart draws, under its title; ``report.md`` quotes it too."""
TITLE_FONT, CAPTION_FONT, PANEL_TITLE_FONT = 11.0, 8.0, 10.0


def chart_caption(unit: str = "USD") -> str:
    """The sentence under the chart's title, saying what is drawn."""
    return CAPTION.format(unit=unit)


def chart_title(unit: str, shown: int, total: int) -> str:
    """``Claimed … (6 of 12 pairs, most claims first)``; ``1 pair``, ``all 3 pairs``."""
    if total == 1:
        which = "1 pair"
    elif shown == total:
        which = f"all {total} pairs, most claims first"
    else:
        which = f"{shown} of {total} pairs, most claims first"
    return f"Claimed trade values ({unit}) by source, per pair and year ({which})"


def panel_title(pair: str, n_claims: int, n_conflicts: int) -> str:
    """``KAZ–KGZ: 7 claims, 1 in conflict``; ``1 claim``."""
    title = f"{pair}: {n_claims:,} claim{'' if n_claims == 1 else 's'}"
    return title + (f", {n_conflicts:,} in conflict" if n_conflicts else "")


def source_colours(points: pd.DataFrame) -> dict[str, str]:
    """One colour per source for the whole chart, so a source looks the same in every panel.

    Sources with most claims get the first colours; ``unattributed`` is always grey.
    """
    counts = points.loc[points["source"] != "unattributed", "source"].value_counts()
    named = sorted(counts.index, key=lambda s: (-counts[s], s))
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(named)}
    colours["unattributed"] = UNATTRIBUTED
    return colours


MARGINS = {"left": 0.75, "right": 0.2, "bottom": 0.7, "between_x": 0.75, "between_y": 0.6}
"""Figure margins in inches: fixed, because matplotlib's constrained layout measured every
tick and annotation and took most of the drawing time (about 2 s at 10k articles). The top
margin follows the number of title and caption lines (``_header``)."""
LINE_INCHES = {TITLE_FONT: 0.24, CAPTION_FONT: 0.16}


def _wrap(text: str, fontsize: float, width_inches: float) -> list[str]:
    """``text`` in lines that fit ``width_inches`` at ``fontsize`` (estimated, see chart_labels)."""
    per_char = text_size("x" * 100, fontsize, DPI)[0] / 100 / DPI
    return textwrap.wrap(text, max(int(width_inches / per_char), 20))


def _header(title: str, caption: str | None) -> tuple[list[str], list[str], float]:
    """Title lines, caption lines and the top margin (inches) they need above the panels."""
    usable = WIDTH - 0.3
    title_lines = _wrap(title, TITLE_FONT, usable)
    caption_lines = _wrap(caption, CAPTION_FONT, usable) if caption else []
    top = 0.12 + len(title_lines) * LINE_INCHES[TITLE_FONT]
    top += len(caption_lines) * LINE_INCHES[CAPTION_FONT] + 0.42  # room for the panel titles
    return title_lines, caption_lines, top


def _fixed_margins(fig, rows: int, cols: int, top: float) -> None:
    width, height = fig.get_size_inches()
    panel_h = (height - top - MARGINS["bottom"]) / rows
    panel_w = (width - MARGINS["left"] - MARGINS["right"]) / cols
    fig.subplots_adjust(
        left=MARGINS["left"] / width,
        right=1 - MARGINS["right"] / width,
        top=1 - top / height,
        bottom=MARGINS["bottom"] / height,
        wspace=MARGINS["between_x"] / (panel_w - MARGINS["between_x"]) if cols > 1 else 0.0,
        hspace=MARGINS["between_y"] / (panel_h - MARGINS["between_y"]) if rows > 1 else 0.0,
    )


def _legend_columns(handles: list) -> int:
    """As many legend entries per row as fit the figure's width."""
    entry = max(text_size(h.get_label(), 8, DPI)[0] for h in handles) + 40  # marker and gap
    return max(1, min(len(handles), int(WIDTH * DPI // entry)))


@dataclass(frozen=True)
class ChartInputs:
    """Everything ``claims.png`` draws, decided from the tables before any drawing: the unit,
    how many pairs have points (``n_all``), the pairs drawn and their points (``points``: the
    rows of :func:`~pipeline.report.chart_data.chart_points` of those pairs only). The picture
    is a pure function of these (and the drawing code), so they key a memo of its bytes
    (:mod:`pipeline.report.chart_memo`)."""

    unit: str
    n_all: int
    pairs: tuple[str, ...]
    points: pd.DataFrame


def chart_inputs(
    facts: pd.DataFrame, claims: pd.DataFrame, *, unit: str = "USD", n_pairs: int = TOP_PAIRS
) -> ChartInputs:
    """What :func:`draw_chart` draws for these tables (one pass over the claims)."""
    seen: dict[str, object] = {"pairs": [], "n_all": 0}

    def choose(points: pd.DataFrame) -> list[str]:  # ranked on every point, drawn pairs kept
        seen["n_all"] = points["pair"].nunique() if len(points) else 0
        seen["pairs"] = top_pairs(points, n_pairs) if len(points) else []
        return seen["pairs"]  # type: ignore[return-value]

    drawn = chart_points(facts, claims, unit, choose=choose)
    return ChartInputs(unit, int(seen["n_all"]), tuple(seen["pairs"]), drawn)  # type: ignore[arg-type]


def claims_chart(
    facts: pd.DataFrame, claims: pd.DataFrame, *, unit: str = "USD", n_pairs: int = TOP_PAIRS
) -> bytes:
    """The chart as PNG bytes, ``WIDTH`` inches wide; a figure saying so when there is nothing
    to draw.

    Cost: one pass over the claims to build the points, then per drawn pair (at most
    ``n_pairs``) its own points; labels are placed per panel (``chart_labels``). A release
    draws through a memo (``chart_memo.py``): :func:`chart_inputs` first, then
    :func:`draw_chart` only for inputs not drawn before.
    """
    return draw_chart(chart_inputs(facts, claims, unit=unit, n_pairs=n_pairs))


def draw_chart(inputs: ChartInputs) -> bytes:
    """Draw ``inputs`` (see :func:`claims_chart`) as PNG bytes."""
    import matplotlib.style
    from matplotlib.figure import Figure

    unit, points, pairs = inputs.unit, inputs.points, list(inputs.pairs)
    title_lines, caption_lines, top = _header(
        chart_title(unit, len(pairs), inputs.n_all), chart_caption(unit) if pairs else None
    )
    with matplotlib.style.context("default"):
        cols = min(COLUMNS, max(len(pairs), 1))
        rows = max(math.ceil(len(pairs) / cols), 1)
        height = PANEL_HEIGHT * rows + MARGINS["between_y"] * (rows - 1)
        fig = Figure(figsize=(WIDTH, height + top + MARGINS["bottom"]), dpi=DPI)
        fig_height = fig.get_size_inches()[1]
        _fixed_margins(fig, rows, cols, top)
        y = 1 - 0.12 / fig_height
        fig.text(0.5, y, "\n".join(title_lines), ha="center", va="top", fontsize=TITLE_FONT)
        y -= len(title_lines) * LINE_INCHES[TITLE_FONT] / fig_height
        if not pairs:
            fig.text(0.5, 0.5, f"No {unit} level claims in this release", ha="center")
        else:
            fig.text(
                0.5,
                y - 0.04 / fig_height,
                "\n".join(caption_lines),
                ha="center",
                va="top",
                fontsize=CAPTION_FONT,
                color="#444444",
                linespacing=1.25,
            )
            axes = fig.subplots(rows, cols, squeeze=False)
            colours = source_colours(points)
            for ax, (pair, mine) in zip(axes.flat, _by_pair(points, pairs), strict=False):
                n_conflicts = mine.loc[mine["conflict"], "fact_id"].nunique()
                distinct = drawable(mine)
                shown = panel_sample(distinct)  # bounded: drawing cost does not grow with claims
                draw_panel(ax, shown, pair, unit, colours)
                title = panel_title(pair, len(mine), n_conflicts)
                if len(shown) < len(distinct):
                    title += f" ({len(shown):,} of {len(distinct):,} drawn)"
                # y=1.0: at the top of the panel, where matplotlib's placement at draw time put
                # it too (no x labels on top, no offset text on the money axis) after measuring
                # every y tick for it (round 49: ~0.05 CPU-s of a six-panel chart; same bytes)
                ax.set_title(title, fontsize=PANEL_TITLE_FONT, loc="left", y=1.0)
            for ax in list(axes.flat)[len(pairs) :]:
                ax.set_visible(False)
            handles = legend_handles(points)
            fig.legend(
                handles=handles,
                loc="lower center",
                ncol=_legend_columns(handles),
                fontsize=8,
                frameon=False,
            )
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _by_pair(points: pd.DataFrame, pairs: list[str]) -> list[tuple[str, pd.DataFrame]]:
    """Each of ``pairs`` with its points, in that order, from one grouping pass."""
    groups = dict(tuple(points[points["pair"].isin(pairs)].groupby("pair", sort=False)))
    return [(pair, groups[pair]) for pair in pairs]
