"""Round-robust calibration (``tests/realnews/rounds.py``) on made-up figures, no page text: the
offset of a round recovers a known shift, the intercept moves by the rounds' mean offset minus K
spreads, and holding out a round harder than the others shows the plain fit's over-confidence
that the round-robust fit removes."""

import numpy as np

from pipeline.extract.confidence import INTERCEPT
from tests.realnews.calibrate import fit_rows
from tests.realnews.rounds import (
    by_round,
    logits,
    offset,
    round_of,
    round_robust,
    shift,
)


def _fit(rows, right):
    return fit_rows(rows, right, 1.0)


def _rounds(rng: np.random.Generator, shifts: dict[str, float], n: int):
    """``n`` made-up figures per round: ``strong`` figures have log-odds +3 and ``weak`` ones
    -0.5, plus the round's shift (pages the rules were written on are right more often)."""
    rows, right, rounds = [], [], []
    for name, s in shifts.items():
        strong = rng.random(n) < 0.5
        p = 1.0 / (1.0 + np.exp(-(np.where(strong, 3.0, -0.5) + s)))
        rows += [["ev=strong"] if x else ["ev=weak"] for x in strong]
        right += list(rng.random(n) < p)
        rounds += [name] * n
    return rows, np.array(right), np.array(rounds)


def test_a_page_prefix_maps_to_its_round_and_an_unknown_one_to_itself() -> None:
    assert round_of("fm07_outlet_mng_chn") == round_of("fn12_x") == "fm/fn"
    assert round_of("eu03_x") == round_of("af01_x") == "af-sa"
    assert round_of("zz01_x") == "zz"


def test_the_offset_recovers_a_known_over_confidence() -> None:
    rng = np.random.default_rng(3)
    z = rng.uniform(-3.0, 3.0, 40_000)
    right = rng.random(z.size) < 1.0 / (1.0 + np.exp(-(z - 1.0)))
    assert abs(offset(z, right) - (-1.0)) < 0.05
    # A round with every figure right is capped, not sent to infinity.
    assert offset(z[:10], np.ones(10)) == 6.0


def test_the_shift_is_the_weighted_mean_minus_k_spreads() -> None:
    offsets = {"a": (1.0, 300), "b": (-1.0, 100)}
    assert abs(shift(offsets, 0.0) - 0.5) < 1e-12
    spread = np.sqrt((300 * 0.5**2 + 100 * 1.5**2) / 400)
    assert abs(shift(offsets, 1.0) - (0.5 - spread)) < 1e-12
    # Rounds that agree have no spread: K changes nothing.
    assert shift({"a": (0.3, 10), "b": (0.3, 50)}, 2.0) == 0.3


def test_round_robust_moves_only_the_intercept_by_the_rounds_offsets() -> None:
    rng = np.random.default_rng(5)
    rows, right, rounds = _rounds(rng, {"old": 1.5, "mid": 0.3, "mid2": 0.0, "new": -1.5}, 3000)
    plain = _fit(rows, right)
    robust, offsets = round_robust(rows, right, rounds, _fit, k=0.75)
    assert set(offsets) == {"old", "mid", "mid2", "new"}
    # The newest round is over-stated by the fit on the others, the oldest under-stated.
    assert offsets["new"][0] < -1.0 < 1.0 < offsets["old"][0]
    assert abs(robust[INTERCEPT] - plain[INTERCEPT] - shift(offsets, 0.75)) < 1e-9
    assert {t: w for t, w in robust.items() if t != INTERCEPT} == {
        t: w for t, w in plain.items() if t != INTERCEPT
    }
    assert list(np.argsort(logits(rows[:50], robust))) == list(np.argsort(logits(rows[:50], plain)))


def test_holding_out_a_hard_round_shows_the_over_confidence_that_round_robust_removes() -> None:
    rng = np.random.default_rng(9)
    rows, right, rounds = _rounds(rng, {"r1": 1.0, "r2": 0.0, "r3": -1.0, "r4": -1.2}, 3000)
    plain = by_round(rows, right, rounds, _fit, None)
    robust = by_round(rows, right, rounds, _fit, 1.0)
    # Fitted on r1-r3, the strong figures of r4 get >= 0.9 and are right less often.
    n, share = plain["r4"]
    assert n > 1000 and share < 0.88
    # Round-robust (r4 a little harder than the hardest round it was fitted on), the held-out
    # round's top band is empty or holds.
    n, share = robust["r4"]
    assert n == 0 or share >= 0.9
