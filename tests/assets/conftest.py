"""Fixtures of the Dagster-layer tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.seeds import SEEDS


@pytest.fixture
def workdir(tmp_path, monkeypatch) -> Path:
    """A copy of the seeds in ``tmp_path/seeds``, with no ``DAGSTER_HOME`` from outside."""
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path
