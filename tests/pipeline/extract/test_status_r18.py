"""Round 18, status kinds (wrong other): amounts that happened inside a sentence about a plan stay
actual, and a forecast fall is a target. Made-up sentences, each with a near miss that must stay
as it was.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


def status(text: str) -> dict[float, str]:
    out = figures(_DATE + text)
    return dict(zip(out["value"], out["status"], strict=True))


def test_what_happened_after_but_is_actual() -> None:
    got = status(
        "In 2029, Peru planned to earn $640 million from exports to Chile but achieved only "
        "$575 million, the ministry said."
    )
    assert got[640e6] == "target" and got[575e6] == "actual"
    got = status(
        "Our trade potential is $4.5 billion but trade between Peru and Chile was stuck at only "
        "$870 million in 2029, the envoy said."
    )
    assert got[870e6] == "actual"
    # near miss: "but" right before the amount corrects the plan, it is still the plan
    got = status(
        "Peru and Chile aim to raise their trade not to $2 billion but $3 billion by 2033."
    )
    assert got[3e9] == "target"


def test_the_current_level_a_plan_starts_from_is_actual() -> None:
    got = status(
        "Peru wants to increase its trade with Chile from its current level of around "
        "$1.3 billion, the minister said."
    )
    assert got[1.3e9] == "actual"
    # near miss: the level the plan aims at stays a target
    got = status("Peru wants to increase its trade with Chile to a level of $2.6 billion.")
    assert got[2.6e9] == "target"


def test_a_change_that_happened_over_a_period_to_reach_is_actual() -> None:
    got = status(
        "Trade between Peru and Chile recorded a growth of 6.2% during the first half of this "
        "year to reach $412 million."
    )
    assert got[412e6] == "actual"
    got = status(
        "Trade between Peru and Chile has been steadily declining to reach $2.3 billion in 2030."
    )
    assert got[2.3e9] == "actual"
    # near miss: a change still to come "to reach" stays a target
    got = status(
        "Trade between Peru and Chile will increase by 20% over the next five years to reach "
        "$3.4 billion."
    )
    assert got[3.4e9] == "target"


def test_the_base_a_target_is_compared_with_is_actual() -> None:
    got = status(
        "Peru aims to export goods worth $4 billion to Chile in 2031, a slight increase as "
        "compared to Peru's exports to Chile of $3.7 billion in 2030."
    )
    assert got[4e9] == "target" and got[3.7e9] == "actual"


def test_a_bracketed_aside_on_what_happened_is_actual() -> None:
    got = status(
        "Peru and Chile agreed on ways to increase trade in the coming years to $5 billion "
        "(trade in 2029 accounted for $3.1 billion)."
    )
    assert got[5e9] == "target" and got[3.1e9] == "actual"
    # near miss: a conversion in brackets is the target in another currency
    got = status("Peru and Chile aim to raise trade to $5 billion (about €4.6 billion) by 2034.")
    assert got[4.6e9] == "target"


def test_a_plan_word_inside_an_office_name_is_no_plan() -> None:
    got = status(
        "The head of the Peruvian Plan and Budget Organization noted that Peru exports goods to "
        "Chile worth $7 billion annually."
    )
    assert got[7e9] == "actual"
    # near miss: the same word in lower case is a plan
    got = status("Under the new plan, Peru exports to Chile are $7 billion a year by 2034.")
    assert got[7e9] == "target"


def test_towards_a_country_does_not_govern_a_later_amount() -> None:
    got = status(
        "Peruvian firms look towards Chile as a market, with pension funds investing over "
        "$9 billion there."
    )
    assert set(got.values()) == {"actual"}
    # near miss: "towards" heading for the amount is a goal
    got = status("Peru and Chile are working towards $9 billion of trade by 2034.")
    assert got[9e9] == "target"


def test_a_forecast_fall_is_a_target() -> None:
    got = status(
        "Peru's exports to Chile are expected to rise to $1.9 billion in 2031, while imports "
        "will decline to $820 million, according to projections."
    )
    assert got[1.9e9] == "target" and got[820e6] == "target"
    # near miss: a fall that happened stays actual
    got = status("Peru's imports from Chile declined to $820 million in 2030.")
    assert got[820e6] == "actual"
