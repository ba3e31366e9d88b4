"""Round 11: actual or target as real pages write it, each on a made-up sentence with a near miss
that must stay as it was.

A plan word governs a figure only when it is a plan: "aimed at raising trade to", "confident of
reaching" are targets; the base a target starts from ("double trade from the current $9bn",
"from more than $11bn in 2030") and a level a change reached ("managed to increase to", "a 10%
increase in exports to reach $3bn last year") happened.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


def status(text: str) -> dict[float, str]:
    out = figures(_DATE + text)
    return dict(zip(out["value"], out["status"], strict=True))


def test_aimed_at_and_confidence_in_reaching_are_targets() -> None:
    assert status(
        "Peru signed a memorandum with Chile aimed at increasing trade volume to $1 billion."
    ) == {1e9: "target"}
    assert status(
        "Peru's minister voiced confidence in reaching a bilateral trade volume of $5 billion "
        "with Chile."
    ) == {5e9: "target"}
    # the near miss: a level trade reached is actual
    assert status("Trade between Peru and Chile reached $1 billion in 2030.") == {1e9: "actual"}


def test_the_base_a_target_starts_from_is_actual() -> None:
    assert status(
        "The aim is to double annual trade between Peru and Chile from the current $9.2 billion "
        "within the next decade."
    ) == {2.0: "target", 9.2e9: "actual"}
    assert status(
        "Peru hopes trade with Chile will rise to $20 billion by 2035, nearly double from more "
        "than $11 billion in 2030."
    ) == {20e9: "target", 2.0: "target", 11e9: "actual"}


def test_a_level_a_change_reached_is_actual() -> None:
    assert status(
        "Trade between Peru and Chile rose to $460 million in 2029, while in the first half of "
        "2030 it managed to increase to $300 million."
    ) == {460e6: "actual", 300e6: "actual"}
    assert status(
        "Peru improved its ranking owing to a 10.1-percent increase in its exports to Chile to "
        "reach US$37.4 billion last year."
    ) == {10.1: "actual", 37.4e9: "actual"}
    # the near miss: a plan to increase stays a target
    assert status("Peru plans to increase its exports to Chile to $5 billion by 2035.") == {
        5e9: "target"
    }
