"""Round-robust calibration of the confidence weights (``calibrate.py --round-offset K``).

The real-news dev pages were annotated in rounds, and every round's rules were written on the
pages of the rounds before: a page is right more often the more rounds of rules it has seen. Of
the 477 dev pages at round 11, the log-odds that the dev-fitted weights give a page's figures
are too high by 1.48 on the newest pages (``fm``/``fn``, annotated blind that round) and too low
by 1.45 on the oldest (the regional pages of rounds 1-4), with every round in between. Random
page folds hide this; holding out one ROUND at a time (``--by-round``) shows it.

So the weights are fitted on all dev pages (which features rank a figure higher), and then only
the intercept is moved: each round's *offset* is how far the log-odds of its figures, under
weights fitted without that round, sit from what is right (the intercept shift, slope 1, that
makes the round's predicted and actual number right equal); the shipped intercept moves by the
figures-weighted mean of the offsets minus ``K`` times their spread across rounds. ``K`` = 0
calibrates for an average round; a larger ``K`` for a round harder than most, so that a figure
reaches the top band only on evidence that held in round after round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from pipeline.extract.confidence import INTERCEPT

# The dev pages by the round they were annotated in (a doc name's first two letters).
ROUNDS: dict[str, tuple[str, ...]] = {
    "af-sa": ("af", "ca", "ea", "eu", "sa"),
    "fr": ("fr",),
    "fa-fc": ("fa", "fb", "fc"),
    "fd/fe": ("fd", "fe"),
    "ff/fg": ("ff", "fg"),
    "fh/fi": ("fh", "fi"),
    "fl": ("fl",),
    "fj/fk": ("fj", "fk"),
    "fm/fn": ("fm", "fn"),
    "fo-fq": ("fo", "fp", "fq"),
    "fs-fu": ("fs", "ft", "fu"),
    "fv/fw": ("fv", "fw"),
    "fx": ("fx",),
    "fy/fz": ("fy", "fz"),
    "ga": ("ga",),
    "gb/gc": ("gb", "gc"),
    "gd/ge": ("gd", "ge"),
    "gf/gg": ("gf", "gg"),
    "gh/gi": ("gh", "gi"),
    "gj/gk": ("gj", "gk"),
    "gl-go": ("gl", "gm", "gn", "go"),
    "gp-gs": ("gp", "gq", "gr", "gs"),
    "gt-gw": ("gt", "gu", "gv", "gw"),
    "ha-hd": ("ha", "hb", "hd"),
    "he/hf": ("he", "hf"),
    "hg/hh": ("hg", "hh"),
    # rounds 38-47: the pages whose texts are on this machine (round 38's fresh pages, round
    # 40's, then the blind batches 1-7 of rounds 42-46, dev once scored)
    "hi/hj": ("hi", "hj"),
    "hk-hm": ("hk", "hl", "hm"),
    "hn-hp": ("hn", "ho", "hp"),
    "hq-hs": ("hq", "hr", "hs"),
    "ht-hv": ("ht", "hu", "hv"),
    "hw-hy": ("hw", "hx", "hy"),
    "hz-ib": ("hz", "ia", "ib"),
    "ic-if": ("ic", "ie", "if"),
    "ig-ii": ("ig", "ih", "ii"),
}
_ROUND_OF = {prefix: name for name, prefixes in ROUNDS.items() for prefix in prefixes}

Fit = Callable[[list[list[str]], np.ndarray], dict[str, float]]


def round_of(doc: str) -> str:
    """The round a dev page was annotated in; a prefix no round lists is a round of its own."""
    return _ROUND_OF.get(doc[:2], doc[:2])


def logits(rows: Iterable[list[str]], weights: dict[str, float]) -> np.ndarray:
    return np.array([weights[INTERCEPT] + sum(weights.get(t, 0.0) for t in r) for r in rows])


def out_of_round(rows: list[list[str]], right: np.ndarray, rounds: np.ndarray, fit: Fit):
    """Each figure's log-odds under weights fitted without its round."""
    z = np.zeros(len(rows))
    for name in np.unique(rounds):
        held = rounds == name
        weights = fit([r for r, h in zip(rows, held, strict=True) if not h], right[~held])
        z[held] = logits([r for r, h in zip(rows, held, strict=True) if h], weights)
    return z


def offset(z: np.ndarray, right: np.ndarray) -> float:
    """The shift ``o`` of the log-odds ``z`` after which the expected number of right figures,
    sum of 1/(1+exp(-(z+o))), equals the actual number (Newton's method; a round all right or
    all wrong is capped at +-6)."""
    o = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(z + o)))
        step = (p - right).sum() / max(float((p * (1 - p)).sum()), 1e-9)
        o = float(np.clip(o - step, -6.0, 6.0))
        if abs(step) < 1e-9:
            break
    return o


def round_offsets(z: np.ndarray, right: np.ndarray, rounds: np.ndarray) -> dict[str, tuple]:
    """Round -> (offset of its out-of-round log-odds, its number of figures)."""
    return {
        str(name): (offset(z[rounds == name], right[rounds == name]), int((rounds == name).sum()))
        for name in np.unique(rounds)
    }


def shift(offsets: dict[str, tuple], k: float) -> float:
    """Figures-weighted mean of the rounds' offsets minus ``k`` times their weighted spread."""
    values = np.array([o for o, _ in offsets.values()])
    n = np.array([n for _, n in offsets.values()], dtype=float)
    mean = float(np.average(values, weights=n))
    spread = float(np.sqrt(np.average((values - mean) ** 2, weights=n)))
    return mean - k * spread


def round_robust(
    rows: list[list[str]], right: np.ndarray, rounds: np.ndarray, fit: Fit, k: float
) -> tuple[dict[str, float], dict[str, tuple]]:
    """Weights fitted on all ``rows``, their intercept moved by :func:`shift` of the rounds'
    out-of-round offsets; and those offsets."""
    offsets = round_offsets(out_of_round(rows, right, rounds, fit), right, rounds)
    weights = fit(rows, right)
    weights[INTERCEPT] += shift(offsets, k)
    return weights, offsets


def by_round(
    rows: list[list[str]], right: np.ndarray, rounds: np.ndarray, fit: Fit, k: float | None
) -> dict[str, tuple[int, float]]:
    """Each round held out in turn: the weights fitted on the other rounds (round-robust with
    ``k`` when given, the offsets taken among the other rounds only) score the held-out round;
    round -> (figures at confidence >= 0.9, share of them right; nan when none)."""
    out: dict[str, tuple[int, float]] = {}
    for name in np.unique(rounds):
        held = rounds == name
        train = [r for r, h in zip(rows, held, strict=True) if not h]
        if k is None:
            weights = fit(train, right[~held])
        else:
            weights, _ = round_robust(train, right[~held], rounds[~held], fit, k)
        p = 1.0 / (
            1.0 + np.exp(-logits([r for r, h in zip(rows, held, strict=True) if h], weights))
        )
        top = np.round(p, 3) >= 0.9
        out[str(name)] = (int(top.sum()), float(right[held][top].mean()) if top.any() else np.nan)
    return out
