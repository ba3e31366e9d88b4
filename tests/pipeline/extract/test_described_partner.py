"""A partner named by description after the flow's preposition ("exports to its northern
neighbour", "to the Andean nation", "to the latter", "to the North" for a divided country) is the
page's partner, so the figure is bilateral, not the named economy's trade with the world
(``described_partner``); "trade between the two countries" is the page's pair even when the
sentence names another economy as its source (``pairs._between_pair``). Sentences made up."""

import datetime as dt

import pytest

from tests.pipeline.extract.test_foreign import rows

D = dt.date

_LEAD = "date 2031-05\nA partner\n\nChile and Peru signed a new accord on Monday. "


@pytest.mark.parametrize(
    "reference",
    [
        "its northern neighbour",  # wire style
        "the Andean nation",  # business daily: the partner's region as adjective
        "the South American country",
        "the latter",  # after both were named
    ],
)
def test_exports_to_a_described_partner_are_the_pairs(reference: str) -> None:
    got = rows(f"{_LEAD}Chile's exports to {reference} reached $1.75 billion in 2030.")
    assert got[1_750_000_000.0] == (
        "exports",
        "CHL",
        "PER",
        "level",
        "USD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )


def test_the_north_of_a_divided_country() -> None:
    got = rows(
        "date 2031-05\nA partner\n\nTrade between North Korea and Mongolia grew in 2030. "
        "Mongolia's exports to the North stood at $2.35 million, up 45 percent from a year ago."
    )
    assert got[2_350_000.0][:3] == ("exports", "MNG", "PRK")


@pytest.mark.parametrize(
    "reference",
    [
        "the north of the country",  # a part of Chile, not a partner
        "the North of the country",
        "the world's largest economy",  # ranked among all economies: not the page's partner
        "the Andean nations",  # a group
    ],
)
def test_a_description_of_something_else_stays_a_world_total(reference: str) -> None:
    got = rows(f"{_LEAD}Chile's exports to {reference} reached $1.75 billion in 2030.")
    assert 1_750_000_000.0 not in got


def test_trade_between_the_two_countries_is_the_pages_pair() -> None:
    lead = "date 2031-05\nA partner\n\nTrade between Chile and Peru reached a record in 2030. "
    got = rows(
        f"{lead}According to the Bolivia Trade Promotion Agency, trade between the two countries"
        " jumped by 33 percent to US$3.19 million."
    )
    assert set(got[3_190_000.0][1:3]) == {"CHL", "PER"}
    # near miss: the named economy trades with the two countries, so it is a party
    got = rows(f"{lead}Bolivia's trade with the two countries jumped to US$3.19 million.")
    assert "BOL" in got[3_190_000.0][1:3]
