"""Where the chart's labels go: beside their marker, inside the panel, on no other label or
marker. A label that fits nowhere is left out; ``report.md`` and the tables hold every value.

Everything here is in display pixels (origin bottom left, as matplotlib's ``transData`` gives),
and text sizes are estimated from the character count rather than measured: measuring needs a
renderer pass per label, which is what made the chart slow before (see ``chart.MARGINS``).
The estimate errs wide, so a label may be left out that would just have fitted, never overlap.

Cost: each label is tried at ``len(CANDIDATES)`` places against the labels placed so far and
the panel's markers, so O(labels x (labels + markers)); the panel labels at most
``chart_panel.LABEL_ALL_UP_TO`` points plus its conflicts, so this is linear in the markers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

CHAR_WIDTH_EM = 0.62
"""Average advance of DejaVu Sans (matplotlib's default font) per em, rounded up."""
LINE_HEIGHT_EM = 1.35
GAP_PX = 3.0
"""Space between a marker's edge and its label."""


@dataclass(frozen=True)
class Placement:
    """Where one label goes: its offset from the anchor in pixels, its alignment, and the box
    ``(x0, y0, x1, y1)`` it covers."""

    dx: float
    dy: float
    ha: str
    va: str
    box: tuple[float, float, float, float]


CANDIDATES = (
    ("right", "center"),
    ("left", "center"),
    ("right", "above"),
    ("right", "below"),
    ("left", "above"),
    ("left", "below"),
    ("centre", "above"),
    ("centre", "below"),
)
"""Places tried, in order, for a value label: beside the marker first, then diagonally."""
RATIO_PLACES = (
    ("centre", "above"),
    ("right", "above"),
    ("left", "above"),
    ("right", "center"),
    ("left", "center"),
    ("centre", "below"),
)
"""Places tried for a conflict's ratio, beside its highest claim: above it first."""


def text_size(text: str, fontsize: float, dpi: float) -> tuple[float, float]:
    """Estimated ``(width, height)`` in pixels of one line of ``text`` at ``fontsize`` points."""
    em = fontsize * dpi / 72
    return len(text) * CHAR_WIDTH_EM * em + 2, LINE_HEIGHT_EM * em


def _box(
    anchor: tuple[float, float], size: tuple[float, float], radius: float, where: tuple[str, str]
) -> tuple[np.ndarray, Placement]:
    """The box ``[x0, y0, x1, y1]`` of a label placed ``where`` around a marker of ``radius``."""
    (x, y), (w, h), (side, level) = anchor, size, where
    reach = radius + GAP_PX
    dy = {"center": 0.0, "above": reach, "below": -reach}[level]
    dx = 0.0 if side == "centre" else (reach if level == "center" else radius * 0.6)
    if side == "left":
        dx = -dx
    ha = {"right": "left", "left": "right", "centre": "center"}[side]
    va = {"center": "center", "above": "bottom", "below": "top"}[level]
    x0 = x + dx - {"left": 0.0, "right": w, "center": w / 2}[ha]
    y0 = y + dy - {"bottom": 0.0, "top": h, "center": h / 2}[va]
    box = (x0, y0, x0 + w, y0 + h)
    return np.array(box), Placement(dx, dy, ha, va, box)


def _overlaps(box: np.ndarray, boxes: np.ndarray) -> bool:
    if not len(boxes):
        return False
    return bool(
        np.any(
            (box[0] < boxes[:, 2])
            & (boxes[:, 0] < box[2])
            & (box[1] < boxes[:, 3])
            & (boxes[:, 1] < box[3])
        )
    )


def place_labels(
    anchors: Sequence[tuple[float, float]],
    sizes: Sequence[tuple[float, float]],
    radii: Sequence[float],
    frame: tuple[float, float, float, float],
    markers: np.ndarray,
    candidates: Sequence[Sequence[tuple[str, str]]],
    taken: np.ndarray | None = None,
) -> list[Placement | None]:
    """A placement for each label, in order (earlier labels get the better places), or
    ``None`` where every candidate leaves ``frame`` or covers a placed label or a marker.

    ``anchors``: the marker of each label (pixels); ``sizes``: each label's ``text_size``;
    ``radii``: each marker's radius (pixels); ``frame``: ``(x0, y0, x1, y1)`` the labels must
    stay inside; ``markers``: an ``(n, 4)`` array of marker boxes, own marker included (a
    candidate clears it by construction); ``candidates``: the places tried for each label;
    ``taken``: boxes already occupied (``(m, 4)``), e.g. by labels placed earlier.
    """
    placed = [] if taken is None else [row for row in np.asarray(taken, dtype=float)]
    inner = np.array(frame, dtype=float)
    result: list[Placement | None] = []
    for anchor, size, radius, where in zip(anchors, sizes, radii, candidates, strict=True):
        chosen = None
        for option in where:
            box, placement = _box(anchor, size, radius, option)
            inside = (
                box[0] >= inner[0]
                and box[1] >= inner[1]
                and box[2] <= inner[2]
                and box[3] <= inner[3]
            )
            if (
                inside
                and not _overlaps(box, np.array(placed).reshape(-1, 4))
                and not _overlaps(box, markers)
            ):
                chosen = placement
                placed.append(box)
                break
        result.append(chosen)
    return result
