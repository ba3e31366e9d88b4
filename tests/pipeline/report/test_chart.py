"""``claims.png`` at 1, 4 and 12 pairs: its width, its words, its colours and its labels."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import random

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from pipeline.report import chart
from pipeline.report.chart import chart_points, chart_title, claims_chart, panel_title
from pipeline.report.chart_labels import CANDIDATES, place_labels, text_size
from pipeline.report.chart_panel import draw_panel

CODES = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ", "KKK", "LLL", "MMM"]


def _tables(n_pairs: int, per_pair: int = 9) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Made-up facts and claims: ``n_pairs`` pairs, each with ``per_pair`` turnover facts
    stated by both sides over three years, the first one a conflict."""
    facts, claims = [], []
    for p in range(n_pairs):
        reporter, partner = CODES[p], CODES[p + 1]
        for i in range(per_pair):
            year = 2020 + i % 3
            fact_id = f"f{p:02d}{i:02d}"
            conflict = i == 0
            facts.append(
                {
                    "fact_id": fact_id,
                    "flow": ["turnover", "exports", "imports"][i % 3],
                    "scope": "total" if i < 6 else "machinery",
                    "reporter": reporter,
                    "partner": partner,
                    "period_start": dt.date(year, 1, 1),
                    "period_end": dt.date(year, 12, 31),
                    "measure": "level",
                    "unit": "USD",
                    "status": "actual",
                    "resolution": "conflicting" if conflict else "agreed_within_rounding",
                }
            )
            for side, source in enumerate((reporter, partner)):
                value = 1e9 * (1 + i) * (1.5 if conflict and side else 1.0) + side * 1e6
                claims.append(
                    {
                        "fact_id": fact_id,
                        "figure_id": f"{fact_id}-{side}",
                        "source_country": source,
                        "value": value,
                        "value_usd": value,  # USD: its own value (schema 1.2)
                    }
                )
    return pd.DataFrame(facts), pd.DataFrame(claims)


@pytest.mark.parametrize(("n_pairs", "rows"), [(1, 1), (4, 2), (12, 3)])
def test_chart_is_as_wide_as_the_ui_popup_allows_at_1_4_and_12_pairs(n_pairs, rows) -> None:
    facts, claims = _tables(n_pairs)
    with Image.open(io.BytesIO(claims_chart(facts, claims))) as image:
        assert image.width == chart.WIDTH * chart.DPI <= 960
        # panels in rows of two (one for a single pair), at most TOP_PAIRS of them
        assert image.height > rows * chart.PANEL_HEIGHT * chart.DPI


def test_titles_count_in_words() -> None:
    assert chart_title("USD", 1, 1).endswith("per pair and year (1 pair)")
    assert chart_title("USD", 3, 3).endswith("(all 3 pairs, most claims first)")
    assert chart_title("USD", 6, 12).endswith("(6 of 12 pairs, most claims first)")
    assert panel_title("AAA–BBB", 1, 0) == "AAA–BBB: 1 claim"
    assert panel_title("AAA–BBB", 1234, 2) == "AAA–BBB: 1,234 claims, 2 in conflict"
    assert "exports, imports and investment" in chart.chart_caption("USD")


def test_a_source_has_one_colour_in_every_panel(monkeypatch) -> None:
    seen: list[tuple[str, dict[str, str], set[str]]] = []

    def record(ax, points, pair, unit, colours) -> None:
        seen.append((pair, dict(colours), set(points["source"])))

    monkeypatch.setattr(chart, "draw_panel", record)
    facts, claims = _tables(4)
    claims_chart(facts, claims)
    assert len(seen) == 4
    colours = [c for _, c, _ in seen]
    assert all(c == colours[0] for c in colours)  # one mapping for the whole chart
    # BBB is a side of two pairs (AAA–BBB and BBB–CCC): the same colour in both panels
    assert sum("BBB" in sources for *_, sources in seen) == 2
    named = {s: c for s, c in colours[0].items() if s != "unattributed"}
    assert len(set(named.values())) == len(named)  # distinct sources, distinct colours


