"""Money whose own noun is GDP, revenue or profit is no trade figure, even in a clause
that names trade (NOTES: GDP and money that is not trade are not figures); a trade figure beside
such a word elsewhere in the clause stays read. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_gdp_of_an_amount_is_no_trade() -> None:
    text = (
        "Trade between Ghana and Togo, which have similar GDPs of around $70 billion, "
        "involves cocoa and cement."
    )
    assert _rows(text) == set()


def test_customs_revenue_and_profits_are_no_trade() -> None:
    text = "In 2030 Ghana's imports from Togo brought in $40 million in customs revenue."
    assert _rows(text) == set()
    text = "Ghana's exports to Togo are handled by firms with net profit of $2 billion."
    assert _rows(text) == set()


def test_near_miss_gdp_elsewhere_in_the_clause_stays_read() -> None:
    rows = _rows("Ghana's exports to Togo, which rose with its GDP, reached $5 billion in 2030.")
    assert ("exports", "total", 5e9) in rows, rows
    rows = _rows("Ghana's export revenues from Togo reached $3 billion in 2030.")
    assert ("exports", "total", 3e9) in rows, rows


def test_a_price_per_tonne_or_barrel_is_no_trade_value() -> None:
    text = "Copper, most of Ghana's exports to Togo, fell below US$6,000 a tonne in 2030."
    assert _rows(text) == set()
    text = "Ghana's oil exports to Togo were priced at $70 per barrel in 2030."
    assert _rows(text) == set()


def test_near_miss_a_word_that_starts_like_a_unit_stays_read() -> None:
    rows = _rows("In 2030 Ghana's exports to Togo reached $3 billion, a tonnage record.")
    assert ("exports", "total", 3e9) in rows, rows


def test_near_miss_a_share_of_gdp_between_trade_figures_keeps_them() -> None:
    rows = _rows(
        "Trade between Ghana and Togo went from $2 billion, about 4% of GDP, to a record "
        "$5 billion in 2030."
    )
    assert ("turnover", "total", 5e9) in rows, rows
