"""An economy a ranking names ("C followed with $Y", "followed by C") takes a counterpart's place
in the ranking; it is no side of another amount of its sentence: not the partner of the amount
before "followed by C", nor the trader of a later clause ("C followed with $Y, while exports to
D totalled $Z": the page's exports go to D). Made-up sentences."""

from test_extract import figures  # the helper beside this file


def pairs(text: str) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, round(r.value)) for r in figures(text).itertuples()]


def test_followed_by_after_an_amount_is_no_partner_of_it() -> None:
    page = (
        "Foreign investment in Peru grew fast in 2029.\n"
        "In 2029, Japan was responsible for the most foreign direct investment at $2.5 billion, "
        "followed by Spain.\n"
    )
    assert pairs(page) == [("investment", "PER", "JPN", 2_500_000_000)]
    # near miss: a partner named after the amount without "followed by" stays its partner
    page = "In 2029, Japan invested $2.5 billion in Spain.\n"
    assert pairs(page) == [("investment", "ESP", "JPN", 2_500_000_000)]


def test_a_country_ranked_in_an_earlier_clause_trades_in_no_later_one() -> None:
    page = (
        "Peru's exports to Chile totalled $551m in 2029.\n"
        "Bolivia followed with $304m, while exports to Ecuador totalled $120m.\n"
    )
    assert pairs(page) == [
        ("exports", "PER", "CHL", 551_000_000),
        ("exports", "PER", "BOL", 304_000_000),
        ("exports", "PER", "ECU", 120_000_000),
    ]
    # near miss: a country that trades in the later clause itself keeps it
    page = (
        "Peru's exports to Chile totalled $551m in 2029.\n"
        "Bolivia followed with $304m, while Bolivia's exports to Ecuador totalled $120m.\n"
    )
    assert pairs(page)[-1] == ("exports", "BOL", "ECU", 120_000_000)
