"""The mirror flows' CIF/FOB band is a deployment setting (issue 16, item 4)."""

import pytest

from assets.settings import TradefactsSettings
from pipeline.reconcile.mirror import MIRROR_BAND


def test_the_band_defaults_to_the_documented_one() -> None:
    assert TradefactsSettings(seeds_dir="s", data_dir="d").band() == MIRROR_BAND


def test_the_band_comes_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("TRADEFACTS_MIRROR_BAND", "0.9,1.3")
    assert TradefactsSettings.from_env().band() == (0.9, 1.3)


@pytest.mark.parametrize("bad", ["1.2", "1.3,0.9", "0,1.1", "low,high"])
def test_a_malformed_band_names_the_variable(bad) -> None:
    with pytest.raises(ValueError, match="TRADEFACTS_MIRROR_BAND"):
        TradefactsSettings(seeds_dir="s", data_dir="d", mirror_band=bad).band()
