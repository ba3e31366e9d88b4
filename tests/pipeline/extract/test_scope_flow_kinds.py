"""Round 11: scope and flow words as real pages write them, each on a made-up sentence with a
near miss that must stay as it was.

Sector groups the notes name (cereals, live animals, ferrous goods, metal products, pig iron,
molybdenum, hydrocarbons, ready-made garments, mechanical and electrical industries, "excluding
oil and gas"); flow words for a direction ("inbound shipments") or both ("import-export"); the
owner's adjective between an amount and its flow word ("$1.6bn in Peruvian exports"); a sector
named as left out of the figure ("goods (services not included)").
"""

import pytest

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


@pytest.mark.parametrize(
    ("goods", "scope"),
    [
        ("cereals", "agriculture"),
        ("live animals", "agriculture"),
        ("ferrous materials and products", "metals"),
        ("metal products", "metals"),
        ("pig iron", "metals"),
        ("molybdenum", "metals"),
        ("hydrocarbons", "energy"),
        ("ready-made garments", "textiles"),
        ("mechanical and electrical industries", "machinery"),
    ],
)
def test_a_sector_group_the_notes_name_is_that_sector(goods: str, scope: str) -> None:
    out = figures(f"{_DATE}Peru's exports of {goods} to Chile reached $50 million in 2030.")
    assert list(out["scope"]) == [scope]


def test_a_single_product_beside_them_stays_unread() -> None:
    assert figures(f"{_DATE}Peru's exports of rice to Chile reached $50 million in 2030.").empty


def test_exports_excluding_oil_and_gas_are_non_oil() -> None:
    out = figures(
        f"{_DATE}Peru's exports to Chile rose 35% in 2030 including oil and gas, and 25% "
        "excluding oil and gas."
    )
    assert list(out["scope"]) == ["total", "non_oil"]


def test_inbound_shipments_are_imports_and_import_export_is_trade() -> None:
    out = figures(f"{_DATE}India's inbound shipments from Chile rose to $1.2 billion in 2030.")
    assert list(zip(out["flow"], out["reporter"], out["partner"], strict=True)) == [
        ("imports", "IND", "CHL")
    ]
    out = figures(f"{_DATE}India's shipments to Chile rose to $1.2 billion in 2030.")
    assert list(out["flow"]) == ["exports"]  # the near miss: plain shipments stay exports
    out = figures(f"{_DATE}Import-export between Vietnam and Chile reached $3 billion in 2030.")
    assert list(out["flow"]) == ["turnover"]


def test_an_owner_adjective_between_an_amount_and_its_flow_word() -> None:
    out = figures(
        f"{_DATE}Trade between Peru and Chile reached $4.2 billion in 2030, with $1.6 billion "
        "in Peruvian exports."
    )
    assert list(out["flow"]) == ["turnover", "exports"]
    out = figures(
        f"{_DATE}Trade between Peru and Chile reached $4.2 billion in 2030, with $1.6 billion "
        "in Peruvian goods."
    )
    assert list(out["flow"]) == ["turnover", "turnover"]  # no flow word after it: carried


def test_a_sector_named_as_left_out_is_no_scope() -> None:
    out = figures(
        f"{_DATE}Exports of goods (services not included) from Peru to Chile rose 4% in 2030."
    )
    assert list(out["scope"]) == ["total"]
    out = figures(f"{_DATE}Exports of services from Peru to Chile rose 4% in 2030.")
    assert list(out["scope"]) == ["services"]
