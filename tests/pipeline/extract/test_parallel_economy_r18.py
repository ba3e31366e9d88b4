"""An amount set beside the sentence's earlier figure for another economy (issue 15, the kinds
"wrong pair" and "wrong period"): "exports to B reached $X, against $Y for C": C's counterpart of
the earlier figure, the same flow and period with C in the counterpart's place, not a base a year
earlier (``parallel_economy``). Made-up sentences, never page text."""

import pytest

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nGhana's exports to Togo\n"


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, str(r.period_end)[:4], r.value)
        for r in figures(_HEAD + text).itertuples()
    }


@pytest.mark.parametrize("cue", ["against", "compared with", "versus"])
def test_an_amount_for_another_economy_is_its_counterpart(cue: str) -> None:
    got = _rows(
        f"In 2030, Ghana's exports to Togo reached $417 million, {cue} $386 million for Benin."
    )
    assert ("exports", "GHA", "TGO", "2030", 417e6) in got, got
    assert ("exports", "GHA", "BEN", "2030", 386e6) in got, got


def test_after_a_dated_base_the_other_economy_keeps_the_main_period() -> None:
    got = _rows(
        "In 2030, Ghana's exports to Togo reached $417 million, 12% more than in 2029, "
        "against $386 million for Benin."
    )
    assert ("exports", "GHA", "BEN", "2030", 386e6) in got, got


@pytest.mark.parametrize(
    "tail, want",
    [
        # a base of the same pair: a year earlier
        ("against $352 million for the same period of 2029", ("exports", "GHA", "TGO", "2029")),
        # a share of another economy's flow: not a counterpart of the figure
        ("against $352 million of Benin's imports", None),
    ],
)
def test_near_misses_stay_bases(tail: str, want: tuple | None) -> None:
    got = _rows(f"In 2030, Ghana's exports to Togo reached $417 million, {tail}.")
    assert ("exports", "GHA", "BEN", "2030", 352e6) not in got, got
    if want is not None:
        assert (*want, 352e6) in got, got
