"""Corrections as data: the stable figure key, reject, set, orphans, the file's contract."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from pipeline.contract.corrections import SETTABLE
from pipeline.contract.schemas import FiguresSchema
from pipeline.curate.corrections import (
    _typed,
    append_corrections,
    apply_corrections,
    correction_rows,
    figure_keys,
    parse_corrections,
    read_corrections,
)

D = dt.date(2031, 6, 1)


@pytest.fixture
def parts(tables) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figure and sentence of the shared made-up tables (tests/conftest.py)."""
    return tables["figures"], tables["sentences"]


def _rows(figures, sentences, **kwargs) -> pd.DataFrame:
    figure = figures.iloc[0].to_dict()
    text = sentences["text"].iloc[0]
    return correction_rows(figure, text, reason="misread", author="ana", date=D, **kwargs)


def test_the_key_survives_a_new_figure_id_but_not_a_new_span(parts) -> None:
    figures, sentences = parts
    key = figure_keys(figures, sentences).iloc[0]
    assert figure_keys(figures.assign(figure_id="other"), sentences).iloc[0] == key
    assert figure_keys(figures.assign(char_start=45), sentences).iloc[0] != key
    other_text = sentences.assign(text="Trade reached $7.25 billion.")
    assert figure_keys(figures, other_text).iloc[0] != key


def test_reject_drops_the_figure_and_keeps_the_input_unchanged(parts) -> None:
    figures, sentences = parts
    curated = apply_corrections(figures, sentences, _rows(figures, sentences, reject=True))
    assert curated.figures.empty and curated.orphans.empty
    assert list(curated.applied["current_figure_id"]) == ["f1"]
    assert len(figures) == 1


def test_set_reads_each_value_as_its_column_type_and_a_later_set_wins(parts) -> None:
    figures, sentences = parts
    first = _rows(figures, sentences, reject=False, sets={"period_end": "2030-09-30"})
    later = _rows(
        figures,
        sentences,
        reject=False,
        sets={"period_end": "2030-06-30", "value": "7.25e6", "source_country": "BLR"},
    )
    curated = apply_corrections(figures, sentences, pd.concat([first, later]))
    row = curated.figures.iloc[0]
    assert row["period_end"] == dt.date(2030, 6, 30)
    assert row["value"] == 7.25e6 and row["rounding"] == pytest.approx(0.005e6)
    assert row["source_country"] == "BLR"
    assert figures["value"].iloc[0] == 7.25e9  # the extracted figure is not touched


def test_a_set_converts_the_corrected_figure_to_dollars_again(parts) -> None:
    """value_usd follows the corrected value, unit and period (schema 1.2), never the read one."""
    figures, sentences = parts
    sets = {"unit": "RUB", "value": "85.162e9", "period_start": "2023-01-01"}
    rows = _rows(figures, sentences, reject=False, sets={**sets, "period_end": "2023-12-31"})
    assert set(rows["field"]) <= set(SETTABLE)
    row = apply_corrections(figures, sentences, rows).figures.iloc[0]
    assert row["value"] == 85.162e9 and row["unit"] == "RUB"  # as corrected, never replaced
    assert row["value_usd"] == pytest.approx(1e9, rel=1e-4)  # RUB 2023: 85.162 per dollar
    assert pd.isna(row["value_usd_note"])
    later = _rows(figures, sentences, reject=False, sets={**sets, "period_end": "2024-12-31"})
    row = apply_corrections(figures, sentences, later).figures.iloc[0]
    assert pd.isna(row["value_usd"])
    assert row["value_usd_note"] == "no 2024 average rate for RUB in usd_rates.csv"
    FiguresSchema.validate(apply_corrections(figures, sentences, later).figures)


