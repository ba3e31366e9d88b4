"""Which disagreements are conflicts (issue 16): made-up claims for revised, needs_review,
unattributed support and the confidence threshold."""

import datetime as dt

import pandas as pd
from test_reconcile import fig, run, the_fact

from pipeline.reconcile.resolve import DEFAULT_MIN_CONFIDENCE

D = dt.date


def docs(**published: dt.date) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(published), "published": list(published.values())})


def test_same_authority_restated_later_is_revised() -> None:
    rows = [fig(1.2e9, source="GEO", doc="old"), fig(1.34e9, source="GEO", doc="new")]
    result = run(rows, documents=docs(old=D(2031, 2, 1), new=D(2031, 5, 10)))
    fact = the_fact(result)
    assert fact["resolution"] == "revised"
    assert fact["value"] == 1.34e9  # the newer publication's value
    assert fact["n_sources"] == 1 and list(fact["sources"]) == ["GEO"]
    assert "GEO revised 1.2bn (2031-02-01) to 1.34bn (2031-05-10)" in fact["note"]
    claims = result.claims[result.claims["fact_id"] == fact["fact_id"]]
    assert sorted(claims["value"]) == [1.2e9, 1.34e9]  # the older value stays in claims


def test_revision_then_agreement_with_another_authority() -> None:
    rows = [
        fig(1.2e9, source="GEO", doc="old"),
        fig(1.34e9, source="GEO", doc="new"),
        fig(1.34e9, source="ARM", doc="arm"),
    ]
    dates = docs(old=D(2031, 2, 1), new=D(2031, 5, 10), arm=D(2031, 3, 1))
    fact = the_fact(run(rows, documents=dates))
    assert fact["resolution"] == "revised" and fact["value"] == 1.34e9
    assert fact["n_sources"] == 2


def test_revised_side_still_conflicts_with_another_authority() -> None:
    rows = [
        fig(1.2e9, source="GEO", doc="old"),
        fig(1.34e9, source="GEO", doc="new"),
        fig(1.7e9, source="ARM", doc="arm"),
    ]
    dates = docs(old=D(2031, 2, 1), new=D(2031, 5, 10), arm=D(2031, 3, 1))
    fact = the_fact(run(rows, documents=dates))
    assert fact["resolution"] == "conflicting"
    assert fact["note"].startswith("ARM side 1.7bn vs GEO side 1.34bn (ratio 1.27)")
    assert "GEO revised 1.2bn" in fact["note"]


def test_one_article_stating_two_values_needs_review() -> None:
    rows = [fig(259e6, source="GEO", doc="a"), fig(169e6, source="GEO", doc="a")]
    fact = the_fact(run(rows, documents=docs(a=D(2031, 1, 5))))
    assert fact["resolution"] == "needs_review" and pd.isna(fact["value"])
    assert fact["note"] == "one article (a) gives GEO both 259M/169M"


def test_two_articles_of_one_date_stating_two_values_need_review() -> None:
    rows = [fig(259e6, source="GEO", doc="a"), fig(169e6, source="GEO", doc="b")]
    fact = the_fact(run(rows, documents=docs(a=D(2031, 1, 5), b=D(2031, 1, 5))))
    assert fact["resolution"] == "needs_review"
    assert "2 articles of the same date (2031-01-05)" in fact["note"]


def test_same_authority_without_dates_needs_review_not_conflict() -> None:
    fact = the_fact(run([fig(259e6, source="GEO"), fig(169e6, source="GEO")]))
    assert fact["resolution"] == "needs_review"


def test_ambiguous_side_makes_no_conflict_with_another_authority() -> None:
    rows = [
        fig(259e6, source="GEO", doc="a"),
        fig(169e6, source="GEO", doc="a"),
        fig(400e6, source="ARM", doc="b"),
    ]
    fact = the_fact(run(rows, documents=docs(a=D(2031, 1, 5), b=D(2031, 1, 6))))
    assert fact["resolution"] == "needs_review"


def test_unattributed_claim_supports_a_named_side() -> None:
    rows = [
        fig(1.34e9, source="GEO", doc="geo"),
        fig(1.7e9, source="ARM", doc="arm"),
        fig(1.3e9, source=None, doc="repost", rounding=0.05e9),
    ]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "conflicting"
    assert fact["n_sources"] == 2 and list(fact["sources"]) == ["ARM", "GEO"]
    assert fact["note"] == "ARM side 1.7bn vs GEO side 1.34bn (+1 unattributed) (ratio 1.27)"
    assert fact["n_claims"] == 3


