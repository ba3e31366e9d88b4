"""The read-only commands start without Dagster (about two seconds to import) and without the
extractor (most of a second)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.release.publish import publish_release

PROBE = """
import sys
from assets.cli.app import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m == "dagster" or m.startswith("dagster."))
print("DAGSTER", len(loaded), file=sys.stderr)
extractor = sorted(m for m in sys.modules if m.startswith("pipeline.extract"))
print("EXTRACTOR", len(extractor), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def data(tmp_path, tables) -> Path:
    folder = tmp_path / "data"
    publish_release(folder, tables, code_version="test", input_hashes={}, run_id=None)
    return folder


@pytest.mark.parametrize(
    "command",
    [
        ["facts"],
        ["conflicts"],
        ["review"],
        ["releases", "list"],
        ["releases", "show"],
        ["releases", "verify"],
        ["lineage", "no-such-fact"],
    ],
)
def test_read_only_command_does_not_import_dagster(data, command) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *command, "--data", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert "DAGSTER 0" in done.stderr, done.stderr
    # nor the extractor (~170 modules): only `evaluate` and `run` need it
    assert "EXTRACTOR 0" in done.stderr, done.stderr
