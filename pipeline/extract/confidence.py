"""A figure's ``confidence``: the probability that its full tuple (flow, scope, pair, period,
measure, value, unit, status) is right, given the rules that decided it (its ``evidence``).

The model is a logistic regression over the figure's *features*: its evidence tokens
(``flow=own``, ``pair=2``, ``period=sentence``, ...), its facets (``scope=total|product``,
``status=actual|target``, ``approx=yes|no``, ``measure=level|pct_change|...``), the page's
language (``page=english`` for a page the rules read as written, ``page=glossed`` for one read
through the word-for-word gloss of ``foreign``: round 49, such figures are right less often,
76 % against 80 % on the dev pages) and one conjunction, ``stated=all``, for a figure whose flow, both economies, period with its year and
unit all stand in its own main clause, with ``stated=all:glossed`` beside it on a glossed page (round 51:
83 % right there against 88 % on English pages), and ``kind=investment`` for an investment figure
(round 55: 79 dev figures on 51 pages, 58 % right against 82 % for trade figures, at the same
confidence): ``confidence = 1 / (1 + exp(-(intercept + sum of feature weights)))``. The conjunction is a feature of its own because such figures are right far more
often than the sum of their tokens says (round 9, real-news dev pages: 92 % right on the pages
the rules were written on and 97 % on 49 pages no rule had been written on, against 75 % and
50 % for all figures), and an additive model cannot express that.
The weights are data, in ``confidence_weights.csv`` beside this module, fitted by
``tests/realnews/calibrate.py`` on the real-news development pages (figures matched against the
gold rows), each weight shrunk towards an earlier fit (``--prior``, round 49: the pages of that
fit are gone, its weights carry them); the file's header comment names the fit (pages, figures,
date, command). A token the fit never saw (a rule added since) weighs 0: the figure gets the
confidence of its other evidence.

Errors: ``ConfidenceTableError`` when the weights file is malformed (the run stops: a silent
default would publish uncalibrated confidences).
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("confidence_weights.csv")
INTERCEPT = "intercept"


class ConfidenceTableError(ValueError):
    """The confidence weights file is missing a column, a number or the intercept."""


def evidence_tokens(evidence: str) -> list[str]:
    """``"flow=own;pair=2"`` -> ``["flow=own", "pair=2"]`` (empty parts dropped)."""
    return [part for part in evidence.split(";") if part]


# Every part of the tuple decided inside the figure's own main clause (``evidence.py``).
_STATED_IN_CLAUSE = frozenset(
    {"flow=own", "pair=2", "period=sentence", "year=stated", "unit=stated", "main=yes"}
)


def features(
    evidence: str,
    scope: str = "total",
    status: str = "actual",
    approx: bool = False,
    measure: str = "level",
    page: str = "english",
    flow: str = "",
) -> list[str]:
    """The model's inputs for one figure: its evidence tokens, its facets, its page's language
    (``page``: ``english`` or ``glossed``), ``stated=all`` when every part of the tuple stands
    in its own main clause (``_STATED_IN_CLAUSE``) and ``kind=investment`` when its ``flow`` is
    investment.

    ``scope`` other than ``total`` is ``scope=product`` (product lines are few per scope, too
    few to weigh one by one)."""
    tokens = evidence_tokens(evidence)
    out = [
        *tokens,
        f"scope={'total' if scope == 'total' else 'product'}",
        f"status={status}",
        f"approx={'yes' if approx else 'no'}",
        f"measure={measure}",
        f"page={page}",
    ]
    if set(tokens) >= _STATED_IN_CLAUSE:
        out.append("stated=all")
        if page == "glossed":
            # Round 51: the conjunction holds less on glossed pages (dev: 83 % right against
            # 88 % on English pages at the same confidence), which ``page=glossed`` alone,
            # added to every figure of the page, cannot say.
            out.append("stated=all:glossed")
    if flow == "investment":
        # Round 55: investment figures (stocks, pledges, projects) are right far less often than
        # trade figures with the same evidence (dev: 58 % of 79 on 51 pages, against 82 %; on
        # English and glossed pages alike), which no evidence token says.
        out.append("kind=investment")
    return out


def read_weights(path: Path) -> dict[str, float]:
    """Token -> weight from a CSV with columns ``token,weight`` (``#`` lines are comments)."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    reader = csv.DictReader(lines)
    if reader.fieldnames is None or not {"token", "weight"} <= set(reader.fieldnames):
        raise ConfidenceTableError(f"{path}: expected columns token,weight")
    weights: dict[str, float] = {}
    for row in reader:
        try:
            weights[row["token"]] = float(row["weight"])
        except (TypeError, ValueError) as exc:
            raise ConfidenceTableError(
                f"{path}: weight of {row['token']!r} is not a number"
            ) from exc
    if INTERCEPT not in weights:
        raise ConfidenceTableError(f"{path}: no {INTERCEPT!r} row")
    return weights


@cache
def _weights() -> dict[str, float]:
    return read_weights(WEIGHTS_PATH)


def score(tokens: str | Iterable[str], weights: dict[str, float]) -> float:
    """Confidence (0-1, three decimals) of one figure's features (a list, or an evidence
    string read as its tokens) under ``weights``; a token the fit never saw weighs 0."""
    if isinstance(tokens, str):
        tokens = evidence_tokens(tokens)
    z = weights[INTERCEPT] + sum(weights.get(t, 0.0) for t in tokens)
    return round(1.0 / (1.0 + math.exp(-z)), 3)


@lru_cache(maxsize=8192)
def confidence_of(
    evidence: str,
    scope: str = "total",
    status: str = "actual",
    approx: bool = False,
    measure: str = "level",
    page: str = "english",
    flow: str = "",
) -> float:
    """Confidence of a figure from its evidence, facets, page language and flow (see
    :func:`features`), under the shipped calibration (cached: a corpus has a few hundred
    distinct combinations)."""
    return score(features(evidence, scope, status, approx, measure, page, flow), _weights())


def figure_confidence(figure: Mapping, evidence: str | None = None, page: str = "english") -> float:
    """:func:`confidence_of` for a figure row (a mapping with ``evidence``, ``scope``,
    ``status``, ``approx``, ``measure`` and, optionally, ``flow``) on a page in ``page`` (``english`` or ``glossed``:
    the row does not say); ``evidence`` overrides the row's own."""
    return confidence_of(
        figure["evidence"] if evidence is None else evidence,
        figure["scope"],
        figure["status"],
        bool(figure["approx"]),
        figure["measure"],
        page,
        figure.get("flow") or "",
    )
