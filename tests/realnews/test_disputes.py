"""``disputes``: gold rows as figures, and ours vs gold per resolution, on made-up rows (no page
text needed)."""

import datetime as dt

import pandas as pd
import pytest

from pipeline.reconcile.resolve import reconcile_all
from tests.realnews.disputes import compare, gold_figures, stated_rounding, summary


@pytest.mark.parametrize(
    ("text", "half_step"),
    [
        ("9500000000", 5e7),  # 9.5 billion
        ("600000000", 5e5),  # 600 million
        ("20666000000", 5e5),  # 20.666 billion
        ("-3000000000", 5e8),  # 3 billion
        ("12.5", 0.05),
        ("17", 0.5),
        ("0", 0.0),
        ("2200", 50.0),  # 2.2 thousand
    ],
)
def test_stated_rounding_reads_the_value_as_a_page_writes_it(text, half_step) -> None:
    assert stated_rounding(text) == pytest.approx(half_step)


def _gold(value: str, source: str, doc: str = "d1", flow: str = "turnover", **kw) -> dict:
    row = {
        "doc": doc, "flow": flow, "scope": "total", "reporter": "AAA", "partner": "BBB",
        "period_start": "2031-01-01", "period_end": "2031-12-31", "measure": "level",
        "value": value, "unit": "USD", "status": "actual", "approx": "false",
        "source_country": source,
    }  # fmt: skip
    row.update(kw)
    return row


def _figure(fid: str, value: float, source: str | None, flow: str = "turnover", **kw) -> dict:
    row = {
        "figure_id": fid, "doc_id": "d1", "sentence_id": f"s-{fid}", "flow": flow,
        "scope": "total", "reporter": "AAA", "partner": "BBB",
        "period_start": dt.date(2031, 1, 1), "period_end": dt.date(2031, 12, 31),
        "measure": "level", "unit": "USD", "status": "actual", "value": value,
        "rounding": 0.05e9, "approx": False, "source_country": source, "text": str(value),
        "evidence": "",
    }  # fmt: skip
    row.update(kw)
    return row


def _facts(rows: list[dict]) -> pd.DataFrame:
    return reconcile_all(pd.DataFrame(rows)).facts


def test_gold_rows_become_figures_that_reconcile() -> None:
    gold = pd.DataFrame([_gold("4800000000", "AAA"), _gold("1600000000", "BBB", doc="d2")])
    figures = gold_figures(gold)
    assert list(figures["rounding"]) == [5e7, 5e7]
    assert figures["period_start"].iloc[0] == dt.date(2031, 1, 1)
    assert set(_facts(figures.to_dict("records"))["resolution"]) == {"conflicting"}


def test_ours_only_gold_only_and_both_per_resolution() -> None:
    gold = _facts(
        gold_figures(
            pd.DataFrame(
                [
                    # a real dispute: two authorities, one year
                    _gold("4800000000", "AAA"),
                    _gold("1600000000", "BBB"),
                    # one exports value
                    _gold("900000000", "AAA", flow="exports"),
                ]
            )
        ).to_dict("records")
    )
    ours = _facts(
        [
            # the dispute is read, but one side without its authority: needs_review, not a conflict
            _figure("f1", 4.8e9, "AAA"),
            _figure("f2", 1.6e9, None),
            # a last-year value read as this year's: one authority, two values
            _figure("f3", 0.9e9, "AAA", flow="exports"),
            _figure("f4", 0.6e9, "AAA", flow="exports"),
            # a misread flow makes a key gold does not have
            _figure("f5", 0.2e9, None, flow="imports"),
            _figure("f6", 0.4e9, None, flow="imports"),
        ]
    )
    table = summary(compare(ours, gold))
    assert table["conflicting"] == {
        "ours": 0, "gold": 1, "both": 0, "ours_only": 0, "ours_only_key_in_gold": 0,
        "ours_only_new_key": 0, "gold_only": 1,
    }  # fmt: skip
    review = table["needs_review"]
    assert (review["ours"], review["gold"], review["both"]) == (3, 0, 0)
    assert (review["ours_only_key_in_gold"], review["ours_only_new_key"]) == (2, 1)
    assert "ours_only_keys" not in review  # summaries carry no keys (safe on held-back pages)


def test_turnover_keys_match_whatever_the_order_of_the_pair() -> None:
    gold = _facts(gold_figures(pd.DataFrame([_gold("1000000000", "AAA", reporter="BBB",
                                                    partner="AAA")])).to_dict("records"))  # fmt: skip
    ours = _facts([_figure("f1", 1.0e9, "AAA"), _figure("f2", 1.3e9, "AAA")])
    row = compare(ours, gold)["needs_review"]
    assert row["ours_only_key_in_gold"] == 1 and row["ours_only_new_key"] == 0
