"""The mirror table's per-bucket memo: buckets with the recorded digests are not computed
again, the frame (and ``mirror.parquet``'s bytes) always equal those of the whole tables, and
any doubt computes the whole tables."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from pipeline.contract.arrow import from_arrow, to_arrow
from pipeline.contract.schemas import MirrorSchema
from pipeline.reconcile.mirror import MIRROR_BAND, mirror_flows
from pipeline.release.parquet import table_bytes
from pipeline.release.parts import buckets_of, pair_keys
from pipeline.report import mirror_memo
from pipeline.report.mirror_memo import RECORD_FILE, ROWS_FILE, reused_mirror_flows
from pipeline.report.section_memo import BucketRows
from tests.pipeline.reconcile.test_reconcile import fig, run

N = 4
PAIRS = [("GEO", "ARM"), ("KAZ", "KGZ"), ("CHN", "RUS"), ("UZB", "TJK"), ("TUR", "AZE")]


def _rows(scale: float = 1.0, year: int = 2030) -> list[dict]:
    rows = []
    for k, (a, b) in enumerate(PAIRS):
        value = (100 + 37 * k) * 1e6
        ex = {"flow": "exports", "reporter": a, "partner": b, "source": a, "year": year}
        im = {"flow": "imports", "reporter": b, "partner": a, "source": b, "year": year}
        rows += [fig(value, **ex), fig(value * (1.05 + 0.3 * (k % 2)) * scale, **im)]
    return rows


def _tables(rows: list[dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Facts and claims as the release's report reads them (through Arrow)."""
    result = run(rows)
    return (
        from_arrow(to_arrow(result.facts, "facts")),
        from_arrow(to_arrow(result.claims, "claims")),
    )


def _rows_of(facts: pd.DataFrame, claims: pd.DataFrame, n: int = N) -> BucketRows:
    """Buckets as the release makes them; digests made up from each bucket's rows."""
    rows = buckets_of(pair_keys(facts), n)
    of_fact = dict(zip(facts["fact_id"], rows, strict=True))
    claim_rows = claims["fact_id"].map(of_fact).to_numpy(dtype=np.int64)

    def digests(frame: pd.DataFrame, where: np.ndarray) -> dict[str, str]:
        hashes = pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy()
        return {str(b): str(hashes[where == b].tolist()) for b in np.unique(where)}

    return BucketRows(
        n,
        to_arrow(facts, "facts"),
        to_arrow(claims, "claims"),
        rows,
        claim_rows,
        digests(facts, rows),
        digests(claims, claim_rows),
    )


def _same(got: pd.DataFrame, whole: pd.DataFrame) -> None:
    assert got.dtypes.to_dict() == whole.dtypes.to_dict()
    pd.testing.assert_frame_equal(got, whole)
    assert table_bytes(MirrorSchema.validate(got), "mirror") == table_bytes(
        MirrorSchema.validate(whole), "mirror"
    )


def _reused(facts, claims, memo, band=MIRROR_BAND, rows=None):
    rows = rows or _rows_of(facts, claims)
    return reused_mirror_flows(rows, memo, band=band, min_confidence=0.5)


@pytest.fixture
def computed(monkeypatch):
    """The facts rows each call computed mirror rows of (what the near misses look at)."""
    calls: list[int] = []
    real = mirror_memo.mirror_flows

    def flows(facts, claims, band=MIRROR_BAND, min_confidence=None):
        calls.append(len(facts))
        return real(facts, claims, band=band, min_confidence=min_confidence)

    monkeypatch.setattr(mirror_memo, "mirror_flows", flows)
    return calls


def test_second_publish_computes_nothing_and_gives_the_same_rows(tmp_path, computed):
    facts, claims = _tables(_rows())
    whole = mirror_flows(facts, claims, min_confidence=0.5)
    assert len(whole) == len(PAIRS)
    _same(_reused(facts, claims, tmp_path), whole)
    assert computed == [len(facts)]
    _same(_reused(facts, claims, tmp_path), whole)
    assert computed == [len(facts), 0]  # every bucket from the record


def test_a_changed_bucket_alone_is_computed(tmp_path, computed):
    rows = _rows()
    facts, claims = _tables(rows)
    _reused(facts, claims, tmp_path)
    # one pair's imports move out of the band: its bucket alone is computed again
    a, b = PAIRS[0]
    moved = [
        {**r, "value": r["value"] * 3} if (r["reporter"], r["flow"]) == (b, "imports") else r
        for r in rows
    ]
    facts2, claims2 = _tables(moved)
    buckets = _rows_of(facts2, claims2)
    got = _reused(facts2, claims2, tmp_path, rows=buckets)
    whole = mirror_flows(facts2, claims2, min_confidence=0.5)
    assert not whole.equals(mirror_flows(facts, claims, min_confidence=0.5))
    _same(got, whole)
    mine = facts2["reporter"].isin([a, b]) & facts2["partner"].isin([a, b])
    changed = buckets.fact_buckets[mine.to_numpy()][0]
    assert computed[1] == int((buckets.fact_buckets == changed).sum()) < len(facts2)


def test_a_new_pair_and_a_removed_pair(tmp_path, computed):
    rows = _rows()
    facts, claims = _tables(rows[2:])  # without the first pair
    _reused(facts, claims, tmp_path)
    facts2, claims2 = _tables(rows[:-2])  # with it, without the last one
    _same(_reused(facts2, claims2, tmp_path), mirror_flows(facts2, claims2, min_confidence=0.5))


@pytest.mark.parametrize(
    "spoil",
    [
        lambda memo: (memo / RECORD_FILE).write_text("{"),  # unreadable record
        lambda memo: (memo / ROWS_FILE).write_bytes(b"torn"),  # rows not what was recorded
        lambda memo: (memo / ROWS_FILE).unlink(),  # rows missing
        lambda memo: (memo / RECORD_FILE).write_text(
            json.dumps({**json.loads((memo / RECORD_FILE).read_text()), "sha256": "0" * 64})
        ),  # damaged record
        lambda memo: (memo / RECORD_FILE).write_text(
            json.dumps({**json.loads((memo / RECORD_FILE).read_text()), "version": "old"})
        ),  # other code
    ],
)
def test_doubt_computes_the_whole_tables(tmp_path, computed, spoil):
    facts, claims = _tables(_rows())
    _reused(facts, claims, tmp_path)
    spoil(tmp_path)
    _same(_reused(facts, claims, tmp_path), mirror_flows(facts, claims, min_confidence=0.5))
    assert computed == [len(facts), len(facts)]


def test_another_band_or_bucket_count_computes_everything(tmp_path, computed):
    facts, claims = _tables(_rows())
    _reused(facts, claims, tmp_path)
    band = (0.98, 1.05)
    got = _reused(facts, claims, tmp_path, band=band)
    _same(got, mirror_flows(facts, claims, band=band, min_confidence=0.5))
    _reused(facts, claims, tmp_path, band=band, rows=_rows_of(facts, claims, N + 1))
    assert computed == [len(facts)] * 3
