"""Round 35: "twice" that counts occasions ("Only twice in the past has trade crossed $10bn",
"twice before") is no multiple; one project's cost written before its noun ("backed a five year,
30 million US dollar project", "a $30m plant") and a portfolio's value ("52 joint projects with an
investment volume of $21bn") are no figures. Made-up sentences; near misses keep theirs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_twice_counting_occasions_is_no_multiple() -> None:
    got = _rows(
        "Only twice in the past has two-way trade between Chile and Peru crossed the $10 billion"
        " mark, in 2027 ($10.7 billion) and 2029 ($10.1 billion)."
    )
    assert not {r for r in got if r[1] == "multiple"}
    assert ("turnover", "level", 10.7e9) in got
    got = _rows(
        "Trade between Chile and Peru has doubled since 2025 and crossed $10bn twice before."
    )
    assert {r for r in got if r[1] == "multiple"} == {("turnover", "multiple", 2.0)}


def test_near_miss_twice_as_a_multiple_stays() -> None:
    assert ("turnover", "multiple", 2.0) in _rows(
        "Trade between Chile and Peru in 2030 was twice the 2025 level."
    )
    assert ("exports", "multiple", 2.0) in _rows(
        "Chile's exports to Peru were twice as high in 2030 as in 2025."
    )


def test_one_projects_cost_before_its_noun_is_no_figure() -> None:
    assert not _rows(
        "Chile's export agency backed a five year, 30 million US dollar project in Peru."
    )
    assert not _rows("Chile's export agency backed a $30 million dairy project in Peru.")
    assert not _rows("Chilean investors are building a $30 million plant in Peru.")


def test_a_project_portfolios_investment_volume_is_no_figure() -> None:
    assert not _rows(
        "Chile and Peru are pressing on with 52 joint projects with an investment volume of"
        " $21 billion, the president said."
    )


def test_near_miss_registered_capital_and_flows_beside_a_project_stay() -> None:
    assert ("investment", "level", 2e9) in _rows(
        "Chile has 380 investment projects in Peru with combined registered capital of $2 billion."
    )
    assert ("exports", "level", 30e6) in _rows(
        "Chile's exports to Peru reached $30 million in 2030, a project of the trade ministry said."
    )
