"""The figures of one document: sentences in order, then undated periods resolved and
restatements of one claim merged. A pure function of the document's sentences, so it can be
cached per document and run in worker processes.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from pipeline.extract.attribution import SpeakerState, dateline_country, find_countries
from pipeline.extract.context import DocContext, ranked_countries
from pipeline.extract.periods import Period, resolve_pending
from pipeline.extract.sentence import names_currency, sentence_figures


def _inferred_year(found: list[tuple[dict, Period | None]]) -> int | None:
    """Reference year for an undated document: the year after its latest full-year actual.

    A full-year actual for year Y can only be reported from Y+1 on, so "the current year" in such
    an article is at the earliest Y+1; we take that earliest reading.
    """
    years = [
        p.period_start.year
        for f, p in found
        if f["status"] == "actual"
        and p is not None
        and p.period_start is not None
        and p.period_end is not None
        and (p.period_start.month, p.period_start.day, p.period_end.month, p.period_end.day)
        == (1, 1, 12, 31)
        and p.period_start.year == p.period_end.year
    ]
    return max(years) + 1 if years else None


def _finish(figure: dict, period: Period | None, inferred_year: int | None) -> dict:
    """Resolve a pending relative period with the inferred year of an undated document, and
    say in ``period_note`` why a bound is null."""
    note = None
    if period is not None and period.relative is not None:
        # NOTES: on a page without a date, a relative actual period stays empty unless the text
        # fixes the year; only a target ("raise trade to $X in the current year") is read
        # against the earliest year that can report the latest full-year actual.
        if inferred_year is not None and figure["status"] == "target":
            period = resolve_pending(period, inferred_year)
            note = (
                f"relative period resolved against inferred year {inferred_year} (no date header)"
            )
        else:
            note = "relative period but the document has no date header"
    if period is None:
        note = "no period stated"
    elif note is None:
        note = period.note
    start = period.period_start if period else None
    end = period.period_end if period else None
    return {**figure, "period_start": start, "period_end": end, "period_note": note}


def _claim_key(fig: dict) -> tuple:
    """What two statements of one claim share (turnover is symmetric in its pair)."""
    pair = (fig["reporter"], fig["partner"])
    return (
        fig["flow"],
        fig["scope"],
        frozenset(pair) if fig["flow"] == "turnover" else pair,
        fig["measure"],
        round(fig["value"], 6),
        fig["unit"],
        fig["status"],
    )


def _dedupe(figures: list[dict]) -> list[dict]:
    """An article restating a figure is one claim: keep its first, most specific statement.

    Restatements share flow, scope, pair, measure, value, unit and status; one without a period
    is merged into one with a period ("to half a billion dollars" after "to $500 million by 2030").
    Earlier figures are looked up by that key rather than compared one by one.
    """
    kept: list[dict] = []
    same_claim: dict[tuple, list[int]] = {}  # key -> positions in ``kept``, in order
    for fig in figures:
        key = _claim_key(fig)
        duplicate = False
        for i in same_claim.get(key, ()):
            other = kept[i]
            same_period = (fig["period_start"], fig["period_end"]) == (
                other["period_start"],
                other["period_end"],
            )
            if same_period or fig["period_end"] is None:
                duplicate = True
                break
            if other["period_end"] is None:
                kept[i] = fig
                duplicate = True
                break
        if not duplicate:
            same_claim.setdefault(key, []).append(len(kept))
            kept.append(fig)
    return kept


def extract_rows(
    doc_id: str, published: dt.date | None, title: str | None, rows: list[dict]
) -> list[dict]:
    """Figures of one document from its sentence rows, in position order."""
    # "U.S. dollars", "Chinese yuan" name a currency, not a country the page is about
    mentions = [
        [c for c in find_countries(str(r["text"])) if not names_currency(str(r["text"]), c)]
        for r in rows
    ]
    state = SpeakerState(home=dateline_country(str(rows[0]["text"])) if rows else None)
    ranked = ranked_countries(title, mentions)
    ctx = DocContext(doc_id, published, ranked[:2], state, ranked=ranked)
    found: list[tuple[dict, Period | None]] = []
    for row, sentence_countries in zip(rows, mentions, strict=True):
        found.extend(sentence_figures(row, sentence_countries, ctx))
    inferred = None if published else _inferred_year(found)
    return _dedupe([_finish(f, p, inferred) for f, p in found])


def extract_document(
    doc_id: str, published: dt.date | None, title: str | None, sentences: pd.DataFrame
) -> list[dict]:
    """Figures of one document (its sentences table, any order)."""
    return extract_rows(
        doc_id, published, title, sentences.sort_values("position").to_dict("records")
    )
