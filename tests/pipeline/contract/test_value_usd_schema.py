"""The figures schema's hold on ``value_usd`` (schema 1.2): a money figure has a dollar value or
says why not, a ratio has neither, dollars are themselves."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from pipeline.contract.schemas import SCHEMA_VERSION, FiguresSchema


def test_schema_version_names_the_value_usd_columns() -> None:
    assert tuple(map(int, SCHEMA_VERSION.split("."))) >= (1, 2)  # 1.3: release layout only
    assert {"value_usd", "value_usd_note"} <= set(FiguresSchema.to_schema().columns)


def _with(figures: pd.DataFrame, **columns: object) -> pd.DataFrame:
    return figures.assign(**{k: [v] for k, v in columns.items()})


def test_the_made_up_figure_passes(tables) -> None:
    FiguresSchema.validate(tables["figures"])  # USD, value_usd == value, no note
    rub = _with(tables["figures"], unit="RUB", value_usd=None, value_usd_note="no 2031 rate")
    FiguresSchema.validate(rub)
    ratio = _with(tables["figures"], measure="pct_change", unit="percent", value=4.5)
    FiguresSchema.validate(ratio.assign(value_usd=[None]))


@pytest.mark.parametrize(
    "columns",
    [
        {"value_usd": None},  # money without a dollar value and without saying why
        {"value_usd_note": "no rate"},  # both a dollar value and a reason it has none
        {"value_usd": 7.0e9},  # a USD figure whose dollars are not its value
        {"measure": "multiple", "unit": "times", "value": 3.0},  # a ratio in dollars
    ],
    ids=["money_silent", "both", "usd_not_itself", "ratio_in_dollars"],
)
def test_the_check_fails_on(tables, columns) -> None:
    with pytest.raises(pandera.errors.SchemaError, match="value_usd_or_why"):
        FiguresSchema.validate(_with(tables["figures"], **columns))
