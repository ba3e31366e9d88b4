"""Round 20: figures whose value was read but whose pair, flow or scope was wrong. Made-up
sentences (real countries, invented numbers and years), never page text; each rule beside a
near miss it must leave alone."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-03-09\n"


def _rows(out) -> set[tuple]:
    return {(r.flow, r.scope, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_food_as_the_goods_of_a_flow_is_agriculture() -> None:
    """NOTES (Fields: scope): food is agriculture. "exports of food", "food trade"."""
    out = figures(
        DATE + "Chile's exports to Peru fell 10% to $500 million in 2030, with exports of "
        "food down by 33%."
    )
    rows = _rows(out)
    assert ("exports", "agriculture", "CHL", "PER", -33.0) in rows, out.to_string()
    assert ("exports", "total", "CHL", "PER", 500e6) in rows, out.to_string()
    trade = figures(DATE + "Food trade between Chile and Peru amounted to $300 million in 2030.")
    assert ("turnover", "agriculture", "CHL", "PER", 300e6) in _rows(trade), trade.to_string()


def test_food_words_that_name_no_goods_leave_the_total() -> None:
    for text in (
        "Despite food security worries, Chile's exports to Peru rose 25% in 2030.",
        "Chile's exports to Peru rose 25% in 2030 despite high food prices.",
    ):
        out = figures(DATE + text)
        assert ("exports", "total", "CHL", "PER", 25.0) in _rows(out), out.to_string()


def test_a_pair_named_with_between_keeps_its_amount_beside_a_later_with() -> None:
    """'trade between A and B reached X, surpassing A's trade with C at Y': X is A-B's."""
    out = figures(
        DATE + "In 2030, trade between Nigeria and Ghana reached N2.21 trillion, surpassing "
        "Nigeria's trade volume with South Africa at N1.73 trillion."
    )
    rows = _rows(out)
    assert ("turnover", "total", "NGA", "GHA", 2.21e12) in rows, out.to_string()
    assert ("turnover", "total", "NGA", "ZAF", 1.73e12) in rows, out.to_string()


def test_an_amount_followed_by_with_a_country_is_that_countrys() -> None:
    """'trade grew 10% with A, 15% with B and 41% with C': each amount's own counterpart."""
    out = figures(
        DATE + "Chile's trade grew by 10 per cent with Peru, 15 per cent with Brazil, and 41 "
        "per cent with Bolivia in 2030."
    )
    rows = _rows(out)
    for partner, value in (("PER", 10.0), ("BRA", 15.0), ("BOL", 41.0)):
        assert ("turnover", "total", "CHL", partner, value) in rows, out.to_string()


def test_with_before_the_amount_still_names_its_counterpart() -> None:
    """Near misses: the counterpart named before each amount ("and with B $1.2bn")."""
    out = figures(
        DATE + "Chile's turnover with Peru was $2.2 billion and with Brazil $1.2 billion in 2030."
    )
    rows = _rows(out)
    assert ("turnover", "total", "CHL", "PER", 2.2e9) in rows, out.to_string()
    assert ("turnover", "total", "CHL", "BRA", 1.2e9) in rows, out.to_string()
    grew = figures(DATE + "In 2030 trade between Chile and Peru grew 12% with new rail links.")
    assert ("turnover", "total", "CHL", "PER", 12.0) in _rows(grew), grew.to_string()


def test_money_spent_on_imports_is_imports() -> None:
    out = figures(
        DATE + "In 2030, Laos planned to earn $1,400 million from exports to China, and expected "
        "to spend $900 million on imports."
    )
    rows = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("imports", "LAO", "CHN", 900e6) in rows, out.to_string()
    assert ("exports", "LAO", "CHN", 1400e6) in rows, out.to_string()


def test_on_imports_after_an_amount_of_another_flow_is_a_cause() -> None:
    out = figures(
        DATE + "In 2030 Chile's exports to Peru rose to $900 million on imports of new "
        "machinery by Peru."
    )
    rows = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert rows == {("exports", "CHL", "PER", 900e6)}, out.to_string()


def test_a_capitalised_flow_word_after_the_amount_is_its_flow() -> None:
    """'USD 120m for Imports from B': the capitalised flow word is no owner's name."""
    out = figures(
        DATE + "In February 2030 the figures were USD 150m for Chile Exports and USD 120m for "
        "Imports from Peru."
    )
    rows = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert ("imports", "CHL", "PER", 120e6) in rows, out.to_string()
    assert ("exports", "CHL", "PER", 150e6) in rows, out.to_string()


def test_a_demonym_after_a_possessive_names_the_counterpart() -> None:
    """ "Vietnam's Japanese exports": Vietnam exports to Japan; "Chile's Chinese imports": Chile
    imports from China."""
    out = figures(
        DATE + "In 2030, Vietnam's Japanese exports were valued at US$12.4 billion, a "
        "year-on-year increase of 3.5%."
    )
    rows = _rows(out)
    assert ("exports", "total", "VNM", "JPN", 12.4e9) in rows, out.to_string()
    assert ("exports", "total", "VNM", "JPN", 3.5) in rows, out.to_string()
    imports = figures(DATE + "In 2030, Chile's Chinese imports rose 12% to $9 billion.")
    assert ("imports", "total", "CHL", "CHN", 9e9) in _rows(imports), imports.to_string()


def test_a_demonym_with_its_own_flow_and_destination_keeps_its_side() -> None:
    """Near miss: "Japanese exports to Chile" after "Japan's exports to Vietnam" stay Japan's."""
    out = figures(
        DATE + "In 2030, Japan's exports to Vietnam rose 12% to $9 billion, while Japanese "
        "exports to Chile were $2 billion."
    )
    rows = _rows(out)
    assert ("exports", "total", "JPN", "VNM", 9e9) in rows, out.to_string()
    assert ("exports", "total", "JPN", "CHL", 2e9) in rows, out.to_string()


def test_demonym_imports_in_a_country_are_that_countrys_imports() -> None:
    out = figures(DATE + "In 2030, Indian imports in Armenia totaled $7.9 million.")
    assert ("imports", "total", "ARM", "IND", 7.9e6) in _rows(out), out.to_string()


def test_demonym_imports_in_a_year_name_no_destination() -> None:
    out = figures(DATE + "Indian imports in 2030 from Armenia totaled $7.9 million.")
    assert ("imports", "total", "IND", "ARM", 7.9e6) in _rows(out), out.to_string()
