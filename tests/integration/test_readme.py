"""The README's "Reading a release" snippets run as written against a release of ``seeds/``.

Each snippet runs after the ones before it (they share ``release``), from a folder holding
``data/``, as a reader would paste them. A snippet importing a package that is not installed
(Polars is not a dependency) is skipped, saying so.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
import shutil
from pathlib import Path

import pytest

from assets import cli
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]
SECTION = "## Reading a release"


def readme_snippets() -> list[str]:
    """The ``python`` code blocks of the README section, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"\n{SECTION}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


SNIPPETS = readme_snippets()


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, root / "seeds")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"):
            mp.delenv(name, raising=False)
        mp.chdir(root)
        with contextlib.redirect_stdout(io.StringIO()):
            assert cli.main(["run"]) == 0  # the README's defaults: seeds/ and data/
    return root


def _missing_imports(code: str) -> list[str]:
    names = re.findall(r"^(?:import|from) ([A-Za-z_][\w]*)", code, flags=re.MULTILINE)
    return [n for n in names if importlib.util.find_spec(n) is None]


def test_the_section_has_pandas_duckdb_and_polars_snippets() -> None:
    assert len(SNIPPETS) == 3
    for snippet, module in zip(SNIPPETS, ["pandas", "duckdb", "polars"], strict=True):
        assert re.search(rf"^import {module}\b", snippet, flags=re.MULTILINE)


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_snippet_runs(workdir, monkeypatch, index) -> None:
    missing = _missing_imports(SNIPPETS[index])
    if missing:
        pytest.skip(f"README snippet {index + 1} needs {', '.join(missing)}, not installed")
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for code in SNIPPETS[: index + 1]:
            if not _missing_imports(code):
                exec(compile(code, f"README snippet {index + 1}", "exec"), namespace)
    printed = out.getvalue()
    # every snippet shows the conflicts: the Kazakh and the Kyrgyz side of 2024 among them
    assert "KAZ" in printed and "KGZ" in printed
    if index == 0:
        sides = namespace["conflicts"]
        kaz_kgz = sides.apply(lambda r: {r["reporter"], r["partner"]} == {"KAZ", "KGZ"}, axis=1)
        assert {1.34e9, 1.7e9} <= set(sides.loc[kaz_kgz, "value_claimed"])
