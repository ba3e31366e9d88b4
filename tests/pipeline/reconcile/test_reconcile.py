"""Reconciliation on made-up claims: every resolution value, policies and properties."""

import datetime as dt
import itertools

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.contract.schemas import ChecksSchema, FactsSchema
from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE, reconcile_all

D = dt.date
_ids = itertools.count()


def fig(
    value,
    *,
    source="GEO",
    flow="turnover",
    reporter="GEO",
    partner="ARM",
    year=2030,
    measure="level",
    unit="USD",
    status="actual",
    rounding=None,
    approx=False,
    doc=None,
    start=None,
    end=None,
    scope="total",
):
    n = next(_ids)
    return {
        "figure_id": f"f{n}",
        "doc_id": doc or f"d{n}",
        "sentence_id": f"s{n}",
        "char_start": 0,
        "char_end": 5,
        "text": f"${value}",
        "flow": flow,
        "scope": scope,
        "reporter": reporter,
        "partner": partner,
        "period_start": start if start is not None or status == "target" else D(year, 1, 1),
        "period_end": end or D(year, 12, 31),
        "measure": measure,
        "value": float(value),
        "unit": unit,
        "status": status,
        "approx": approx,
        "source_country": source,
        "rounding": rounding if rounding is not None else abs(value) * 1e-4,
        "period_note": None,
    }


def run(rows, documents=None, policy="own_statistics", threshold=DEFAULT_MIN_CONFIDENCE):
    result = reconcile_all(
        pd.DataFrame(rows), documents=documents, policy=policy, threshold=threshold
    )
    FactsSchema.validate(result.facts)
    if len(result.checks):
        ChecksSchema.validate(result.checks)
    return result


def the_fact(result, **where):
    facts = result.facts
    for k, v in where.items():
        facts = facts[facts[k] == v]
    assert len(facts) == 1, facts.to_string()
    return facts.iloc[0]


def test_single_source() -> None:
    fact = the_fact(run([fig(2.5e9)]))
    assert fact["resolution"] == "single_source" and fact["value"] == 2.5e9


def test_agreed_across_sources_and_unordered_turnover_pair() -> None:
    result = run(
        [fig(2.5e9, source="GEO"), fig(2.5e9, source="ARM", reporter="ARM", partner="GEO")]
    )
    fact = the_fact(result)
    assert (fact["resolution"], fact["n_sources"], fact["n_claims"]) == ("agreed", 2, 2)


def test_agreed_within_rounding() -> None:
    result = run(
        [fig(2.5e9, rounding=0.05e9, source="GEO"), fig(2.473e9, rounding=0.0005e9, source="ARM")]
    )
    fact = the_fact(result)
    assert fact["resolution"] == "agreed_within_rounding"
    assert fact["value"] == 2.473e9  # the most precise claim, never an average


def test_conflicting_keeps_both_sides_and_never_averages() -> None:
    result = run([fig(2.1e9, source="GEO"), fig(3.4e9, source="ARM")])
    fact = the_fact(result)
    assert fact["resolution"] == "conflicting"
    assert pd.isna(fact["value"])
    assert (fact["value_min"], fact["value_max"]) == (2.1e9, 3.4e9)
    assert fact["note"] == "ARM side 3.4bn vs GEO side 2.1bn (ratio 1.62)"
    claims = result.claims[result.claims["fact_id"] == fact["fact_id"]]
    assert sorted(claims["source_country"]) == ["ARM", "GEO"]


def test_approx_widens_the_interval() -> None:
    strict = run(
        [fig(1.0e9, rounding=0.005e9, source="GEO"), fig(1.04e9, rounding=0.005e9, source="ARM")]
    )
    assert the_fact(strict)["resolution"] == "conflicting"
    loose = run(
        [
            fig(1.0e9, rounding=0.005e9, source="GEO", approx=True),
            fig(1.04e9, rounding=0.005e9, source="ARM"),
        ]
    )
    assert the_fact(loose)["resolution"] == "agreed_within_rounding"


def test_preferred_value_policy_own_statistics() -> None:
    rows = [
        fig(700e6, flow="exports", reporter="GEO", partner="ARM", source="GEO"),
        fig(910e6, flow="exports", reporter="GEO", partner="ARM", source="ARM"),
    ]
    fact = the_fact(run(rows))
    assert (
        fact["resolution"] == "conflicting"
        and fact["preferred_value"] == 700e6
        and fact["preferred_source"] == "GEO"
    )
    assert pd.isna(the_fact(run(rows, policy="none"))["preferred_value"])


def test_parts_and_total_agree_within_rounding() -> None:
    rows = [
        fig(1.208e9, rounding=0.0005e9),
        fig(0.5214e9, flow="exports", rounding=0.05e6),
        fig(0.6873e9, flow="imports", rounding=0.05e6),
    ]
    result = run(rows)
    fact = the_fact(result, flow="turnover")
    assert fact["resolution"] == "agreed_within_rounding"
    assert "exports +" in fact["note"]
    assert list(result.checks["outcome"]) == ["agreed_within_rounding"]