def test_a_correction_whose_figure_is_gone_is_an_orphan(parts) -> None:
    figures, sentences = parts
    rows = _rows(figures, sentences, reject=True)
    moved = figures.assign(char_start=45)  # the extractor now reads another span
    curated = apply_corrections(moved, sentences, rows)
    assert len(curated.orphans) == 1 and curated.applied.empty
    assert len(curated.figures) == 1  # nothing applied


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"reject": True, "sets": {"value": "1"}}, "either --reject or"),
        ({"reject": False, "sets": {}}, "either --reject or"),
        ({"reject": False, "sets": {"figure_id": "x"}}, "cannot set 'figure_id'"),
        ({"reject": False, "sets": {"period_end": "30.09.2024"}}, "period_end=.*YYYY-MM-DD"),
        ({"reject": False, "sets": {"approx": "maybe"}}, "expected true or false"),
        # closed vocabularies, each error naming its field (new-user trial, round 58)
        ({"reject": False, "sets": {"flow": "barter"}}, "flow='barter': expected one of"),
        ({"reject": False, "sets": {"measure": "share"}}, "measure='share'"),
        ({"reject": False, "sets": {"status": "planned"}}, "status='planned'"),
        ({"reject": False, "sets": {"reporter": "XYZ"}}, "reporter='XYZ'.*countries.csv"),
        ({"reject": False, "sets": {"partner": "kaz"}}, "partner='kaz'"),
        ({"reject": False, "sets": {"source_country": "QQQ"}}, "source_country='QQQ'"),
        ({"reject": False, "sets": {"unit": "dollars"}}, "unit='dollars'.*ISO 4217"),
        ({"reject": False, "sets": {"value": "1,3 bn"}}, "value='1,3 bn': expected a number"),
        ({"reject": False, "sets": {"scope": "Energy"}}, "scope='Energy'"),
    ],
)
def test_a_bad_correction_is_refused_before_anything_is_written(kwargs, message, parts) -> None:
    figures, sentences = parts
    with pytest.raises(ValueError, match=message):
        _rows(figures, sentences, **kwargs)


def test_append_writes_a_header_once_and_the_file_reads_back(tmp_path, parts) -> None:
    figures, sentences = parts
    path = tmp_path / "corrections.csv"
    assert read_corrections(path).sha256 is None
    append_corrections(path, _rows(figures, sentences, reject=False, sets={"scope": "energy"}))
    append_corrections(path, _rows(figures, sentences, reject=True))
    text = path.read_text(encoding="utf-8")
    assert text.count("figure_key,") == 1
    read = read_corrections(path)
    assert list(read.frame["action"]) == ["set", "reject"]
    assert read.frame["field"].iloc[1] is None and read.frame["date"].iloc[0] == D
    assert len(read.sha256) == 64


@pytest.mark.parametrize("then", [{"reject": True}, {"sets": {"flow": "imports"}}])
def test_a_correction_of_a_rejected_figure_is_refused_naming_the_reject(
    tmp_path, parts, then
) -> None:
    """A rejected figure stays rejected (apply_corrections), so a later set or a second reject
    of it would be written and never applied: refused, the file unchanged."""
    figures, sentences = parts
    path = tmp_path / "corrections.csv"
    append_corrections(path, _rows(figures, sentences, reject=True))
    before = path.read_bytes()
    with pytest.raises(ValueError, match=r"already rejected in .*line 2 by ana \('misread'\)"):
        append_corrections(path, _rows(figures, sentences, **then))
    assert path.read_bytes() == before


def test_a_correction_of_another_figure_after_a_reject_is_appended(tmp_path, parts) -> None:
    figures, sentences = parts
    path = tmp_path / "corrections.csv"
    append_corrections(path, _rows(figures, sentences, reject=True))
    other = figures.iloc[0].to_dict() | {"char_start": 0, "char_end": 2, "text": "$1"}
    rows = correction_rows(
        other, sentences["text"].iloc[0], sets={"scope": "energy"}, reason="r", author="b", date=D
    )
    append_corrections(path, rows)
    assert list(read_corrections(path).frame["action"]) == ["reject", "set"]


def test_an_invalid_file_fails_loudly() -> None:
    text = "figure_key,figure_id,doc_id,figure_text,action,field,value,reason,author,date\n"
    text += "0123456789abcdef,f1,d,$1,drop,,,why,ana,2031-01-01\n"
    with pytest.raises(ValueError, match="invalid corrections file"):
        parse_corrections(text)


@pytest.mark.parametrize(
    ("field", "text", "typed"),
    [
        ("flow", "exports", "exports"),
        ("measure", "multiple", "multiple"),
        ("status", "target", "target"),
        ("partner", "EU", "EU"),
        ("unit", "percent", "percent"),
        ("unit", "times", "times"),
        ("unit", "EUR", "EUR"),
        ("scope", "agriculture", "agriculture"),
        ("source_country", "", None),
    ],
)
def test_values_of_the_contract_vocabularies_are_accepted(field, text, typed) -> None:
    assert _typed(field, text) == typed
