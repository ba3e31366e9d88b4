"""Reconcile as a merge into the previous output: the stored rows of unchanged pairs are kept,
only changed pairs are recomputed, and the tables are those of a full recompute, byte for byte.
A stored digest is trusted only for the chunk list it was written with."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from assets.stages import facts as facts_stage
from assets.stages.facts import previous_output
from pipeline.reconcile import previous as previous_module
from pipeline.reconcile.pairs import OUTPUTS, pair_labels, reconcile_pairs
from pipeline.reconcile.previous import kept_rows
from pipeline.release import chunks
from pipeline.release.chunks import pair_digests, parquet_bytes, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS
from tests.pipeline.reconcile.test_row_hashes import caches, corpus, counting, store

__all__ = ["corpus"]  # the module fixture, shared with test_row_hashes


def run(root: Path, tables: dict[str, pd.DataFrame], cache: Path, merge: Path | None = None):
    """``reconcile_pairs`` of ``tables`` stored under ``root`` (caches in ``cache``), merging
    into the outputs stored in ``merge`` if given."""
    previous = None if merge is None else previous_output(folders(merge))
    return reconcile_pairs(
        None,
        stored=store(root, tables),
        memo=cache / "memo",
        caches=caches(cache),
        as_arrow=True,
        previous=previous,
    )


def folders(out: Path) -> dict[str, Path]:
    return {name: out / name for name in OUTPUTS}


def write(out: Path, result, **kwargs) -> None:
    """The three tables as the IO manager stores them, with the run's pair digests."""
    for name in OUTPUTS:
        rows = getattr(result.reconciled, name)
        write_chunked(
            rows,
            out / name,
            name,
            WRITE_OPTIONS,
            fsync=lambda p: None,
            target_rows=16,
            pairs=result.digests,
            **kwargs,
        )


def assert_identical(left, right) -> None:
    """Same rows, types, schema metadata and Parquet bytes."""
    for name in OUTPUTS:
        a, b = getattr(left, name), getattr(right, name)
        assert a.equals(b, check_metadata=True), name
        assert parquet_bytes(a, WRITE_OPTIONS) == parquet_bytes(b, WRITE_OPTIONS), name


def with_value(figures: pd.DataFrame, pair: str, factor: float) -> pd.DataFrame:
    """``figures`` with the first figure of ``pair`` scaled (one pair's inputs changed)."""
    changed = figures.copy()
    at = changed.index[pair_labels(changed) == pair][0]
    changed.loc[at, "value"] = changed.loc[at, "value"] * factor
    return changed


def full(tmp: Path, tables: dict[str, pd.DataFrame]):
    """A full recompute: empty caches, no previous output."""
    return run(tmp / "full-in", tables, tmp / "full-cache").reconciled


def test_a_changed_pair_is_recomputed_and_the_rest_kept_as_stored(
    corpus, tmp_path, monkeypatch
) -> None:
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    assert pair_digests(tmp_path / "out" / "facts") == first.digests
    changed = {**corpus, "figures": with_value(corpus["figures"], "KAZ|UZB", 3.0)}
    computed = counting(monkeypatch)
    merged = run(tmp_path / "b", changed, tmp_path / "c", merge=tmp_path / "out")
    assert merged.merged
    assert set(pair_labels(pd.concat(computed))) == {"KAZ|UZB"}
    monkeypatch.undo()
    assert_identical(merged.reconciled, full(tmp_path, changed))
    assert merged.digests["KAZ|UZB"] != first.digests["KAZ|UZB"]


def test_nothing_changed_keeps_every_row_and_computes_nothing(
    corpus, tmp_path, monkeypatch
) -> None:
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    computed = counting(monkeypatch)
    again = run(tmp_path / "a", corpus, tmp_path / "c", merge=tmp_path / "out")
    assert again.merged and computed == []
    assert_identical(again.reconciled, first.reconciled)


def test_a_pair_whose_figures_are_gone_loses_its_rows(corpus, tmp_path) -> None:
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    figures = corpus["figures"]
    fewer = {**corpus, "figures": figures[pair_labels(figures) != "ARM|GEO"]}
    merged = run(tmp_path / "b", fewer, tmp_path / "c", merge=tmp_path / "out")
    assert merged.merged and "ARM|GEO" not in merged.digests
    assert_identical(merged.reconciled, full(tmp_path, fewer))


