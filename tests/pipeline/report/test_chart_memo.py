"""The memo of ``claims.png``: equal drawn content reuses the bytes, a drawn change redraws."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("matplotlib")

from pipeline.contract import code_version  # noqa: E402
from pipeline.report import chart_memo  # noqa: E402
from pipeline.report.chart import chart_inputs, claims_chart, draw_chart  # noqa: E402
from pipeline.report.chart_memo import KEEP, chart_key, memoised  # noqa: E402
from tests.pipeline.contract.test_code_version import fake_pipeline_tree  # noqa: E402
from tests.pipeline.report.test_chart import _tables  # noqa: E402


class Counting:
    """``draw_chart`` counting its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, inputs):
        self.calls += 1
        return draw_chart(inputs)


def test_memo_gives_the_drawn_bytes_and_draws_once(tmp_path):
    facts, claims = _tables(8)
    draw = Counting()
    first = memoised(tmp_path, chart_inputs(facts, claims), draw)
    again = memoised(tmp_path, chart_inputs(facts.iloc[::-1], claims.iloc[::-1]), draw)
    assert first == again == claims_chart(facts, claims)
    assert draw.calls == 1
    assert [p.name for p in tmp_path.iterdir()] == [f"{chart_key(chart_inputs(facts, claims))}.png"]


def test_a_pair_not_drawn_keeps_the_key_a_drawn_one_changes_it():
    facts, claims = _tables(8)
    before = chart_key(chart_inputs(facts, claims))
    drawn = chart_inputs(facts, claims).pairs
    # the last pair has as many claims as the others and loses the tie on its name: not drawn
    last = facts["fact_id"].str.startswith("f07")
    assert "HHH–III" not in drawn
    quiet = claims.copy()
    quiet.loc[quiet["fact_id"].isin(facts.loc[last, "fact_id"]), "value_usd"] *= 1.01
    assert chart_key(chart_inputs(facts, quiet)) == before
    loud = claims.copy()
    loud.loc[loud["fact_id"] == "f0000", "value_usd"] += 1.0  # a drawn pair, one dollar
    assert chart_key(chart_inputs(facts, loud)) != before


def test_unreadable_memo_is_a_miss_and_old_files_are_pruned(tmp_path):
    facts, claims = _tables(2)
    inputs = chart_inputs(facts, claims)
    (tmp_path / f"{chart_key(inputs)}.png").write_bytes(b"")  # a torn file: drawn again
    draw = Counting()
    assert memoised(tmp_path, inputs, draw) == claims_chart(facts, claims)
    assert draw.calls == 1
    for i in range(KEEP + 3):
        old = tmp_path / f"{i:064x}.png"
        old.write_bytes(b"x")
        os.utime(old, (i, i))
    memoised(tmp_path, chart_inputs(*_tables(3)), draw)
    kept = {p.name for p in tmp_path.glob("*.png")}
    assert len(kept) == KEEP
    assert f"{chart_key(inputs)}.png" in kept  # newer than the made-up old ones


def _forget_code_versions() -> None:
    for cached in (
        code_version._imports_cache,
        code_version._imported_modules,
        code_version.source_version,
        code_version._tree_stamp,
        code_version._versions_cache,
        chart_memo.drawing_version,
    ):
        cached.cache_clear()


@pytest.fixture
def fake_pipeline(tmp_path, monkeypatch):
    """A ``pipeline/`` tree whose ``report/chart.py`` imports one helper, as the code hashed."""
    files = {
        "__init__.py": "",
        "report/__init__.py": "",
        "report/chart.py": "from pipeline.report.chart_data import points\n",
        "report/chart_data.py": "points = 1\n",
    }
    root = fake_pipeline_tree(tmp_path, files, monkeypatch)
    _forget_code_versions()
    yield root
    _forget_code_versions()  # later tests must hash the real tree


def test_a_module_the_chart_starts_importing_is_part_of_the_key(fake_pipeline):
    inputs = chart_inputs(*_tables(2))

    def key() -> str:
        _forget_code_versions()  # a new process: source files are read once per process
        return chart_key(inputs)

    before = key()
    shading = fake_pipeline / "report" / "shading.py"
    shading.write_text("ALPHA = 0.5\n")
    assert key() == before  # a module the chart does not import is not drawing code
    chart = fake_pipeline / "report" / "chart.py"
    chart.write_text(chart.read_text() + "from pipeline.report.shading import ALPHA\n")
    imported = key()
    assert imported != before
    # what a hand-written module list missed: an edit of the module newly imported
    shading.write_text("ALPHA = 0.7\n")
    assert key() != imported
    (fake_pipeline / "report" / "chart_data.py").write_text("points = 2\n")
    assert key() not in (before, imported)


def test_a_package_version_is_looked_up_once_per_process(monkeypatch):
    from importlib import metadata

    from pipeline.report import chart_memo

    looked: list[str] = []
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: (looked.append(name), real(name))[1])
    chart_memo.installed_version.cache_clear()
    try:
        assert chart_memo.installed_version("pandas") == real("pandas")
        assert chart_memo.installed_version("pandas") == real("pandas")
        assert looked == ["pandas"]
        with pytest.raises(metadata.PackageNotFoundError):
            chart_memo.installed_version("no-such-distribution-here")
    finally:
        chart_memo.installed_version.cache_clear()
