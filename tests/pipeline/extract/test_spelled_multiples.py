"""Multiples written with a cardinal word (issue 15, round 13, "value never read"): "eight times
the value in 2010", "by more than three times", "six-fold" are multiples as "8 times" is; a fall
"N times" is a multiple of 1/N (NOTES). A spelled count of occasions ("met three times in 2030")
stays unread.

Every sentence is made up; each kind comes with a near miss that must stay unread.
"""

from tests.pipeline.extract.test_extract import figures


def multiples(text: str) -> list[float]:
    return sorted(r.value for r in figures(text).itertuples() if r.measure == "multiple")


def test_cardinal_times_with_a_comparison_after_is_a_multiple() -> None:
    assert multiples(
        "date 2031-02-01\nChile's exports to Peru reached $8 billion in 2030, more than eight "
        "times the value in 2010."
    ) == [8.0]
    assert multiples(
        "date 2031-02-01\nTrade between Chile and Peru in 2030 was three times higher than in 2020."
    ) == [3.0]


def test_cardinal_times_after_by_or_a_hedge_is_a_multiple() -> None:
    assert multiples(
        "date 2031-02-01\nChile's exports to Peru have increased by more than three times in "
        "the last ten years."
    ) == [3.0]


def test_cardinal_fold_is_a_multiple() -> None:
    assert multiples(
        "date 2031-02-01\nChile's exports to Peru have risen nearly six-fold since 2020."
    ) == [6.0]


def test_a_fall_n_times_is_one_nth() -> None:
    assert multiples(
        "date 2031-02-01\nTrade between Chile and Peru has fallen more than five times since 2020."
    ) == [0.2]
    assert multiples(
        "date 2031-02-01\nTrade between Chile and Peru fell 4 times in 2030 compared with 2029."
    ) == [0.25]


def test_doubled_after_a_fall_keeps_its_own_direction() -> None:
    assert multiples(
        "date 2031-02-01\nTrade between Chile and Peru doubled in 2030 after it fell in 2029."
    ) == [2.0]


def test_a_spelled_count_of_occasions_stays_unread() -> None:
    assert (
        multiples(
            "date 2031-02-01\nThe trade ministers of Chile and Peru met three times in 2030 to "
            "discuss exports."
        )
        == []
    )
    assert (
        multiples("date 2031-02-01\nChile's exports to Peru were delayed three times in 2030.")
        == []
    )
