"""A region, or a bloc that is not in NOTES' list, as the other side of a country's figure is no
figure, whatever pair the page is about (NOTES: "a country's trade with ... a region that is not a
bloc in the list"): as the flow's object ("exported to Europe", Spanish "con Asia", "coming from
Europe", "trade in the NAFTA region") or as the amount's subject ("Asia accounted for $X", "the
rest of Central America (accounting for $X)"). A partner named beside the region, a region word
describing a country, and the EU (a listed bloc) keep their figures. Round 15; made-up sentences,
never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def _values(out) -> set[float]:
    return set(out["value"])


def test_goods_exported_to_europe_are_no_figure_of_the_pages_pair() -> None:
    out = figures(
        "date 2031-04-02\nPortugal's exports to Brazil were €3.1 billion in 2030. Some €52bn "
        "worth of goods was exported to Europe in 2030, with a third of it sold in Spain."
    )
    assert _values(out) == {3.1e9}, out.to_string()


def test_an_amount_coming_from_a_region_is_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nPortugal's imports from Brazil were €2.2 billion in 2030. The country "
        "imported €88bn of goods in 2030, with about €61bn coming from Europe."
    )
    assert 61e9 not in _values(out), out.to_string()
    assert 2.2e9 in _values(out), out.to_string()


def test_a_region_as_the_subject_of_a_share_of_exports_is_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nPortugal's exports to Brazil were €3.1 billion in 2030. Asia accounted "
        "for €6.4 billion of our exports in 2030, with €2.5 billion exported to China."
    )
    assert _rows(out) == {
        ("exports", "PRT", "BRA", 3.1e9),
        ("exports", "PRT", "CHN", 2.5e9),
    }, out.to_string()


def test_the_rest_of_a_region_as_an_export_market_is_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nHonduras's exports to the United States were $4.4 billion in 2030. Its "
        "main markets are the rest of South America (accounting for $1.9bn of exports) and Japan."
    )
    assert _values(out) == {4.4e9}, out.to_string()


def test_trade_in_a_region_is_the_regions_own() -> None:
    out = figures(
        "date 2031-04-02\nTrade between Chile and Peru was $5.5 billion in 2030. Trade in the "
        "SADC region recorded a value of $71.3 billion in 2030, up 8% on the year, according to "
        "Peru's customs."
    )
    assert _values(out) == {5.5e9}, out.to_string()


def test_exports_to_a_customs_union_not_in_the_list_are_no_figure() -> None:
    out = figures(
        "date 2031-04-02\nBotswana's exports to Zambia were $2.1 billion in 2030. Exports to SACU "
        "rose to $14.2 billion in 2030, Zambia's statistics office said."
    )
    assert _values(out) == {2.1e9}, out.to_string()


def test_spanish_trade_with_a_region_is_no_figure_but_the_country_after_it_is() -> None:
    out = figures(
        "date 2031-07-20\nEl intercambio comercial entre Chile y Perú sumó US$ 4.100 millones en "
        "el primer semestre de 2031. En tanto, el intercambio con Europa creció un 12% en el "
        "primer semestre de 2031, lo que se explica por el comercio con Alemania, que aumentó "
        "un 31%."
    )
    values = _values(out)
    assert 12 not in values and 31 in values, out.to_string()


def test_a_partner_beside_the_region_keeps_its_figure() -> None:
    out = figures(
        "date 2031-04-02\nPortugal's exports to Angola, its largest market in Africa, were €1.7 "
        "billion in 2030. Exports to China, Asia's biggest economy, rose to €900 million in "
        "2030."
    )
    assert _rows(out) == {
        ("exports", "PRT", "AGO", 1.7e9),
        ("exports", "PRT", "CHN", 900e6),
    }, out.to_string()


def test_the_eu_stays_a_partner_and_a_region_word_describing_a_country_keeps_it() -> None:
    out = figures(
        "date 2031-04-02\nPortugal's exports to the European Union were €48 billion in 2030. "
        "Kenya's imports from the East Africa nation of Uganda were $610 million in 2030."
    )
    assert {48e9, 610e6} <= _values(out), out.to_string()


def test_the_regions_other_flow_in_a_later_clause_is_no_figure_unless_it_names_a_partner() -> None:
    out = figures(
        "date 2031-04-02\nBotswana's exports to Zambia were $2.1 billion in 2030. Exports to SACU "
        "rose to $14.2 billion in 2030, while imports stood at $9.8 billion, Zambia's statistics "
        "office said. Exports to SACU rose to $14.2 billion in 2030, while imports from Zambia "
        "stood at $1.3 billion."
    )
    assert _rows(out) == {
        ("exports", "BWA", "ZMB", 2.1e9),
        ("imports", "BWA", "ZMB", 1.3e9),
    }, out.to_string()
