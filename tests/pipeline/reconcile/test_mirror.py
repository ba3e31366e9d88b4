"""Mirror flows (issue 16): A's exports to B as A states them beside B's imports from A as B
states them, within the CIF/FOB band or a mirror discrepancy."""

import datetime as dt

import pandas as pd
import pytest
from test_reconcile import fig, run

from pipeline.contract.schemas import MirrorSchema
from pipeline.reconcile.mirror import MIRROR_BAND, mirror_flows

D = dt.date


def exports(value, source="GEO", **kw):
    return fig(value, flow="exports", reporter="GEO", partner="ARM", source=source, **kw)


def imports(value, source="ARM", **kw):
    return fig(value, flow="imports", reporter="ARM", partner="GEO", source=source, **kw)


def mirror_of(rows, **kwargs) -> pd.DataFrame:
    result = run(rows)
    table = mirror_flows(result.facts, result.claims, **kwargs)
    MirrorSchema.validate(table)
    return table


def test_mirror_within_the_cif_fob_band() -> None:
    table = mirror_of([exports(500e6), imports(540e6)])
    assert len(table) == 1
    row = table.iloc[0]
    assert (row["exporter"], row["importer"]) == ("GEO", "ARM")
    assert (row["exports_value"], row["imports_value"]) == (500e6, 540e6)
    assert (row["exports_source"], row["imports_source"]) == ("GEO", "ARM")
    assert row["ratio"] == pytest.approx(1.08)
    assert row["verdict"] == "within_band"
    assert (row["band_low"], row["band_high"]) == MIRROR_BAND
    assert row["note"] == "ARM imports 540M / GEO exports 500M = 1.08 (within 0.95-1.2)"


def test_mirror_beyond_the_band_is_a_discrepancy() -> None:
    table = mirror_of([exports(500e6), imports(900e6)])
    row = table.iloc[0]
    assert row["verdict"] == "mirror_discrepancy" and row["ratio"] == pytest.approx(1.8)


def test_imports_far_below_exports_are_a_discrepancy_too() -> None:
    assert mirror_of([exports(500e6), imports(300e6)]).iloc[0]["verdict"] == "mirror_discrepancy"


def test_the_band_is_an_argument() -> None:
    rows = [exports(500e6), imports(540e6)]
    assert mirror_of(rows, band=(0.98, 1.05)).iloc[0]["verdict"] == "mirror_discrepancy"


def test_stated_precision_counts_for_the_band() -> None:
    # $0.5bn / $0.6bn is 1.2 at face value, and within the band once rounding is allowed
    rows = [exports(0.5e9, rounding=0.05e9), imports(0.62e9, rounding=0.05e9)]
    assert mirror_of(rows).iloc[0]["verdict"] == "within_band"


def test_each_side_is_its_own_authority_only() -> None:
    # ARM's imports stated by GEO, or GEO's exports stated by ARM, are no mirror pair
    assert mirror_of([exports(500e6), imports(900e6, source="GEO")]).empty
    assert mirror_of([exports(500e6, source="ARM"), imports(900e6)]).empty
    assert mirror_of([exports(500e6, source=None), imports(900e6)]).empty


def test_mirror_needs_the_same_period_and_unit() -> None:
    assert mirror_of([exports(500e6), imports(540e6, year=2029)]).empty
    assert mirror_of([exports(500e6), imports(540e6, unit="EUR")]).empty


def test_doubtful_side_makes_no_mirror_pair() -> None:
    rows = [{**exports(500e6), "confidence": 0.9}, {**imports(900e6), "confidence": 0.2}]
    result = run(rows)
    assert mirror_flows(result.facts, result.claims, min_confidence=0.6).empty
    assert len(mirror_flows(result.facts, result.claims)) == 1


def test_empty_inputs_give_an_empty_valid_table() -> None:
    table = mirror_of([fig(1e9)])
    assert table.empty and list(table.columns) == list(MirrorSchema.to_schema().columns)


def test_matching_equals_a_lookup_by_key_over_the_imports() -> None:
    # _matched is a join; what it replaced looked each export up in a dict of the imports by
    # key (the last import of a key kept), null periods matching null periods
    import random

    from pipeline.reconcile.mirror import _matched

    rng = random.Random(7)
    key = ["scope", "period_start", "period_end", "unit"]
    rows = [
        {
            "fact_id": f"f{n}",
            "flow": rng.choice(["exports", "imports"]),
            "reporter": rng.choice("ABC"),
            "partner": rng.choice("ABC"),
            "scope": rng.choice(["total", "sector:oil"]),
            "period_start": rng.choice([None, D(2020, 1, 1)]),
            "period_end": rng.choice([None, D(2020, 12, 31), D(2021, 12, 31)]),
            "unit": rng.choice(["USD", "EUR"]),
        }
        for n in range(400)
    ]
    money = pd.DataFrame(rows)
    imports = {
        (f["partner"], f["reporter"], *(f[k] for k in key)): f
        for f in money[money["flow"] == "imports"].to_dict("records")
    }
    expected = [
        (e["fact_id"], imports[found]["fact_id"])
        for e in money[money["flow"] == "exports"].to_dict("records")
        if (found := (e["reporter"], e["partner"], *(e[k] for k in key))) in imports
    ]
    matched = _matched(money, key)
    assert len(expected) > 50
    assert list(zip(matched["fact_id"], matched["i_fact_id"], strict=True)) == expected