def test_parts_and_total_inconsistent() -> None:
    rows = [fig(1.5e9, rounding=0.05e9), fig(0.5e9, flow="exports"), fig(0.6e9, flow="imports")]
    result = run(rows)
    fact = the_fact(result, flow="turnover")
    assert fact["resolution"] == "inconsistent" and pd.isna(fact["value"])
    assert list(result.checks["outcome"]) == ["inconsistent"]


def test_derived_turnover_from_parts() -> None:
    result = run([fig(0.5e9, flow="exports"), fig(0.6e9, flow="imports")])
    fact = the_fact(result, flow="turnover")
    assert fact["resolution"] == "derived" and fact["value"] == pytest.approx(1.1e9, rel=1e-3)
    assert fact["n_claims"] == 0 and "exports +" in fact["note"]


def test_derived_previous_year_from_pct_change() -> None:
    result = run(
        [fig(2.4e9, rounding=0.05e9), fig(20.0, measure="pct_change", unit="percent", rounding=0.5)]
    )
    fact = the_fact(result, period_start=D(2029, 1, 1))
    assert fact["resolution"] == "derived" and fact["value"] == pytest.approx(2.0e9, rel=0.01)


def test_sub_periods_tile_the_year() -> None:
    rows = [
        fig(0.4e9, start=D(2030, 1, 1), end=D(2030, 6, 30)),
        fig(0.5e9, start=D(2030, 7, 1), end=D(2030, 12, 31)),
    ]
    fact = the_fact(run(rows), period_start=D(2030, 1, 1), period_end=D(2030, 12, 31))
    assert fact["resolution"] == "derived" and fact["value"] == pytest.approx(0.9e9, rel=1e-3)


def test_identities_never_mix_sources() -> None:
    result = run(
        [fig(0.5e9, flow="exports", source="GEO"), fig(0.6e9, flow="imports", source="ARM")]
    )
    assert "derived" not in set(result.facts["resolution"])


def test_targets_never_merge_with_actuals() -> None:
    result = run([fig(3e9, status="target", end=D(2030, 12, 31)), fig(2e9)])
    assert sorted(result.facts["status"]) == ["actual", "target"]


def test_newer_target_supersedes_older() -> None:
    docs = pd.DataFrame({"doc_id": ["old", "new"], "published": [D(2029, 1, 1), D(2030, 6, 1)]})
    rows = [
        fig(3e9, status="target", end=D(2035, 12, 31), doc="old"),
        fig(4e9, status="target", end=D(2035, 12, 31), doc="new"),
    ]
    facts = run(rows, documents=docs).facts.set_index("value")
    assert pd.isna(facts.loc[4e9, "superseded_by"])
    assert facts.loc[3e9, "superseded_by"] == facts.loc[4e9, "fact_id"]


CLAIMS = [
    fig(2.1e9, source="GEO", doc="a"),
    fig(3.4e9, source="ARM", doc="b"),
    fig(0.9e9, flow="exports", doc="c"),
    fig(1.3e9, flow="imports", doc="c"),
    fig(12.0, measure="pct_change", unit="percent", doc="a", rounding=0.05),
    fig(1.5e9, status="target", end=D(2033, 12, 31), doc="d"),
]


def _comparable(result) -> pd.DataFrame:
    cols = ["fact_id", "value", "resolution", "n_claims", "n_sources", "note"]
    return result.facts[cols].sort_values("fact_id").reset_index(drop=True)


@settings(max_examples=30, deadline=None)
@given(st.permutations(CLAIMS))
def test_facts_do_not_depend_on_document_order(rows) -> None:
    pd.testing.assert_frame_equal(_comparable(run(list(rows))), _comparable(run(CLAIMS)))


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(CLAIMS))
def test_exact_repost_changes_counts_not_values(original) -> None:
    repost = {
        **original,
        "figure_id": original["figure_id"] + "r",
        "doc_id": "repost",
        "sentence_id": "sr",
    }
    base = run(CLAIMS).facts.set_index("fact_id")
    more = run([*CLAIMS, repost]).facts.set_index("fact_id")
    assert list(base.index) == list(more.index)
    changed = more["n_claims"] != base["n_claims"]
    assert changed.sum() == 1
    for col in ["value", "resolution", "n_sources"]:
        pd.testing.assert_series_equal(base[col], more[col])
    assert "repost" in more.loc[changed, "doc_ids"].iloc[0]


def test_identity_checks_have_unique_ids_across_views_and_units() -> None:
    rows = [
        fig(1.0e9, rounding=0.05e9),
        fig(0.4e9, flow="exports"),
        fig(0.6e9, flow="imports"),
        fig(0.55e9, flow="exports", reporter="ARM", partner="GEO"),
        fig(0.45e9, flow="imports", reporter="ARM", partner="GEO"),
        fig(480e9, unit="KZT", rounding=5e9),
        fig(200e9, flow="exports", unit="KZT"),
        fig(280e9, flow="imports", unit="KZT"),
    ]
    checks = run(rows).checks
    assert len(checks) == 3 and checks["check_id"].is_unique
