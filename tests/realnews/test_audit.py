"""``audit.decision_accuracy`` on made-up figures and gold rows (no page text needed)."""

import pandas as pd

from tests.realnews.audit import decision_accuracy


def _figure(fid: str, value: float, start: str, evidence: str, flow: str = "exports") -> dict:
    return {
        "figure_id": fid, "doc_id": "d1", "flow": flow, "reporter": "AAA", "partner": "BBB",
        "period_start": start, "period_end": start[:4] + "-12-31", "measure": "level",
        "value": value, "evidence": evidence,
    }  # fmt: skip


def _gold(value: float, start: str, flow: str = "exports") -> dict:
    return {
        "doc": "d1", "flow": flow, "reporter": "AAA", "partner": "BBB", "period_start": start,
        "period_end": start[:4] + "-12-31", "measure": "level", "value": value,
    }  # fmt: skip


def test_each_token_is_scored_on_the_field_it_decided() -> None:
    figures = pd.DataFrame(
        [
            _figure("f1", 5e6, "2031-01-01", "flow=own;pair=2;period=sentence;year=stated"),
            _figure("f2", 7e6, "2030-01-01", "flow=own;pair=2;period=document;year=relative"),
            _figure("f3", 9e6, "2031-01-01", "flow=own;pair=2;period=document;year=relative"),
            # a value no gold row has: not scored (the audit asks about values that were read)
            _figure("f4", 1e6, "2031-01-01", "flow=own;pair=2;period=document;year=relative"),
        ]
    )
    gold = pd.DataFrame(
        [_gold(5e6, "2031-01-01"), _gold(7e6, "2031-01-01"), _gold(9e6, "2031-01-01")]
    )
    table = decision_accuracy(figures, gold).set_index("token")
    assert table.loc["period=document", "figures"] == 2
    assert table.loc["period=document", "right"] == 1
    assert table.loc["period=document", "wrong_examples"] == ["f2"]
    assert table.loc["period=sentence", "share"] == 1.0
    assert table.loc["year=relative", "right"] == 1
    assert table.loc["flow=own", "figures"] == 3


def test_a_turnover_pair_is_unordered_and_the_closest_gold_row_is_taken() -> None:
    figure = _figure("f1", 5e6, "2031-01-01", "flow=own;pair=1;period=sentence", flow="turnover")
    figure.update(reporter="BBB", partner="AAA")
    gold = pd.DataFrame(
        [_gold(5e6, "2029-01-01", flow="imports"), _gold(5e6, "2031-01-01", flow="turnover")]
    )
    table = decision_accuracy(pd.DataFrame([figure]), gold).set_index("token")
    assert table.loc["pair=1", "share"] == 1.0
    assert table.loc["period=sentence", "share"] == 1.0
    assert table.loc["flow=own", "share"] == 1.0