def test_a_pair_changed_and_changed_back_takes_its_rows_from_the_cache(
    corpus, tmp_path, monkeypatch
) -> None:
    """What a run killed between its cache save and the IO manager's write leaves: the stored
    rows and digests are the run before's, the cache holds the new pair's rows. Changing the
    pair back makes its stored digest current again; changing it again makes it stale."""
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    changed = {**corpus, "figures": with_value(corpus["figures"], "CHN|KAZ", 5.0)}
    run(tmp_path / "b", changed, tmp_path / "c")  # computed and cached, never stored
    computed = counting(monkeypatch)
    merged = run(tmp_path / "b", changed, tmp_path / "c", merge=tmp_path / "out")
    assert merged.merged and computed == []  # the changed pair from the cache
    monkeypatch.undo()
    assert_identical(merged.reconciled, full(tmp_path, changed))
    back = run(tmp_path / "a", corpus, tmp_path / "c", merge=tmp_path / "out")
    assert back.merged
    assert_identical(back.reconciled, first.reconciled)


def test_digests_of_a_write_killed_before_its_memo_are_not_trusted(corpus, tmp_path) -> None:
    """A write that replaced ``chunks.json`` but died before its memo leaves new rows with the
    previous write's digests: they are not used, and the run takes the cache path, so the
    rows of the pair changed back are not carried over."""
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    changed = {**corpus, "figures": with_value(corpus["figures"], "MDA|ROU", 7.0)}
    second = run(tmp_path / "b", changed, tmp_path / "c", merge=tmp_path / "out")

    def killed(folder, entries, stamps=None, shapes=None, pairs=None):
        raise KeyboardInterrupt("killed after chunks.json, before the memo")

    real = chunks.save_memo
    chunks.save_memo = killed
    try:
        with pytest.raises(KeyboardInterrupt):
            write(tmp_path / "out", second)
    finally:
        chunks.save_memo = real
    assert pair_digests(tmp_path / "out" / "facts") is None
    assert previous_output(folders(tmp_path / "out")) is None
    back = run(tmp_path / "a", corpus, tmp_path / "c", merge=tmp_path / "out")
    assert not back.merged
    assert_identical(back.reconciled, first.reconciled)


def test_one_table_written_by_an_interrupted_run_makes_its_pairs_stale(corpus, tmp_path) -> None:
    """Facts stored by the new run, claims and checks by the one before (a kill between the
    outputs): the changed pair is recomputed in all three."""
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    changed = {**corpus, "figures": with_value(corpus["figures"], "ARM|IRN", 2.0)}
    second = run(tmp_path / "b", changed, tmp_path / "c", merge=tmp_path / "out")
    write_chunked(
        second.reconciled.facts,
        tmp_path / "out" / "facts",
        "facts",
        WRITE_OPTIONS,
        fsync=lambda p: None,
        target_rows=16,
        pairs=second.digests,
    )
    previous = previous_output(folders(tmp_path / "out"))
    assert previous is not None and previous.stale(first.digests) == {"ARM|IRN"}
    assert previous.stale(second.digests) == {"ARM|IRN"}
    back = run(tmp_path / "a", corpus, tmp_path / "c", merge=tmp_path / "out")
    assert back.merged
    assert_identical(back.reconciled, first.reconciled)


def test_a_claim_whose_fact_is_not_stored_takes_the_cache_path(
    corpus, tmp_path, monkeypatch
) -> None:
    first = run(tmp_path / "a", corpus, tmp_path / "c")
    write(tmp_path / "out", first)
    real = facts_stage.read_chunked

    def orphaned(folder, columns=None):
        table = real(folder, columns)
        if Path(folder).name != "claims":
            return table
        ids = table.column("fact_id").to_pylist()
        ids[0] = "fact-nowhere"
        return table.set_column(table.schema.get_field_index("fact_id"), "fact_id", pa.array(ids))

    monkeypatch.setattr(facts_stage, "read_chunked", orphaned)
    again = run(tmp_path / "a", corpus, tmp_path / "c", merge=tmp_path / "out")
    assert not again.merged
    assert_identical(again.reconciled, first.reconciled)


def test_kept_rows_follow_each_rows_pair(corpus, tmp_path) -> None:
    first = run(tmp_path / "a", corpus, tmp_path / "c").reconciled
    tables = {name: getattr(first, name) for name in OUTPUTS}
    kept = kept_rows(tables, {"CHN|KAZ", "ARM|GEO"})
    facts = kept["facts"].to_pandas()
    assert set(pair_labels(facts)) == {"CHN|KAZ", "ARM|GEO"}
    all_facts = tables["facts"].to_pandas()
    assert len(facts) == int(pair_labels(all_facts).isin({"CHN|KAZ", "ARM|GEO"}).sum())
    assert set(kept["claims"].column("fact_id").to_pylist()) <= set(facts["fact_id"])
    claims = tables["claims"].to_pandas()
    assert kept["claims"].num_rows == int(claims["fact_id"].isin(facts["fact_id"]).sum())
    assert kept_rows(tables, set())["facts"].num_rows == 0
    everything = set(pair_labels(all_facts)) | {
        previous_module.subject_pair(s) for s in tables["checks"].column("subject").to_pylist()
    }
    whole = kept_rows(tables, everything)
    for name in OUTPUTS:
        assert whole[name].equals(tables[name])
