"""Change wordings and amount forms real pages write that the extractor read wrongly or never
(issue 15, round 12): "negative growth of 12.5 percent" is a fall; a second flow's level stated
without its currency ("imports totaled 2,615 million") takes the currency of
the amount before it.

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


def money_rows(text: str) -> dict[float, tuple]:
    return {r.value: (r.flow, r.unit) for r in figures(text).itertuples() if r.measure == "level"}


def test_a_second_flow_level_without_currency_takes_the_first_ones() -> None:
    got = money_rows(
        "date 2031-05-01\nIn March 2031 Chile's exports to Peru were 4,250 million dollars "
        "(+3.1%), while imports totaled 2,615 million (+2.4%)."
    )
    assert got[4_250_000_000.0] == ("exports", "USD")
    assert got[2_615_000_000.0] == ("imports", "USD")


def test_a_count_after_a_level_verb_stays_unread() -> None:
    # near miss: no flow word between the money amount and "was": a count, not money
    got = money_rows(
        "date 2031-05-01\nIn 2030 Chile's exports to Peru were $4.25 billion, and the "
        "region's population was 1.4 billion."
    )
    assert set(got) == {4_250_000_000.0}
