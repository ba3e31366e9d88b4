"""Round 25: a yearly rate over a span of years written after its percentage ("a 2.9% annual
increase since 1998", "5.1% annual growth across the same period") is an average rate, not
annotated; the levels beside it keep their own year. Made-up sentences; near miss: a plain
"annual increase" of one year stays that year's change."""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def test_annual_rate_since_a_year_is_left_out() -> None:
    out = figures(
        "date 2032-03-01\nIn 2031, Chile exported $512 million worth of goods to Vietnam, which "
        "is a 2.9% annual increase since 1998. On the other side, Vietnam exported $88 million "
        "to Chile, showing 5.1% annual growth across the same period.\n"
    )
    got = {(r.flow, r.reporter, r.measure, r.value, r.period_start) for r in out.itertuples()}
    assert got == {
        ("exports", "CHL", "level", 512e6, D(2031, 1, 1)),
        ("exports", "VNM", "level", 88e6, D(2031, 1, 1)),
    }, out.to_string()


def test_one_years_annual_increase_stays() -> None:
    out = figures(
        "date 2032-03-01\nChile's exports to Vietnam reached $512 million in 2031, a 2.9% annual "
        "increase.\n"
    )
    assert ("pct_change", 2.9) in set(zip(out.measure, out.value, strict=True)), out.to_string()
