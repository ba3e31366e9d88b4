"""Report labels, conflict rows, ``report.md`` and the chart, on made-up tables."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest
from PIL import Image

from pipeline.report.attachments import release_attachments
from pipeline.report.chart import chart_points, claims_chart
from pipeline.report.labels import period_label
from pipeline.report.markdown import report_markdown
from pipeline.report.selections import (
    conflict_rows,
    conflict_sides,
    conflict_summary,
    parse_pair,
    select_facts,
)

SENTENCE_FRE = "Freedonia's statistics office put trade with Ruritania at $3.1 billion in 2031."
SENTENCE_RUR = "Ruritania's customs service reported $4.2 billion of trade with Freedonia in 2031."


def _fact(fact_id: str, **fields) -> dict:
    base = {
        "fact_id": fact_id,
        "flow": "turnover",
        "scope": "total",
        "reporter": "FRE",
        "partner": "RUR",
        "period_start": dt.date(2031, 1, 1),
        "period_end": dt.date(2031, 12, 31),
        "measure": "level",
        "unit": "USD",
        "status": "actual",
        "value": None,
        "value_min": 0.0,
        "value_max": 0.0,
        "resolution": "single_source",
        "n_claims": 1,
        "n_sources": 1,
        "sources": [],
        "figure_ids": [],
        "doc_ids": ["b_doc"],
        "note": "",
        "preferred_value": None,
        "preferred_source": None,
        "superseded_by": None,
    }
    return {**base, **fields}


def _claim(fact_id: str, figure_id: str, source: str | None, value: float, sentence: str):
    return {
        "fact_id": fact_id,
        "figure_id": figure_id,
        "doc_id": "b_doc",
        "sentence_id": f"b_doc:{figure_id}",
        "source_country": source,
        "value": value,
        "value_low": value * 0.99,
        "value_high": value * 1.01,
        "approx": False,
        "text": f"${value / 1e9:g} billion",
        "sentence": sentence,
        "published": dt.date(2032, 2, 1),
        "value_usd": value,  # USD claims: their own value
    }


@pytest.fixture
def tables(tables) -> dict[str, pd.DataFrame]:
    """The conftest tables plus a two-sided conflict (2031) and a target (by 2040)."""
    facts = [
        _fact("k1", value=7.25e9, value_min=7.25e9, value_max=7.25e9, note="one claim"),
        _fact(
            "k2",
            value_min=3.1e9,
            value_max=4.2e9,
            resolution="conflicting",
            n_claims=2,
            n_sources=2,
            sources=["FRE", "RUR"],
            note="RUR side 4.2bn vs FRE side 3.1bn (ratio 1.35)",
            preferred_value=3.1e9,
            preferred_source="FRE",
        ),
        _fact(
            "k3",
            period_start=None,
            period_end=dt.date(2040, 12, 31),
            status="target",
            value=1e10,
            value_min=1e10,
            value_max=1e10,
            sources=["FRE"],
        ),
    ]
    facts[0]["period_start"], facts[0]["period_end"] = dt.date(2030, 1, 1), dt.date(2030, 12, 31)
    tables["facts"] = pd.DataFrame(facts)
    tables["claims"] = pd.DataFrame(
        [
            _claim("k1", "f1", None, 7.25e9, "Trade reached $7.25 billion."),
            _claim("k2", "f2", "FRE", 3.1e9, SENTENCE_FRE),
            _claim("k2", "f3", "RUR", 4.2e9, SENTENCE_RUR),
            _claim("k3", "f4", "FRE", 1e10, "The sides aim for $10 billion by 2040."),
        ]
    )
    return tables


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        (dt.date(2031, 1, 1), dt.date(2031, 12, 31), "2031"),
        (dt.date(2031, 1, 1), dt.date(2031, 11, 30), "2031 Jan–Nov"),
        (dt.date(2031, 6, 1), dt.date(2031, 6, 30), "2031 Jun"),
        (None, dt.date(2040, 12, 31), "by 2040"),
        (None, dt.date(2040, 6, 30), "by 2040-06-30"),
        (dt.date(2030, 1, 1), dt.date(2031, 12, 31), "2030–2031"),
        (dt.date(2031, 1, 15), dt.date(2031, 2, 3), "2031-01-15..2031-02-03"),
        (None, None, "?"),
    ],
)
def test_period_label(start, end, label) -> None:
    assert period_label(start, end) == label


def test_parse_pair_accepts_either_order_and_separator() -> None:
    assert parse_pair("rur-fre") == parse_pair("FRE–RUR") == {"FRE", "RUR"}
    assert parse_pair("FRE") == {"FRE"}
    with pytest.raises(ValueError, match="two codes"):
        parse_pair("A-B-C")


def test_select_facts_by_unordered_pair_and_year(tables) -> None:
    facts = tables["facts"]
    assert list(select_facts(facts, pair="RUR-FRE", year=2031)["fact_id"]) == ["k2"]
    assert list(select_facts(facts, year=2040)["fact_id"]) == ["k3"]  # a target "by 2040"
    assert select_facts(facts, pair="FRE-XXX").empty
    # actuals first, then targets
    assert list(select_facts(facts)["fact_id"]) == ["k1", "k2", "k3"]


def test_conflict_rows_quote_both_sides(tables) -> None:
    rows = conflict_rows(tables["facts"], tables["claims"], tables["documents"])
    assert [(r["source"], r["value"]) for r in rows] == [
        ("RUR", "4.2bn USD"),
        ("FRE", "3.1bn USD"),
    ]
    assert {r["sentence"] for r in rows} == {f"“{SENTENCE_FRE}”", f"“{SENTENCE_RUR}”"}
    assert {r["pair"] for r in rows} == {"FRE–RUR"} and {r["period"] for r in rows} == {"2031"}
    sides = conflict_sides(tables["facts"], tables["claims"])
    assert list(zip(sides["source"], sides["value"], strict=True)) == [
        ("RUR", "4.2bn USD"),
        ("FRE", "3.1bn USD"),
    ]


def test_conflict_summary_is_one_narrow_row_per_conflict(tables) -> None:
    summary = conflict_summary(tables["facts"], tables["claims"])
    assert summary.to_dict("records") == [
        {
            "fact": "FRE–RUR turnover total 2031",
            "sides": "RUR 4.2bn vs FRE 3.1bn USD",
            "fact_id": "k2",
        }
    ]
    facts = tables["facts"].assign(measure="pct_change", unit="percent", status="target")
    assert conflict_summary(facts, tables["claims"])["fact"].tolist() == [
        "FRE–RUR turnover total pct_change 2031 target"
    ]
    assert conflict_summary(tables["facts"], tables["claims"], limit=0).empty


def test_report_lists_conflicts_and_targets_apart_and_is_deterministic(tables) -> None:
    text = report_markdown(tables, "0123456789abcdef")
    conflicts = text.split("## Conflicts")[1].split("## Targets (stated goals)")[0]
    actual, targets = conflicts.split("### Between targets")
    assert SENTENCE_FRE in actual and SENTENCE_RUR in actual
    assert "3.1bn USD" in actual and "4.2bn USD" in actual
    assert "_none_" in targets  # no conflicting target
    assert "1 fact whose sources state values" in conflicts  # one, in the singular
    stated_goals = text.split("## Targets (stated goals)")[1].split("## Pairs")[0]
    assert "by 2040" in stated_goals and "10bn USD" in stated_goals
    assert "![" in text and "(claims.png)" in text
    shuffled = {n: df.iloc[::-1].reset_index(drop=True) for n, df in tables.items()}
    assert report_markdown(shuffled, "0123456789abcdef") == text


def test_chart_draws_claims_and_is_byte_identical(tables) -> None:
    points = chart_points(tables["facts"], tables["claims"])
    assert set(points["source"]) == {"unattributed", "FRE", "RUR"}
    assert points.loc[points["conflict"], "fact_id"].unique().tolist() == ["k2"]
    png = claims_chart(tables["facts"], tables["claims"])
    shuffled = claims_chart(tables["facts"].iloc[::-1], tables["claims"].iloc[::-1])
    assert png == shuffled
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert b"Software" not in png and b"tIME" not in png  # no writer name, no timestamp
    with Image.open(io.BytesIO(png)) as image:
        assert image.width >= 600 and image.height >= 300


def test_chart_of_a_release_without_money_levels_is_still_a_png(tables) -> None:
    files = release_attachments(
        {**tables, "facts": tables["facts"].iloc[:0], "claims": tables["claims"].iloc[:0]},
        "0123456789abcdef",
    )
    assert files["claims.png"].startswith(b"\x89PNG")
    assert "_none_" in files["report.md"].decode()


def test_report_quotes_the_first_conflicts_and_says_how_many_there_are(tables, monkeypatch) -> None:
    facts, claims = tables["facts"], tables["claims"]
    conflict = facts[facts["resolution"] == "conflicting"].iloc[0]
    copy = conflict.copy()
    copy["fact_id"], copy["partner"] = "fact-copy", "ZZZ"  # sorts after the original
    extra_claims = claims[claims["fact_id"] == conflict["fact_id"]].assign(fact_id="fact-copy")
    bigger = {
        **tables,
        "facts": pd.concat([facts, copy.to_frame().T], ignore_index=True),
        "claims": pd.concat([claims, extra_claims], ignore_index=True),
    }
    monkeypatch.setattr("pipeline.report.markdown.REPORT_CONFLICTS", 1)
    actual = report_markdown(bigger, "0123456789abcdef").split("### Between targets")[0]
    assert "_First 1 of 2;" in actual
    assert "ZZZ" not in actual


def test_one_fact_with_thousands_of_claims_draws_a_bounded_panel(tables, monkeypatch) -> None:
    """Issue 19, item 6: a fact with 5,000 distinct claims took 29 s (20,000: 89 s), nearly
    all in drawing a label per claim; the panel now draws a bounded sample and says so."""
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure

    drawn: list[Figure] = []
    monkeypatch.setattr(Figure, "savefig", lambda self, *args, **kwargs: drawn.append(self))
    conflict = tables["facts"][tables["facts"]["resolution"] == "conflicting"].iloc[[0]]
    template = tables["claims"][tables["claims"]["fact_id"] == conflict["fact_id"].iloc[0]]
    n = 1500
    claims = template.iloc[[i % len(template) for i in range(n)]].reset_index(drop=True)
    claims["figure_id"] = [f"g{i}" for i in range(n)]
    claims["value"] = [3.0e9 + i * 1e6 for i in range(n)]
    claims["value_usd"] = claims["value"]  # USD claims: value_usd is the value
    claims["source_country"] = [["FRE", "RUR", None, "ZZZ"][i % 4] for i in range(n)]

    claims_chart(conflict, claims)

    (figure,) = drawn
    (panel,) = [ax for ax in figure.axes if ax.get_visible()]
    markers = sum(len(c.get_offsets()) for c in panel.collections if isinstance(c, PathCollection))
    assert markers <= 500
    # Labels go only where they fit without overlapping (chart_panel._place): bounded by the
    # panel's area, not by the claims.
    assert len(panel.texts) <= 60
    assert f"of {n:,} drawn" in panel.get_title(loc="left")


def test_conflict_rows_by_fact_are_the_rows_grouped(tables) -> None:
    # the section memo keeps each fact's rows and puts the first facts' rows back together
    from pipeline.report.md_tables import md_row, md_table, md_table_of_lines
    from pipeline.report.selections import CONFLICT_COLUMNS, conflict_rows_by_fact

    facts, claims = tables["facts"], tables["claims"]
    second = facts[facts["resolution"] == "conflicting"].assign(fact_id="k9", reporter="ARM")
    facts = pd.concat([facts, second], ignore_index=True)
    more = claims[claims["fact_id"] == "k2"].assign(
        fact_id="k9", figure_id=lambda c: c["figure_id"] + "9"
    )
    claims = pd.concat([claims, more], ignore_index=True)
    by_fact = conflict_rows_by_fact(facts, claims, tables["documents"])
    rows = conflict_rows(facts, claims, tables["documents"])
    assert list(by_fact) == ["k9", "k2"] and len(rows) == 4  # ARM before FRE
    assert [r for f in by_fact.values() for r in f] == rows
    lines = [md_row(r, CONFLICT_COLUMNS) for f in by_fact.values() for r in f]
    assert md_table_of_lines(CONFLICT_COLUMNS, lines) == md_table(rows, CONFLICT_COLUMNS)
    assert md_table_of_lines(CONFLICT_COLUMNS, []) == md_table([], CONFLICT_COLUMNS) == "_none_"
