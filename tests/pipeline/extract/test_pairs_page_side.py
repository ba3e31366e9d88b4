"""Which side of a page's pair trades a figure naming at most the counterpart (round 13): a
counterpart named with "with" ("in its trade with A, exports reached $X") is the partner of a
directed figure, and a lede owning a trading partner or a trade "with" another ("B is A's second
largest trading partner", "A's trade deficit with B") names the page's trader. Made-up
sentences in several outlets' styles, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


_TRADE_WITH = (
    "date 2031-02-10\nVietnam and Laos open a new border gate\n\n"
    "Vietnam's ports and Vietnam's roads carry most of the goods, officials in Vietnam said.\n\n"
    "The ministry in Vientiane said {tail}"
)


def test_a_counterpart_named_with_with_is_the_partner_of_a_directed_figure() -> None:
    # Vietnam is named most often, yet "in trade with Vietnam" makes it the counterpart of the
    # exports and imports: the other side of the page's pair, Laos, trades them.
    out = figures(
        _TRADE_WITH.format(
            tail="exports exceeded imports in trade with Vietnam last year, with exports at $4.1 billion and imports "
            "at $2.6 billion."
        )
    )
    assert ("exports", "LAO", "VNM", 4.1e9) in _pairs(out), out.to_string()
    assert ("imports", "LAO", "VNM", 2.6e9) in _pairs(out), out.to_string()


def test_compared_with_a_country_names_no_counterpart() -> None:
    # near miss: "compared with Vietnam" compares; the reporter stays the page's default
    out = figures(
        _TRADE_WITH.format(
            tail="exports reached $4.1 billion last year, high compared with Vietnam."
        )
    )
    assert ("exports", "VNM", "LAO", 4.1e9) in _pairs(out), out.to_string()


def test_an_absolute_with_names_no_counterpart() -> None:
    # near miss: "with Vietnam proving no exception" is no trade with Vietnam; the exports stay
    # Vietnam's (the page's most named economy), as without a "with"
    out = figures(
        _TRADE_WITH.format(
            tail="exports fell 9% last year to $4.1 billion, with Vietnam proving no exception "
            "to the regional slowdown."
        )
    )
    assert ("exports", "VNM", "LAO", 4.1e9) in _pairs(out), out.to_string()


_LEDE = (
    "date 2031-02-10\nChile and Peru: {lede}\n\n"
    "Chile's miners, Chile's farmers and Chile's ports all gained from the deal.\n\n"
    "Exports rose 12% to $2.1 billion in 2030, while imports fell to $1.4 billion."
)


def test_a_possessive_trading_partner_in_the_title_names_the_reporter() -> None:
    # "Chile is Peru's second largest trading partner": the page reports Peru's trade, though
    # Chile is named more often
    out = figures(_LEDE.format(lede="Chile is Peru's second largest trading partner"))
    assert ("exports", "PER", "CHL", 2.1e9) in _pairs(out), out.to_string()
    assert ("imports", "PER", "CHL", 1.4e9) in _pairs(out), out.to_string()


def test_a_possessive_trade_deficit_with_names_the_reporter() -> None:
    out = figures(_LEDE.format(lede="Peru's trade deficit with Chile widens"))
    assert ("exports", "PER", "CHL", 2.1e9) in _pairs(out), out.to_string()


def test_a_partner_without_an_owner_names_no_reporter() -> None:
    # near miss: no economy owns the partnership; the most named economy stays the reporter
    out = figures(_LEDE.format(lede="Chile is a key trading partner of Peru"))
    assert ("exports", "CHL", "PER", 2.1e9) in _pairs(out), out.to_string()


_MARKETS = (
    "date 2031-02-10\nASEAN trade: {heading}\n\n"
    "ASEAN ministers met in Jakarta; ASEAN officials said ASEAN demand held up.\n\n"
    "{lede}"
    "The two other markets with imports of over $5 billion were Indonesia with $6.4 billion, "
    "up 12.5%, and Malaysia with $5.9 billion, up 20.1%, over the same period."
)


def test_a_list_of_partners_is_the_reporting_economys_not_the_most_named() -> None:
    # ASEAN is named most, but Viet Nam reports the page's directed flows: its suppliers
    out = figures(
        _MARKETS.format(
            heading="Viet Nam buys more",
            lede="Viet Nam's imports from Thailand reached $7.2 billion in 2030. ",
        )
    )
    assert ("imports", "VNM", "IDN", 6.4e9) in _pairs(out), out.to_string()
    assert ("imports", "VNM", "MYS", 5.9e9) in _pairs(out), out.to_string()


def test_a_list_with_no_reporting_economy_keeps_the_pages_pair() -> None:
    # near miss: no figure nor heading says whose imports they are: the most named economy
    out = figures(_MARKETS.format(heading="Viet Nam and the bloc", lede=""))
    assert ("imports", "ASEAN", "IDN", 6.4e9) in _pairs(out), out.to_string()


_MEMBERS = "date 2031-02-10\nSpanish exports grow\n\nSpain's exporters had a good year. {body}"


def test_a_bloc_naming_the_group_of_the_countries_after_it_is_no_side() -> None:
    # "to the EU member states France (...) and Italy (...)": France and Italy are the
    # destinations, the EU only says which group they belong to
    out = figures(
        _MEMBERS.format(
            body="Exports to the EU member states France (+6.1% to $43.7 billion) and Italy "
            "(+4.3% to $25.7 billion) grew fastest in 2030."
        )
    )
    assert ("exports", "ESP", "FRA", 43.7e9) in _pairs(out), out.to_string()
    assert ("exports", "ESP", "ITA", 25.7e9) in _pairs(out), out.to_string()


def test_a_bloc_with_no_country_after_it_stays_the_partner() -> None:
    # near miss: "to EU countries" names no member: the bloc is the destination
    out = figures(
        _MEMBERS.format(body="Exports to EU countries rose 6.1% to $143.7 billion in 2030.")
    )
    assert ("exports", "ESP", "EU", 143.7e9) in _pairs(out), out.to_string()


def test_a_flow_that_posts_a_growth_is_no_speaker() -> None:
    # "Ghana's exports to Togo posted a growth": the flow posts it; its countries stay the
    # figure's (an "X posted" speaker would hide them)
    out = figures(
        "date 2031-02-10\nGhana's trade with Nigeria\n\n"
        "Ghana's exports to Nigeria rose 5% to $900 million in 2030. "
        "Ghana's exports to Togo posted a growth of 4.5% to $251 million in 2030."
    )
    assert ("exports", "GHA", "TGO", 251e6) in _pairs(out), out.to_string()


def test_an_office_that_posts_figures_still_speaks() -> None:
    # near miss: "Ghana's statistics office posted" is a source; the figure is still read
    out = figures(
        "date 2031-02-10\nGhana's trade with its neighbours\n\n"
        "Ghana's statistics office posted figures showing exports to Togo of $251 million in 2030."
    )
    assert ("exports", "GHA", "TGO", 251e6) in _pairs(out), out.to_string()
    assert set(out["source_country"]) == {"GHA"}, out.to_string()


_RANKED = "date 2031-02-10\nChile's trade in 2030\n\n{body}"


def test_economies_a_ranking_names_before_the_amount_are_no_sides() -> None:
    # "surpassed only by A and B, C ranked third among X's imports, with $N": C is X's
    # supplier; A and B are the ranking's others
    out = figures(
        _RANKED.format(
            body="Surpassed only by China and the United States, Peru ranked third among "
            "Chilean imports in 2030, with $3.3 billion."
        )
    )
    assert _pairs(out) == [("imports", "CHL", "PER", 3.3e9)], out.to_string()


def test_a_ranking_followed_by_another_partner_keeps_its_amount() -> None:
    # near miss: "followed by B with $N" is B's own amount (a list), not a ranking's other
    out = figures(
        _RANKED.format(
            body="Peru was the top destination for Chilean exports in 2030 with $2.4 billion, "
            "followed by Bolivia with $1.1 billion."
        )
    )
    assert ("exports", "CHL", "BOL", 1.1e9) in _pairs(out), out.to_string()
    assert ("exports", "CHL", "PER", 2.4e9) in _pairs(out), out.to_string()
