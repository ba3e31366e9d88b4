"""Percentage changes stated against a base (issue 15, round 13, "value never read"): "16 percent
above the 2029 level" is a change of +16% dated with the sentence's own year (the named year is
the base), and "7.6% of total imports and 31.4% more than in 2029": the share word before the
first percentage does not make the second, a comparison, a share too.

Every sentence is made up; each kind comes with a near miss that must stay unread.
"""

from tests.pipeline.extract.test_extract import figures


def changes(text: str) -> list[tuple[float, str]]:
    return sorted(
        (r.value, str(r.period_start))
        for r in figures(text).itertuples()
        if r.measure == "pct_change"
    )


def test_percent_above_a_years_level_is_a_change_dated_with_the_later_year() -> None:
    assert changes(
        "date 2031-02-01\nIn 2030, trade between Chile and Peru reached $2.7 billion, some 16 "
        "percent above the 2029 level."
    ) == [(16.0, "2030-01-01")]


def test_percent_below_last_years_is_a_fall() -> None:
    assert changes(
        "date 2031-02-01\nIn 2030, trade between Chile and Peru reached $2.7 billion, 5% below "
        "last year's."
    ) == [(-5.0, "2030-01-01")]


def test_percent_above_a_target_is_no_change() -> None:
    assert (
        changes(
            "date 2031-02-01\nIn 2030, Chile's exports to Peru reached $2.7 billion, 16 percent "
            "above the target."
        )
        == []
    )


def test_a_comparison_after_a_share_is_a_change() -> None:
    assert changes(
        "date 2031-02-01\nChile's imports from Peru amounted to $573 million in January-June "
        "2030, that is 7.6% of total imports and 31.4% more than in the same period of 2029."
    ) == [(31.4, "2030-01-01")]


def test_two_shares_stay_shares() -> None:
    assert (
        changes(
            "date 2031-02-01\nIn 2030, Chile's exports to Peru reached $2.7 billion, 7.6% of "
            "total exports and 2.5% of the total trade."
        )
        == []
    )
