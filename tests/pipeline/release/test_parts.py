"""Schema 1.3 (issue 18 item 2): tables as folders of parts bucketed by a stable key; an add-one
release writes only the parts it changed, gets the id a full recompute gets, and a writer killed
between its parts and its manifest leaves ``LATEST`` on a complete release."""

from __future__ import annotations

import hashlib
import io
import pickle
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.release import objects, parts
from pipeline.release.catalog import gc, verify_release
from pipeline.release.layout import load_inputs, load_manifest, load_table, read_latest
from pipeline.release.lock import stale_entries
from pipeline.release.parts import PartPlan, buckets_of, part_count, table_parts
from pipeline.release.publish import publish_release
from tests.conftest import make_tables


def _publish(data_dir: Path, tables: dict[str, pd.DataFrame]):
    hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"], strict=True))
    return publish_release(data_dir, tables, code_version="t", input_hashes=hashes, run_id="r")


def _documents(n: int) -> pd.DataFrame:
    one = make_tables()["documents"].iloc[[0]]
    frame = pd.concat([one] * n, ignore_index=True)
    frame["doc_id"] = [f"d{i:04d}" for i in range(n)]
    frame["sha256"] = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(n)]
    return frame


def test_part_count_is_a_power_of_two_fixed_by_rows():
    assert [part_count(r, 128) for r in (0, 5, 255, 256, 1000, 10_000)] == [1, 1, 1, 2, 4, 64]
    assert part_count(10**9, 1) == parts.MAX_PARTS


def test_buckets_are_stable_and_parts_hold_their_rows_sorted_with_one_schema():
    keys = pd.Series(["KAZ-KGZ", "a_doc", "b_doc"])
    # blake2b-64 of the key, mod n: the same in every process, platform and version
    expected = [
        int.from_bytes(hashlib.blake2b(k.encode(), digest_size=8).digest(), "big") % 8 for k in keys
    ]
    assert buckets_of(keys, 8).tolist() == expected

    documents = _documents(1000).iloc[::-1]  # any input order
    documents.loc[documents.index[:3], "published"] = None
    found = list(table_parts(documents, "documents", PartPlan()))
    assert len(found) == 4 and [p.name for p in found] == sorted(p.name for p in found)
    schemas, rows = set(), []
    for p in found:
        table = pq.read_table(io.BytesIO(p.data))
        schemas.add(table.schema.to_string())
        ids = table.column("doc_id").to_pylist()
        assert ids == sorted(ids) and len(ids) == p.rows
        assert set(buckets_of(pd.Series(ids), 4)) == {int(p.name[5:10])}
        rows += ids
    assert len(schemas) == 1 and sorted(rows) == sorted(documents["doc_id"])


def _blake_bucket(key: str, n: int) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") % n


def test_remembered_key_hashes_give_the_buckets_of_a_fresh_hash(monkeypatch):
    # a missing key is "", any other its str; 1 and True stay two keys ("1", "True")
    keys = pd.Series(["b", None, "a", "b", float("nan"), "", 1, True, "1"], dtype=object)
    texts = ["b", "", "a", "b", "", "", "1", "True", "1"]
    expected = [_blake_bucket(t, 16) for t in texts]
    monkeypatch.setattr(parts, "_KEY_HASHES", {})
    assert buckets_of(keys, 16).tolist() == expected  # first: hashed
    assert buckets_of(keys, 16).tolist() == expected  # again: from the memo
    # a memo past its bound is emptied, not trusted for keys it lost
    monkeypatch.setattr(parts, "_MAX_KEYS", 3)
    strings = pd.Series(["x", "y", "z", "x"], dtype="string")
    assert buckets_of(strings, 4).tolist() == [_blake_bucket(k, 4) for k in "xyzx"]
    assert len(parts._KEY_HASHES) <= 3


def test_input_parts_json_is_the_indent_0_text():
    import json

    mapping = {"d\u00e9j\u00e0": "1" * 64, 'q"uo\\te': "2" * 64, "a": "3" * 64}
    assert parts._json_lines(mapping) == json.dumps(mapping, indent=0, sort_keys=True)
    assert parts._json_lines({}) == json.dumps({}, indent=0, sort_keys=True)


