"""Flows as real news pages write them, each rule on a made-up sentence.

A run of flow words in a "respectively" sentence gives each figure its flow; "a 4% increase in
exports" names its flow after the change noun; "exports and imports between" two countries is
their trade.
"""

from tests.pipeline.extract.test_extract import figures


def flows(text: str) -> dict[float, str]:
    return {r.value: r.flow for r in figures(text).itertuples()}


def test_a_run_of_flow_words_gives_each_figure_its_flow_respectively() -> None:
    got = flows(
        "date 2031-02-01\nPeru's total trade, exports and imports with Chile rose by 2.5% to "
        "$9.1 billion, 1.5% to $4.2 billion and 3.5% to $4.9 billion, respectively."
    )
    assert got[9_100_000_000.0] == got[2.5] == "turnover"
    assert got[4_200_000_000.0] == got[1.5] == "exports"
    assert got[4_900_000_000.0] == got[3.5] == "imports"


def test_a_change_takes_the_flow_of_the_level_it_reaches_when_its_group_is_short() -> None:
    # the second percentage has no change word near it: only two changes are read, and each
    # takes the flow of the level right after it
    got = flows(
        "date 2031-02-01\nPeru's total trade, exports and imports with Chile showed an increase "
        "by 2.5% to $9.1 billion, $4.2 billion and 3.5% more, to $4.9 billion, respectively."
    )
    assert got[9_100_000_000.0] == got[2.5] == "turnover"
    assert got[4_200_000_000.0] == "exports"


def test_a_change_noun_before_the_flow_word() -> None:
    got = flows(
        "date 2031-02-01\nTrade between Peru and Chile reached $921 million in 2030, after a "
        "4.1 per cent increase in exports of Peruvian goods to the Chilean market."
    )
    assert got[4.1] == "exports"


def test_exports_and_imports_between_two_countries_is_their_trade() -> None:
    got = flows(
        "date 2031-02-01\nData showed that exports and imports between Peru and Chile hit "
        "$7.6 billion in 2030."
    )
    assert got[7_600_000_000.0] == "turnover"
