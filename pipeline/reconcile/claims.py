"""Figures as claims: the fact key a figure states, and the claim an authority makes for it.

A claim's interval follows from its stated digits (see ``intervals``); claims are grouped by
fact key and by *authority* (``source_country``), not by article.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from pipeline.contract.keys import FactKey
from pipeline.reconcile.bounds import bound_from_evidence, reach
from pipeline.reconcile.intervals import Interval


def fact_key(row: dict) -> FactKey:
    """The contract's fact key of a figure row; the pair is unordered (sorted) for turnover."""
    return FactKey.of(row)


@dataclass(frozen=True)
class Claim:
    figure_id: str
    doc_id: str
    sentence_id: str
    source: str | None
    value: float
    rounding: float
    approx: bool
    text: str
    published: dt.date | None
    confidence: float | None = None
    """Extraction's confidence (0-1) when figures carry a ``confidence`` column."""
    value_usd: float | None = None
    """The figure's ``value_usd`` (its value in dollars at its period's rate), if any."""
    bound: str | None = None
    """``lower``/``upper`` for "more than"/"less than" (evidence ``bound=``; see ``bounds``)."""

    @property
    def interval(self) -> Interval:
        return Interval.of_claim(self.value, self.rounding, self.approx)

    @property
    def reach(self) -> Interval:
        """The values the claim is consistent with: ``interval``, opened on a bound's side."""
        return reach(self.interval, self.value, self.bound)

    @property
    def relative_precision(self) -> float:
        return (self.rounding / abs(self.value)) if self.value else float("inf")


def source_label(source: str | None) -> str:
    """The authority a claim is grouped under (``unattributed`` for none)."""
    return source or "unattributed"


def by_source(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Claims grouped by authority label, in their order."""
    out: dict[str, list[Claim]] = {}
    for c in claims:
        out.setdefault(source_label(c.source), []).append(c)
    return out


def claim_order(c: Claim) -> tuple:
    """Oldest publication first, then document and figure id: the order of a fact's claims."""
    return (c.published or dt.date.min, c.doc_id, c.figure_id)


def _number(value: object) -> float | None:
    """A float, or ``None`` for a missing one (``None``, NaN)."""
    if value is None or isinstance(value, str):
        return None
    number = float(value)  # type: ignore[arg-type]
    return None if number != number else number


def claims_from(
    figures: pd.DataFrame, sentences: pd.DataFrame | None, documents: pd.DataFrame | None
) -> list[tuple[FactKey, Claim, str]]:
    """(fact key, claim, sentence text) for every figure row."""
    sentence_text = (
        dict(zip(sentences["sentence_id"], sentences["text"], strict=True))
        if sentences is not None and len(sentences)
        else {}
    )
    published = {}
    if documents is not None and len(documents):
        published = {
            d: p
            for d, p in zip(documents["doc_id"], documents["published"], strict=True)
            if isinstance(p, dt.date)
        }
    out = []
    for row in figures.to_dict("records"):
        claim = Claim(
            figure_id=row["figure_id"],
            doc_id=row["doc_id"],
            sentence_id=row["sentence_id"],
            source=row["source_country"] if isinstance(row["source_country"], str) else None,
            value=float(row["value"]),
            rounding=float(row.get("rounding", 0.0) or 0.0),
            approx=bool(row["approx"]),
            text=row["text"],
            published=published.get(row["doc_id"]),
            confidence=_number(row.get("confidence")),
            value_usd=_number(row.get("value_usd")),
            bound=bound_from_evidence(row.get("evidence")),
        )
        out.append((fact_key(row), claim, sentence_text.get(row["sentence_id"], "")))
    return out


def claim_records(fact_id: str, claims: Iterable[Claim], sentence_of: dict[str, str]) -> list[dict]:
    """Rows of the claims table for one fact, oldest claim first."""
    return [
        {
            "fact_id": fact_id,
            "figure_id": c.figure_id,
            "doc_id": c.doc_id,
            "sentence_id": c.sentence_id,
            "source_country": c.source,
            "value": c.value,
            "value_low": c.interval.low,
            "value_high": c.interval.high,
            "approx": c.approx,
            "text": c.text,
            "sentence": sentence_of.get(c.figure_id, ""),
            "published": c.published,
            "confidence": c.confidence,
            "value_usd": c.value_usd,
        }
        for c in sorted(claims, key=claim_order)
    ]
