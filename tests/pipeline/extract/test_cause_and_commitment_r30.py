"""Round 30: a country named only in the cause of a change ("because of ... the Israel-Hamas
conflict", "due to the war between Russia and Ukraine") is no side of the figure, unless a flow
word ties it to the trade ("due to higher imports from China"); and a commitment ("restated their
commitment to doubling trade ... to $3 billion", "are committed to raising trade to ...") governs a
target. Every sentence is made up."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.measure, r.value, r.status) for r in out.itertuples()}


def test_a_country_in_the_cause_of_a_change_is_no_side() -> None:
    got = _rows(
        "date 2025-05-01\nTrade\nTrade between Ghana and Peru was $1.2 billion in 2023. Between "
        "April 2024 and February 2025, trade fell to $0.6 billion, chiefly because of disruption "
        "of shipping through the Suez Canal and the Israel-Hamas conflict. In 2022 trade fell to "
        "$0.9 billion due to the war between Russia and Ukraine.\n"
    )
    assert {(r[1], r[2]) for r in got} == {("GHA", "PER")}


def test_a_country_a_flow_word_names_in_the_cause_stays() -> None:
    got = _rows(
        "date 2025-05-01\nTrade\nTrade between Ghana and Peru was $1.2 billion in 2023. In 2024, "
        "Ghana's trade rose to $1.6 billion due to higher imports from China.\n"
    )
    assert ("turnover", "GHA", "CHN", "level", 1.6e9, "actual") in got


def test_a_commitment_governs_a_target() -> None:
    got = _rows(
        "date 2025-05-01\nTrade\nGhana and Peru restated their commitment to doubling bilateral "
        "trade from $1.2 billion in 2024 to $3 billion.\n"
    )
    assert got == {
        ("turnover", "GHA", "PER", "multiple", 2.0, "target"),
        ("turnover", "GHA", "PER", "level", 1.2e9, "actual"),
        ("turnover", "GHA", "PER", "level", 3e9, "target"),
    }


def test_the_holder_of_the_balance_the_flows_leave_is_no_second_trader() -> None:
    # "leaving Peru with a trade deficit": Peru named again after its own flows
    got = _rows(
        "date 2023-06-01\nTrade\nTrade between Ghana and Peru was $5 billion in 2022. Peruvian "
        "exports came to $2 billion, whereas imports hit $3.1 billion, leaving Peru with a trade "
        "deficit of $1.1 billion.\n"
    )
    assert got == {
        ("turnover", "PER", "GHA", "level", 5e9, "actual"),
        ("exports", "PER", "GHA", "level", 2e9, "actual"),
        ("imports", "PER", "GHA", "level", 3.1e9, "actual"),
    }


def test_a_flow_split_into_goods_and_services_is_whole_with_both_parts() -> None:
    # "$20 billion" is the goods-and-services exports the later sentence splits: no whole trade
    got = _rows(
        "date 2023-06-01\nGhana and Peru\nThe volume of trade in goods and services between the "
        "two countries surpassed $5 billion in 2022. Peruvian exports came to $2 billion, "
        "whereas imports hit $3.1 billion. Peruvian companies exported $1.5 billion in goods and "
        "$0.5 billion in services to Ghana.\n"
    )
    assert ("exports", "PER", "GHA", "level", 2e9, "actual") in got
    assert ("imports", "PER", "GHA", "level", 3.1e9, "actual") in got
