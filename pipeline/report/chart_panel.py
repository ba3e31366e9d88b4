"""One panel of ``claims.png``: a pair's claims by year, conflicts ringed and joined, labels
placed by ``chart_labels`` so they stay inside the panel and off each other.

Drawn on a matplotlib ``Axes`` whose position is already fixed (``chart._fixed_margins``), so
data coordinates map to pixels before anything is rendered.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from pipeline.reconcile.intervals import human
from pipeline.report.chart_labels import (
    CANDIDATES,
    RATIO_PLACES,
    place_labels,
    text_size,
)

FLOW_MARKERS = {"turnover": "o", "exports": "^", "imports": "v", "investment": "s"}
CONFLICT_COLOUR = "#d62728"
MARKER_AREA = {"total": 46, "sector": 26, "ring": 190}
"""Marker areas in points² (matplotlib's ``s``): totals, sectors, the red ring of a conflict."""
LABEL_ALL_UP_TO = 20
"""A panel with at most this many markers labels each (where a label fits); a busier one
labels its conflicts only."""
LABEL_CONFLICTS_UP_TO = 3
LABEL_FONT = 7.0
RATIO_FONT = 7.5
TICK_FONT = 8.0
LABEL_BOX = {"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75}
"""Behind value labels: a conflict's dashed line may run under one."""


def _money(value: float, _pos: object = None) -> str:
    return human(value, "USD")


def x_positions(points: pd.DataFrame) -> list[float]:
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
    sizes = _areas(points)
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
            s=MARKER_AREA["ring"],
            facecolors="none",
            edgecolors=CONFLICT_COLOUR,
            linewidths=1.4,
            zorder=3,
        )


def _areas(points: pd.DataFrame) -> np.ndarray:
    return (
        (points["scope"] == "total")
        .map({True: MARKER_AREA["total"], False: MARKER_AREA["sector"]})
        .to_numpy()
    )


def _label_text(p, unit: str) -> str:
    text = f"{p.source} {human(p.value, unit)}"
    text += "".join(f" {w}" for w in (p.scope, p.label) if w and w != "total")
    return text + (" target" if p.status == "target" else "")


def _set_axes(ax, points: pd.DataFrame) -> tuple[float, float]:
    """Scales, limits, ticks and grid, set before labels: they fix where each point lands."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

    years = sorted(points["year"].astype(int).unique())
    x_low, x_high = min(years) - 0.6, max(years) + 1.2
    ax.set_yscale("log")
    ax.yaxis.set_major_formatter(FuncFormatter(_money))
    ax.yaxis.set_minor_formatter(NullFormatter())
    low, high = points["value"].min(), points["value"].max()
    ax.set_ylim(low / 2.2, high * 2.2)
    ax.set_xlim(x_low, x_high)
    ax.xaxis.set_major_locator(FixedLocator(years))
    ax.set_xticklabels(_year_labels(ax, years))
    ax.grid(axis="y", color="#dddddd", lw=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=TICK_FONT)
    return x_low, x_high


def _year_labels(ax, years: list[int]) -> list[str]:
    """Tick labels of ``years``, blank where a label would touch the previous one (a panel
    spanning many years with claims in adjacent ones)."""
    xs = ax.transData.transform([(y, 1.0) for y in years])[:, 0]
    room = text_size("2000", TICK_FONT, ax.figure.dpi)[0] + 4
    labels, last = [], None
    for year, x in zip(years, xs, strict=True):
        keep = last is None or x - last >= room
        labels.append(str(year) if keep else "")
        last = x if keep else last
    return labels


def _draw_conflicts(ax, points: pd.DataFrame) -> None:
    """Shade each conflict's year and join its highest and lowest claim with a dashed line
    (all lines one collection: one artist however many conflicts a panel has)."""
    from matplotlib.collections import LineCollection

    conflicts = points[points["conflict"]]
    for year in sorted(conflicts["year"].astype(int).unique()):
        ax.axvspan(year - 0.45, year + 0.45, color=CONFLICT_COLOUR, alpha=0.07, lw=0)
    ends = conflicts.groupby("fact_id", sort=True)["value"].agg(["idxmax", "idxmin"])
    if len(ends):
        top, bottom = conflicts.loc[ends["idxmax"]], conflicts.loc[ends["idxmin"]]
        segments = np.stack(
            [top[["x", "value"]].to_numpy(float), bottom[["x", "value"]].to_numpy(float)], axis=1
        )
        ax.add_collection(
            LineCollection(
                segments, colors=CONFLICT_COLOUR, linewidths=1.2, linestyles="--", zorder=1
            ),
            autolim=False,
        )


def _conflict_ratios(points: pd.DataFrame) -> dict[str, tuple]:
    """``{fact_id: (its highest claim as a row tuple, "conflict ×1.27")}``."""
    ratios = {}
    for fact_id, group in points[points["conflict"]].groupby("fact_id", sort=True):
        top, bottom = group["value"].max(), group["value"].min()
        row = next(group.loc[[group["value"].idxmax()]].itertuples())
        ratios[fact_id] = (row, f"conflict ×{top / bottom:.2f}" if bottom > 0 else "conflict")
    return ratios


def _labels(points: pd.DataFrame, unit: str, x_mid: float) -> list[tuple]:
    """Every label a panel would like, most important first: each ``(row, text, style,
    candidates)``. Conflicting values first, the highest of each conflict saying its ratio
    (``conflict ×1.27``); then the other values, only in a panel of at most
    ``LABEL_ALL_UP_TO`` markers. A busy panel with many conflicts labels only their ratios."""
    value = {"fontsize": LABEL_FONT, "color": "#333333", "bbox": LABEL_BOX}
    conflict = {**value, "color": CONFLICT_COLOUR}

    def beside(x: float) -> tuple:
        # Points in the right half try their left side first: labels stay inside the panel.
        return CANDIDATES if x <= x_mid else (CANDIDATES[1], CANDIDATES[0], *CANDIDATES[2:])

    ratios = _conflict_ratios(points)
    label_all = len(points) <= LABEL_ALL_UP_TO
    if not label_all and len(ratios) > LABEL_CONFLICTS_UP_TO:
        bold = {"fontsize": RATIO_FONT, "fontweight": "bold", "color": CONFLICT_COLOUR}
        return [(p, text, bold, RATIO_PLACES) for p, text in ratios.values()]
    labels = []
    for p in points[points["conflict"]].itertuples():
        text = _label_text(p, unit)
        top, ratio = ratios[p.fact_id]
        text += f" ({ratio})" if top.Index == p.Index else ""
        labels.append((p, text, conflict, beside(p.x)))
    if label_all:
        labels += [
            (p, _label_text(p, unit), value, beside(p.x))
            for p in points[~points["conflict"]].itertuples()
        ]
    return labels


def _place(ax, points: pd.DataFrame, x_mid: float, unit: str) -> None:
    """Each label where it fits (``chart_labels.place_labels``), in ``_labels``' order."""
    dpi = ax.figure.dpi
    xy = ax.transData.transform(np.column_stack([points["x"], points["value"]]))
    radius = np.sqrt(_areas(points)) / 2 * dpi / 72
    radius = np.where(points["conflict"], np.sqrt(MARKER_AREA["ring"]) / 2 * dpi / 72, radius)
    markers = np.column_stack([xy - radius[:, None], xy + radius[:, None]])
    box = ax.get_position().transformed(ax.figure.transFigure)
    frame = (box.x0 + 2, box.y0 + 2, box.x1 - 2, box.y1 - 2)
    row = {index: i for i, index in enumerate(points.index)}

    labels = _labels(points, unit, x_mid)
    at = [row[p.Index] for p, *_ in labels]
    places = place_labels(
        [tuple(xy[i]) for i in at],
        [text_size(text, style["fontsize"], dpi) for _, text, style, _ in labels],
        [radius[i] for i in at],
        frame,
        markers,
        [candidates for *_, candidates in labels],
    )
    for (p, text, style, _), where in zip(labels, places, strict=True):
        if where is not None:
            ax.annotate(
                text,
                (p.x, p.value),
                xytext=(where.dx, where.dy),
                textcoords="offset pixels",
                ha=where.ha,
                va=where.va,
                zorder=4,
                **style,
            )


def draw_panel(ax, points: pd.DataFrame, pair: str, unit: str, colours: dict[str, str]) -> None:
    """Draw ``points`` (one pair's drawable claims) on ``ax`` with one colour per source."""
    points = points.assign(x=x_positions(points))
    x_low, x_high = _set_axes(ax, points)
    _scatter(ax, points, colours)
    _draw_conflicts(ax, points)
    _place(ax, points, (x_low + x_high) / 2, unit)
    sources = panel_sources(points, pair)
    ax.legend(
        handles=[handle(s, marker="o", color=colours[s], markersize=6) for s in sources],
        title="source",
        title_fontsize=7,
        fontsize=7,
        loc="best",
        framealpha=0.8,
    )


def panel_sources(points: pd.DataFrame, pair: str) -> list[str]:
    """A panel's sources in legend order: the pair's own two, third parties, unattributed."""
    sides = pair.split("–")
    present = set(points["source"])
    named = sorted(
        (s for s in present if s != "unattributed"),
        key=lambda s: (sides.index(s) if s in sides else len(sides), s),
    )
    return named + (["unattributed"] if "unattributed" in present else [])


def handle(label: str, **style):
    """A legend entry drawn as a bare marker."""
    from matplotlib.lines import Line2D

    return Line2D([], [], ls="none", label=label, **style)


def legend_handles(points: pd.DataFrame) -> list:
    """The figure's legend: flow markers, actual, and sector, target, conflict where drawn."""
    handles = []
    flows = [f for f in FLOW_MARKERS if f in set(points["flow"])]
    handles += [handle(f, marker=FLOW_MARKERS[f], color="#555555", markersize=7) for f in flows]
    handles.append(handle("actual", marker="o", color="#555555", markersize=7))
    if (points["scope"] != "total").any():
        handles.append(handle("sector", marker="o", color="#555555", markersize=5))
    if (points["status"] == "target").any():
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
    if points["conflict"].any():
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
