"""Facts and claims published from their stored chunks (issue 18, round 57): a changed bucket's
part is built from the previous part and the new chunks only, a claim bucketed by its fact's
kept id hash; the parts, release id and bytes equal a full recompute's, and the report reads
only the chunks holding the buckets it asks for. Made-up tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from pipeline.release import parts
from pipeline.release.catalog import verify_release
from pipeline.release.chunks import write_chunked
from pipeline.release.parquet import WRITE_OPTIONS
from pipeline.release.reuse import FACT_KEYS_DIR
from pipeline.release.stored_parts import StoredChunks
from pipeline.report.section_memo import BucketRows, ReportTables
from tests.conftest import make_tables
from tests.pipeline.release.test_stored_parts import (  # noqa: F401  (seen: a fixture)
    _lines,
    seen,
    stored_publish,
)

COUNTRIES = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"]


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 2, "facts": 2, "checks": 1})


def _reconciled(
    pairs: list[tuple[str, str]], value: dict[int, float] | None = None, drop_claim: int = -1
) -> dict[str, pd.DataFrame]:
    """The test tables with one fact per pair (``k000``...) and two claims per fact; ``value``:
    another value for fact ``i``; ``drop_claim``: fact ``i`` loses its second claim."""
    base = make_tables()
    fact, claim = base["facts"].iloc[0], base["claims"].iloc[0]
    facts, claims = [], []
    for i, (reporter, partner) in enumerate(pairs):
        fact_id = f"k{i:03d}-{reporter}-{partner}"
        amount = (value or {}).get(i, 1e9 + i)
        figures = [f"f{i}a", f"f{i}b"][: 1 if i == drop_claim else 2]
        facts.append(
            {
                **fact,
                "fact_id": fact_id,
                "reporter": reporter,
                "partner": partner,
                "value": amount,
                "value_min": amount,
                "value_max": amount,
                "n_claims": len(figures),
                "figure_ids": figures,
            }
        )
        for figure in figures:
            claims.append(
                {
                    **claim,
                    "fact_id": fact_id,
                    "figure_id": figure,
                    **dict.fromkeys(("value", "value_low", "value_high", "value_usd"), amount),
                }
            )
    return {
        **base,
        "facts": pd.DataFrame(facts).astype(base["facts"].dtypes.to_dict()),
        "claims": pd.DataFrame(claims).astype(base["claims"].dtypes.to_dict()),
    }


PAIRS = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1 :]]  # 21 pairs


def _publish(data_dir, tables: dict[str, pd.DataFrame], passed: bool = True):
    """As the release asset publishes: the tables stored in chunks of ~4 rows, facts and claims
    (and the document tables) carrying a passing check when ``passed`` (so not read)."""
    return stored_publish(data_dir, tables, passed)


@pytest.mark.parametrize(
    "change",
    [
        {"value": {5: 2.5e9}},  # a pair's fact (and its claims) changed
        {"pairs": PAIRS[:-1]},  # a pair removed
        {"pairs": [*PAIRS, ("AAA", "ZZZ")]},  # a pair added
        {"drop_claim": 9},  # a claim removed
    ],
)
def test_facts_and_claims_build_from_new_chunks_with_the_full_recompute_bytes(
    tmp_path,
    seen,  # noqa: F811
    change,
):
    _publish(tmp_path / "a", _reconciled(PAIRS))
    assert (tmp_path / "a" / FACT_KEYS_DIR / "claims" / "index.json").is_file()
    for log in seen.values():
        log.clear()
    tables = _reconciled(change.pop("pairs", PAIRS), **change)

    second, lazy = _publish(tmp_path / "a", tables)
    fresh, _ = _publish(tmp_path / "b", tables, passed=False)

    assert second.release_id == fresh.release_id
    assert _lines(tmp_path / "a", second.release_id) == _lines(tmp_path / "b", fresh.release_id)
    assert verify_release(tmp_path / "a", second.release_id) == []
    assert seen["fallback"] == [] and seen["whole"] == []
    assert isinstance(lazy.kept["facts"], StoredChunks)
    # the report's row buckets: those of the whole tables, row for row
    n, _, fact_buckets = lazy.buckets["facts"]
    _, _, claim_buckets = lazy.buckets["claims"]
    whole = parts.PartPlan()
    facts = pa.Table.from_pandas(tables["facts"], preserve_index=False)
    expected = whole.arrow_row_buckets("facts", facts, n)
    claims = pa.Table.from_pandas(tables["claims"], preserve_index=False)
    assert np.array_equal(fact_buckets, expected)
    assert np.array_equal(claim_buckets, whole.arrow_row_buckets("claims", claims, n))


def test_a_claim_without_its_fact_takes_the_whole_table_path(tmp_path, seen):  # noqa: F811
    _publish(tmp_path / "a", _reconciled(PAIRS))
    tables = _reconciled(PAIRS)
    orphan = tables["claims"].iloc[[0]].assign(fact_id="k999-nowhere", figure_id="fz")
    tables["claims"] = pd.concat([tables["claims"], orphan], ignore_index=True)
    seen["fallback"].clear()

    second, _ = _publish(tmp_path / "a", tables)

    assert seen["fallback"] == ["claims"]
    assert second.release_id == _publish(tmp_path / "b", tables, passed=False)[0].release_id


def test_claims_after_facts_built_unread_find_their_facts_pairs(tmp_path, seen):  # noqa: F811
    """Facts from their chunks, claims from the whole table (their id hashes lost): each claim
    still lands in its fact's bucket (the facts' key columns are read for it)."""
    _publish(tmp_path / "a", _reconciled(PAIRS))
    for victim in (tmp_path / "a" / FACT_KEYS_DIR / "claims").glob("*.u64"):
        victim.write_bytes(b"\1" * len(victim.read_bytes()))
    tables = _reconciled(PAIRS, value={3: 4e9})
    seen["fallback"].clear()

    second, _ = _publish(tmp_path / "a", tables)

    assert seen["fallback"] == ["claims"]
    assert second.release_id == _publish(tmp_path / "b", tables, passed=False)[0].release_id


def test_rows_where_reads_only_the_chunks_holding_a_selected_row(tmp_path, monkeypatch):
    tables = _reconciled(PAIRS)
    folder = tmp_path / "claims"
    write_chunked(
        tables["claims"], folder, "claims", WRITE_OPTIONS, fsync=lambda p: None, target_rows=4
    )
    stored = StoredChunks.of(folder)
    whole = stored.read()
    mask = np.zeros(stored.num_rows, dtype=bool)
    mask[[1, 2]] = True
    opened = []
    real = StoredChunks.chunk
    monkeypatch.setattr(StoredChunks, "chunk", lambda self, n: opened.append(n) or real(self, n))

    assert stored.rows_where(mask).equals(whole.filter(pa.array(mask)))
    assert 0 < len(opened) < len(stored.layout)
    assert stored.rows_where(mask).equals(whole.filter(pa.array(mask)))  # kept: not read again
    assert len(opened) == len(set(opened))
    assert stored.rows_where(np.zeros(stored.num_rows, dtype=bool)).num_rows == 0
    most = np.ones(stored.num_rows, dtype=bool)
    most[::3] = False  # rows of every chunk
    assert stored.rows_where(most).equals(whole.filter(pa.array(most)))
    assert stored.rows_where(mask).equals(whole.filter(pa.array(mask)))
    assert len(opened) == len(set(opened)) == len(stored.layout)
    with pytest.raises(ValueError):
        stored.rows_where(mask[:-1])


def test_the_reports_bucket_rows_from_chunks_equal_those_from_the_whole_tables(tmp_path):
    tables = _reconciled(PAIRS)
    stored = {}
    for name in ("facts", "claims"):
        folder = tmp_path / name
        write_chunked(tables[name], folder, name, WRITE_OPTIONS, fsync=lambda p: None)
        stored[name] = StoredChunks.of(folder)
    n = 8
    plan = parts.PartPlan()
    facts, claims = stored["facts"].read(), stored["claims"].read()
    fb = plan.arrow_row_buckets("facts", facts, n)
    cb = plan.arrow_row_buckets("claims", claims, n)
    planned = {"facts": (n, {}, fb), "claims": (n, {}, cb)}
    lazy = BucketRows.of(planned, stored["facts"], stored["claims"])
    eager = BucketRows.of(planned, facts, claims)
    assert lazy is not None and eager is not None
    wanted = {int(fb[0]), int(fb[-1])}
    for only in (None, ("reporter", "AAA")):
        for with_claims in (True, False):
            got = lazy.frames(wanted, only, with_claims)
            want = eager.frames(wanted, only, with_claims)
            pd.testing.assert_frame_equal(got[0], want[0])
            pd.testing.assert_frame_equal(got[1], want[1])
    report = ReportTables({}, {"facts": stored["facts"]})
    pd.testing.assert_frame_equal(report["facts"], ReportTables({}, {"facts": facts})["facts"])


def test_facts_and_claims_emptied_publish_as_a_full_recompute(tmp_path, monkeypatch):
    """An emptied input (the shrink guard allowed it): empty facts and claims are one empty
    chunk each, whose arrays are empty, not missing; the release is the recompute's. One
    bucket before and after (as a small corpus), so the record's bucket count still holds."""
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 2, "facts": 1000, "checks": 1})
    _publish(tmp_path / "a", _reconciled(PAIRS))
    tables = _reconciled(PAIRS)
    for name in ("facts", "claims"):
        tables[name] = tables[name].iloc[:0]
    second, _ = _publish(tmp_path / "a", tables)
    assert second.release_id == _publish(tmp_path / "b", tables, passed=False)[0].release_id
    again, _ = _publish(tmp_path / "a", _reconciled(PAIRS))  # and back, from the empty record
    assert again.release_id == _publish(tmp_path / "c", _reconciled(PAIRS))[0].release_id
