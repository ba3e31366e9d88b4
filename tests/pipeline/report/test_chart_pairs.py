"""The chart's per-bucket counts: buckets with the recorded digests are not counted again, and
the inputs always equal those of the whole tables; any doubt counts everything."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from pipeline.release.parts import buckets_of, pair_keys
from pipeline.report import chart_pairs
from pipeline.report.chart import chart_inputs
from pipeline.report.chart_pairs import MEMO_FILE, PairBuckets, reused_chart_inputs
from tests.pipeline.report.test_chart import _tables

N = 4


def _buckets(facts: pd.DataFrame, claims: pd.DataFrame) -> PairBuckets:
    """Buckets as the release makes them; digests made up from each bucket's rows."""
    rows = buckets_of(pair_keys(facts), N)
    of_fact = dict(zip(facts["fact_id"], rows, strict=True))
    claim_rows = claims["fact_id"].map(of_fact).to_numpy()

    def digests(frame: pd.DataFrame, where: np.ndarray) -> dict[str, str]:
        hashes = pd.util.hash_pandas_object(frame, index=False).to_numpy()
        return {str(b): str(hashes[where == b].tolist()) for b in np.unique(where)}

    return PairBuckets(N, digests(facts, rows), digests(claims, claim_rows), rows)


def _same(a, b) -> None:
    assert (a.unit, a.n_all, a.pairs) == (b.unit, b.n_all, b.pairs)
    assert a.points.dtypes.to_dict() == b.points.dtypes.to_dict()
    pd.testing.assert_frame_equal(a.points, b.points)


@pytest.fixture
def counted(monkeypatch):
    """The facts rows counted by each call (the near-miss tests look at what was recounted)."""
    calls: list[int] = []
    real = chart_pairs._count

    def count(facts, claims, fact_buckets, unit):
        calls.append(len(facts))
        return real(facts, claims, fact_buckets, unit)

    monkeypatch.setattr(chart_pairs, "_count", count)
    return calls


def test_second_publish_counts_nothing_and_gives_the_same_inputs(tmp_path, counted):
    facts, claims = _tables(9)
    whole = chart_inputs(facts, claims)
    _same(reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path), whole)
    assert counted == [len(facts)]
    _same(reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path), whole)
    assert counted == [len(facts)]  # every bucket from the record


def test_buckets_counted_a_group_at_a_time_give_the_same_inputs_and_record(
    tmp_path, counted, monkeypatch
):
    """Round 51: a full run counts a group of buckets at a time (not the whole tables at
    once); the inputs and the memo's record equal one group's."""
    facts, claims = _tables(9)
    whole = chart_inputs(facts, claims)
    _same(reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path / "one"), whole)
    assert counted == [len(facts)]
    counted.clear()
    monkeypatch.setattr(chart_pairs, "GROUP_BUCKETS", 1)
    _same(reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path / "each"), whole)
    assert len(counted) == len(set(_buckets(facts, claims).fact_buckets)) > 1
    assert sum(counted) == len(facts)
    one, each = (json.loads((tmp_path / d / MEMO_FILE).read_text()) for d in ("one", "each"))
    assert one == each
    assert chart_pairs.bucket_groups([5, 1, 7], 2) == [[5, 1], [7]]


def test_a_changed_bucket_alone_is_counted_and_the_ranking_follows(tmp_path, counted):
    facts, claims = _tables(9)
    reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path)
    # the last pair gains claims enough to be drawn first
    last = facts[facts["reporter"] == facts["reporter"].iloc[-1]]
    extra = claims[claims["fact_id"].isin(last["fact_id"])].assign(value_usd=7e9)
    more = pd.concat([claims, extra, extra], ignore_index=True)
    buckets = _buckets(facts, more)
    got = reused_chart_inputs(facts, more, buckets, tmp_path)
    _same(got, chart_inputs(facts, more))
    changed_bucket = buckets.fact_buckets[facts["fact_id"].isin(last["fact_id"]).to_numpy()][0]
    assert counted[1] == int((buckets.fact_buckets == changed_bucket).sum()) < len(facts)


@pytest.mark.parametrize(
    "spoil",
    [
        lambda body: {**body, "sha256": "0" * 64},  # damaged record
        lambda body: {**body, "version": "other code"},  # digest of another version: not ours
        lambda body: {**body, "n": N + 1},  # another bucket count
    ],
)
def test_a_doubtful_record_counts_every_bucket(tmp_path, counted, spoil):
    facts, claims = _tables(9)
    reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path)
    path = tmp_path / MEMO_FILE
    path.write_text(json.dumps(spoil(json.loads(path.read_text()))))
    _same(
        reused_chart_inputs(facts, claims, _buckets(facts, claims), tmp_path),
        chart_inputs(facts, claims),
    )
    assert counted == [len(facts), len(facts)]


def test_a_stale_digest_is_counted_again(tmp_path, counted):
    """Near miss: same rows but one bucket's recorded digest differs: that bucket recounts."""
    facts, claims = _tables(9)
    buckets = _buckets(facts, claims)
    reused_chart_inputs(facts, claims, buckets, tmp_path)
    first = next(iter(buckets.claims))
    claims_digests = {**buckets.claims, first: "other"}
    again = PairBuckets(N, buckets.facts, claims_digests, buckets.fact_buckets)
    _same(reused_chart_inputs(facts, claims, again, tmp_path), chart_inputs(facts, claims))
    assert counted[1] == int((buckets.fact_buckets == int(first)).sum())


def test_without_buckets_the_whole_tables_are_read(tmp_path, counted):
    facts, claims = _tables(5)
    _same(reused_chart_inputs(facts, claims, None, tmp_path), chart_inputs(facts, claims))
    short = _buckets(facts, claims)
    short = PairBuckets(N, short.facts, short.claims, short.fact_buckets[:-1])
    _same(reused_chart_inputs(facts, claims, short, tmp_path), chart_inputs(facts, claims))
    assert counted == []


@pytest.mark.parametrize("drawn", [True, False])
def test_a_claim_without_a_year_gives_the_whole_tables_year_dtype(tmp_path, counted, drawn):
    """A null year anywhere (in a drawn pair or not) makes the year column float."""
    facts, claims = _tables(9)
    shown = chart_inputs(facts, claims).pairs
    pairs = ["–".join(sorted(p)) for p in zip(facts["reporter"], facts["partner"], strict=True)]
    row = next(i for i, p in enumerate(pairs) if (p in shown) == drawn)
    undated = facts.copy()
    undated.loc[row, ["period_start", "period_end"]] = None
    whole = chart_inputs(undated, claims)
    assert whole.points["year"].dtype == np.float64
    _same(reused_chart_inputs(undated, claims, _buckets(undated, claims), tmp_path), whole)
    _same(reused_chart_inputs(undated, claims, _buckets(undated, claims), tmp_path), whole)
    assert counted == [len(facts)]
