"""Round 17: a figure that refers back to an earlier one ("The figure is expected to hit $8m")
takes its own clause's status when the clause states one; the earlier figure's only when it is
silent. Made-up sentences, each with a near miss that must stay as it was.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


def rows(text: str) -> dict[float, tuple]:
    out = figures(_DATE + text)
    return {
        v: (s, a, b)
        for v, s, a, b in zip(
            out["value"], out["status"], out["period_start"], out["period_end"], strict=True
        )
    }


def test_a_forecast_about_an_earlier_actual_figure_is_a_target() -> None:
    got = rows(
        "Trade between Peru and Chile reached $400 million last year. The figure is expected "
        "to hit $700 million by 2034."
    )
    assert got[400e6][0] == "actual"
    assert got[700e6][0] == "target"
    assert got[700e6][1] is None and str(got[700e6][2]) == "2034-12-31"  # a "by" target
    got = rows(
        "Trade between Peru and Chile reached $400 million last year. That figure could "
        "reach $700 million within five years."
    )
    assert got[700e6][0] == "target"
    assert got[700e6][1] is None  # no year of the actual's for a forecast


def test_a_change_of_an_earlier_figure_in_a_forecast_is_a_target() -> None:
    got = rows(
        "Peru's exports to Chile reached $400 million in 2030. The figure is projected to be "
        "35% higher in 2032."
    )
    assert got[35.0][0] == "target"


def test_the_near_misses_a_past_or_present_clause_stays_actual() -> None:
    got = rows(
        "Trade between Peru and Chile reached $400 million last year. The figure rose to "
        "$700 million this year."
    )
    assert got[700e6][0] == "actual"
    got = rows(
        "Peru's exports to Chile reached $400 million in 2030. That is 35% more than in 2029."
    )
    assert got[35.0] == ("actual", got[400e6][1], got[400e6][2])  # the base's period still


def test_an_actual_after_a_target_stays_actual() -> None:
    got = rows(
        "Peru and Chile aim to raise bilateral trade to $700 million by 2034. It stood at "
        "$400 million in 2029."
    )
    assert got[700e6][0] == "target" and got[400e6][0] == "actual"
