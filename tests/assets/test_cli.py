"""``tradefacts run`` end to end on a copy of the seeds, through Dagster and a local instance."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from dagster import DagsterInstance

import assets.stages.figures
from assets import cli
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest
from tests.seeds import SEEDS


def _run(workdir: Path) -> int:
    return cli.main(["run", "--seeds", str(workdir / "seeds"), "--data", str(workdir / "data")])


def test_run_publishes_a_release_and_records_the_run(workdir, capsys):
    assert _run(workdir) == 0
    out = capsys.readouterr().out

    data = workdir / "data"
    release_id = read_latest(data)
    assert release_id and f"release:   {release_id} (new)" in out
    assert verify_release(data, release_id) == []
    documents = load_table(data, release_id, "documents")
    assert len(documents) == len(list(SEEDS.glob("*.txt")))
    home = data / "dagster_home"
    assert (home / "dagster.yaml").is_file()
    with DagsterInstance.from_config(str(home)) as instance:
        runs = instance.get_runs()
    assert [r.job_name for r in runs] == ["publish_release"]

    assert _run(workdir) == 0  # same input, same code: nothing new
    assert f"release:   {release_id} (unchanged)" in capsys.readouterr().out
    assert read_latest(data) == release_id
    assert [p.name for p in (data / "releases").iterdir() if p.is_dir()] == [release_id]


def test_a_schema_failure_in_the_real_chain_publishes_nothing(workdir, capsys, monkeypatch):
    assert _run(workdir) == 0
    data = workdir / "data"
    before = read_latest(data)
    real_extract = assets.stages.figures.extract_figures

    def broken_extract(documents, sentences, **kwargs):
        figures = real_extract(documents, sentences, **kwargs)
        return figures.assign(flow="barter")

    monkeypatch.setattr(assets.stages.figures, "extract_figures", broken_extract)
    shutil.rmtree(data / "cache")  # unchanged articles would come from the per-document cache
    assert _run(workdir) == 1
    err = capsys.readouterr().err.strip()

    assert len(err.splitlines()) == 1 and "figures_schema" in err
    assert read_latest(data) == before
    assert [p.name for p in (data / "releases").iterdir() if p.is_dir()] == [before]


def test_missing_seeds_folder_is_a_one_line_error(tmp_path, capsys):
    code = cli.main(["run", "--seeds", str(tmp_path / "nope"), "--data", str(tmp_path / "d")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()  # a mistyped folder leaves no data folder behind


def test_every_subcommand_help_says_what_it_does(capsys):
    """``tradefacts run --help`` listed options under no line saying what ``run`` does."""
    for argv in (["run"], ["releases"], ["releases", "gc"], ["lineage"], ["facts"]):
        with pytest.raises(SystemExit):
            cli.main([*argv, "--help"])
        usage, summary = capsys.readouterr().out.split("\n\n")[:2]
        assert usage.startswith(f"usage: tradefacts {' '.join(argv)}")
        assert not summary.lstrip().startswith(("options:", "positional")), (argv, summary)
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "``" not in capsys.readouterr().out  # no reStructuredText from a docstring


def test_runs_in_one_process_each_write_to_their_own_folder(tmp_path, monkeypatch, capsys):
    """Dagster caches the last job it rebuilt; the folders are part of what it rebuilds from."""
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    for name in ("first", "second"):
        shutil.copytree(SEEDS, tmp_path / name / "seeds")
        argv = ["run", "--seeds", str(tmp_path / name / "seeds")]
        assert cli.main([*argv, "--data", str(tmp_path / name / "data")]) == 0
    first, second = (read_latest(tmp_path / n / "data") for n in ("first", "second"))
    assert first == second and first is not None
    assert verify_release(tmp_path / "second" / "data", second) == []
