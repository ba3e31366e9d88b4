"""The Parquet IO manager returns what the stage produced: lists, dates, nulls, row order."""

from __future__ import annotations

import pandas as pd
import pytest
from dagster import AssetKey, PythonObjectDagsterType, build_input_context, build_output_context

from assets.io_manager import COLUMNS_METADATA_KEY, TABLE_METADATA_KEY, ParquetIOManager
from assets.settings import TradefactsSettings
from pipeline.contract.arrow import to_arrow
from pipeline.release.chunks import PairedRows, pair_digests, read_chunked
from pipeline.release.parquet import TableFile


def _round_trip(tmp_path, name: str, table: str, df: pd.DataFrame, **input_context) -> pd.DataFrame:
    manager = ParquetIOManager(paths=TradefactsSettings(seeds_dir="unused", data_dir=str(tmp_path)))
    key = AssetKey(name)
    out = build_output_context(
        asset_key=key, definition_metadata={TABLE_METADATA_KEY: table}, name="result"
    )
    manager.handle_output(out, df)
    assert (tmp_path / "assets" / name / "chunks.json").is_file()
    context = build_input_context(asset_key=key, upstream_output=out, **input_context)
    return manager.load_input(context)


def test_round_trip_keeps_lists_dates_and_order(tmp_path, tables):
    for name, table in [("raw_documents", "documents"), ("facts", "facts")]:
        df = tables[table]
        back = _round_trip(tmp_path, name, table, df)
        pd.testing.assert_frame_equal(back, df, check_dtype=False)


def test_round_trip_of_empty_and_all_null_columns(tmp_path, tables):
    empty = tables["facts"].iloc[0:0]
    back = _round_trip(tmp_path, "facts", "facts", empty)
    assert list(back.columns) == list(empty.columns) and back.empty

    figures = tables["figures"].assign(period_start=None, source_country=None)
    back = _round_trip(tmp_path, "figures", "figures", figures)
    assert back["period_start"].isna().all() and back["source_country"].isna().all()
    assert back.loc[0, "period_end"] == figures.loc[0, "period_end"]


def test_an_input_with_columns_metadata_loads_only_those_columns(tmp_path, tables):
    wanted = {COLUMNS_METADATA_KEY: ["doc_id", "published"]}
    back = _round_trip(tmp_path, "raw_documents", "documents", tables["documents"],
                       definition_metadata=wanted)  # fmt: skip
    assert list(back.columns) == ["doc_id", "published"]
    assert list(back["published"]) == list(tables["documents"]["published"])


def test_an_input_typed_as_table_file_is_read_only_when_asked(tmp_path, tables):
    file = _round_trip(tmp_path, "facts", "facts", tables["facts"],
                       dagster_type=PythonObjectDagsterType(TableFile))  # fmt: skip
    assert isinstance(file, TableFile)
    assert file.path == tmp_path / "assets" / "facts"
    assert file.rows() == len(tables["facts"])
    pd.testing.assert_frame_equal(file.load(), tables["facts"], check_dtype=False)
    assert list(file.load(["fact_id"]).columns) == ["fact_id"]


def test_paired_rows_keep_their_pair_digests_with_the_chunk_list(tmp_path, tables):
    """A ``PairedRows`` is stored as its rows, with ``{pair: digest}`` in the chunk memo for
    that chunk list; a plain write of the same table drops them."""
    manager = ParquetIOManager(paths=TradefactsSettings(seeds_dir="unused", data_dir=str(tmp_path)))

    def out():
        return build_output_context(
            asset_key=AssetKey("facts"), definition_metadata={TABLE_METADATA_KEY: "facts"}, name="r"
        )

    rows = to_arrow(tables["facts"], "facts")
    digests = {"A|B": "d1", "C|D": "d2"}
    manager.handle_output(out(), PairedRows(rows, digests))
    folder = tmp_path / "assets" / "facts"
    assert pair_digests(folder) == digests
    assert read_chunked(folder).equals(rows)
    manager.handle_output(out(), rows)
    assert pair_digests(folder) is None


def test_paired_rows_of_a_table_without_chunks_are_refused(tmp_path, tables):
    manager = ParquetIOManager(paths=TradefactsSettings(seeds_dir="unused", data_dir=str(tmp_path)))
    out = build_output_context(asset_key=AssetKey("odd"), definition_metadata={}, name="r")
    with pytest.raises(TypeError, match="pair digests need a chunked table"):
        manager.handle_output(out, PairedRows(to_arrow(tables["facts"], "facts"), {}))
