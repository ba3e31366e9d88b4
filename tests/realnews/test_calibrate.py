"""The confidence fit of ``calibrate.py`` on made-up figures (no page text needed): the
logistic fit recovers the weights that generated the labels, and the Platt rescale recovers a
known over-confidence and folds it into the weights without changing the figures' ranking; a fit
with a prior shrinks towards the prior's weights; page folds hold every round; the fresh-state
scheme (``--fresh-state``, ``--pseudo-fresh``) labels, reads and scores made-up fresh figures and
moves a language whose band holds on dev folds but not on them."""

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from pipeline.extract.confidence import INTERCEPT
from tests.realnews import calibrate
from tests.realnews.calibrate import (
    FRESH_STATE_COLUMNS,
    fit,
    fit_rows,
    fresh_state_logits,
    held_band,
    hold_shifts,
    label_fresh_state,
    logit,
    nested_hold_shifts,
    page_folds,
    read_fresh_state,
    rescale,
    stable_shifts,
)


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


def test_a_prior_fit_keeps_what_the_pages_do_not_show_and_moves_what_they_do() -> None:
    # The prior (an older fit) weighs flow=own +2 and period=bracket +0.8; the new figures
    # say flow=own is worth nothing and have no period=bracket at all.
    rng = np.random.default_rng(3)
    rows = [["flow=own"] if x else ["flow=verb"] for x in rng.random(4000) < 0.5]
    right = rng.random(len(rows)) < 0.7
    prior = {INTERCEPT: 0.0, "flow=own": 2.0, "flow=verb": 0.0, "period=bracket": 0.8}
    plain = fit_rows(rows, right, 400.0)
    near = fit_rows(rows, right, 400.0, prior)
    firm = fit_rows(rows, right, 1e6, prior)
    assert "period=bracket" not in plain and near["period=bracket"] == 0.8
    assert abs(plain["flow=own"] - plain["flow=verb"]) < 0.2  # the data alone
    assert abs(firm["flow=own"] - 2.0) < 0.01 and abs(firm["flow=verb"]) < 0.01  # the prior
    assert 0.5 < near["flow=own"] - near["flow=verb"] < 1.5  # halfway at this penalty
    many = fit_rows(rows, right, 1.0, prior)  # a small penalty: the data decide
    assert abs(many["flow=own"] - many["flow=verb"]) < 0.05


def test_page_folds_deal_pages_in_name_order() -> None:
    docs = pd.Series(["hi02_x", "hi01_x", "hk01_y", "hi01_x", "hn01_z"])
    assert list(page_folds(docs, 2)) == ["pages1", "pages0", "pages0", "pages0", "pages1"]


def test_the_held_band_moves_only_the_language_whose_top_band_does_not_hold() -> None:
    # English figures at log-odds 3 (0.953) are right 19 in 20; glossed ones at 3 only 7 in 10,
    # and glossed ones at 3.3 (0.964) 10 in 10 (17 in 20 together): glossed must move down until
    # only the 3.3 ones are >= 0.9, the others under logit(0.8995) = 2.19, so by 0.85 (0.05
    # steps), no further.
    z = np.array([3.0] * 20 + [3.0] * 10 + [3.3] * 10)
    right = np.array([True] * 19 + [False] + [True] * 7 + [False] * 3 + [True] * 10)
    pages = np.array(["english"] * 20 + ["glossed"] * 20)
    shifts = hold_shifts([z, z + 0.01], right, pages)
    assert shifts["english"] == 0.0
    assert shifts["glossed"] == 0.85
    assert held_band(z[20:], right[20:], shifts["glossed"]) == (10, 1.0)
    # A band that never holds ends empty: the move is then the least that empties it.
    assert hold_shifts([np.array([2.5, 2.5])], np.array([True, False]), np.array(["x", "x"])) == {
        "x": 0.35
    }


def test_the_shipped_move_is_the_larger_of_all_pages_and_the_nested_median() -> None:
    # On all pages the glossed band holds unmoved (an edge case), but chosen without each
    # held-out group it mostly needs 0.55: ship 0.55. English holds either way: 0.
    nested = {"english": [0.0, 0.05, 0.0], "glossed": [0.6, 0.0, 0.55, 0.55]}
    assert stable_shifts({"english": 0.0, "glossed": 0.0}, nested) == {
        "english": 0.0,
        "glossed": 0.55,
    }
    # A move chosen on all pages is never undone by smaller nested moves.
    assert stable_shifts({"glossed": 0.4}, {"glossed": [0.0, 0.1]}) == {"glossed": 0.4}


