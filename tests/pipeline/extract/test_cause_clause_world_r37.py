"""Round 37: a country's total with the world, followed by a cause that names another economy
("A's exports fell 2.6% in 2030 because fewer coal trucks crossed into B", "... as demand from B
recovered"), is a world total: the economy in the cause is no partner of the figure (NOTES:
world totals get no row). A flow word in the cause ties its economy to the trade ("due to higher
imports from B", round 30), and "after B cut its tariffs" is no cause of this kind (round 31:
exports to B). Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-01-22\nTrade notes\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia's exports in 2030 were 2.6 percent lower than a year earlier because fewer"
        " coal trucks crossed into China during the period, the central bank said.",
        "Ireland's goods exports dropped 11.5% in value in 2030 because of weaker UK demand.",
        "Chile's exports rose 8% in 2030 as demand from China recovered.",
        "Chile's imports fell 4% in 2030 due to weaker demand for cars from Japan.",
    ],
)
def test_an_economy_named_only_in_the_cause_is_no_partner(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Chile's exports to Peru rose 8% in 2030 as demand from China recovered.",
            ("exports", "CHL", "PER", 8.0),
        ),
        (
            "Trade between Chile and Peru rose 8% in 2030 after the two signed a deal.",
            ("turnover", "CHL", "PER", 8.0),
        ),
        (
            "Chile's exports to China rose 8% in 2030 because copper prices climbed.",
            ("exports", "CHL", "CHN", 8.0),
        ),
        (
            "Chile's exports rose 8% in 2030 as shipments to China climbed.",
            ("exports", "CHL", "CHN", 8.0),
        ),
    ],
)
def test_near_miss_a_partner_in_the_figure_s_own_clause_stays(text: str, row: tuple) -> None:
    assert row in _rows(text)
