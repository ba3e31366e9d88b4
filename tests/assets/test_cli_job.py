"""``tradefacts run`` builds its Dagster job once per run, not once per time Dagster loads it."""

from __future__ import annotations

from pathlib import Path

from assets.cli import run as cli_run
from tests.seeds import SEEDS


def test_one_build_per_run(tmp_path: Path) -> None:
    seeds, data = str(tmp_path / "seeds"), str(tmp_path / "data")
    with cli_run._one_job_per_run():
        first = cli_run.cli_job(seeds, data, False)
        assert cli_run.cli_job(seeds, data, False) is first  # Dagster's later loads
        other = cli_run.cli_job(seeds, data, True)  # other arguments: their own job
        assert other is not first
        assert other.name == first.name
    assert cli_run._JOBS_OF_THIS_RUN is None
    assert cli_run.cli_job(seeds, data, False) is not first  # a later run builds afresh


def test_a_run_loads_one_job(tmp_path: Path, monkeypatch) -> None:
    """The whole run on the seeds: Dagster loads the job four times, one build."""
    import assets.definitions

    builds: list[object] = []
    build_defs = assets.definitions.build_defs

    def counted(*args, **kwargs):
        builds.append(args)
        return build_defs(*args, **kwargs)

    monkeypatch.setattr(assets.definitions, "build_defs", counted)
    for name in ("DAGSTER_HOME", "TRADEFACTS_SEEDS_DIR", "TRADEFACTS_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    seeds = SEEDS
    assert cli_run.run(seeds, tmp_path / "data") == 0
    assert len(builds) == 1
