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


@pytest.mark.parametrize(
    ("change", "measure", "unit", "written"),
    [
        (-7.2, "pct_change", "percent", "312.4M / (1 - 7.2%) = "),
        (12.0, "pct_change", "percent", "312.4M / (1 + 12%) = "),
        (-20e6, "abs_change", "USD", "312.4M + 20M = 332.4M"),
        (20e6, "abs_change", "USD", "312.4M - 20M = 292.4M"),
    ],
)
def test_derived_note_writes_a_change_sign_once(change, measure, unit, written) -> None:
    """A fall is written as one sign in the derivation ("/ (1 - 7.2%)", "+ 20M"), never as
    "(1 + -7.2%)" or "- -20M"."""
    result = run([fig(312.4e6), fig(change, measure=measure, unit=unit)])
    fact = the_fact(result, period_start=D(2029, 1, 1))
    assert fact["resolution"] == "derived" and written in fact["note"], fact["note"]


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


def _doubled(previous: float, now: float = 775e6, times: float = 2.0, rounding: float = 0.0):
    """A level this year and last (rounding of their digits) and a multiple read from a word
    ("doubled": rounding 0), one authority, made-up values."""
    return [
        fig(now, flow="exports", rounding=0.5e6),
        fig(previous, flow="exports", year=2029, rounding=0.5e6),
        fig(times, flow="exports", measure="multiple", unit="times", rounding=rounding),
    ]


def test_a_whole_multiple_in_words_is_checked_as_loosely_as_in_digits() -> None:
    # "exports doubled to $775M" from $485M (1.6x): the word is loose, not a dispute
    result = run(_doubled(485e6))
    fact = the_fact(result, flow="exports", measure="level", period_start=D(2029, 1, 1))
    assert fact["resolution"] == "agreed_within_rounding"
    assert "775M / 2x = 387.5M (a whole multiple checked as ±0.5)" in fact["note"]
    # the same check with "2 times" in digits (rounding 0.5) agreed before as well
    digits = the_fact(run(_doubled(485e6, rounding=0.5)), flow="exports", measure="level",
                      period_start=D(2029, 1, 1))  # fmt: skip
    assert digits["resolution"] == "agreed_within_rounding"


def test_a_whole_multiple_far_off_is_still_inconsistent() -> None:
    # 775M "doubled" from 200M is 3.9x: outside 1.5x-2.5x
    fact = the_fact(run(_doubled(200e6)), flow="exports", measure="level",
                    period_start=D(2029, 1, 1))  # fmt: skip
    assert fact["resolution"] == "inconsistent"
    # "three times" from 32.7M to 90M (2.75x) agrees; "3.4 times" stays as stated
    assert the_fact(run(_doubled(32.7e6, now=90e6, times=3.0)), flow="exports",
                    measure="level", period_start=D(2029, 1, 1))["resolution"] == (
        "agreed_within_rounding")  # fmt: skip
    assert the_fact(run(_doubled(32.7e6, now=90e6, times=3.4)), flow="exports",
                    measure="level", period_start=D(2029, 1, 1))["resolution"] == (
        "inconsistent")  # fmt: skip


def test_a_derived_level_keeps_the_whole_multiple_exact() -> None:
    rows = [r for r in _doubled(485e6) if r["period_start"] != D(2029, 1, 1)]
    fact = the_fact(run(rows), flow="exports", measure="level", period_start=D(2029, 1, 1))
    assert fact["resolution"] == "derived"
    assert fact["value"] == pytest.approx(387.5e6, rel=1e-3)
    assert "checked" not in fact["note"]


def test_an_identity_note_shows_a_bound_as_a_bound() -> None:
    # "more than $1,772 million" against parts adding to 2.5bn: agreed, and the note says ">"
    total = fig(1.772e9, rounding=0.5e6)
    total["evidence"] = "flow=own;bound=lower"
    rows = [total, fig(0.888e9, flow="exports", rounding=0.5e6),
            fig(1.619e9, flow="imports", rounding=0.5e6)]  # fmt: skip
    for row in rows[1:]:
        row["evidence"] = "flow=own"
    result = run(rows)
    fact = the_fact(result, flow="turnover")
    assert fact["resolution"] == "agreed_within_rounding"
    assert ">1.772bn stated vs 888M exports + 1.619bn imports" in fact["note"]