def test_claims_sit_in_the_part_number_of_their_facts_pair():
    tables = make_tables()
    facts = pd.concat([tables["facts"]] * 40, ignore_index=True)
    facts["fact_id"] = [f"k{i}" for i in range(40)]
    facts["partner"] = [f"P{i % 10:02d}" for i in range(40)]
    claims = pd.concat([tables["claims"]] * 40, ignore_index=True).assign(fact_id=facts["fact_id"])
    plan = PartPlan(counts={"facts": 4})
    fact_parts = {p.name: p for p in table_parts(facts, "facts", plan)}
    claim_parts = {p.name: p for p in table_parts(claims, "claims", plan)}
    assert set(fact_parts) == set(claim_parts)
    for name, p in fact_parts.items():
        in_part = set(pq.read_table(io.BytesIO(p.data)).column("fact_id").to_pylist())
        claimed = pq.read_table(io.BytesIO(claim_parts[name].data)).column("fact_id")
        assert set(claimed.to_pylist()) == in_part
        pairs = facts[facts["fact_id"].isin(in_part)]["partner"]
        assert not set(pairs) & set(facts[~facts["fact_id"].isin(in_part)]["partner"])


@pytest.fixture
def split_small(monkeypatch):
    """Every table of the tiny fixtures in several buckets (one row per part wanted)."""
    monkeypatch.setattr(parts, "ROWS_PER_PART", {"documents": 1, "facts": 1, "checks": 1})


def test_an_added_document_writes_its_part_only_and_gets_the_recomputed_id(
    tmp_path, monkeypatch, split_small
):
    tables = make_tables()
    tables["documents"] = _documents(4)
    first = _publish(tmp_path / "a", tables)
    assert len(load_manifest(tmp_path / "a", first.release_id)["files"]["documents"]["parts"]) > 1

    written: list[str] = []
    real_write = objects._write_new
    monkeypatch.setattr(
        objects, "_write_new", lambda d, b, t: (written.append(t.name), real_write(d, b, t))
    )
    grown = {**tables, "documents": _documents(5)}  # d0004 joins; 4 buckets either way
    second = _publish(tmp_path / "a", grown)
    mine = list(written)  # not the fresh store's writes below
    fresh = _publish(tmp_path / "b", grown)

    assert second.release_id == fresh.release_id != first.release_id
    new_bucket = buckets_of(pd.Series(["d0004"]), 4)[0]
    manifest = load_manifest(tmp_path / "a", second.release_id)
    changed = [
        line.split()[1]
        for line in manifest["files"]["documents"]["parts"]
        if line.split()[0] == f"part-{new_bucket:05d}.parquet"
    ]
    # the new document's part and its input hashes' part; nothing of any other table
    assert [w for w in mine if w.endswith(".parquet")] == [f"{changed[0]}.parquet"]
    assert len([w for w in mine if w.endswith(".json")]) == len(mine) - 1 == 1
    documents = load_table(tmp_path / "a", second.release_id, "documents")
    assert sorted(documents["doc_id"]) == [f"d{i:04d}" for i in range(5)]
    assert set(load_inputs(tmp_path / "a", second.release_id)) == {f"d{i:04d}" for i in range(5)}
    assert verify_release(tmp_path / "a", second.release_id) == []


KILL_BEFORE_MANIFEST = """
import os, pickle, signal, sys
from pipeline.release import parts, publish
from pipeline.release.publish import publish_release

data_dir, tables_file = sys.argv[1], sys.argv[2]
tables = pickle.load(open(tables_file, "rb"))
parts.ROWS_PER_PART = {"documents": 1, "facts": 1, "checks": 1}

def die(*args, **kwargs):  # every part is stored and linked; the manifest is not durable yet
    os.kill(os.getpid(), signal.SIGKILL)

publish.fsync_file = die
hashes = dict(zip(tables["documents"]["doc_id"], tables["documents"]["sha256"]))
publish_release(data_dir, tables, code_version="t", input_hashes=hashes, run_id="killed")
"""


def test_a_writer_killed_between_its_parts_and_its_manifest_leaves_latest_intact(
    tmp_path, split_small
):
    tables = make_tables()
    tables["documents"] = _documents(4)
    first = _publish(tmp_path, tables)
    grown = {**tables, "documents": _documents(6)}
    tables_file = tmp_path / "tables.pkl"
    tables_file.write_bytes(pickle.dumps(grown))

    proc = subprocess.run(
        [sys.executable, "-c", KILL_BEFORE_MANIFEST, str(tmp_path), str(tables_file)], check=False
    )

    assert proc.returncode == -signal.SIGKILL
    assert read_latest(tmp_path) == first.release_id
    assert verify_release(tmp_path, first.release_id) == []
    assert [p.name for p in (tmp_path / "releases").iterdir() if len(p.name) == 16] == [
        first.release_id
    ]
    staging = [p for p in stale_entries(tmp_path) if p.name.startswith(".staging-")]
    assert staging and (staging[0] / "documents.parquet").is_dir()  # the parts were there
    assert gc(tmp_path, keep=5).objects  # the killed writer's new parts: linked by no release
    assert stale_entries(tmp_path) == []

    again = _publish(tmp_path, grown)
    assert again.created and read_latest(tmp_path) == again.release_id
    assert again.release_id == _publish(tmp_path / "fresh", grown).release_id
    assert verify_release(tmp_path, again.release_id) == []


