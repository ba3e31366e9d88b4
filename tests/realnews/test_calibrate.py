"""The confidence fit of ``calibrate.py`` on made-up figures (no page text needed): the
logistic fit recovers the weights that generated the labels, and the Platt rescale recovers a
known over-confidence and folds it into the weights without changing the figures' ranking."""

import numpy as np
import pandas as pd

from pipeline.extract.confidence import INTERCEPT
from tests.realnews.calibrate import fit, logit, rescale


def _figures(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """``n`` made-up figures: half carry ``flow=own``, which makes a figure right far more often
    (log-odds +2 over an intercept of -1)."""
    own = rng.random(n) < 0.5
    p = 1.0 / (1.0 + np.exp(-(-1.0 + 2.0 * own)))
    return pd.DataFrame(
        {
            "evidence": np.where(own, "flow=own", "flow=verb"),
            "scope": "total",
            "status": "actual",
            "approx": False,
            "measure": "level",
            "right": rng.random(n) < p,
        }
    )


def test_the_fit_recovers_the_weight_that_made_the_labels() -> None:
    weights = fit(_figures(np.random.default_rng(7), 20_000), l2=1.0)
    # flow=own and flow=verb are each other's complement: only their difference is identified.
    assert abs((weights["flow=own"] - weights["flow=verb"]) - 2.0) < 0.15


def test_rescale_recovers_an_over_confidence_and_keeps_the_ranking() -> None:
    rng = np.random.default_rng(11)
    z = rng.uniform(-4.0, 4.0, 20_000)
    # New pages: a dev-fitted log-odds z is right only as often as 0.5 * z - 0.4 says.
    right = rng.random(z.size) < 1.0 / (1.0 + np.exp(-(0.5 * z - 0.4)))
    weights = {INTERCEPT: 0.3, "flow=own": 1.2, "pair=2": 0.8}
    out = rescale(weights, z, right)
    rows = [["flow=own"], ["pair=2"], ["flow=own", "pair=2"], []]
    before, after = logit(rows, weights), logit(rows, out)
    slope = (after[2] - after[3]) / (before[2] - before[3])
    assert abs(slope - 0.5) < 0.05
    assert np.allclose(after, slope * before + (after[3] - slope * before[3]))
    assert abs((after[3] - slope * before[3]) - (-0.4)) < 0.08
    assert list(np.argsort(after)) == list(np.argsort(before))
