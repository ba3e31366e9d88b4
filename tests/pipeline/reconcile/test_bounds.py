"""Bounds in reconciliation (made-up claims): "more than $400 million" from one authority and
$631.2 million from another agree; a bound is consistent with every value on its side only."""

import math

import pytest

from pipeline.contract.schemas import ClaimsSchema
from pipeline.reconcile.bounds import bound_from_evidence, reach
from pipeline.reconcile.intervals import Interval
from tests.pipeline.reconcile.test_reconcile import fig, run, the_fact

EVIDENCE = "flow=own;pair=2;period=sentence;year=stated;unit=stated;numbers=1;main=yes"


def bounded(value, bound, **kw):
    row = fig(value, approx=True, rounding=0.5e6, **kw)
    return {**row, "evidence": f"{EVIDENCE};bound={bound}"}


def exact(value, **kw):
    return {**fig(value, rounding=0.05e6, **kw), "evidence": EVIDENCE}


OTHER = {"source": "ARM", "reporter": "ARM", "partner": "GEO"}


def test_a_lower_bound_agrees_with_a_larger_exact_value_which_is_the_value() -> None:
    result = run([bounded(400e6, "lower", source="GEO"), exact(631.2e6, **OTHER)])
    fact = the_fact(result)
    assert fact["resolution"] == "agreed_within_rounding", fact["note"]
    assert fact["value"] == 631.2e6
    assert ">400M" in fact["note"]
    # the written intervals stay finite in the claims table
    ClaimsSchema.validate(result.claims)
    assert result.claims[["value_low", "value_high"]].map(math.isfinite).all().all()


def test_a_lower_bound_and_a_smaller_exact_value_conflict() -> None:
    fact = the_fact(run([bounded(400e6, "lower", source="GEO"), exact(312.4e6, **OTHER)]))
    assert fact["resolution"] == "conflicting" and fact["value"] is None


def test_an_upper_bound_agrees_with_a_smaller_value_and_conflicts_with_a_larger_one() -> None:
    fact = the_fact(run([bounded(3e9, "upper", source="GEO"), exact(2.174e9, **OTHER)]))
    assert fact["resolution"] == "agreed_within_rounding" and fact["value"] == 2.174e9
    fact = the_fact(run([bounded(3e9, "upper", source="GEO"), exact(3.82e9, **OTHER)]))
    assert fact["resolution"] == "conflicting"


def test_an_approximation_is_no_bound() -> None:
    about = {**fig(400e6, approx=True, rounding=0.5e6, source="GEO"), "evidence": EVIDENCE}
    fact = the_fact(run([about, exact(631.2e6, **OTHER)]))
    assert fact["resolution"] == "conflicting"


def test_a_bound_supports_a_revision_free_side_and_an_identity() -> None:
    # one authority: "more than" first, the exact figure later: no revision, no ambiguity
    rows = [bounded(400e6, "lower", source="GEO", doc="a"), exact(631.2e6, source="GEO", doc="b")]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "single_source" and fact["value"] == 631.2e6
    # turnover "more than $1bn" against exports + imports of $1.21bn: consistent
    rows = [
        bounded(1e9, "lower", source="GEO"),
        exact(0.52e9, flow="exports", source="GEO"),
        exact(0.69e9, flow="imports", source="GEO"),
    ]
    result = run(rows)
    assert set(result.checks["n_failures"]) == {0}, result.checks.to_string()
    assert result.facts["value"].map(lambda v: v is None or math.isfinite(v)).all()


def test_a_bound_on_a_fall_bounds_its_magnitude() -> None:
    # "fell more than 12%" (-12): consistent with -15.3, not with -8.1
    rows = [
        bounded(-12, "lower", source="GEO", measure="pct_change", unit="percent"),
        exact(-15.3, measure="pct_change", unit="percent", **OTHER),
    ]
    assert the_fact(run(rows))["value"] == -15.3
    assert reach(Interval(-12.7, -11.3), -12, "lower") == Interval(-math.inf, -11.3)


@pytest.mark.parametrize(
    ("evidence", "bound"),
    [(f"{EVIDENCE};bound=lower", "lower"), (f"{EVIDENCE};bound=upper", "upper"), (EVIDENCE, None)],
)
def test_bound_from_evidence(evidence: str, bound: str | None) -> None:
    assert bound_from_evidence(evidence) == bound


def bound_with(value, bound, rounding, **kw):
    row = fig(value, approx=True, rounding=rounding, **kw)
    return {**row, "evidence": f"{EVIDENCE};bound={bound}"}


THIRD = {"source": "RUS", "reporter": "ARM", "partner": "GEO"}  # a third authority


def test_when_every_claim_is_a_lower_bound_the_value_is_the_tightest_not_the_most_precise() -> None:
    rows = [
        bound_with(1e9, "lower", 0.5e9, source="GEO"),  # "more than $1 billion"
        bound_with(300e6, "lower", 0.5e8, **OTHER),  # "over $300 million"
        bound_with(610.5e6, "lower", 0.05e6, **THIRD),  # "exceeded $610.5 million": most digits
    ]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "agreed_within_rounding", fact["note"]
    assert fact["value"] == 1e9
    assert "tightest bound" in fact["note"]


def test_when_every_claim_is_an_upper_bound_the_value_is_the_smallest() -> None:
    rows = [
        bound_with(3e9, "upper", 0.5e9, source="GEO"),
        bound_with(2.45e9, "upper", 5e6, **OTHER),
    ]
    rows += [bound_with(2.8e9, "upper", 5e7, **THIRD)]
    fact = the_fact(run(rows))
    assert fact["value"] == 2.45e9 and "tightest bound" in fact["note"]


def test_bounds_on_both_sides_or_with_an_exact_claim_keep_the_most_precise() -> None:
    # near misses: an exact claim decides; a lower and an upper bound have no tightest side
    rows = [bound_with(1e9, "lower", 0.5e9, source="GEO"), exact(1.2345e9, **OTHER)]
    fact = the_fact(run(rows))
    assert fact["value"] == 1.2345e9 and "most precise" in fact["note"]
    rows = [bound_with(500e6, "lower", 0.5e8, source="GEO"), bound_with(2e9, "upper", 5e8, **OTHER)]
    fact = the_fact(run(rows))
    assert fact["value"] == 500e6 and "most precise" in fact["note"]
