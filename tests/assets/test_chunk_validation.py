"""Schema checks of a chunked intermediate table read and validate only what changed: chunks
recorded as passing are not read, and in a changed chunk only slices with an unrecorded content
hash are validated (issue 18 item 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from assets import chunk_validation
from assets.check_records import read_record
from assets.checks import validate_table
from assets.chunk_validation import CHUNK_PARTS, CHUNKS, SLICES, all_distinct, validate_chunked
from assets.partial_validation import duplicate_cases
from pipeline.contract.arrow import from_arrow
from pipeline.release import chunks as chunks_module
from pipeline.release.chunks import MEMO, chunk_names, write_chunked
from pipeline.release.parquet import WRITE_OPTIONS, read_parquet
from tests.pipeline.release.helpers import sentence_rows

TARGET_ROWS = 60
"""Small chunks, so a few hundred documents make several."""


def _store(frame: pd.DataFrame, folder: Path) -> Path:
    write_chunked(frame, folder, "sentences", WRITE_OPTIONS, fsync=lambda _: None,
                  target_rows=TARGET_ROWS)  # fmt: skip
    return folder


class Spy:
    """``validate_table``, remembering the frames it was given."""

    def __init__(self) -> None:
        self.seen: list[pd.DataFrame] = []

    def __call__(self, table: str, frame: pd.DataFrame) -> pd.DataFrame:
        self.seen.append(frame)
        return validate_table(table, frame)


def test_only_the_new_rows_of_the_changed_chunk_are_validated(tmp_path: Path) -> None:
    folder = _store(sentence_rows(range(300)), tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    assert first.failures.empty and first.rows_validated == first.rows == 900
    assert len(first.record[CHUNKS]) == len(chunk_names(folder)) > 3

    _store(sentence_rows(range(301)), folder)  # one more document, at the end
    spy = Spy()
    second = validate_chunked("sentences", folder, first.record, spy)
    assert second.failures.empty and second.rows == 903
    (validated,) = spy.seen
    assert set(validated["doc_id"]) == {"d0300"}  # its slice only, not its chunk's older rows
    assert list(validated.index) == [900, 901, 902]  # positions in the whole table
    assert set(second.record[CHUNKS]) == {p.name for p in chunk_names(folder)}

    spy = Spy()
    third = validate_chunked("sentences", folder, second.record, spy)  # nothing changed
    assert spy.seen == [] and third.rows_validated == 0 and third.failures.empty


def test_a_chunk_the_previous_run_did_not_read_validates_its_changed_coarse_slice(
    tmp_path: Path,
) -> None:
    """Run 2 changes one chunk (its fine slices are recorded), run 3 another one, whose fine
    slices were never recorded: only its coarse slice holding the change is validated. The near
    miss: a record without the coarse slices validates that whole chunk."""
    frame = sentence_rows(range(300))
    folder = _store(frame, tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    assert set(first.record[CHUNK_PARTS]) == set(first.record[CHUNKS])
    frame.loc[10, "text"] = "Changed in the first chunk."
    _store(frame, folder)
    second = validate_chunked("sentences", folder, first.record, validate_table)
    assert set(second.record[CHUNK_PARTS]) == {p.name for p in chunk_names(folder)}
    frame.loc[500, "text"] = "Changed in a chunk the second run did not read."
    _store(frame, folder)
    chunk = next(rows for rows in _positions(folder).values() if 500 in rows)
    spy = Spy()
    third = validate_chunked("sentences", folder, second.record, spy)
    (validated,) = spy.seen
    assert 500 in validated.index and len(validated) < len(chunk) / 4
    assert third.failures.empty and set(third.record[CHUNKS]) == set(third.record[CHUNK_PARTS])
    spy = Spy()
    without = {k: v for k, v in second.record.items() if k != CHUNK_PARTS}
    validate_chunked("sentences", folder, without, spy)
    (validated,) = spy.seen
    assert list(validated.index) == list(chunk)  # the whole chunk, as before


def test_a_bad_row_fails_at_its_whole_table_position_and_is_not_recorded(tmp_path) -> None:
    before = sentence_rows(range(300))
    folder = _store(before, tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    after = before.copy()
    after.loc[400, "char_end"] = after.loc[400, "char_start"]  # span not ordered
    _store(after, folder)
    result = validate_chunked("sentences", folder, first.record, validate_table)
    assert set(result.failures["index"]) == {400}
    bad_chunk = next(name for name, rows in _positions(folder).items() if 400 in rows)
    assert bad_chunk not in result.record[CHUNKS]
    assert bad_chunk not in result.record[CHUNK_PARTS]
    again = validate_chunked("sentences", folder, result.record, validate_table)
    assert set(again.failures["index"]) == {400}  # validated again, fails again


def _positions(folder: Path) -> dict[str, range]:
    """Each chunk's row positions in the whole table."""
    out, start = {}, 0
    for path in chunk_names(folder):
        n = pq.ParquetFile(path).metadata.num_rows
        out[path.name] = range(start, start + n)
        start += n
    return out


