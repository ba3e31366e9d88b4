"""Pairs and flows of issue 15 round 11: each rule on a made-up sentence with the difficulty of a
real page, never page text, and a near miss the rule must leave alone."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_inbound_and_outbound_shipments_are_imports_and_exports() -> None:
    # "inbound shipments from X" are goods arriving: imports; "outbound shipments" leave.
    out = figures(
        "date 2031-03-02\nPeru's inbound shipments from Chile rose to $1.4 billion in 2030.\n"
        "Peru's outbound shipments to Chile reached $2 billion in 2030."
    )
    assert _rows(out) == {("imports", "PER", "CHL", 1.4e9), ("exports", "PER", "CHL", 2e9)}


def test_plain_shipments_stay_exports() -> None:
    # Near miss: "shipments" alone is still the exporter's word.
    out = figures("date 2031-03-02\nPeru's shipments to Chile reached $2 billion in 2030.")
    assert _rows(out) == {("exports", "PER", "CHL", 2e9)}


def test_a_directed_topic_sentence_gives_the_next_figure_its_pair() -> None:
    # "national exports to X fell. The exports amounted to $45m": the sentence before (no
    # figure of its own) names the counterpart; the trader is the page pair's other country.
    out = figures(
        "date 2031-03-02\nTrade between Peru and Chile reached $252 million in 2030.\n"
        "According to the statistics office, national exports to Chile fell in 2030.\n"
        "The exports amounted to $45 million.\n"
        "Furthermore, Peru saw a drop in its import value from Chile.\n"
        "By the end of the year, imports stood at $207 million."
    )
    got = _rows(out) - {("turnover", "CHL", "PER", 252e6), ("turnover", "PER", "CHL", 252e6)}
    assert got == {("exports", "PER", "CHL", 45e6), ("imports", "PER", "CHL", 207e6)}, out


def test_a_topic_of_another_flow_gives_no_pair() -> None:
    # Near miss: the sentence before names imports from X; exports with no country there do
    # not take its counterpart: they read as after a sentence naming X with no flow at all.
    def read(topic: str) -> set[tuple]:
        return _rows(
            figures(
                "date 2031-03-02\nTrade between Peru and Chile reached $252 million in 2030.\n"
                f"According to the statistics office, {topic} from Chile fell in 2030.\n"
                "The exports amounted to $45 million."
            )
        )

    assert read("national imports") == read("the rainfall")


def test_amounts_each_followed_by_their_counterpart() -> None:
    # "exported $367m to A, $169m to B and $120m to C": each amount goes with the counterpart
    # right after it, not the one of the item before it.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "In 2030, Peru exported goods worth 367 million dollars to Chile, 169 million dollars to "
        "Bolivia, and 120 million dollars to Ecuador.\n"
        "Goods worth USD 27 million were imported from Chile, goods worth USD 19 million were "
        "imported from Bolivia in 2030."
    )
    assert _rows(out) == {
        ("exports", "PER", "CHL", 367e6),
        ("exports", "PER", "BOL", 169e6),
        ("exports", "PER", "ECU", 120e6),
        ("imports", "PER", "CHL", 27e6),
        ("imports", "PER", "BOL", 19e6),
    }, out.to_string()


def test_counterparts_named_before_their_amounts_keep_their_amounts() -> None:
    # Near miss: "exports to A were $5m, and to B $3m": the counterpart comes first, so each
    # amount keeps the counterpart named before it.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "In 2030, Peru's exports to Chile were $5 million, and to Bolivia $3 million."
    )
    assert _rows(out) == {("exports", "PER", "CHL", 5e6), ("exports", "PER", "BOL", 3e6)}, out


def test_both_directed_flows_named_as_one_sum_are_turnover() -> None:
    # "import-export between A and B", "total trade (adding exports and imports)", "the sum of
    # everything A exports and imports": one amount for both directions is turnover.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "Total trade (adding exports and imports) between Peru and Chile amounted to $444 "
        "million in 2030.\n"
        "The sum of everything that Peru exports and imports from Bolivia reached $70 million in "
        "2030.\n"
        "Import-export between Peru and Ecuador may exceed $15 million in 2030."
    )
    assert {(f, frozenset((r, p)), v) for f, r, p, v in _rows(out)} == {
        ("turnover", frozenset(("PER", "CHL")), 444e6),
        ("turnover", frozenset(("PER", "BOL")), 70e6),
        ("turnover", frozenset(("PER", "ECU")), 15e6),
    }, out.to_string()


def test_both_flow_verbs_of_one_subject_are_turnover() -> None:
    # customs English for one word of both directions: "X imported and exported <amount> to Y";
    # the two verbs over two amounts "respectively" stay two flows
    out = figures(
        "date 2031-11-07\nIn 2030 Vietnam exported and imported goods worth $3.1bn with Chile.\n"
        "Peru imported and exported 5.2 billion dollars, 4.4 billion dollars and 1.2 billion "
        "dollars to Chile, Brazil and Ecuador in 2030, respectively.\n"
        "Bolivia exported and imported goods worth $0.9bn and $0.4bn to and from Chile in 2030, "
        "respectively."
    )
    assert {(f, frozenset((r, p)), v) for f, r, p, v in _rows(out)} == {
        ("turnover", frozenset(("VNM", "CHL")), 3.1e9),
        ("turnover", frozenset(("PER", "CHL")), 5.2e9),
        ("turnover", frozenset(("PER", "BRA")), 4.4e9),
        ("turnover", frozenset(("PER", "ECU")), 1.2e9),
        ("exports", frozenset(("BOL", "CHL")), 0.9e9),
        ("imports", frozenset(("BOL", "CHL")), 0.4e9),
    }, out.to_string()


def test_exports_and_imports_with_their_own_amounts_stay_two_flows() -> None:
    # Near miss: "exports and imports were $11m and $12m, respectively" names two flows.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "In 2030, Peru's exports and imports with Chile were $11 million and $12 million, "
        "respectively."
    )
    assert _rows(out) == {("exports", "PER", "CHL", 11e6), ("imports", "PER", "CHL", 12e6)}


def test_a_relative_clause_trades_for_its_country() -> None:
    # "the main partner was X, which imported $Ym": X imports, from the page's own economy;
    # the page still reports that economy's trade (a later ranking stays its imports).
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "Peru's main trading partner in the region was Chile, which imported $662 million of goods.\n"
        "Imports from Bolivia reached $30 million and imports from Ecuador $20 million."
    )
    assert _rows(out) == {
        ("imports", "CHL", "PER", 662e6),
        ("imports", "PER", "BOL", 30e6),
        ("imports", "PER", "ECU", 20e6),
    }, out


def test_a_clause_joined_by_and_keeps_the_page_trader() -> None:
    # Near miss: "X, and imports reached" is no relative clause on X: the page's economy imports.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "Peru's main trading partner in the region was Chile, and imports reached $662 million."
    )
    assert _rows(out) == {("imports", "PER", "CHL", 662e6)}, out


def test_the_latter_and_the_former_trade_for_the_country_they_name() -> None:
    # "A exported $52m to B, while the latter exported $5m": the latter is B, exporting to A;
    # "the former" is A.
    out = figures(
        "date 2031-03-02\nPeru exported $52 million to Chile in 2030, while the latter "
        "exported goods worth $5 million.\n"
        "Bolivia sold $9 million to Ecuador in 2030, while the former also imported $4 million."
    )
    assert _rows(out) == {
        ("exports", "PER", "CHL", 52e6),
        ("exports", "CHL", "PER", 5e6),
        ("exports", "BOL", "ECU", 9e6),
        ("imports", "BOL", "ECU", 4e6),
    }, out


def test_the_latter_with_a_country_of_its_own_clause_keeps_that_country() -> None:
    # Near miss: "the latter" names no trader when a country trades after it ("while in the
    # latter year Bolivia exported"): the nearest subject before the figure stays the trader.
    out = figures(
        "date 2031-03-02\nPeru exported $52 million to Chile in 2030, while in the latter "
        "year Bolivia exported goods worth $5 million to Chile."
    )
    assert ("exports", "BOL", "CHL", 5e6) in _rows(out), out