def test_unattributed_agreeing_with_the_only_authority_is_no_second_source() -> None:
    rows = [fig(1.34e9, source="GEO"), fig(1.3e9, source=None, rounding=0.05e9)]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "single_source" and fact["value"] == 1.34e9
    assert fact["n_sources"] == 1


def test_unattributed_disagreeing_with_every_side_needs_review() -> None:
    rows = [fig(1.34e9, source="GEO"), fig(2.1e9, source=None)]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "needs_review" and pd.isna(fact["value"])
    assert fact["note"] == "unattributed 2.1bn disagrees with every named side"


def test_unattributed_claims_alone_never_conflict() -> None:
    fact = the_fact(run([fig(1.34e9, source=None), fig(2.1e9, source=None)]))
    assert fact["resolution"] == "needs_review" and fact["n_sources"] == 0


def test_orphan_beside_a_real_dispute_keeps_the_dispute() -> None:
    rows = [fig(1.34e9, source="GEO"), fig(1.7e9, source="ARM"), fig(3.0e9, source=None)]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "conflicting" and fact["n_sources"] == 2
    assert fact["note"].endswith("unattributed 3bn disagrees with every named side")


def test_doubtful_claim_never_creates_a_conflict() -> None:
    rows = [
        {**fig(2.1e9, source="GEO"), "confidence": 0.9},
        {**fig(3.4e9, source="ARM"), "confidence": 0.3},
    ]
    result = run(rows)
    fact = the_fact(result)
    assert fact["resolution"] == "single_source" and fact["value"] == 2.1e9
    assert (
        f"1 doubtful claim(s) left out (3.4bn, confidence < {DEFAULT_MIN_CONFIDENCE:g})"
        in fact["note"]
    )
    assert sorted(result.claims["confidence"]) == [0.3, 0.9]
    # the same claims at a lower threshold are a conflict again
    low = run(rows, threshold=0.2)
    assert the_fact(low)["resolution"] == "conflicting"


def test_doubtful_claim_never_joins_a_conflict() -> None:
    rows = [
        {**fig(2.1e9, source="GEO"), "confidence": 0.9},
        {**fig(3.4e9, source="ARM"), "confidence": 0.9},
        {**fig(5.0e9, source="AZE"), "confidence": 0.1},
    ]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "conflicting"
    assert list(fact["sources"]) == ["ARM", "GEO"] and "5bn" not in fact["note"].split(";")[0]


def test_only_doubtful_claims_need_review_instead_of_conflicting() -> None:
    rows = [
        {**fig(2.1e9, source="GEO"), "confidence": 0.45},
        {**fig(3.4e9, source="ARM"), "confidence": 0.4},
    ]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "needs_review" and pd.isna(fact["value"])


def test_without_a_confidence_column_behaviour_is_unchanged() -> None:
    result = run([fig(2.1e9, source="GEO"), fig(3.4e9, source="ARM")], threshold=0.99)
    assert the_fact(result)["resolution"] == "conflicting"
    assert result.claims["confidence"].isna().all()


def _undated(row: dict) -> dict:
    return {**row, "period_start": None, "period_end": None}


def test_undated_claims_of_two_authorities_in_different_articles_need_review() -> None:
    # "turnover rose 16.4%" in a piece on a region, "grew 2.3% in the first ten months of the
    # year" on an undated page: no period says they are one statistic
    rows = [
        _undated(fig(16.4, source="GEO", measure="pct_change", unit="percent", doc="a")),
        _undated(fig(2.3, source="ARM", measure="pct_change", unit="percent", doc="b")),
    ]
    fact = the_fact(run(rows))
    assert fact["resolution"] == "needs_review" and pd.isna(fact["value"])
    assert fact["note"].startswith("no period stated, articles apart: ")


def test_undated_claims_of_two_authorities_in_one_article_still_conflict() -> None:
    # near miss: one article setting two offices' figures for "eight months of this year" side
    # by side is a dispute it states, dated or not
    rows = [
        _undated(fig(286e6, source="GEO", doc="a")),
        _undated(fig(194e6, source="ARM", doc="a")),
    ]
    assert the_fact(run(rows))["resolution"] == "conflicting"


def test_dated_claims_of_two_authorities_in_different_articles_still_conflict() -> None:
    rows = [fig(1.34e9, source="GEO", doc="a"), fig(1.7e9, source="ARM", doc="b")]
    assert the_fact(run(rows))["resolution"] == "conflicting"
