"""Which corrections file ``tradefacts correct`` appends to: the one the next run over the same
input reads. A new-user trial published with ``tradefacts run --seeds DIR`` and saw ``correct``
write ``seeds/corrections.csv``, which no run over DIR reads."""

from pathlib import Path

import pytest

from assets.cli.correct import default_corrections
from assets.environment import CORRECTIONS_ENV, SEEDS_ENV


@pytest.fixture(autouse=True)
def _no_env(monkeypatch) -> None:
    monkeypatch.delenv(CORRECTIONS_ENV, raising=False)
    monkeypatch.delenv(SEEDS_ENV, raising=False)


def _manifest(path: str) -> dict:
    return {"settings": {"corrections": {"path": path, "rows": 0, "sha256": None}}}


def test_the_folder_the_release_was_built_from(tmp_path) -> None:
    manifest = _manifest(str(tmp_path / "corrections.csv"))
    assert default_corrections(manifest) == tmp_path / "corrections.csv"


def test_a_recorded_folder_that_is_not_here_is_an_error_naming_the_options(
    tmp_path, monkeypatch
) -> None:
    """An older manifest recorded ``seeds/corrections.csv`` relative to the run's folder; from
    another folder the append would land where no run reads it (new-user trial, round 58)."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="--seeds DIR"):
        default_corrections(_manifest("seeds/corrections.csv"))
    (tmp_path / "seeds").mkdir()
    assert default_corrections(_manifest("seeds/corrections.csv")) == Path("seeds/corrections.csv")


def test_the_release_records_the_corrections_path_absolute(tmp_path, monkeypatch) -> None:
    from assets.stages.release import corrections_record
    from pipeline.curate.corrections import read_corrections

    monkeypatch.chdir(tmp_path)
    record = corrections_record(read_corrections(Path("in/corrections.csv")))
    assert record["path"] == str(tmp_path / "in" / "corrections.csv")
    assert record["sha256"] is None and record["rows"] == 0


def test_seeds_option_then_environment_win_over_the_release(monkeypatch) -> None:
    manifest = _manifest("/archive/in/corrections.csv")
    assert default_corrections(manifest, Path("/other")) == Path("/other/corrections.csv")
    monkeypatch.setenv(SEEDS_ENV, "/env-seeds")
    assert default_corrections(manifest) == Path("/env-seeds/corrections.csv")
    monkeypatch.setenv(CORRECTIONS_ENV, "/explicit.csv")
    assert default_corrections(manifest, Path("/other")) == Path("/explicit.csv")


def test_an_old_manifest_without_settings_falls_back_to_seeds() -> None:
    assert default_corrections({}) == Path("seeds/corrections.csv")
    assert default_corrections(None) == Path("seeds/corrections.csv")
