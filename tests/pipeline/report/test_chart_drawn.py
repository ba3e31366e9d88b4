"""``claims.png`` from the picture recorded for the drawn pairs' buckets: their points are not
made again while the pairs drawn and their rows are unchanged, and the picture always equals
the one of the whole tables (the fake drawing below writes the inputs' key, so equal bytes
mean equal inputs)."""

from __future__ import annotations

import json

import pytest

from pipeline.report import chart_drawn
from pipeline.report.chart import chart_inputs
from pipeline.report.chart_drawn import DRAWN_FILE, reused_chart
from pipeline.report.chart_memo import chart_key
from pipeline.report.chart_pairs import PairBuckets, _whole_frames
from tests.pipeline.report.test_chart import _tables
from tests.pipeline.report.test_chart_pairs import N, _buckets


def draw(inputs) -> bytes:
    return f"picture of {chart_key(inputs)}".encode()


@pytest.fixture
def made(monkeypatch) -> list[tuple[str, ...]]:
    """The pairs whose points were made, per call of ``drawn_inputs``."""
    calls: list[tuple[str, ...]] = []
    real = chart_drawn.drawn_inputs

    def drawn_inputs(ranking, frames, unit):
        calls.append(tuple(ranking.chosen))
        return real(ranking, frames, unit)

    monkeypatch.setattr(chart_drawn, "drawn_inputs", drawn_inputs)
    return calls


def _chart(memo, facts, claims, buckets: PairBuckets | None = None) -> bytes:
    buckets = buckets or _buckets(facts, claims)
    return reused_chart(buckets, memo, _whole_frames(facts, claims, buckets), draw)


def test_unchanged_drawn_buckets_give_the_recorded_picture_without_making_points(tmp_path, made):
    facts, claims = _tables(9)
    whole = draw(chart_inputs(facts, claims))
    assert _chart(tmp_path, facts, claims) == whole
    assert len(made) == 1 and (tmp_path / DRAWN_FILE).is_file()
    assert _chart(tmp_path, facts, claims) == whole
    assert len(made) == 1  # from the record


def test_a_change_in_a_drawn_pair_makes_its_points_again(tmp_path, made):
    facts, claims = _tables(9)
    _chart(tmp_path, facts, claims)
    first = chart_inputs(facts, claims).pairs[0]
    pairs = ["–".join(sorted(p)) for p in zip(facts["reporter"], facts["partner"], strict=True)]
    mine = facts.loc[[p == first for p in pairs], "fact_id"]
    changed = claims.copy()
    changed.loc[changed["fact_id"].isin(mine), "value_usd"] *= 2
    assert _chart(tmp_path, facts, changed) == draw(chart_inputs(facts, changed))
    assert len(made) == 2


def test_a_changed_bucket_not_drawn_keeps_the_picture(tmp_path, made):
    """One pair drawn (``n_pairs=1``): a bucket without it changes digest, not the picture."""
    facts, claims = _tables(9)
    buckets = _buckets(facts, claims)
    frames = _whole_frames(facts, claims, buckets)
    reused_chart(buckets, tmp_path, frames, draw, n_pairs=1)
    ranking = chart_drawn.ranked_pairs(buckets, tmp_path, frames, unit="USD", n_pairs=1)
    other = next(b for b in buckets.facts if int(b) not in ranking.drawing)
    again = PairBuckets(N, {**buckets.facts, other: "other"}, buckets.claims, buckets.fact_buckets)
    picture = reused_chart(again, tmp_path, frames, draw, n_pairs=1)
    assert picture == draw(chart_inputs(facts, claims, n_pairs=1))
    assert len(made) == 1
    drawn = next(iter(ranking.drawing))
    moved = PairBuckets(N, {**buckets.facts, str(drawn): "x"}, buckets.claims, buckets.fact_buckets)
    reused_chart(moved, tmp_path, frames, draw, n_pairs=1)
    assert len(made) == 2  # a drawn bucket's digest changed: its points are made again


@pytest.mark.parametrize(
    "spoil",
    [
        lambda folder: (folder / DRAWN_FILE).write_text(
            json.dumps({**json.loads((folder / DRAWN_FILE).read_text()), "sha256": "0" * 64})
        ),
        lambda folder: [p.unlink() for p in folder.glob("*.png")],  # the picture pruned
        lambda folder: [p.write_bytes(b"") for p in folder.glob("*.png")],
    ],
)
def test_a_doubtful_record_or_a_missing_picture_makes_the_inputs_again(tmp_path, made, spoil):
    facts, claims = _tables(9)
    _chart(tmp_path, facts, claims)
    spoil(tmp_path)
    assert _chart(tmp_path, facts, claims) == draw(chart_inputs(facts, claims))
    assert len(made) == 2


def test_a_claim_without_a_year_is_part_of_the_key(tmp_path, made):
    """A null year in a bucket not drawn still makes the year column float: a new picture."""
    facts, claims = _tables(9)
    buckets = _buckets(facts, claims)
    frames = _whole_frames(facts, claims, buckets)
    reused_chart(buckets, tmp_path, frames, draw, n_pairs=1)
    ranking = chart_drawn.ranked_pairs(buckets, tmp_path, frames, unit="USD", n_pairs=1)
    row = next(i for i, b in enumerate(buckets.fact_buckets) if int(b) not in ranking.drawing)
    undated = facts.copy()
    undated.loc[row, ["period_start", "period_end"]] = None
    after = _buckets(undated, claims)
    picture = reused_chart(after, tmp_path, _whole_frames(undated, claims, after), draw, n_pairs=1)
    whole = draw(chart_inputs(undated, claims, n_pairs=1))
    assert picture == whole != draw(chart_inputs(facts, claims, n_pairs=1))
    assert len(made) == 2
