"""``dg dev`` and ``dagster dev -w workspace.yaml`` load the same code under the same name.

Why the same name: Dagster keys sensor and schedule state and run history by code location, so
switching between the two commands must not look like a new deployment.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: tomli, a dependency of dagster
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]


def _dg_project() -> dict:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["dg"]
    assert config["directory_type"] == "project"
    return config["project"]


def test_dg_and_workspace_yaml_name_the_same_module_and_location() -> None:
    project = _dg_project()
    workspace = yaml.safe_load((ROOT / "workspace.yaml").read_text(encoding="utf-8"))
    [entry] = workspace["load_from"]
    module = entry["python_module"]["module_name"]
    assert project["code_location_target_module"] == module
    # workspace.yaml names no location, so Dagster names it after the module
    assert project["code_location_name"] == module
    assert module.startswith(project["root_module"] + ".")


def test_dg_lists_the_definitions() -> None:
    dg = shutil.which("dg", path=str(Path(sys.executable).parent))
    if dg is None:
        pytest.skip("dg is not installed (pip install -e '.[dev]' installs dagster-dg-cli)")
    env = {**os.environ, "VIRTUAL_ENV": str(Path(sys.executable).parents[1])}
    listed = subprocess.run(
        [dg, "list", "defs", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    defs = json.loads(listed.stdout)
    assert {a["asset_key"] for a in defs["assets"]} >= {"raw_documents", "facts", "release"}
    assert "publish_release" in {j["name"] for j in defs["jobs"]}
