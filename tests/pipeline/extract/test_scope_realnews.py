"""Scope and rates as real news pages write them, each rule on a made-up sentence.

A sector word inside a body's name ("the Ministry of Trade, Industry, and Energy") does not make
a figure a sector's; an amount per day, month or project is a rate, not a figure (NOTES).
"""

from tests.pipeline.extract.test_extract import figures


def test_a_sector_word_in_a_ministry_name_is_no_scope() -> None:
    out = figures(
        "date 2031-01-03\nAccording to data released by the Ministry of Trade, Industry, and "
        "Energy on Monday, Peru's exports to Chile in December reached 1.29 billion dollars."
    )
    assert list(out["scope"]) == ["total"]
    out = figures(
        "date 2031-01-03\nThe Minister of Agriculture said Peru's exports to Chile reached "
        "$1.3 billion in 2030."
    )
    assert list(out["scope"]) == ["total"]


def test_a_sector_named_for_the_goods_still_counts() -> None:
    out = figures("date 2031-01-03\nPeru's energy exports to Chile reached $1.3 billion in 2030.")
    assert list(out["scope"]) == ["energy"]


def test_amounts_per_month_or_per_project_are_rates() -> None:
    out = figures(
        "date 2031-08-01\nSenegal is the largest destination of Qatari investments in the first "
        "half of 2031, with investments of QR12.6 billion ($3.5 billion), or about QR2.1 "
        "billion (about $0.6 billion) per month."
    )
    assert sorted(out["value"]) == [3_500_000_000.0, 12_600_000_000.0]
    out = figures(
        "date 2031-08-01\nQatari firms invested $2.2 billion in Senegal in 2030, an average "
        "investment of $40 million per project."
    )
    assert list(out["value"]) == [2_200_000_000.0]


# A page about a pair: without the rules below, a figure naming one country takes the other
_PAIR_PAGE = "date 2031-03-01\nTrade between Peru and Chile grew in 2030, the ministry said.\n"


def test_a_group_of_partners_is_no_bilateral_figure() -> None:
    # a region that is not a listed bloc, or "the top 10 countries", is no partner (NOTES)
    for text in (
        "Peru's imports from neighbouring countries jumped by 12.6 per cent in 2030.",
        "Imports from SACU countries to Peru rose to $834 million in 2030.",
        "Peru's import bills from the top 10 countries amounted to $6.1 billion in 2030.",
    ):
        assert figures(_PAIR_PAGE + text).empty, text


def test_a_listed_bloc_named_with_countries_stays_a_partner() -> None:
    out = figures(
        "date 2031-03-01\nPeru's exports to the EU countries rose to $1.6 billion in 2030."
    )
    assert list(zip(out["reporter"], out["partner"], strict=True)) == [("PER", "EU")]


def test_a_world_word_right_after_the_amount_makes_a_world_total() -> None:
    out = figures(
        _PAIR_PAGE + "Peru recorded $11.2 billion in its international trade in the first "
        "quarter of 2031, the report said."
    )
    assert out.empty


def test_a_countrys_mainland_exports_are_its_world_total() -> None:
    out = figures(
        "date 2031-04-01\nTrade between Norway and Chile grew in 2030.\nNorway's mainland exports amounted to 404 billion kroner in 2030, up "
        "4.4 percent from the previous year."
    )
    assert out.empty
