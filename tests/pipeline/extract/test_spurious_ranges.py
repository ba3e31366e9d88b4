"""Money ranges whose two bounds each carry a currency and a scale, joined by "and" after
"between" ("between US$10 billion and $12 billion"): one row at the midpoint, approximate (NOTES.md,
"Ranges"), on made-up sentences; two amounts joined by "and" without "between" stay two."""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> list[tuple[float, bool, str]]:
    return [(round(r.value, 2), bool(r.approx), r.status) for r in figures(text).itertuples()]


def test_between_two_full_amounts_is_one_range() -> None:
    # ministry briefing: the target range, its second bound written with a plain "$"
    got = rows(
        "date 2031-05-02\nThe joint commission will consider how to raise trade between Thailand "
        "and Myanmar to between US$10 billion and $12 billion in 2031."
    )
    assert got == [(11e9, True, "target")]


def test_two_full_amounts_joined_by_and_alone_stay_two() -> None:
    # near miss: "and" without "between" joins two years' amounts
    got = rows(
        "date 2031-05-02\nTrade between Thailand and Myanmar was $10 billion and $12 billion in "
        "2029 and 2030 respectively."
    )
    assert sorted(v for v, _, _ in got) == [10e9, 12e9]
