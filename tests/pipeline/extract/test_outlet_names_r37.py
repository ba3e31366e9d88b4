"""Round 37: a news outlet named after a country ("Vietnam News Agency", "(Wire / Kenya
Point News)", "the Times of India", "Voice of America") names no side of a trade: the country
word inside it is no mention (``pipeline/lexicon/outlets.csv``; NOTES: a news agency named as
the source is no authority either). Made-up sentences."""

import pytest

from pipeline.lexicon import gazetteer
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-03\nTrade notes\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def _named(text: str) -> list[str]:
    return [surface for _, _, surface in gazetteer().find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam News Agency reported the figures.",
        "the Saudi Press Agency said on Monday",
        "(Isthmus Wire / Kenya Point News - 3rd Feb, 2031)",
        "China Daily reported",
        "the Korea Herald wrote",
        "as the Times of India reported",
        "Voice of America said",
        "Press Trust of India said",
        "Russia Today said",
    ],
)
def test_an_outlet_named_after_a_country_is_no_mention(text: str) -> None:
    assert _named(text) == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Vietnam news agencies reported", ["Vietnam"]),  # lower case: not a name
        ("Japan's Times Square office", ["Japan"]),  # the possessive is the country's
        ("Chile, Peru Press Bolivia on tariffs", ["Chile", "Peru", "Bolivia"]),  # a verb
        ("Vietnam Newsletter", ["Vietnam"]),  # a whole word only
        ("exports to India rose three times", ["India"]),
    ],
)
def test_near_misses_keep_the_country(text: str, named: list[str]) -> None:
    assert _named(text) == named


def test_a_wire_credit_in_a_dateline_is_no_side() -> None:
    assert _rows(
        "SANTIAGO, (Isthmus Wire / Kenya Point News - 3rd Feb, 2031) Chile and Peru's"
        " bilateral trade volume reached $5.8 billion in 2030, officials said Friday."
    ) == {("turnover", "CHL", "PER", 5.8e9)}


def test_an_agency_that_reports_a_world_total_gives_it_no_partner() -> None:
    assert (
        _rows("Chile's exports reached $5.8 billion in 2030, Vietnam News Agency reported.")
        == set()
    )
    assert (
        _rows("Chile's exports reached $5.8 billion in 2030, the Times of India reported.") == set()
    )


def test_near_miss_the_partner_named_beside_an_outlet_stays() -> None:
    assert _rows(
        "Chile's exports to Vietnam reached $5.8 billion in 2030, Vietnam News Agency reported."
    ) == {("exports", "CHL", "VNM", 5.8e9)}
