"""A change written "from X to Y" whose first amount leans on the second's scale or currency
(round 18, values never read): "rose from 1.2 to 1.5 billion euros", "fell from 300 million to
250 million dollars", "went from $1.2 to $1.5 billion" are two levels, the earlier and the later,
as when each amount is written in full. Before, the first was lost or the two were read as one
range (the midpoint). Near misses: a range cue before "from" ("ranged from"), "between X and Y",
"about X to Y" stay ranges; a year as the first number ("from 2029 to") is no amount.
All sentences are made up."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-02\n"


def values(text: str) -> list[tuple[str, float]]:
    """(flow, value) of each figure read, in order (a range reads as its midpoint)."""
    out = figures(DATE + text)
    return [(r.flow, round(r.value)) for r in out.itertuples()]


def test_a_bare_first_amount_takes_the_second_ones_scale_and_currency() -> None:
    got = values("Chile's exports to Peru rose from 1.2 to 1.5 billion euros in 2030.")
    assert got == [("exports", 1_200_000_000), ("exports", 1_500_000_000)]
    got = values("Trade between Chile and Peru fell from about 19.3 to 17.2 billion dollars.")
    assert [v for _, v in got] == [19_300_000_000, 17_200_000_000]


def test_a_first_amount_with_its_own_scale_takes_the_currency() -> None:
    got = values("Chile's exports to Peru rose from 300 million to 450 million dollars in 2030.")
    assert [v for _, v in got] == [300_000_000, 450_000_000]


def test_two_symbols_and_one_scale_after_from_are_two_levels_not_a_range() -> None:
    got = values("Chile's exports to Peru rose from $1.2 to $1.5 billion in 2030.")
    assert got == [("exports", 1_200_000_000), ("exports", 1_500_000_000)]
    got = values("Chile's imports from Peru fell from EUR 950 to 800 million in 2030.")
    assert [v for _, v in got] == [950_000_000, 800_000_000]


def test_a_range_stays_a_range() -> None:
    # near misses: a range cue before "from", "between ... and", "about ... to"
    got = values("Estimates of Chile's exports to Peru in 2030 ranged from $1.2 to $1.5 billion.")
    assert got == [("exports", 1_350_000_000)]
    got = values("Chile's exports to Peru in 2030 were between 1.2 and 1.5 billion dollars.")
    assert got == [("exports", 1_350_000_000)]
    got = values("Chile's exports to Peru in 2030 were $1.2 to $1.5 billion, the ministry said.")
    assert got == [("exports", 1_350_000_000)]


def test_a_year_after_from_is_no_amount() -> None:
    # near miss: "from 2029 to" is a span of years
    got = values("Chile's exports to Peru rose from 2029 to 5 billion dollars in 2030.")
    assert [v for _, v in got] == [5_000_000_000]


def test_a_portuguese_change_passando_de_x_para_y() -> None:
    # "passando de X para Y mil milhões": the Portuguese "from X to Y", glossed "going from"
    got = values(
        "As trocas comerciais entre Portugal e Angola recuaram 6% em 2030, passando de cerca "
        "de 9,2 para mais de 8,6 mil milhões de euros. O comércio com a Ásia cresceu pela "
        "primeira vez em uma década, segundo o instituto de estatística."
    )
    assert 9_200_000_000 in [v for _, v in got] and 8_600_000_000 in [v for _, v in got]
