"""Change wordings and amount forms real pages write that the extractor read wrongly or never
(issue 15, round 12): "negative growth of 12.5 percent" is a fall.

Every sentence is made up; each kind comes with a near miss that must keep its reading.
"""

from tests.pipeline.extract.test_extract import figures


def changes(text: str) -> list[float]:
    return sorted(r.value for r in figures(text).itertuples() if r.measure == "pct_change")


def test_negative_growth_is_a_fall() -> None:
    assert changes(
        "date 2031-02-01\nKenya's exports to Uganda stood at $210 million in 2030, showing "
        "negative growth of 12.5 percent over the previous year."
    ) == [-12.5]
    assert changes(
        "date 2031-02-01\nGhana's imports from Togo recorded a negative growth of 7 per cent "
        "in 2030 to $88 million."
    ) == [-7.0]


def test_growth_alone_stays_a_rise() -> None:
    assert changes(
        "date 2031-02-01\nKenya's exports to Uganda stood at $210 million in 2030, showing "
        "growth of 12.5 percent over the previous year."
    ) == [12.5]