def test_nested_moves_are_chosen_on_the_figures_outside_each_held_out_group() -> None:
    # Two groups: without group a, only group b's figures are seen (all right at 3.0: no move);
    # without group b, group a's (right 1 in 2 at 3.0: moved until empty, logit(0.8995)=2.19).
    z = np.array([3.0, 3.0, 3.0, 3.0])
    right = np.array([True, False, True, True])
    pages = np.array(["glossed"] * 4)
    groups = np.array(["a", "a", "b", "b"])
    seen = []

    def inner(keep: np.ndarray) -> list[np.ndarray]:
        seen.append(tuple(keep))
        return [z[keep]]

    moves = nested_hold_shifts(right, pages, {"by round": groups}, inner)
    assert seen == [(False, False, True, True), (True, True, False, False)]
    assert moves == {"glossed": [0.0, 0.85]}


_ROW = {
    "flow": "exports",
    "scope": "total",
    "reporter": "GEO",
    "partner": "ARM",
    "period_start": dt.date(2030, 1, 1),
    "period_end": dt.date(2030, 12, 31),
    "measure": "level",
    "value": 312400000.0,
    "unit": "USD",
    "status": "actual",
    "approx": False,
    "source_country": "GEO",
}


def test_fresh_state_rows_say_what_the_model_reads_and_whether_the_tuple_matched() -> None:
    # Two made-up figures of an older extraction on page iw01: the first is the gold row, the
    # second has the wrong year. Page iw02 is not in ``page``: English.
    figures = pd.DataFrame(
        [
            {**_ROW, "doc_id": "iw01_x", "figure_id": "f1", "evidence": "flow=own;pair=2"},
            {
                **_ROW,
                "doc_id": "iw01_x",
                "figure_id": "f2",
                "period_start": dt.date(2029, 1, 1),
                "period_end": dt.date(2029, 12, 31),
                "scope": "HS 27",
                "approx": True,
                "evidence": "flow=carried;pair=1",
            },
            {**_ROW, "doc_id": "iw02_y", "figure_id": "f3", "evidence": "flow=own;pair=2"},
        ]
    )
    gold = pd.DataFrame(
        [
            {**_ROW, "doc": doc, "period_start": "2030-01-01", "period_end": "2030-12-31"}
            for doc in ("iw01_x", "iw02_y")
        ]
    ).assign(approx="false")
    rows = label_fresh_state(figures, gold, {"iw01_x": "glossed"}, "abc123")
    assert list(rows.columns) == list(FRESH_STATE_COLUMNS)
    assert list(rows["right"]) == [True, False, True]
    assert list(rows["scope"]) == ["total", "product", "total"]
    assert list(rows["page"]) == ["glossed", "glossed", "english"]
    assert set(rows["commit"]) == {"abc123"} and list(rows["approx"]) == [False, True, False]
    assert not any("3124" in str(v) for v in rows.to_numpy().ravel())  # no value kept


