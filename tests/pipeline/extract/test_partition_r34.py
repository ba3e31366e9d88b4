"""Round 34 (breaking pass on direction): a country's whole trade split among partners by an
attached clause ("39% of them to B", "of which $Xbn went to B", "mostly from B", "with B the top
destination", "led by B", "Out of A's $Xbn of imports, ...") is a world total, not A's trade
with B; the part the clause gives B is B's row. Made-up sentences (``pipeline.extract.partition``).
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Peru's exports climbed to $61 billion in 2029, 30% of them to China.",
        "Peru's exports climbed to $61 billion in 2029, almost a third of them to China.",
        "Morocco imported goods worth 60 billion euros in 2029, mostly from Spain.",
        "Morocco imported goods worth 60 billion euros in 2029, mainly from Spain and France.",
        "Ghana's exports totalled $17 billion in 2029, with Switzerland the top destination.",
        "Ghana's exports totalled $17 billion in 2029, with India, China and Switzerland the"
        " leading markets.",
        "Ghana's exports totalled $17 billion in 2029, with Switzerland remaining its biggest"
        " buyer.",
        "Ethiopia attracted $3.7 billion of FDI in 2029, led by China.",
        "Ethiopia earned $3.6 billion from exports in 2029, with Somalia the largest market.",
    ],
)
def test_a_whole_split_among_partners_is_no_bilateral_row(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Bolivia's exports reached $13.0 billion in 2029, of which $2.1 billion went to Brazil.",
            ("exports", "BOL", "BRA", "level", 2.1e9),
        ),
        (
            "Out of Colombia's $64 billion of imports in 2029, $15.7 billion came from the"
            " United States.",
            ("imports", "COL", "USA", "level", 15.7e9),
        ),
        (
            "Uzbekistan has attracted $50 billion of foreign investment since 2017, of which"
            " Russia accounted for $9 billion.",
            ("investment", "UZB", "RUS", "level", 9e9),
        ),
        (
            "Chile's exports reached $98 billion in 2029, including $38 billion to China.",
            ("exports", "CHL", "CHN", "level", 38e9),
        ),
    ],
)
def test_only_the_part_is_the_partners(text: str, row: tuple) -> None:
    assert _rows(text) == {row}


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the partner named before the clause: the amount is the pair's, the clause a product's
        (
            "Peru's exports to China climbed to $23 billion in 2029, 30% of them copper.",
            {("exports", "PER", "CHN", "level", 23e9)},
        ),
        (
            "Kenya's exports to Uganda reached $0.9 billion in 2029, mostly tea.",
            {("exports", "KEN", "UGA", "level", 0.9e9)},
        ),
        (
            "Chile's exports to China reached $38 billion in 2029, with copper the top product.",
            {("exports", "CHL", "CHN", "level", 38e9)},
        ),
        # the pair's total split into its own directions
        (
            "Trade between Chile and China reached $65 billion in 2029, of which Chilean exports"
            " accounted for $38 billion.",
            {
                ("turnover", "CHL", "CHN", "level", 65e9),
                ("exports", "CHL", "CHN", "level", 38e9),
            },
        ),
    ],
)
def test_near_miss_a_partner_before_the_clause_keeps_the_row(text: str, rows: set) -> None:
    assert _rows(text) == rows
