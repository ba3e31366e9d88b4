"""IO manager keeping intermediate DataFrames as Parquet under ``<data>/assets/``.

Why Parquet, not pickle: the files between stages are readable by any consumer (pandas, DuckDB)
and survive library upgrades. It uses the release store's Arrow conversion, so list columns and
``datetime.date`` columns round-trip to the same Python values the stages produced.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pandas as pd
from dagster import ConfigurableIOManager, InputContext, OutputContext

from assets.resources import TradefactsPaths
from pipeline.store import read_parquet, write_parquet

TABLE_METADATA_KEY = "tradefacts/table"
"""Asset metadata naming the contract table a frame follows (keeps column types stable)."""


class ParquetIOManager(ConfigurableIOManager):
    """Stores each asset's DataFrame at ``<data>/assets/<asset key path>.parquet``."""

    paths: TradefactsPaths

    def _path(self, context: InputContext | OutputContext) -> Path:
        key = context.asset_key.path
        return Path(self.paths.data_dir, "assets", *key[:-1], f"{key[-1]}.parquet")

    def handle_output(self, context: OutputContext, obj: pd.DataFrame | None) -> None:
        if obj is None:
            return
        if not isinstance(obj, pd.DataFrame):
            raise TypeError(
                f"{context.asset_key.to_user_string()}: expected a DataFrame, got "
                f"{type(obj).__name__}"
            )
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        table = (context.definition_metadata or {}).get(TABLE_METADATA_KEY)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            write_parquet(obj, tmp, table, sort=False)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        context.add_output_metadata({"path": str(path)})

    def load_input(self, context: InputContext) -> pd.DataFrame:
        return read_parquet(self._path(context))
