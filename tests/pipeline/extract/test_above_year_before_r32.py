"""Round 32 (fw02): a percentage "above the year before" / "below the previous year's" after a
level is the level's change, as "above the 2029 level" is; "above the target" stays no change.
Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-03-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_percent_above_or_below_the_year_before_is_a_change() -> None:
    got = _rows("In 2030 Chile exported goods worth £907m to Peru, 13% above the year before.")
    assert ("exports", "pct_change", 13.0) in got
    got = _rows(
        "In 2030 Chile exported goods worth £907m to Peru, 13% below the year before, while"
        " imports from Peru came to £146m."
    )
    assert ("exports", "pct_change", -13.0) in got
    assert ("imports", "level", 146e6) in got


def test_near_miss_percent_above_the_target_is_no_change() -> None:
    got = _rows("In 2030 Chile exported goods worth £907m to Peru, 13% above the target.")
    assert not {r for r in got if r[1] == "pct_change"}
