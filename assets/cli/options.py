"""Command-line options shared by the ``tradefacts`` commands, with their environment defaults.

Why here and not through the settings resource: the read-only commands (``facts``,
``conflicts``, ``releases …``, ``lineage``) must start without importing Dagster, and the
resource is a Dagster class. This is the CLI's one mapping from environment to flags; ``run``
passes the resolved folders on to ``TradefactsSettings.from_env``, which reads the rest.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from assets.environment import DATA_ENV, DEFAULT_DATA, DEFAULT_SEEDS, SEEDS_ENV


def _folder(env: str, default: str) -> Path:
    return Path(os.environ.get(env) or default)


def seeds_option(parser: argparse.ArgumentParser) -> None:
    """``--seeds`` (env ``TRADEFACTS_SEEDS_DIR``, default ``seeds/``)."""
    parser.add_argument(
        "--seeds",
        type=Path,
        default=_folder(SEEDS_ENV, DEFAULT_SEEDS),
        help=f"folder of *.txt articles (env {SEEDS_ENV}, default {DEFAULT_SEEDS}/)",
    )


def add_data_argument(parser: argparse.ArgumentParser, help_text: str) -> None:
    """``--data`` (env ``TRADEFACTS_DATA_DIR``, default ``data/``) on ``parser``."""
    parser.add_argument(
        "--data",
        type=Path,
        default=_folder(DATA_ENV, DEFAULT_DATA),
        help=f"{help_text} (env {DATA_ENV}, default {DEFAULT_DATA}/)",
    )


def data_option() -> argparse.ArgumentParser:
    """A parent parser with ``--data``, shared by the commands that read releases."""
    parent = argparse.ArgumentParser(add_help=False)
    add_data_argument(parent, "data folder holding releases/")
    return parent
