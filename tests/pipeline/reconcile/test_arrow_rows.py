"""The reconciled tables as Arrow (cached pairs' rows kept as stored) equal ``to_arrow`` of the
pandas result, schema and Parquet bytes included; where that is not shown, the pandas path."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from assets import arrow_previews
from assets.arrow_previews import first_conflicts, overview_candidates
from assets.metadata import arrow_frame_metadata, frame_metadata
from assets.stages.facts import conflicts_preview, facts_preview
from pipeline.contract.arrow import from_arrow, to_arrow, unify_null_columns
from pipeline.ingest.cache import _KEYS_METADATA as _KEYS
from pipeline.reconcile import arrow_rows
from pipeline.reconcile.pairs import OUTPUTS, reconcile_by_pair
from pipeline.reconcile.previous import cached_rows
from pipeline.release.chunks import parquet_bytes
from pipeline.release.parquet import WRITE_OPTIONS
from pipeline.report.selections import conflicting_facts, facts_overview
from tests.pipeline.reconcile.test_reconcile_pairs import caches, corpus  # noqa: F401


def reconcile(corpus, figures, **kwargs):  # noqa: F811
    return reconcile_by_pair(figures, corpus["sentences"], corpus["documents"], **kwargs)


def assert_same_bytes(arrow, frames) -> None:
    for name in OUTPUTS:
        expected = to_arrow(getattr(frames, name), name)
        got = getattr(arrow, name)
        assert isinstance(got, pa.Table)
        assert str(got.schema) == str(expected.schema), name
        assert got.equals(expected), name
        assert parquet_bytes(got, WRITE_OPTIONS) == parquet_bytes(expected, WRITE_OPTIONS), name


def test_arrow_result_equals_the_pandas_one_cold_warm_and_after_an_add(
    corpus,  # noqa: F811
    tmp_path,
    monkeypatch,
) -> None:
    figures = corpus["figures"]
    docs = sorted(figures["doc_id"].unique())
    before = figures[figures["doc_id"].isin(docs[:-3])]
    took_pandas: list[int] = []
    real = arrow_rows.canonical_arrow
    monkeypatch.setattr(
        "pipeline.reconcile.pairs.canonical_arrow",
        lambda *a: real(*a) or took_pandas.append(1),
    )
    cold = reconcile(corpus, before, caches=caches(tmp_path / "a"), as_arrow=True)
    assert_same_bytes(cold, reconcile(corpus, before))
    reconcile(corpus, before, caches=caches(tmp_path / "b"))
    warm = reconcile(corpus, before, caches=caches(tmp_path / "b"), as_arrow=True)
    assert_same_bytes(warm, reconcile(corpus, before))
    added = reconcile(corpus, figures, caches=caches(tmp_path / "b"), as_arrow=True)  # mixed
    assert_same_bytes(added, reconcile(corpus, figures))
    assert took_pandas == []  # the Arrow path, not its fallback, gave these


def test_a_fresh_null_that_is_not_none_takes_the_pandas_path(corpus, tmp_path) -> None:  # noqa: F811
    frame = pd.DataFrame({"a": ["x", None], "b": [dt.date(2020, 1, 1), None]})
    assert arrow_rows.nulls_are_none(frame, ["a", "b"])
    frame.loc[1, "b"] = np.nan  # sorts as "nan", not "None", in pandas
    assert not arrow_rows.nulls_are_none(frame, ["a", "b"])


def test_duplicate_fact_ids_or_other_key_types_are_not_ordered_by_arrow() -> None:
    facts = pa.table({c: pa.array(["x", "x"]) for c in arrow_rows.FACT_ORDER})
    checks = pa.table({c: pa.array(["a"]) for c in arrow_rows.CHECK_ORDER})
    claims = pa.table({"fact_id": pa.array(["x"])})
    assert arrow_rows.canonical_arrow(facts, claims, checks) is None  # fact ids not unique
    numeric = checks.set_column(0, "subject", pa.array([1.5]))
    unique = facts.set_column(facts.schema.get_field_index("fact_id"), "fact_id", ["x", "y"])
    assert arrow_rows.canonical_arrow(unique, claims, numeric) is None  # str(1.5) not shown


def test_all_null_columns_take_the_type_of_the_valued_ones() -> None:
    valued = pa.table({"v": pa.array([1.5, None])})
    empty = pa.table({"v": pa.array([None], pa.string())})
    same = unify_null_columns([empty, valued])
    assert same is not None and all(t.schema.field("v").type == pa.float64() for t in same)
    clash = pa.table({"v": pa.array(["text"])})
    assert unify_null_columns([clash, valued]) is None  # values of two types: no guess


def test_stage_cache_load_arrow_holds_what_load_holds(corpus, tmp_path) -> None:  # noqa: F811
    figures = corpus["figures"]
    docs = sorted(figures["doc_id"].unique())
    stores = caches(tmp_path)
    reconcile(corpus, figures[figures["doc_id"].isin(docs[:-3])], caches=stores)
    reconcile(corpus, figures, caches=stores)  # a second segment
    for cache in stores.values():
        rows, keys = cache.load()
        table, arrow_keys = cache.load_arrow()
        assert keys == arrow_keys and table.num_rows == len(rows)
        assert table.column("_key").to_pylist() == rows["_key"].tolist()


def test_previews_from_arrow_equal_the_previews_of_the_whole_frames(corpus) -> None:  # noqa: F811
    frames = reconcile(corpus, corpus["figures"])
    frames.facts.loc[frames.facts.index[::3], "resolution"] = "conflicting"  # many conflicts
    tables = {name: to_arrow(getattr(frames, name), name) for name in OUTPUTS}
    for name in OUTPUTS:
        assert arrow_frame_metadata(tables[name]) == frame_metadata(from_arrow(tables[name]))
    facts, claims = from_arrow(tables["facts"]), from_arrow(tables["claims"])
    for limit in (1, 3, 12, 10_000):  # disputed alone, with USD levels, everything
        shown, total = overview_candidates(tables["facts"], limit)
        assert total == len(facts)
        assert facts_overview(shown, limit).equals(facts_overview(facts, limit))
    assert facts_preview(*overview_candidates(tables["facts"])) == facts_preview(facts)
    total = int((facts["resolution"] == "conflicting").sum())
    assert total > 40  # more than the preview shows
    first, mine = first_conflicts(tables["facts"], tables["claims"])
    assert conflicts_preview(first, mine, total) == conflicts_preview(facts, claims, total)


@pytest.mark.parametrize("rows", [0, 3, 6])
def test_arrow_frame_metadata_counts_the_rows_it_does_not_show(rows) -> None:
    table = pa.table({"a": pa.array([str(i) for i in range(rows)], pa.string())})
    assert arrow_frame_metadata(table) == frame_metadata(table.to_pandas())


def test_chunked_inputs_give_the_combined_inputs_order_in_one_chunk_per_column() -> None:
    """``combined`` leaves the fresh and cached rows in two chunks (no copy of the archive);
    ``canonical_arrow`` gives what it gave for the combined rows, one chunk per column."""

    def two_chunks(table: pa.Table) -> pa.Table:
        return pa.concat_tables([table.slice(0, 1), table.slice(1)])

    facts = pa.table(
        {
            **{c: pa.array(["b", "a", "b"]) for c in arrow_rows.FACT_ORDER},
            "fact_id": pa.array(["f2", "f1", "f3"]),
        }
    )
    facts = facts.set_column(
        facts.schema.get_field_index("period_end"),
        "period_end",
        pa.array([dt.date(2021, 1, 1), None, dt.date(2020, 1, 1)], pa.date32()),
    )
    claims = pa.table({"fact_id": ["f3", "f1", "f2", "f9"], "value": [[1.0], [2.0], None, [3.0]]})
    checks = pa.table({"subject": ["b", "a", None], "check_id": ["c1", "c2", "c3"]})
    chunked = [two_chunks(t) for t in (facts, claims, checks)]
    assert all(c.num_chunks == 2 for t in chunked for c in t.columns)
    expected = arrow_rows.canonical_arrow(facts, claims, checks)
    got = arrow_rows.canonical_arrow(*chunked)
    assert expected is not None and got is not None
    for want, table in zip(expected, got, strict=True):
        assert table.equals(want)
        assert all(column.num_chunks == 1 for column in table.columns)
    assert got[0].column("fact_id").to_pylist() == ["f1", "f3", "f2"]
    assert got[1].column("fact_id").to_pylist() == ["f1", "f3", "f2", "f9"]


def test_rank_code_orders_rows_as_their_text_keys_ties_kept_in_input_order() -> None:
    rng = np.random.default_rng(7)
    words = ["b", "a", "é", "ab", "", "None", "Z", "2020-01-01"]
    rows = 500
    keys = [pa.array(rng.choice(words, rows).tolist()) for _ in range(3)]
    chunked = [pa.chunked_array([k.slice(0, 17), k.slice(17)]) for k in keys]
    code = arrow_rows.rank_code(chunked)
    assert code is not None and code.dtype == np.uint64
    got = np.argsort(code, kind="stable").tolist()
    texts = [k.to_pylist() for k in keys]
    want = sorted(range(rows), key=lambda i: tuple(t[i] for t in texts))  # stable, code points
    assert got == want
    named = pa.table({f"c{i}": k for i, k in enumerate(keys)})
    plain = pc.sort_indices(named, sort_keys=[(f"c{i}", "ascending") for i in range(3)])
    assert plain.to_pylist() == want  # what _sort_indices gave before the codes


def test_rank_code_is_none_when_the_codes_would_not_fit() -> None:
    wide = pa.array([f"v{i}" for i in range(70_000)])
    assert arrow_rows.rank_code([wide] * 4) is None  # 70,000**4 > 2**63


def test_sort_indices_by_codes_equal_the_text_sort() -> None:
    rng = np.random.default_rng(3)
    rows = 300
    columns = {
        c: pa.array(rng.choice(["x", "y", "ü"], rows).tolist()) for c in arrow_rows.FACT_ORDER
    }
    columns["period_end"] = pa.array(
        [None if i % 7 == 0 else dt.date(2020 + i % 3, 1 + i % 12, 1) for i in range(rows)],
        pa.date32(),
    )
    columns["fact_id"] = pa.array([f"f{i % 290}" for i in range(rows)])  # a few ids repeat
    table = pa.table(columns)
    keys = arrow_rows._text_keys(table, arrow_rows.FACT_ORDER)
    named = pa.table({f"c{i}": k for i, k in enumerate(keys)})
    text = pc.sort_indices(named, sort_keys=[(f"c{i}", "ascending") for i in range(len(keys))])
    got = arrow_rows._sort_indices(table, arrow_rows.FACT_ORDER)
    assert got.to_pylist() == text.to_pylist()


def test_previews_of_the_leading_rows_equal_those_of_every_disputed_fact(corpus) -> None:  # noqa: F811
    """Round 53: only the rows whose leading keys can rank first are converted; ties on those
    keys (every fact one size, one status and pair) and nulls the kept rows lack give the
    previews of the whole frames, dtypes included."""
    frames = reconcile(corpus, corpus["figures"])
    facts = frames.facts.copy()
    facts["resolution"] = "conflicting"
    facts.loc[facts.index[::2], ["value", "value_max"]] = 5.0  # ties on the size key
    facts.loc[facts.index[-1], "value"] = np.nan
    tables = {"facts": to_arrow(facts, "facts"), "claims": to_arrow(frames.claims, "claims")}
    whole, claims = from_arrow(tables["facts"]), from_arrow(tables["claims"])
    for limit in (1, 5, 12, 40):
        shown, total = overview_candidates(tables["facts"], limit)
        assert len(shown) < len(whole) and total == len(whole)
        assert facts_overview(shown, limit).equals(facts_overview(whole, limit))
        first, mine = first_conflicts(tables["facts"], tables["claims"], limit)
        assert first.equals(conflicting_facts(whole).head(limit))
    first, mine = first_conflicts(tables["facts"], tables["claims"])
    assert conflicts_preview(first, mine, len(whole)) == conflicts_preview(
        whole, claims, len(whole)
    )
    table = pa.table({"n": pa.array([1, None, 3]), "b": pa.array([True, None, False])})
    kept = arrow_previews._converted(table, np.array([0, 2]))
    assert kept["n"].dtype == from_arrow(table)["n"].dtype == np.float64
    assert kept["b"].dtype == object and kept["b"].tolist() == [True, False]


def test_cached_rows_read_only_segments_holding_wanted_keys(
    corpus,  # noqa: F811
    tmp_path,
    monkeypatch,
) -> None:
    """``cached_rows(cache, wanted)`` gives what ``load_arrow(wanted)`` gives, and a segment
    whose keys (in its footer) hold none of ``wanted`` is not read."""
    figures = corpus["figures"]
    docs = sorted(figures["doc_id"].unique())
    stores = caches(tmp_path)
    reconcile(corpus, figures[figures["doc_id"].isin(docs[:-3])], caches=stores)
    reconcile(corpus, figures, caches=stores)  # a second segment: the pairs the rest changed
    cache = stores["facts"]
    first, second = cache._segments()
    in_first = set(json.loads(pq.read_schema(first).metadata[_KEYS]))
    in_second = set(json.loads(pq.read_schema(second).metadata[_KEYS]))
    only_first, only_second = sorted(in_first - in_second)[:2], sorted(in_second - in_first)
    read: list[str] = []
    real = pq.read_table
    monkeypatch.setattr(pq, "read_table", lambda path, **kw: read.append(path) or real(path, **kw))
    for wanted, segments in [
        (only_first, [first]),
        (only_second[:1], [second]),
        ([*only_first, *only_second], [first, second]),
        (sorted(in_first | in_second), [first, second]),
        (["no-such-key"], []),
    ]:
        read.clear()
        table, keys = cached_rows(cache, wanted)
        assert read == segments
        read.clear()
        expected, expected_keys = cache.load_arrow(wanted)
        assert keys == expected_keys
        assert table is None if expected is None else table.equals(expected)
