"""A source's own turnover = exports + imports vouches for its claims below the confidence
threshold (pipeline/reconcile/corroborate.py). Made-up figures: two statistics offices, each
publishing a consistent set of numbers for the same months, that disagree with each other."""

import pandas as pd
from test_reconcile import fig, run

LOW = 0.3


def _office(source: str, turnover: float, exports: float, imports: float) -> list[dict]:
    """``source``'s turnover of the GEO-ARM pair and its own exports to / imports from the
    other country, all at a confidence below the default threshold."""
    other = "ARM" if source == "GEO" else "GEO"
    rows = [
        fig(turnover, source=source, reporter=source, partner=other),
        fig(exports, source=source, flow="exports", reporter=source, partner=other),
        fig(imports, source=source, flow="imports", reporter=source, partner=other),
    ]
    return [{**r, "confidence": LOW} for r in rows]


def _turnover(result) -> dict:
    facts = result.facts
    (row,) = facts[facts["flow"] == "turnover"].to_dict("records")
    return row


def test_two_consistent_offices_make_a_conflict_below_the_threshold() -> None:
    # GEO: 410M = 260M + 150M; ARM: 290M = 140.5M + 149.5M (each adds up, within rounding).
    rows = _office("GEO", 410e6, 260e6, 150e6) + _office("ARM", 290e6, 140.5e6, 149.5e6)
    fact = _turnover(run(rows))
    assert fact["resolution"] == "conflicting"
    assert list(fact["sources"]) == ["ARM", "GEO"]
    assert "turnover = exports + imports holds" in fact["note"]


def test_a_side_whose_flows_do_not_add_up_stays_doubtful() -> None:
    # ARM's flows add to 390M, not its 290M: nothing vouches for ARM's readings.
    rows = _office("GEO", 410e6, 260e6, 150e6) + _office("ARM", 290e6, 240e6, 150e6)
    fact = _turnover(run(rows))
    assert fact["resolution"] != "conflicting"
    assert "doubtful claim(s) left out (290M" in fact["note"]


def test_unattributed_figures_never_corroborate() -> None:
    rows = [{**r, "source_country": None} for r in _office("GEO", 410e6, 260e6, 150e6)]
    rows += _office("ARM", 290e6, 140.5e6, 149.5e6)
    fact = _turnover(run(rows))
    assert fact["resolution"] != "conflicting"


def test_confidences_in_claims_are_kept_as_read() -> None:
    rows = _office("GEO", 410e6, 260e6, 150e6) + _office("ARM", 290e6, 140.5e6, 149.5e6)
    result = run(rows)
    assert (pd.to_numeric(result.claims["confidence"]) == LOW).all()


def test_corroborated_claims_also_count_when_currencies_are_compared() -> None:
    # GEO's consistent USD set (below the threshold) against ARM's turnover stated in euros:
    # compared in dollars, GEO's corroborated turnover is a side there too.
    rows = [
        {
            **r,
            **fig(
                r["value"], year=2020, source="GEO", flow=r["flow"], reporter="GEO", partner="ARM"
            ),
            "confidence": LOW,
        }
        for r in _office("GEO", 410e6, 260e6, 150e6)
    ]
    rows.append(
        {
            **fig(100e6, year=2020, source="ARM", reporter="ARM", partner="GEO", unit="EUR"),
            "confidence": 0.9,
        }
    )
    facts = run(rows).facts
    turnover = facts[facts["flow"] == "turnover"]
    assert set(turnover["resolution"]) == {"conflicting"}, turnover["note"].tolist()
