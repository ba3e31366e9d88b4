"""``claims.png``: per country pair and year, the values each source claims.

Why this shape: an analyst should see at a glance where two authorities disagree. One panel per
pair (the pairs with most claims), years across, values on a log axis (so a sector next to a
total stays readable), one colour per source, conflicts ringed in red and joined by a red line,
targets hollow. Only money levels are drawn (mixing percentages or multiples on one axis would
mislead), all in US dollars: claims in other currencies at the annual average rate of their
year (``pipeline/reconcile/fx.py``, the same ``value_usd`` as figures); a claim whose currency
and year have no rate is left out, never guessed. ``report.md`` lists everything. A panel draws a bounded
sample of its points and labels only a few (``chart_data.py``), and its title says when it
drew a sample: the cost of drawing does not grow with the number of claims.

Deterministic: the Agg renderer on a ``Figure`` (no pyplot state), matplotlib's default style
whatever the user's matplotlibrc says, fixed size and dpi, and no ``Software`` or date chunk in
the PNG, so the same tables and library versions give the same bytes.
"""

from __future__ import annotations

import io
import math

import pandas as pd

from pipeline.reconcile.intervals import human
from pipeline.report.chart_data import (
    TOP_PAIRS,
    chart_points,
    drawable,
    panel_sample,
    top_pairs,
)

DPI = 100
PANEL_SIZE = (6.4, 3.4)
COLUMNS = 2
FLOW_MARKERS = {"turnover": "o", "exports": "^", "imports": "v", "investment": "s"}
CONFLICT_COLOUR = "#d62728"
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
    "Every {unit} level a source claims: turnover, exports, imports and investment; totals "
    "as large markers, sectors small; one colour per source in all panels"
)
"""What the chart draws, under its title; ``report.md`` quotes it too."""
MAX_LABELS = 14
"""Value labels per panel at most (all points, else the conflicts' points, else none)."""
MAX_CONFLICT_LABELS = 6
"""``conflict ×ratio`` labels per panel at most, the widest conflicts first."""


def chart_caption(unit: str = "USD") -> str:
    """The sentence under the chart's title, saying what is drawn."""
    return CAPTION.format(unit=unit)


def source_colours(points: pd.DataFrame) -> dict[str, str]:
    """One colour per source for the whole chart, so a source looks the same in every panel.

    Sources with most claims get the first colours; ``unattributed`` is always grey.
    """
    counts = points.loc[points["source"] != "unattributed", "source"].value_counts()
    named = sorted(counts.index, key=lambda s: (-counts[s], s))
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(named)}
    colours["unattributed"] = UNATTRIBUTED
    return colours


def _panel_sources(points: pd.DataFrame, pair: str) -> list[str]:
    """A panel's sources in legend order: the pair's own two, third parties, unattributed."""
    sides = pair.split("–")
    present = set(points["source"])
    named = sorted(
        (s for s in present if s != "unattributed"),
        key=lambda s: (sides.index(s) if s in sides else len(sides), s),
    )
    return named + (["unattributed"] if "unattributed" in present else [])


def _money(value: float, _pos: object = None) -> str:
    return human(value, "USD")


def _x_positions(points: pd.DataFrame) -> list[float]:
    """x of each point: its year, actuals spread by (source, period) slot, targets to the right."""
    actual = points["status"] != "target"
    slots = sorted(set(zip(points.loc[actual, "source"], points.loc[actual, "label"], strict=True)))
    low, high = (-0.34, 0.12) if (~actual).any() else (-0.3, 0.3)
    step = (high - low) / (len(slots) - 1) if len(slots) > 1 else 0.0
    where = {slot: low + i * step if step else (low + high) / 2 for i, slot in enumerate(slots)}
    return [
        p.year + (where[(p.source, p.label)] if p.status != "target" else 0.36)
        for p in points.itertuples()
    ]