def _boxes(n: int, rng: random.Random) -> list[tuple[float, float]]:
    return [(rng.uniform(0, 400), rng.uniform(0, 300)) for _ in range(n)]


def test_placed_labels_stay_inside_and_never_overlap() -> None:
    rng = random.Random(7)
    for _ in range(50):
        anchors = _boxes(15, rng)
        sizes = [text_size("KAZ 1.34bn 2024 Jan–Sep", 7, 100)] * len(anchors)
        radii = [4.0] * len(anchors)
        markers = np.array([[x - 4, y - 4, x + 4, y + 4] for x, y in anchors])
        frame = (0.0, 0.0, 400.0, 300.0)
        places = place_labels(anchors, sizes, radii, frame, markers, [CANDIDATES] * 15)
        boxes = [np.array(p.box) for p in places if p is not None]
        assert boxes  # some always fit
        for box in boxes:
            assert box[0] >= 0 and box[1] >= 0 and box[2] <= 400 and box[3] <= 300
            hits = (box[0] < markers[:, 2]) & (markers[:, 0] < box[2])
            hits &= (box[1] < markers[:, 3]) & (markers[:, 1] < box[3])
            assert not hits.any()
        for a, b in itertools.combinations(boxes, 2):
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_a_label_goes_left_near_the_right_edge_and_is_left_out_without_room() -> None:
    size = text_size("KAZ 1.34bn", 7, 100)
    markers = np.array([[386.0, 146.0, 394.0, 154.0]])
    [place] = place_labels([(390.0, 150.0)], [size], [4.0], (0, 0, 400, 300), markers, [CANDIDATES])
    assert place is not None and place.ha == "right" and place.box[2] <= 390
    tiny = (380.0, 140.0, 400.0, 160.0)  # the frame is narrower than the label
    assert place_labels([(390.0, 150.0)], [size], [4.0], tiny, markers, [CANDIDATES]) == [None]


def test_drawn_labels_stay_inside_their_panel_and_off_each_other() -> None:
    """The rendered text, measured by matplotlib: the size estimate errs on the wide side."""
    import matplotlib.style
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    facts, claims = _tables(1, per_pair=9)
    points = chart_points(facts, claims)
    points.loc[points.index[:4], "label"] = "2020 Jan–Sep"  # longer labels
    with matplotlib.style.context("default"):
        fig = Figure(figsize=(chart.WIDTH / 2, chart.PANEL_HEIGHT), dpi=chart.DPI)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0.15, 0.15, 0.8, 0.75))
        draw_panel(ax, points, "AAA–BBB", "USD", chart.source_colours(points))
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        panel = ax.get_window_extent(renderer)
        texts = [t.get_window_extent(renderer) for t in ax.texts]
    assert len(texts) >= 6
    for box in texts:
        assert panel.x0 <= box.x0 and box.x1 <= panel.x1
        assert panel.y0 <= box.y0 and box.y1 <= panel.y1
    for a, b in itertools.combinations(texts, 2):
        assert not a.overlaps(b)


@pytest.mark.parametrize(("n_pairs", "per_pair"), [(1, 3), (4, 9), (7, 25)])
def test_panel_titles_placed_at_the_top_draw_what_matplotlib_placing_them_drew(
    monkeypatch, n_pairs, per_pair
) -> None:
    """Round 49: a panel title is set at the top of its panel (``y=1.0``) instead of letting
    matplotlib place it at draw time, which measured every y tick of the panel (its tight box)
    only to find nothing above the panel to avoid (no x labels on top, no offset text on the
    money axis). The picture's bytes are those of matplotlib's own placement."""
    from matplotlib.axes import Axes

    facts, claims = _tables(n_pairs, per_pair)
    ours = claims_chart(facts, claims)
    placed = Axes.set_title

    def placed_by_matplotlib(self, label, fontdict=None, loc=None, pad=None, *, y=None, **kw):
        return placed(self, label, fontdict, loc, pad, **kw)

    monkeypatch.setattr(Axes, "set_title", placed_by_matplotlib)
    assert claims_chart(facts, claims) == ours
