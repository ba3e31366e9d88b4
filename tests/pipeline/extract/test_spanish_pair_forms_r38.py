"""Round 38 (the fresh pages hi16 and hi17, Spanish): "el intercambio total México-Chile" (a
pair written after "total trade" is no country's whole trade), a stock "hasta el 2030" (up to
that year), a demonym after a singular noun ("la inversión chilena": Chilean investment),
"entre los destinos de" and "el triple desde". Made-up pages; near misses keep their
reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_total_trade_of_a_pair_written_after_it_is_the_pairs() -> None:
    got = _rows(
        "date 2031-03-01\nIn 2030, the total trade Peru-Chile amounted to $2,846 million.\n"
    )
    assert got == {("turnover", "PER", "CHL", "level", 2846e6, "2030-01-01", "2030-12-31")}


def test_a_countrys_total_trade_beside_a_pair_named_elsewhere_stays_out() -> None:
    # near miss: the pair names a chamber, not the trade
    got = _rows(
        "date 2031-03-01\nIn 2030, Peru's total trade amounted to $92,846 million, the Peru-Chile "
        "chamber said.\n"
    )
    assert got == set()


def test_spanish_intercambio_total_with_a_pair_and_el_triple_desde() -> None:
    got = _rows(
        "date 2031-03-01\nLima. Algunos datos de la relación económica entre los dos países:\n- "
        "En 2030, el intercambio total Perú-Chile ascendió a 2,846 millones de dólares "
        "(incremento de 45% en los últimos 10 años y el triple desde 2014).\n"
    )
    assert ("turnover", "PER", "CHL", "level", 2846e6, "2030-01-01", "2030-12-31") in got, got
    assert ("turnover", "PER", "CHL", "multiple", 3.0, "2014-01-01", "2030-12-31") in got, got


def test_spanish_stock_hasta_el_year_and_a_demonym_after_a_singular_noun() -> None:
    got = _rows(
        "date 2031-03-01\nLima. En lo que toca a inversiones, Chile fue el octavo inversor en "
        "Perú, con 1.300 millones de dólares materializados hasta el 2030, cerca del 2% del "
        "total. Entre los destinos de la inversión peruana en el exterior, Chile ocupa el "
        "séptimo puesto, con 1.100 millones de dólares hasta 2030.\n"
    )
    assert ("investment", "PER", "CHL", "level", 1.3e9, "None", "2030-12-31") in got, got
    assert ("investment", "CHL", "PER", "level", 1.1e9, "None", "2030-12-31") in got, got
