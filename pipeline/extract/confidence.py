"""A figure's ``confidence``: the probability that its full tuple (flow, scope, pair, period,
measure, value, unit, status) is right, given the rules that decided it (its ``evidence``).

The model is a logistic regression over the evidence tokens (``flow=own``, ``pair=2``,
``period=sentence``, ...): ``confidence = 1 / (1 + exp(-(intercept + sum of token weights)))``.
The weights are data, in ``confidence_weights.csv`` beside this module, fitted by
``tests/realnews/calibrate.py`` on the real-news development pages (figures matched against the
gold rows); the file's header comment names the fit (pages, figures, date). A token the fit never
saw (a rule added since) weighs 0: the figure gets the confidence of its other evidence.

Errors: ``ConfidenceTableError`` when the weights file is malformed (the run stops: a silent
default would publish uncalibrated confidences).
"""

from __future__ import annotations

import csv
import math
from functools import cache, lru_cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("confidence_weights.csv")
INTERCEPT = "intercept"


class ConfidenceTableError(ValueError):
    """The confidence weights file is missing a column, a number or the intercept."""


def evidence_tokens(evidence: str) -> list[str]:
    """``"flow=own;pair=2"`` -> ``["flow=own", "pair=2"]`` (empty parts dropped)."""
    return [part for part in evidence.split(";") if part]


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


def score(evidence: str, weights: dict[str, float]) -> float:
    """Confidence (0-1, three decimals) of one evidence string under ``weights``."""
    z = weights[INTERCEPT] + sum(weights.get(t, 0.0) for t in evidence_tokens(evidence))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


@lru_cache(maxsize=4096)
def confidence_of(evidence: str) -> float:
    """Confidence of a figure from its evidence, under the shipped calibration (cached: a
    corpus has a few hundred distinct evidence strings, every figure asks)."""
    return score(evidence, _weights())