def test_a_duplicate_id_in_an_unchanged_chunk_is_found(tmp_path: Path) -> None:
    before = sentence_rows(range(300))
    folder = _store(before, tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    copy = before.iloc[[0]].assign(doc_id="d9999")  # a new last document, a duplicate id
    _store(pd.concat([before, copy], ignore_index=True), folder)
    result = validate_chunked("sentences", folder, first.record, validate_table)
    duplicates = result.failures[result.failures["check"] == "field_uniqueness"]
    assert set(duplicates["index"]) == {0, 900} and len(result.failures) == 2


def test_a_changed_chunk_has_the_whole_tables_dtypes(tmp_path: Path) -> None:
    """An int column with a null in one chunk reads as float64 in the whole table; a chunk
    without a null, read alone, would be int64: it is validated as the whole table has it."""
    frame = sentence_rows(range(300)).assign(extra=range(900))
    frame["extra"] = frame["extra"].astype(object)
    frame.loc[0, "extra"] = None
    folder = _store(frame, tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    whole = read_parquet(folder)
    assert whole["extra"].dtype == "float64"
    frame.loc[899, "text"] = "Changed."  # the last chunk: no null in it
    _store(frame, folder)
    spy = Spy()
    validate_chunked("sentences", folder, first.record, spy)
    (validated,) = spy.seen
    assert 899 in validated.index
    assert validated.dtypes.to_dict() == whole.dtypes.to_dict()


def test_another_validator_reads_every_chunk(tmp_path: Path) -> None:
    folder = _store(sentence_rows(range(300)), tmp_path / "sentences")
    first = validate_chunked("sentences", folder, None, validate_table)
    stale = {**first.record, "validator": "another"}
    spy = Spy()
    validate_chunked("sentences", folder, stale, spy)
    assert sum(len(f) for f in spy.seen) == 900
    assert first.record[SLICES]  # the slices of the chunks read are recorded


def test_the_run_checks_record_chunk_names(tmp_path, monkeypatch) -> None:
    """Through Dagster: the schema checks take the stored chunks (their input is the file, not
    a frame) and record the passing chunks' names for the next run."""
    import shutil

    from dagster import DagsterInstance

    from assets.definitions import JOB_NAME, build_defs
    from assets.settings import TradefactsSettings

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds = tmp_path / "seeds"
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    shutil.copytree(corpus, seeds, ignore=shutil.ignore_patterns("*.csv"))
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    job = build_defs(paths).resolve_job_def(JOB_NAME)
    with DagsterInstance.ephemeral() as instance:
        result = job.execute_in_process(instance=instance)
    assert result.success
    records = {  # by asset: figures and curated_figures both have a ``figures_schema``
        (e.asset_check_key.asset_key.path[-1], e.asset_check_key.name): e.metadata[
            "passing_parts"
        ].value
        for e in result.get_asset_check_evaluations()
        if "passing_parts" in e.metadata
    }
    assets = tmp_path / "data" / "assets"
    assert len(records) == 7 and all(len(json.dumps(ref)) < 200 for ref in records.values())
    for (asset, name), ref in records.items():
        record = read_record(assets / asset, name, ref)  # the file the metadata names
        assert record is not None and record[CHUNKS], name
    facts = read_record(assets / "facts", "facts_schema", records["facts", "facts_schema"])
    assert set(facts[CHUNKS]) == {p.name for p in chunk_names(assets / "facts")}


def test_all_distinct_tells_duplicate_text_ids_as_pandas_would() -> None:
    """No duplicate by Arrow means no duplicate by ``duplicate_cases``; anything else (a value
    twice, two nulls, ids that are not text) goes the pandas way."""
    text = pa.table({"id": pa.array(["a", "b", None, "é"])})
    assert all_distinct(text) and not len(duplicate_cases(from_arrow(text), "sentences"))
    for ids in (["a", "b", "a"], ["a", None, None]):
        assert not all_distinct(pa.table({"id": pa.array(ids, pa.string())}))
    assert not all_distinct(pa.table({"id": pa.array([1, 2])}))  # not text: pandas decides
    assert all_distinct(pa.table({"id": pa.array([], pa.string())}))


class FooterSpy:
    """``pq.ParquetFile`` as ``chunk_validation`` calls it, counting the files it opens."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.real = pq.ParquetFile

    def __call__(self, path, *args, **kwargs):
        self.opened.append(Path(path).name)
        return self.real(path, *args, **kwargs)


def _damage_shapes(folder: Path, how: str) -> None:
    memo = folder / MEMO
    body = json.loads(memo.read_text())
    if how == "digest":
        body["shapes"][next(iter(body["shapes"]))][0] += 1  # a row count the digest refutes
    elif how == "one chunk":  # a chunk without a shape (e.g. a write that crashed before it)
        body["shapes"].pop(chunk_names(folder)[1].name)
        body["shapes_sha256"] = chunks_module._digest(body["shapes"])
    elif how == "old memo":
        del body["shapes"], body["shapes_sha256"]
    memo.write_text(json.dumps(body))


@pytest.mark.parametrize("how", ["recorded", "digest", "one chunk", "old memo"])
def test_recorded_chunk_shapes_replace_the_footers(tmp_path, monkeypatch, how) -> None:
    """Row counts and null columns come from the writer's record of each chunk name; a chunk
    without one, or a record its digest refutes, is read from its footer. Same outcome."""
    frame = sentence_rows(range(300)).assign(extra=range(900))
    frame["extra"] = frame["extra"].astype(object)
    frame.loc[0, "extra"] = None  # the first chunk holds a null: the table's int is float64
    folder = _store(frame, tmp_path / "sentences")
    validate_chunked("sentences", folder, None, validate_table)  # records the keys' hashes
    if how != "recorded":
        _damage_shapes(folder, how)
    again = _store(frame, tmp_path / "again")
    (again / MEMO).unlink()  # no record at all: every footer, as before shapes were recorded
    footers = validate_chunked("sentences", again, None, validate_table)
    assert footers.failures.empty and footers.rows == 900
    spy, seen = FooterSpy(), Spy()
    monkeypatch.setattr(chunk_validation.pq, "ParquetFile", spy)
    # every chunk trusted by name: only footers can be opened; the validator version covers
    # the whole table's dtypes (the null in the first chunk makes ``extra`` float64)
    result = validate_chunked("sentences", folder, footers.record, seen)
    monkeypatch.undo()
    assert result.rows == 900 and seen.seen == [] and result.record[SLICES] == []
    assert {**result.record, SLICES: footers.record[SLICES]} == footers.record
    assert (
        result.record["validator"]
        != validate_chunked(
            "sentences", _store(frame.assign(extra=range(900)), tmp_path / "no_null"), None, Spy()
        ).record["validator"]
    )  # near miss: without the null, another dtype, another version
    names = [p.name for p in chunk_names(folder)]
    opened = {
        "recorded": [names[0]],  # the schema only
        "digest": names,
        "old memo": names,
        "one chunk": [names[1], names[0]],  # its footer, then the schema
    }[how]
    assert spy.opened == opened


def test_another_checks_record_of_the_same_table_is_trusted_when_its_validator_matches(
    tmp_path: Path,
) -> None:
    """``curated_figures``' check trusts what ``figures``' check just passed (``also``): a
    second folder of the same chunks validates no row, and a changed chunk only its new rows;
    a record of another validator version vouches for nothing."""
    rows = sentence_rows(range(300))
    source = _store(rows, tmp_path / "figures")
    passed = validate_chunked("sentences", source, None, validate_table).record
    copy = _store(rows, tmp_path / "curated")

    spy = Spy()
    linked = validate_chunked("sentences", copy, None, spy, also=passed)
    assert spy.seen == [] and linked.rows_validated == 0 and linked.failures.empty
    assert linked.record[CHUNKS] == passed[CHUNKS]  # now its own record vouches for them
    assert linked.record[CHUNK_PARTS] == passed[CHUNK_PARTS]

    _store(sentence_rows(range(301)), copy)  # one more document than the trusted record
    spy = Spy()
    grown = validate_chunked("sentences", copy, None, spy, also=passed)
    (validated,) = spy.seen
    assert set(validated["doc_id"]) == {"d0300"} and grown.failures.empty

    other = {**passed, "validator": "chunks-another-version"}
    spy = Spy()
    doubted = validate_chunked("sentences", copy, None, spy, also=other)
    assert doubted.rows_validated == doubted.rows == 903


def test_a_failing_chunk_of_the_other_check_is_not_trusted(tmp_path: Path) -> None:
    rows = sentence_rows(range(300))
    rows.loc[5, "sentence_id"] = None  # breaks the model (a required id)
    source = _store(rows, tmp_path / "figures")
    failed = validate_chunked("sentences", source, None, validate_table)
    assert not failed.failures.empty
    assert len(failed.record[CHUNKS]) == len(chunk_names(source)) - 1

    spy = Spy()
    again = validate_chunked("sentences", _store(rows, tmp_path / "curated"), None, spy,
                             also=failed.record)  # fmt: skip
    assert len(spy.seen) == 1 and not again.failures.empty  # the failing chunk, validated


def test_curated_figures_check_trusts_what_the_figures_check_passed(tmp_path, monkeypatch) -> None:
    """Through Dagster: without corrections ``curated_figures`` links the chunks of ``figures``,
    so its check validates no row (first run and add-one); ``figures``' check validates them."""
    import shutil

    from dagster import DagsterInstance

    from assets.definitions import JOB_NAME, build_defs
    from assets.settings import TradefactsSettings

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    seeds = tmp_path / "seeds"
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    shutil.copytree(corpus, seeds, ignore=shutil.ignore_patterns("*.csv"))
    paths = TradefactsSettings(seeds_dir=str(seeds), data_dir=str(tmp_path / "data"))
    job = build_defs(paths).resolve_job_def(JOB_NAME)

    def validated(instance: DagsterInstance) -> dict[str, tuple[int, int]]:
        result = job.execute_in_process(instance=instance)
        assert result.success
        return {
            e.asset_check_key.asset_key.path[-1]: (
                e.metadata["rows_validated"].value,
                e.metadata["rows"].value,
            )
            for e in result.get_asset_check_evaluations()
            if e.asset_check_key.name == "figures_schema"
        }

    with DagsterInstance.ephemeral() as instance:
        first = validated(instance)
        (seeds / "zz_new.txt").write_text(
            "date 2031-02-01\nTrade between Georgia and Armenia reached $1.4 billion in 2030.\n",
            encoding="utf-8",
        )
        second = validated(instance)
    assert first["figures"][0] == first["figures"][1] > 0
    assert first["curated_figures"] == (0, first["figures"][1])
    assert 0 < second["figures"][0] < second["figures"][1]
    assert second["curated_figures"] == (0, second["figures"][1])
