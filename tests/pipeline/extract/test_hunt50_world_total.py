"""Round 50 hunt (hunt50c), a country's totals read as a pair's figure (made-up sentences and figures).

Kind: "world total read as bilateral", on 4 of the 27 hunted pages (Africa, Middle East, Americas,
Western Europe; 4 outlets, 8 wrong rows before). Three of its mechanisms are fixed here:

- a pair word inside a relationship phrase ("aided by new bilateral accords",
  "as analysts praised the warm Aian-Bian relations") made a country's total the pair's
  (``world._RELATION_AFTER``, ``cause_clause.outside_relations``): 2 hunted pages;
- a change stated before its flow as a total ("a 9.2 percent fall in total foreign exports
  to $61 billion") was the pair's change, and the unnamed sentence after it went on with the pair
  (``world._CHANGE_IN_TOTAL``, ``world._TOTAL_FLOW_TO``): 1 hunted page;
- a balance defined as one flow minus the other ("the trade gap, that is exports
  minus imports, grew 6%, to $8.2bn") was read as imports (``balance_forms._MINUS``):
  1 hunted page;
- a region joined with a country as the subject of an amount ("Latin America and Spain
  accounted for 20 per cent, or $5 billion") gave the country the group's amount
  (``region_side._subject``): 1 hunted page.

Near misses: a partner named in the figure's own clause, "A-B trade relations", "bilateral trade",
a change in exports to a named partner, a minus that is no flow, two countries as a subject and a
pair's own figure before a region's stay as they were."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f" date 2030-06-10\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


def _values(text: str) -> set[float]:
    return {row[6] for row in _rows(text)}


# --- a relationship phrase is no pointer at the pair ---------------------------------------


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            "Chile's trade with Asian countries rose 9% in the first quarter of 2030. This rise, "
            "aided by new bilateral accords, saw Chile's exports climb from $2.1 "
            "billion to $2.6 billion. Key markets were Japan and Vietnam, with $900 million and "
            "$400 million respectively.",
            {2.1e9, 2.6e9},
        ),
        (
            "Peru's trade with Kenya reached $80 million in 2030. Peru's total exports fell 3 "
            "percent to $9 billion. Imports rose by 4 percent, as analysts praised the warm "
            "Peruvian-Kenyan relations.",
            {4.0},
        ),
    ],
)
def test_relationship_phrase_leaves_the_total(text: str, dropped: set[float]) -> None:
    assert not _values(text) & dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's trade with Kenya reached $80 million in 2030. Peru's total exports fell 3 "
            "percent to $9 billion. Imports from Kenya rose by 4 percent, as analysts praised the "
            "warm Peruvian-Kenyan relations.",
            ("imports", "PER", "KEN", *_Y30, "pct_change", 4.0, "percent"),
        ),
        (
            "Bilateral trade between Peru and Kenya, helped by new agreements, reached $80 million "
            "in 2030.",
            ("turnover", "KEN", "PER", *_Y30, "level", 80000000.0, "USD"),
        ),
    ],
)
def test_named_partner_or_bilateral_trade_stays(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


# --- a change stated before "in total exports" -------------------------------------------


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            "Chile's exports to Peru reached $2 billion in 2030. The figures showed a 12.3 "
            "percent drop in total exports to $71 billion.",
            {-12.3, 71e9},
        ),
        (
            "Chile's exports to Peru reached $2 billion in 2030. Customs data showed a 9 percent "
            "fall in total international exports to $50 billion. Imports rose by 18 percent.",
            {-9.0, 50e9, 18.0},
        ),
    ],
)
def test_change_in_total_flow_is_the_total(text: str, dropped: set[float]) -> None:
    assert not _values(text) & dropped


def test_change_in_exports_to_a_partner_stays() -> None:
    text = (
        "Chile's exports to Peru reached $2 billion in 2030. The figures showed a 12.3 percent "
        "drop in total exports to Peru."
    )
    assert ("exports", "CHL", "PER", *_Y30, "pct_change", -12.3, "percent") in _rows(text)


# --- a balance defined as a flow minus the other -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile's exports to Peru reached $2 billion in 2030. The trade gap, that is "
        "exports of goods minus imports, grew six percent, reaching $8.2 billion.",
        "Chile's exports to Peru reached $2 billion in 2030. Its trade balance, defined as "
        "exports minus imports, improved by 7% to $3.3 billion.",
    ],
)
def test_balance_defined_by_minus_is_no_flow(text: str) -> None:
    assert _rows(text) == {("exports", "CHL", "PER", *_Y30, "level", 2e9, "USD")}


def test_minus_that_is_no_flow_stays() -> None:
    text = "Chile's exports to Peru, minus re-exported fuel, reached $2 billion in 2030."
    assert ("exports", "CHL", "PER", *_Y30, "level", 2e9, "USD") in _rows(text)


# --- a region and a country as one subject ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile's non-oil trade reached $25 billion in 2030. Latin America and Spain accounted "
        "for $5 billion.",
        "Chile's non-oil trade reached $25 billion in 2030. Europe and Turkey accounted for 20 "
        "per cent, or $5 billion of total trade.",
    ],
)
def test_region_with_country_is_no_pair(text: str) -> None:
    assert _rows(text) == set()


def test_pair_before_region_stays() -> None:
    text = (
        "Chile's trade with Spain reached $5 billion in 2030, while Asia accounted for $9 billion."
    )
    assert ("turnover", "CHL", "ESP", *_Y30, "level", 5e9, "USD") in _rows(text)