def _scatter(ax, points: pd.DataFrame, colours: dict[str, str]) -> None:
    """All markers of a panel in one ``scatter`` per flow marker, conflict rings in one more.

    Why batched: one ``scatter`` call per point made a six-panel chart of a large corpus take
    seconds (each call is its own artist, laid out and drawn separately).
    """
    target = (points["status"] == "target").to_numpy()
    colour = points["source"].map(colours).to_numpy()
    sizes = (points["scope"] == "total").map({True: 46, False: 26}).to_numpy()
    for flow, rows in points.groupby(points["flow"].map(lambda f: f if f in FLOW_MARKERS else "")):
        at = points.index.get_indexer(rows.index)
        ax.scatter(
            rows["x"],
            rows["value"],
            marker=FLOW_MARKERS.get(flow, "o"),
            s=sizes[at],
            facecolors=["none" if t else c for t, c in zip(target[at], colour[at], strict=True)],
            edgecolors=list(colour[at]),
            linewidths=[1.6 if t else 0.6 for t in target[at]],
            zorder=3,
        )
    rings = points[points["conflict"]]
    if len(rings):
        ax.scatter(
            rings["x"],
            rings["value"],
            marker="o",
            s=190,
            facecolors="none",
            edgecolors=CONFLICT_COLOUR,
            linewidths=1.4,
            zorder=3,
        )


def _conflict_lines(ax, points: pd.DataFrame) -> None:
    """Each conflict's highest and lowest claim joined by a dashed red line (one artist for
    all), and ``conflict ×ratio`` over the widest ``MAX_CONFLICT_LABELS`` of them."""
    from matplotlib.collections import LineCollection

    ends = []
    for fact_id, group in points[points["conflict"]].groupby("fact_id", sort=True):
        top = group.loc[group["value"].idxmax()]
        bottom = group.loc[group["value"].idxmin()]
        ends.append((fact_id, top, bottom))
    if not ends:
        return
    segments = [[(top.x, top.value), (bottom.x, bottom.value)] for _, top, bottom in ends]
    ax.add_collection(
        LineCollection(segments, colors=CONFLICT_COLOUR, linewidths=1.2, linestyles="--", zorder=1)
    )
    widest = sorted(ends, key=lambda e: (-(e[1].value / e[2].value), e[0]))
    for _, top, bottom in widest[:MAX_CONFLICT_LABELS]:
        ax.annotate(
            f"conflict ×{top.value / bottom.value:.2f}",
            (top.x, top.value),
            xytext=(0, 10),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=7.5,
            fontweight="bold",
            color=CONFLICT_COLOUR,
            zorder=4,
        )


def _draw_panel(ax, points: pd.DataFrame, pair: str, unit: str, colours: dict[str, str]) -> None:
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

    points = points.assign(x=_x_positions(points))
    years = sorted(points["year"].astype(int).unique())
    x_low, x_high = min(years) - 0.6, max(years) + 1.2
    for year in sorted(points.loc[points["conflict"], "year"].astype(int).unique()):
        ax.axvspan(year - 0.45, year + 0.45, color=CONFLICT_COLOUR, alpha=0.07, lw=0)
    _conflict_lines(ax, points)
    _scatter(ax, points, colours)
    # Labels cost far more to draw than markers: a panel labels all its points or its
    # conflicts' points only when there are few of them.
    annotate_all = len(points) <= MAX_LABELS
    annotate_conflicts = int(points["conflict"].sum()) <= MAX_LABELS
    for p in points.itertuples():
        if annotate_all or (p.conflict and annotate_conflicts):
            text = f"{p.source} {human(p.value, unit)}"
            text += "".join(f" {w}" for w in (p.scope, p.label) if w and w != "total")
            text += " target" if p.status == "target" else ""
            # Labels of points in the right part of the panel go to their left: they stay inside.
            right_half = p.x > (x_low + x_high) / 2
            ax.annotate(
                text,
                (p.x, p.value),
                xytext=(-8, -3) if right_half else (8, -3),
                textcoords="offset points",
                ha="right" if right_half else "left",
                annotation_clip=True,
                clip_on=True,
                fontsize=7,
                color=CONFLICT_COLOUR if p.conflict else "#333333",
                bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
                zorder=4,
            )
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(_money))
    ax.yaxis.set_minor_formatter(NullFormatter())
    low, high = points["value"].min(), points["value"].max()
    ax.set_ylim(low / 2.2, high * 2.2)
    ax.xaxis.set_major_locator(FixedLocator(years))
    ax.set_xticklabels([str(y) for y in years])
    ax.set_xlim(x_low, x_high)
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=8)
    sources = _panel_sources(points, pair)
    ax.legend(
        handles=[_handle(s, marker="o", color=colours[s], markersize=6) for s in sources],
        title="source",
        title_fontsize=7,
        fontsize=7,
        loc="best",
        framealpha=0.8,
    )


def _handle(label: str, **style):
    from matplotlib.lines import Line2D

    return Line2D([], [], ls="none", label=label, **style)


