"""Pairs, world totals and direction on real-news kinds (issue 15, items 5 and 6): each rule on
a made-up sentence that carries the difficulty of a real page, never page text."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_a_single_country_on_its_flows_own_side_is_a_world_total() -> None:
    # "imports to X", "investments made in X", "the external trade of X": X's own totals.
    out = figures(
        "date 2031-03-02\nPeru increased the import of goods from Chile by 12% to $410 million.\n"
        "In February 2031, the import of goods to Peru grew by 4.1% to $6.2 billion, and the "
        "export of goods from Peru grew by 2.2% to $5.9 billion.\n"
        "Direct investments made in Peru's economy in 2030 totalled $8.4 billion.\n"
        "The external merchandise trade of Peru reached $71 billion in 2030."
    )
    assert _pairs(out) == [("imports", "PER", "CHL", 12.0), ("imports", "PER", "CHL", 410e6)], (
        out.to_string()
    )


def test_exports_from_a_country_after_bilateral_trade_stay_bilateral() -> None:
    # Alone, "exports from X" after "trade between the two countries" is that pair's figure.
    out = figures(
        "date 2031-03-02\nTrade turnover between Peru and Chile reached $3.1 billion in 2030. "
        "Exports from Peru increased to $1.2 billion."
    )
    assert ("exports", "PER", "CHL", 1.2e9) in _pairs(out), out.to_string()


def test_a_sentence_naming_no_economy_continues_a_world_total() -> None:
    out = figures(
        "date 2031-03-02\nPeru's exports to Chile rose 6% to $950 million in 2030.\n"
        "Peru's exports were $71 billion in 2030, down 3 percent.\n"
        "Copper worth $21 billion was exported, down 9 percent.\n"
        "Imports of fuel totalled $6.3 billion."
    )
    assert set(out["value"]) == {6.0, 950e6}, out.to_string()


def test_a_bilateral_figure_ends_the_world_total() -> None:
    out = figures(
        "date 2031-03-02\nPeru's exports were $71 billion in 2030.\n"
        "Peru's exports to Chile rose 6% to $950 million.\n"
        "Copper accounted for $420 million of these exports."
    )
    assert 420e6 in set(out["value"]), out.to_string()


def test_each_destination_of_a_while_clause_keeps_the_pages_exporter() -> None:
    # "exports to A ... while exports to B ...": B's exporter is not A, a destination too.
    out = figures(
        "date 2031-03-02\nPeru's exports rose to $71 billion in 2030.\n"
        "Exports to Japan, mostly copper and fishmeal, rose by $2.1 billion to $12.3 billion "
        "while exports to Canada rose by $0.4 billion to $3.9 billion."
    )
    assert _pairs(out) == [
        ("exports", "PER", "JPN", 2.1e9),
        ("exports", "PER", "JPN", 12.3e9),
        ("exports", "PER", "CAN", 0.4e9),
        ("exports", "PER", "CAN", 3.9e9),
    ], out.to_string()


def test_destinations_joined_by_and_are_no_exporter_after_while() -> None:
    out = figures(
        "date 2031-03-02\nPeru's exports to Chile grew 4 percent in 2030.\n"
        "Shipments to Japan and Canada rose by 7.1 percent and 5.2 percent each while exports "
        "to Brazil doubled."
    )
    assert ("exports", "PER", "BRA", 2.0) in _pairs(out), out.to_string()


def test_a_destination_alone_takes_the_country_reporting_the_pages_figures() -> None:
    # Japan and Canada are mentioned most, but Peru reports the figures.
    out = figures(
        "date 2031-03-02\nJapan and Canada compete for copper; Japan buys more than Canada.\n"
        "Peru's exports to Japan reached $12.3 billion in 2030, ahead of Canada.\n"
        "Peru's imports from Japan were $4.1 billion.\n"
        "Exports to Spain stood at $1.1 billion, 3% of total exports.\n"
        "Imports from Canada were valued at $0.9 billion."
    )
    assert ("exports", "PER", "ESP", 1.1e9) in _pairs(out), out.to_string()
    assert ("imports", "PER", "CAN", 0.9e9) in _pairs(out), out.to_string()


def test_a_second_exporter_in_a_while_clause_shares_the_first_destination() -> None:
    out = figures(
        "date 2031-03-02\nBolivia's exports to Chile stood at $820 million while Peru exported "
        "goods worth $499 million in the period.\n"
        "Argentine imports from Chile rose 4% to $2.2 billion, whereas Brazil imported $3.1 "
        "billion."
    )
    pairs = _pairs(out)
    assert ("exports", "PER", "CHL", 499e6) in pairs, out.to_string()
    assert ("imports", "BRA", "CHL", 3.1e9) in pairs, out.to_string()


def test_total_trade_after_a_pair_compound_is_the_pairs_total() -> None:
    # "Peru-Chile trade ... total trade fell": the pair's total, not Peru's with the world.
    out = figures(
        "date 2031-03-02\nA study of Peru-Chile trade in 2030, based on customs data, finds "
        "total trade fell by 6.2% to $4.4 billion.\n"
        "In a review of trade between Bolivia and Chile, total trade rose 3% to $1.9 billion in "
        "2030.\n"
        "Peru's total trade rose 2% to $150 billion in 2030."
    )
    assert _pairs(out) == [
        ("turnover", "PER", "CHL", -6.2),
        ("turnover", "PER", "CHL", 4.4e9),
        ("turnover", "BOL", "CHL", 3.0),
        ("turnover", "BOL", "CHL", 1.9e9),
    ], out.to_string()


def test_a_province_or_city_trading_is_no_countrys_figure() -> None:
    out = figures(
        "date 2031-03-02\nPeru's exports to Chile rose to $950 million in 2030.\n"
        "The province of Arequipa borders Chile, and two-way trade was valued at $81 million.\n"
        "Lima is the largest Peruvian city in terms of exports to Chile, with exports worth "
        "$260 million, while the city of Tacna exported $83 million.\n"
        "In the capital city Lima, the ministers said Peru's imports from Chile reached $610 "
        "million."
    )
    assert set(out["value"]) == {950e6, 610e6}, out.to_string()


def test_goods_and_services_covers_only_the_sentence_that_says_it() -> None:
    # NOTES: "goods and services" applies to the sentence that says it, not to later plain
    # exports/imports sentences (a page names the coverage once, then its figures are plain)
    out = figures(
        "date 2031-08-02\nPeru's export of goods and services to Chile rose 21.5 percent in "
        "2030.\n"
        "Exports to Chile were recorded at $3.4 billion against $2.8 billion a year earlier.\n"
        "Imports from Chile were $5.2 billion."
    )
    rows = {(r.flow, r.scope, r.value) for r in out.itertuples()}
    assert rows == {
        ("exports", "goods_services", 21.5),
        ("exports", "total", 3.4e9),
        ("exports", "total", 2.8e9),
        ("imports", "total", 5.2e9),
    }, out.to_string()


def test_a_follow_up_takes_the_sector_named_before_it() -> None:
    # No trade word: the figures continue Peru's exports to Chile, in the sector named.
    out = figures(
        "date 2031-07-15\nPeru's exports to Chile stood at $1.25 billion in 2030.\n"
        "Of this, the apparel sector earned $499 million in 2030, which is 79.1% higher "
        "compared to $278.6 million in the previous year."
    )
    rows = {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("exports", "textiles", "PER", "CHL", 79.1) in rows, out.to_string()
    assert ("exports", "textiles", "PER", "CHL", 278.6e6) in rows, out.to_string()


def test_a_sentence_naming_no_country_takes_the_pages_reporter_first() -> None:
    # Chile is mentioned most, but Peru reported the page's directed figures.
    out = figures(
        "date 2031-03-02\nChile, Chile and Chile: the Chilean market matters.\n"
        "Peru's exports to Chile rose to $950 million in 2030.\n"
        "Exports rose by 27% during this time, but imports rose by 45%."
    )
    pairs = _pairs(out)
    assert ("exports", "PER", "CHL", 27.0) in pairs, out.to_string()
    assert ("imports", "PER", "CHL", 45.0) in pairs, out.to_string()


@pytest.mark.parametrize(
    ("sentence", "flow", "pair"),
    [
        (
            "Trade between Peru and Chile in 2030 totalled $4.1bn, but just $30mn of that was "
            "made up of Peruvian exports, customs data showed.",
            "exports",
            ("PER", "CHL"),
        ),
        (
            "Trade between Peru and Chile in 2030 totalled $4.1bn, of which $30mn was accounted "
            "for by Peruvian exports.",
            "exports",
            ("PER", "CHL"),
        ),
        (
            "Trade between Peru and Chile in 2030 totalled $4.1bn, of which $3.2bn was made up "
            "of Chilean exports.",
            "exports",
            ("CHL", "PER"),
        ),
        # no flow word after the partitive verb: the part keeps the total's flow
        (
            "Trade between Peru and Chile in 2030 totalled $4.1bn, and $3.2bn of that came "
            "from copper.",
            "turnover",
            None,
        ),
    ],
)
def test_a_part_of_a_total_takes_the_flow_word_after_its_amount(sentence, flow, pair) -> None:
    out = figures("date 2031-03-01\n" + sentence)
    part = out[out["value"] < 4e9].iloc[0]
    assert part["flow"] == flow
    if pair is not None:
        assert (part["reporter"], part["partner"]) == pair


def test_a_capital_named_city_stands_for_its_country_not_for_a_city() -> None:
    # "Mexico City" holds the word "city" but is the capital standing for Mexico; a city that
    # trades on its own ("the city of Monterrey") is still nobody's figure.
    out = figures(
        "date 2031-03-01\nPeru and Mexico held talks on trade and investment.\nThe minister said "
        "Lima and Mexico City aim to increase bilateral trade to $17 billion this year."
    )
    assert _pairs(out) == [("turnover", "PER", "MEX", 17e9)]
    city = figures(
        "date 2031-03-01\nPeru and Mexico held talks on trade.\nThe city of Monterrey exported "
        "goods worth $2.6 billion to Peru in 2030."
    )
    assert city.empty


def test_a_trade_ministers_title_is_not_a_countrys_trade_with_the_world() -> None:
    # "the Trade Minister of Peru" names an office; "the external trade of Peru" is a world total
    title = figures(
        "date 2031-03-01\nPeru and Egypt discuss trade.\nTrade Minister of Peru Ana Ruiz said the "
        "sides set a goal of bringing trade to $170 million in 2032."
    )
    assert _pairs(title) == [("turnover", "PER", "EGY", 170e6)]
    for phrase in (
        "The external trade of Peru",
        "The external trade (excluding informal border trade) of Peru",
    ):
        world = figures(
            f"date 2031-03-01\nPeru and Egypt discuss trade.\n{phrase} grew to $90 billion in 2030."
        )
        assert world.empty, phrase


@pytest.mark.parametrize(
    "listing",
    [
        "Peru, Brazil and Chile were among the top trading partners in the first quarter with "
        "trade at $5.1 billion, $4.2 billion and $3.3 billion, respectively.",
        "Trade with Peru, Brazil and Chile came to $5.1 billion, $4.2 billion and $3.3 billion "
        "respectively in the first quarter.",
        "Peru, Brazil and Chile remained the largest partners in the first quarter, with "
        "bilateral trade of $5.1 billion, $4.2 billion and $3.3 billion respectively.",
    ],
)
def test_a_respectively_run_of_partners_trades_with_the_articles_country(listing: str) -> None:
    # No economy outside the run in its sentence: the article's country is the other side of
    # each listed partner, not the run's first or last member.
    out = figures(
        "date 2031-05-02\nArgentina's foreign trade hit a record in the first quarter.\n"
        "Argentina's trade with its neighbours grew by 12% in the first quarter.\n" + listing
    )
    got = [p for p in _pairs(out) if p[3] > 1e9]
    assert got == [
        ("turnover", "ARG", "PER", 5.1e9),
        ("turnover", "ARG", "BRA", 4.2e9),
        ("turnover", "ARG", "CHL", 3.3e9),
    ], out.to_string()


def test_respectively_takes_the_figures_before_it_and_a_later_clause_keeps_its_own() -> None:
    # "B and C followed, with $X and $Y ($X' and $Y') respectively, while D ...": D's amount is
    # no run item, and D is no anchor of the run; the brackets restate the run in another unit.
    out = figures(
        "date 2031-05-02\nMost of Argentina's exports went to Uruguay, worth $1.2 billion in "
        "the first quarter.\nEcuador and Bolivia followed, with exports worth 640 million USD "
        "and 410 million USD (590 million EUR and 380 million EUR) respectively, while Paraguay "
        "took 200 million USD."
    )
    got = _pairs(out)
    for row in [
        ("exports", "ARG", "ECU", 640e6),
        ("exports", "ARG", "BOL", 410e6),
        ("exports", "ARG", "ECU", 590e6),
        ("exports", "ARG", "BOL", 380e6),
    ]:
        assert row in got, out.to_string()


def test_a_run_missing_its_first_bare_amount_gives_the_rest_to_its_last_items() -> None:
    # "640 and 410 million": the bare 640 is no amount, so 410 million is the second item's.
    out = figures(
        "date 2031-05-02\nMost of Argentina's exports went to Uruguay, worth $1.2 billion in "
        "the first quarter.\nEcuador and Bolivia followed, with exports worth 640 and 410 "
        "million USD respectively."
    )
    assert ("exports", "ARG", "BOL", 410e6) in _pairs(out), out.to_string()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "With 31% of the bloc's exports to Japan, Spain was the largest exporter in 2030, "
            "followed by Portugal (18 billion euros or 14%).",
            ("exports", "PRT", "JPN", 18e9),
        ),
        (
            "Among the suppliers of goods imported from Japan, the biggest buyers in 2030 were "
            "Spain ($21 billion) and Portugal ($12 billion).",
            None,  # "imported from Japan" with no importer named: the buyers are the importers
        ),
        (
            "Exports to Japan in 2030 were led by Spain (€21 billion), Portugal (€12 billion) "
            "and Greece (€7 billion).",
            ("exports", "PRT", "JPN", 12e9),
        ),
    ],
)
def test_a_ranking_beside_the_flows_counterpart_lists_the_reporters(text: str, want) -> None:
    # "exporters to X: A ($N), B ($M)": the listed economies export to X, not X to them.
    out = figures("date 2031-05-02\n" + text)
    got = _pairs(out)
    if want is None:
        assert ("imports", "PRT", "JPN", 12e9) in got, out.to_string()
    else:
        assert want in got, out.to_string()


def test_a_ranking_beside_a_named_exporters_destination_stays_a_list_of_destinations() -> None:
    # "A's exports to B ..., after C ($N)": C is A's destination ranked beside B.
    out = figures(
        "date 2031-05-02\nPeru's exports to Chile rose 12% to $2.1 billion in 2030, fourth "
        "after Brazil ($9.4 billion), Japan ($6.2 billion) and Spain ($3.3 billion)."
    )
    got = _pairs(out)
    assert ("exports", "PER", "BRA", 9.4e9) in got, out.to_string()
    assert ("exports", "PER", "CHL", 2.1e9) in got, out.to_string()


@pytest.mark.parametrize(
    "tail",
    [
        "Meanwhile, trade with Bolivia also grew 7 percent to $1.3 billion in 2030.",
        "Turnover with Bolivia reached $1.3 billion in 2030, the ministry said.",
        "Bilateral trade with Bolivia stood at $1.3 billion in 2030.",
    ],
)
def test_trade_with_a_new_partner_takes_the_pages_reporter_not_its_main_partner(tail) -> None:
    # The page is about Peru's trade with Chile (Chile named most); a later "trade with B"
    # names no other side: it is the economy that reported the page's exports, not Chile.
    out = figures(
        "date 2031-05-02\nChile takes Peru's copper.\nPeru's exports to Chile rose to "
        "$2.1 billion in 2030, and Chile remained the top buyer, ahead of Chile's neighbours.\n"
        + tail
    )
    assert ("turnover", "PER", "BOL", 1.3e9) in _pairs(out), out.to_string()
