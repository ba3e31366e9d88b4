"""IO manager keeping intermediate DataFrames as Parquet under ``<data>/assets/``.

Each contract table is a folder ``<data>/assets/<asset>/`` of content-addressed chunks cut in
the frame's row order (:mod:`pipeline.release.chunks`): a run that changed one article's rows
writes the chunks holding them, not the whole table (13 MB per add-one at 10k articles before).

Why Parquet, not pickle: the files between stages are readable by any consumer (pandas, DuckDB)
and survive library upgrades. It uses the release store's Arrow conversion, so list columns and
``datetime.date`` columns round-trip to the same Python values the stages produced.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
from dagster import (
    AssetIn,
    ConfigurableIOManager,
    DagsterInvariantViolationError,
    InitResourceContext,
    InputContext,
    OutputContext,
)
from pydantic import PrivateAttr

from assets.memory import give_back, lean_allocators
from assets.metadata import column_schema
from assets.settings import TradefactsSettings
from pipeline.contract.keys import ROW_GROUP_KEY
from pipeline.files import fsync_file, write_atomic
from pipeline.release.chunks import PairedRows, is_chunked, link_chunked, write_chunked
from pipeline.release.lock import acquire_lock, release_lock
from pipeline.release.parquet import WRITE_OPTIONS, TableFile, read_parquet, write_parquet

TABLE_METADATA_KEY = "tradefacts/table"


def table_metadata(table: str) -> dict[str, object]:
    """Definition metadata of an asset holding contract ``table``: its name for this IO manager
    and ``dagster/column_schema`` (each column's type and description, from the pandera model)."""
    return {TABLE_METADATA_KEY: table, **column_schema(table)}


"""Asset metadata naming the contract table a frame follows (keeps column types stable)."""
COLUMNS_METADATA_KEY = "tradefacts/columns"
"""Input metadata: the only columns of the upstream table that an asset reads."""


def columns_in(*columns: str) -> AssetIn:
    """An input that loads only ``columns`` of its upstream table."""
    return AssetIn(metadata={COLUMNS_METADATA_KEY: list(columns)})


def stored_folder(paths: TradefactsSettings, *asset_key: str) -> Path:
    """Where :class:`ParquetIOManager` keeps the chunks of the asset ``asset_key`` (its key
    path, e.g. ``"facts"``) in the data folder of ``paths``."""
    return Path(paths.data_dir, "assets", *asset_key)


def _typed_as(context: InputContext, kind: type) -> bool:
    try:
        return context.dagster_type.typing_type is kind
    except DagsterInvariantViolationError:  # a context built by hand, without a type
        return False


class ParquetIOManager(ConfigurableIOManager):
    """Stores each asset's DataFrame as chunks in ``<data>/assets/<asset key path>/`` (a contract
    table with a row-group key), else at ``<data>/assets/<asset key path>.parquet``.

    It holds the data folder's writer lock from the start of the run's resources to their end,
    so two runs (the CLI, the UI, the sensor, the schedule, ``dagster job execute``) never
    overwrite each other's ``assets/*.parquet``: the second stops at once, writing nothing.
    With the in-process executor that is the whole run; step processes of a multiprocess run
    share the lock of their run (its id is recorded with the holder's pid).
    """

    paths: TradefactsSettings
    _lock: Path | None = PrivateAttr(default=None)

    def setup_for_execution(self, context: InitResourceContext) -> None:
        run = getattr(context, "run", None)
        self._lock = acquire_lock(self.paths.data, run.run_id if run else None)
        lean_allocators()  # the run's steps give freed memory back (assets/memory.py)

    def teardown_after_execution(self, context: InitResourceContext) -> None:
        release_lock(self._lock)
        self._lock = None

    def _path(self, context: InputContext | OutputContext) -> Path:
        """The asset's single Parquet file (a table without a row-group key; data folders
        written before chunking)."""
        key = context.asset_key.path
        return Path(self.paths.data_dir, "assets", *key[:-1], f"{key[-1]}.parquet")

    def _folder(self, context: InputContext | OutputContext) -> Path:
        """The asset's folder of chunks."""
        return stored_folder(self.paths, *context.asset_key.path)

    def _stored(self, context: InputContext) -> Path:
        folder = self._folder(context)
        return folder if is_chunked(folder) else self._path(context)

    def handle_output(
        self,
        context: OutputContext,
        obj: pd.DataFrame | pa.Table | TableFile | PairedRows | None,
    ) -> None:
        """Store ``obj``: a frame, an Arrow table (a chunked table's rows, typed as stored), a
        ``PairedRows`` (a reconciled table's Arrow rows and the pair digests they were computed
        from, kept with the chunk list: :func:`~pipeline.release.chunks.pair_digests`) or a
        ``TableFile`` of another asset's stored table holding this asset's contract table
        row for row (``curated_figures`` without corrections: ``figures``), whose chunks are
        then linked, not read (:func:`~pipeline.release.chunks.link_chunked`; a table that is
        not chunked, or any doubt, is read and written as its rows). ``TypeError`` for any
        other value, or a ``PairedRows`` of a table without a row-group key."""
        if obj is None:
            return
        table = (context.definition_metadata or {}).get(TABLE_METADATA_KEY)
        pairs = None
        if isinstance(obj, PairedRows):
            if table not in ROW_GROUP_KEY:
                raise TypeError(
                    f"{context.asset_key.to_user_string()}: pair digests need a chunked table"
                )
            obj, pairs = obj.rows, obj.digests
        if isinstance(obj, TableFile) and table in ROW_GROUP_KEY:
            folder = self._folder(context)
            linked = (
                link_chunked(obj.path, folder, fsync=fsync_file) if is_chunked(obj.path) else None
            )
            if linked is not None:
                self._path(context).unlink(missing_ok=True)  # a data folder made before chunks
                context.add_output_metadata(
                    {"path": str(folder), "chunks": linked[1], "chunks_written": linked[0]}
                )
                return
            obj = obj.load_arrow()
        # an Arrow table (a per-document stage's rows, typed as stored) only for chunked tables
        arrow_ok = isinstance(obj, pa.Table) and table in ROW_GROUP_KEY
        if not isinstance(obj, pd.DataFrame) and not arrow_ok:
            raise TypeError(
                f"{context.asset_key.to_user_string()}: expected a DataFrame, got "
                f"{type(obj).__name__}"
            )
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        if table in ROW_GROUP_KEY:
            # chunks are fsynced, their folder is not: a lost rename only costs a rerun
            folder = self._folder(context)
            written, chunks = write_chunked(
                obj, folder, table, WRITE_OPTIONS, fsync=fsync_file, pairs=pairs
            )
            path.unlink(missing_ok=True)  # the single file of a data folder made before
            context.add_output_metadata(
                {"path": str(folder), "chunks": chunks, "chunks_written": written}
            )
            return
        # write_parquet fsyncs the file; the folder is not: a lost rename only costs a rerun
        write_atomic(path, lambda tmp: write_parquet(obj, tmp, table, sort=False))
        context.add_output_metadata({"path": str(path)})

    def load_input(self, context: InputContext) -> pd.DataFrame | TableFile:
        """The frame, or only the input's ``columns`` metadata; a ``TableFile`` if so typed.

        Why both: a stage that needs two columns of a large table should not hold the rest,
        and the release, which handles every table, holds one at a time. First, the memory
        that earlier steps freed goes back to the system (:func:`assets.memory.give_back`):
        without it the run's RSS only grew, step after step (2.5 GB at 100k articles).
        """
        give_back()
        path = self._stored(context)
        if _typed_as(context, TableFile):
            return TableFile(path)
        return read_parquet(path, (context.definition_metadata or {}).get(COLUMNS_METADATA_KEY))