def _legend_handles(points: pd.DataFrame) -> list:
    handle = _handle
    handles = []
    flows = [f for f in FLOW_MARKERS if f in set(points["flow"])]
    handles += [handle(f, marker=FLOW_MARKERS[f], color="#555555", markersize=7) for f in flows]
    handles.append(handle("actual", marker="o", color="#555555", markersize=7))
    if (points["scope"] != "total").any():
        handles.append(handle("sector", marker="o", color="#555555", markersize=5))
    handles.append(
        handle(
            "target",
            marker="o",
            markerfacecolor="none",
            markeredgecolor="#555555",
            markeredgewidth=1.6,
            markersize=7,
        )
    )
    handles.append(
        handle(
            "conflict",
            marker="o",
            markerfacecolor="none",
            markeredgecolor=CONFLICT_COLOUR,
            markeredgewidth=1.4,
            markersize=12,
        )
    )
    return handles


MARGINS = {"left": 0.8, "right": 0.25, "top": 0.6, "bottom": 0.75, "between_x": 0.85}
"""Figure margins in inches: fixed, because matplotlib's constrained layout measured every
tick and annotation and took most of the drawing time (about 2 s at 10k articles)."""


def _fixed_margins(fig, rows: int, cols: int) -> None:
    width, height = fig.get_size_inches()
    panel_h = (height - MARGINS["top"] - MARGINS["bottom"]) / rows
    fig.subplots_adjust(
        left=MARGINS["left"] / width,
        right=1 - MARGINS["right"] / width,
        top=1 - MARGINS["top"] / height,
        bottom=MARGINS["bottom"] / height,
        wspace=MARGINS["between_x"] / ((width - MARGINS["left"] - MARGINS["right"]) / cols),
        hspace=0.55 / panel_h,
    )


def claims_chart(
    facts: pd.DataFrame, claims: pd.DataFrame, *, unit: str = "USD", n_pairs: int = TOP_PAIRS
) -> bytes:
    """The chart as PNG bytes; a figure saying so when there is nothing to draw."""
    import matplotlib.style
    from matplotlib.figure import Figure

    points = chart_points(facts, claims, unit)
    pairs = top_pairs(points, n_pairs) if len(points) else []
    with matplotlib.style.context("default"):
        cols = min(COLUMNS, max(len(pairs), 1))
        rows = max(math.ceil(len(pairs) / cols), 1)
        fig = Figure(figsize=(PANEL_SIZE[0] * cols, PANEL_SIZE[1] * rows + 1.3), dpi=DPI)
        _fixed_margins(fig, rows, cols)
        if not pairs:
            fig.text(0.5, 0.5, f"No {unit} level claims in this release", ha="center")
        else:
            axes = fig.subplots(rows, cols, squeeze=False)
            colours = source_colours(points[points["pair"].isin(pairs)])
            for ax, pair in zip(axes.flat, pairs, strict=False):
                mine = points[points["pair"] == pair]
                n_claims = len(mine)
                n_conflicts = mine.loc[mine["conflict"], "fact_id"].nunique()
                mine = drawable(mine)
                shown = panel_sample(mine)
                _draw_panel(ax, shown, pair, unit, colours)
                title = f"{pair}: {n_claims} claim{'' if n_claims == 1 else 's'}"
                if n_conflicts:
                    title += f", {n_conflicts} in conflict"
                if len(shown) < len(mine):
                    title += f" ({len(shown):,} of {len(mine):,} drawn)"
                ax.set_title(title, fontsize=10, loc="left")
            for ax in list(axes.flat)[len(pairs) :]:
                ax.set_visible(False)
            handles = _legend_handles(points)
            fig.legend(
                handles=handles,
                loc="lower center",
                ncol=len(handles),
                fontsize=8,
                frameon=False,
            )
        n_all = points["pair"].nunique() if len(points) else 0
        shown = f"all {n_all} pairs" if len(pairs) == n_all else f"{len(pairs)} of {n_all} pairs"
        fig.suptitle(
            f"Claimed trade values ({unit}) by source, per pair and year ({shown}, "
            "most claims first)",
            fontsize=11,
            y=1 - 0.12 / fig.get_size_inches()[1],
            va="top",
        )
        if pairs:
            fig.text(
                0.5,
                1 - 0.36 / fig.get_size_inches()[1],
                chart_caption(unit),
                ha="center",
                va="top",
                fontsize=8,
                color="#444444",
            )
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
