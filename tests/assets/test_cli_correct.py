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


def test_the_folder_the_release_was_built_from() -> None:
    manifest = _manifest("/archive/in/corrections.csv")
    assert default_corrections(manifest) == Path("/archive/in/corrections.csv")


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