def test_the_fresh_state_file_reads_back_with_booleans(tmp_path: Path) -> None:
    path = tmp_path / "fresh.csv"
    path.write_text(
        "# a comment line\n"
        "doc,commit,evidence,scope,status,approx,measure,flow,page,right\n"
        "iw01_x,abc,flow=own;pair=2,total,actual,False,level,,english,True\n"
        "jb02_y,def,flow=own,product,target,True,pct_change,investment,glossed,False\n",
        encoding="utf-8",
    )
    rows = read_fresh_state(path)
    assert list(rows["right"]) == [True, False] and list(rows["approx"]) == [False, True]
    assert list(rows["flow"]) == ["", "investment"]
    # What figure_features reads of them: the investment figure on a glossed page says so.
    features = calibrate.figure_features(rows)
    assert "page=glossed" in features[1] and "kind=investment" in features[1]
    path.write_text("doc,right\niw01_x,True\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="missing columns"):
        read_fresh_state(path)


def test_each_fresh_state_figure_is_scored_without_its_own_round() -> None:
    # Dev figures of rounds iw and jb; the fake fit weighs flow=own by how many dev figures of
    # round iw it was given, so each fresh figure's log-odds say which rounds were fitted.
    rows = [["flow=own"], ["flow=own"], ["flow=own"]]
    right = np.array([1, 0, 1])
    rounds = np.array(["iw", "iw", "jb"])

    def fake_fit(r: list[list[str]], y: np.ndarray) -> dict[str, float]:
        return {INTERCEPT: 0.0, "flow=own": float(len(r)) + 10 * float(y.sum())}

    fresh = pd.DataFrame(
        {
            "doc": ["iw05_a", "jb07_b", "iw06_c"],
            "evidence": ["flow=own", "flow=own", "flow=verb"],
            "scope": "total",
            "status": "actual",
            "approx": False,
            "measure": "level",
            "flow": "",
            "page": "english",
        }
    )
    z = fresh_state_logits(fresh, rows, right, rounds, fake_fit)
    # iw05: fitted on jb's one figure (right): 1 + 10; jb07: on iw's two (one right): 2 + 10;
    # iw06 has no flow=own: 0.
    assert list(z) == [11.0, 12.0, 0.0]


def test_a_band_that_holds_on_dev_folds_moves_when_the_fresh_state_band_does_not() -> None:
    # English dev figures at log-odds 3 are all right out of fold: unmoved on dev alone. The
    # fresh-state English figures at 3 are right 3 in 5 and at 2.5 (0.924) 4 in 4: the move is
    # the least that keeps only the 2.5 ones... none, since the 3.0 ones are above them; so the
    # band must drop the 3.0 ones first: it empties (3.0 - 0.85 = 2.15 < logit(0.8995)).
    z = np.array([3.0] * 10)
    right = np.array([True] * 10)
    pages = np.array(["english"] * 10)
    assert hold_shifts([z], right, pages) == {"english": 0.0}
    fz = np.array([3.0] * 5 + [2.5] * 4)
    fright = np.array([True, True, True, False, False] + [True] * 4)
    fpages = np.array(["english"] * 9)
    moved = hold_shifts([z], right, pages, others=[(fz, fright, fpages)])
    assert moved == {"english": 0.85}
    # A language only the fresh-state figures have is moved by them alone.
    fpages = np.array(["english"] * 5 + ["glossed"] * 4)
    assert hold_shifts([z], right, pages, others=[(fz, fright, fpages)]) == {
        "english": 0.85,
        "glossed": 0.0,
    }


def _made_up_dev(n_per_doc: int = 12) -> pd.DataFrame:
    """Made-up labelled dev figures on pages of five rounds (hi, hk, hn, ja, jb), all with the
    same evidence: every 12th wrong on the first three, every 3rd on ja and jb."""
    out = []
    for prefix, every in (("hi", 12), ("hk", 12), ("hn", 12), ("ja", 3), ("jb", 3)):
        for page in range(4):
            for i in range(n_per_doc):
                out.append(
                    {
                        "doc_id": f"{prefix}{page:02d}_x",
                        "figure_id": f"{prefix}{page}{i}",
                        "evidence": "flow=own;pair=2",
                        "scope": "total",
                        "status": "actual",
                        "approx": False,
                        "measure": "level",
                        "flow": "exports",
                        "page": "english",
                        "confidence": 0.5,
                        "right": (i + page) % every != 0,
                    }
                )
    return pd.DataFrame(out)


def test_pseudo_fresh_leaves_the_pages_out_and_writes_no_weights(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    figures = _made_up_dev()
    monkeypatch.setattr(
        calibrate, "labelled_figures", lambda split, pages: (figures, figures["doc_id"].nunique())
    )

    def no_write(*_args: object) -> None:
        raise AssertionError("a pseudo-fresh check wrote the weights file")

    monkeypatch.setattr(calibrate, "write_weights", no_write)
    fresh = tmp_path / "fresh.csv"
    fresh.write_text(
        "doc,commit,evidence,scope,status,approx,measure,flow,page,right\n"
        + "".join(
            f"{doc},c0,flow=own;pair=2,total,actual,False,level,exports,english,{r}\n"
            for doc, r in [("hk01_x", True), ("hk02_x", False), ("ja01_x", False)] * 3
        ),
        encoding="utf-8",
    )
    argv = ["--fit", "--l2", "5", "--by-round", "--hold-band", "--fresh-state", str(fresh)]
    assert calibrate.main([*argv, "--pseudo-fresh", "ja,jb"]) == 0
    out = capsys.readouterr().out
    assert "pseudo-fresh ja,jb (left out of the fit): 8 pages" in out
    assert "split dev: 12 pages" in out  # hi, hk and hn only
    assert "all: 96 figures" in out.split("pseudo-fresh")[1]  # ja and jb: 8 pages of 12
    # The fresh-state rows of ja were left out too: only hk's (right 1 in 2) were held to.
    assert "fresh state 6 0.500" in out


def test_the_fresh_state_options_need_their_partners() -> None:
    with pytest.raises(SystemExit):
        calibrate.main(["--build-fresh-state", "abc:iw"])  # no --fresh-state FILE
    with pytest.raises(SystemExit):
        calibrate.main(["--fit", "--fresh-state", "x.csv"])  # no --hold-band
