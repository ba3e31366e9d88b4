"""Paths and settings from environment variables, so the CLI and ``dagster dev`` agree."""

from __future__ import annotations

import os
from pathlib import Path

from dagster import ConfigurableResource

from pipeline.ingest.documents import DEFAULT_MAX_BYTES

MAX_BYTES_ENV = "TRADEFACTS_MAX_BYTES"
WORKERS_ENV = "TRADEFACTS_WORKERS"
SEEDS_ENV = "TRADEFACTS_SEEDS_DIR"
DATA_ENV = "TRADEFACTS_DATA_DIR"
DEFAULT_SEEDS = "seeds"
DEFAULT_DATA = "data"


class TradefactsPaths(ConfigurableResource):
    """Where the input articles are read from and where assets and releases are written.

    Relative paths are resolved against the working directory of the process.
    """

    seeds_dir: str = DEFAULT_SEEDS
    data_dir: str = DEFAULT_DATA
    # Files larger than this are quarantined as "oversize" without being read.
    max_bytes: int = DEFAULT_MAX_BYTES
    # Extraction processes for large batches (0: one per core).
    workers: int = 0

    @classmethod
    def from_env(cls) -> TradefactsPaths:
        """Paths from ``TRADEFACTS_SEEDS_DIR`` / ``TRADEFACTS_DATA_DIR``, else the defaults."""
        return cls(
            seeds_dir=os.environ.get(SEEDS_ENV) or DEFAULT_SEEDS,
            data_dir=os.environ.get(DATA_ENV) or DEFAULT_DATA,
            max_bytes=int(os.environ.get(MAX_BYTES_ENV) or DEFAULT_MAX_BYTES),
            workers=int(os.environ.get(WORKERS_ENV) or 0),
        )

    @property
    def seeds(self) -> Path:
        """The input folder as a path."""
        return Path(self.seeds_dir)

    @property
    def data(self) -> Path:
        """The data folder (assets, releases, the default Dagster home) as a path."""
        return Path(self.data_dir)