def test_list_columns_read_from_parquet_are_renamed_for_the_arrow_path(tmp_path) -> None:
    """Parquet reads a list column's item field back as ``element``; ``as_written`` names it
    ``item`` as ``to_arrow`` does, so the parts of the table as read equal the parts of the
    frame (no pandas round trip needed)."""
    facts = make_tables()["facts"]
    pq.write_table(parts.to_arrow(facts, "facts"), tmp_path / "f.parquet")
    read = pq.read_table(tmp_path / "f.parquet")
    assert not parts.arrow_ready(read)
    renamed = parts.as_written(read)
    assert parts.arrow_ready(renamed) and parts.as_written(renamed) is renamed
    from_arrow = [(p.name, p.data) for p in table_parts(renamed, "facts", PartPlan())]
    from_frame = [(p.name, p.data) for p in table_parts(facts, "facts", PartPlan())]
    assert from_arrow == from_frame


def _facts_and_claims() -> tuple[pd.DataFrame, pd.DataFrame]:
    """60 facts over a few pairs (either order, a null and a non-ASCII country) and their
    claims, one claim of a fact that is not in the table."""
    tables = make_tables()
    facts = pd.concat([tables["facts"]] * 60, ignore_index=True)
    facts["fact_id"] = [f"k{i:02d}" for i in range(60)]
    countries = ["KAZ", "KGZ", "ÖST", "ARM", None]
    facts["reporter"] = [countries[i % 5] for i in range(60)]
    facts["partner"] = [countries[(i * 3 + 1) % 5] for i in range(60)]
    claims = pd.concat([tables["claims"]] * 61, ignore_index=True)
    claims["fact_id"] = [*facts["fact_id"], "gone"]
    return facts, claims


def test_arrow_buckets_equal_buckets_of_without_python_keys_per_row():
    keys = ["KAZ-KGZ", None, "ÖST-ARM", "KAZ-KGZ", "", "d1"]
    for n in (1, 4, 8):
        expected = buckets_of(pd.Series(keys, dtype=object), n).tolist()
        chunked = pa.chunked_array([keys[:2], keys[2:]], pa.string())
        assert parts.arrow_buckets(chunked, n).tolist() == expected
        assert parts.arrow_buckets(pa.array(keys, pa.string()), n).tolist() == expected


def test_arrow_facts_and_claims_are_bucketed_in_arrow_with_the_same_parts(monkeypatch):
    """Facts and claims read as Arrow get their buckets from Arrow (issue 18: no pandas pair
    keys for every row at each add-one), and exactly the parts of the pandas path."""
    facts, claims = _facts_and_claims()
    expected_plan = PartPlan(counts={"facts": 8})
    expected = [
        (p.name, p.data)
        for name, frame in (("facts", facts), ("claims", claims))
        for p in table_parts(frame, name, expected_plan)
    ]
    arrow = {n: parts.to_arrow(f, n) for n, f in (("facts", facts), ("claims", claims))}

    def no_pandas_keys(*_args, **_kwargs):
        raise AssertionError("pandas bucket keys made for an Arrow table")

    monkeypatch.setattr(parts, "pair_keys", no_pandas_keys)
    monkeypatch.setattr(parts.PartPlan, "keys", no_pandas_keys)
    plan = PartPlan(counts={"facts": 8})
    found = [(p.name, p.data) for n in ("facts", "claims") for p in table_parts(arrow[n], n, plan)]
    assert found == expected and len({name for name, _ in found}) > 3


def test_claims_after_arrow_facts_keep_the_pandas_path_where_they_must():
    """Claims given as a frame after facts given as Arrow, and facts with a repeated
    ``fact_id`` (a dict keeps the last, ``index_in`` the first): the pandas path's parts."""
    facts, claims = _facts_and_claims()
    twice = facts.copy()
    twice.loc[1, "fact_id"] = "k00"
    for facts_frame in (facts, twice):
        expected_plan = PartPlan(counts={"facts": 8})
        expected = [
            p.data
            for name, frame in (("facts", facts_frame), ("claims", claims))
            for p in table_parts(frame, name, expected_plan)
        ]
        for claims_as_arrow in (False, True):
            plan = PartPlan(counts={"facts": 8})
            given = parts.to_arrow(claims, "claims") if claims_as_arrow else claims
            found = [
                p.data for p in table_parts(parts.to_arrow(facts_frame, "facts"), "facts", plan)
            ]
            found += [p.data for p in table_parts(given, "claims", plan)]
            assert found == expected
