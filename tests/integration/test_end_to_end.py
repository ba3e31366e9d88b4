"""The whole chain through Dagster over seeds/: figures equal the seed gold, conflicts stay visible."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from dagster import materialize

from assets.definitions import ASSETS, CHECKS
from assets.io_manager import ParquetIOManager
from assets.settings import TradefactsSettings
from pipeline.contract.tables import TABLES
from pipeline.extract.evaluate import evaluate, read_gold
from pipeline.release.catalog import verify_release
from pipeline.release.layout import load_table, read_latest
from tests.seeds import SEEDS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> dict[str, pd.DataFrame]:
    data = tmp_path_factory.mktemp("data")
    paths = TradefactsSettings(seeds_dir=str(SEEDS), data_dir=str(data))
    result = materialize(
        [*ASSETS, *CHECKS], resources={"paths": paths, "io_manager": ParquetIOManager(paths=paths)}
    )
    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())
    release_id = read_latest(data)
    assert verify_release(data, release_id) == []
    return {name: load_table(data, release_id, name) for name in TABLES}


def test_figures_equal_seed_gold(release) -> None:
    report = evaluate(
        release["figures"], read_gold(str(ROOT / "tests" / "data" / "seed_figures.csv"))
    )
    assert (report.full.precision, report.full.recall) == (1.0, 1.0), (
        report.misses + report.spurious
    )
    assert report.matched_field_accuracy == {"approx": 1.0, "source_country": 1.0}


def _turnover(facts: pd.DataFrame, pair: set[str], year: int) -> pd.Series:
    rows = facts[
        (facts["flow"] == "turnover")
        & (facts["scope"] == "total")
        & (facts["measure"] == "level")
        & (facts["status"] == "actual")
        & facts.apply(lambda r: {r["reporter"], r["partner"]} == pair, axis=1)
        & (facts["period_start"].astype(str) == f"{year}-01-01")
        & (facts["period_end"].astype(str) == f"{year}-12-31")
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("pair", "sides"),
    [
        ({"KGZ", "KAZ"}, {"KGZ": 1.34e9, "KAZ": 1.7e9}),
        ({"KGZ", "CHN"}, {"KGZ": 5.3e9, "CHN": 22.071e9}),
    ],
)
def test_mirror_statistics_conflict_with_both_sides_visible(release, pair, sides) -> None:
    fact = _turnover(release["facts"], pair, 2024)
    assert fact["resolution"] == "conflicting" and pd.isna(fact["value"])
    assert (fact["value_min"], fact["value_max"]) == (min(sides.values()), max(sides.values()))
    claims = release["claims"][release["claims"]["fact_id"] == fact["fact_id"]]
    assert dict(zip(claims["source_country"], claims["value"], strict=True)) == sides
    assert claims["sentence"].str.len().min() > 0


def test_parts_agree_with_total_and_previous_year_is_derived(release) -> None:
    kaz_2023 = _turnover(release["facts"], {"KGZ", "KAZ"}, 2023)
    assert kaz_2023["resolution"] == "agreed_within_rounding"
    chn_2023 = _turnover(release["facts"], {"KGZ", "CHN"}, 2023)
    assert chn_2023["resolution"] == "derived"
    assert chn_2023["value"] == pytest.approx(5.3e9 / 1.447, rel=1e-3)
    identity = release["checks"][release["checks"]["kind"] == "identity"]
    assert "agreed_within_rounding" in set(identity["outcome"])
