"""Round 38 (the fresh pages hj10, hj16): "looking to invest $3bn by 2030" and "strive to
achieve trade of $2bn" are targets, and "companies based in A" are A's (the investor), not a
host. Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, r.status, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_companies_based_in_a_looking_to_invest_are_a_target_of_as_investment() -> None:
    got = _rows(
        "date 2031-03-01\nCompanies based in Peru see good prospects in Ghana and are looking to "
        "invest around USD 2.5 billion by 2033, the consul said.\n"
    )
    assert got == {("investment", "GHA", "PER", 2.5e9, "target", "None", "2033-12-31")}


def test_firms_headquartered_in_a_that_invested_are_the_investors() -> None:
    got = _rows(
        "date 2031-03-01\nFirms headquartered in Peru invested $2 billion in Ghana in 2030.\n"
    )
    assert got == {("investment", "GHA", "PER", 2e9, "actual", "2030-01-01", "2030-12-31")}


def test_investment_in_a_host_stays_the_hosts() -> None:
    # near miss: "in Ghana" is the host
    got = _rows("date 2031-03-01\nPeru invested $2 billion in Ghana in 2030.\n")
    assert got == {("investment", "GHA", "PER", 2e9, "actual", "2030-01-01", "2030-12-31")}


def test_strive_to_achieve_a_level_is_a_target() -> None:
    # (hj16: "strive to achieve two-way trade of 2 billion USD each year")
    got = _rows(
        "date 2031-03-01\nThe leaders proposed that Peru and Ghana strive to achieve two-way "
        "trade of 2 billion USD each year.\n"
    )
    assert {r[4] for r in got} == {"target"}, got


def test_achieved_trade_stays_actual() -> None:
    # near miss: a past "achieved" is what happened
    got = _rows("date 2031-03-01\nPeru and Ghana achieved two-way trade of $1.2 billion in 2030.\n")
    assert {r[4] for r in got} == {"actual"}, got
