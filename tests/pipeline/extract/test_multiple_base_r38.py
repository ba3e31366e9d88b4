"""Round 38: a multiple whose base year follows "that" or "than" ("triple that in 2030", Spanish
"el triple que en 2030", Portuguese "cinco vezes mais que em 2020", French "plus qu'en",
Italian "più che nel") is the figure's multiple of its own year; the later year is the base.
Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_triple_that_in_a_year_is_the_base_year() -> None:
    got = _rows(
        "date 2032-05-01\nTrade between Peru and Ghana reached $360 million in 2031, triple "
        "that in 2029, the chamber said.\n"
    )
    assert ("turnover", "PER", "GHA", "multiple", 3.0, "2031-01-01", "2031-12-31") in got, got


def test_double_that_alone_still_names_the_base() -> None:
    got = _rows(
        "date 2032-05-01\nExports from Peru to Ghana were $80 million in 2031, double that of "
        "2029.\n"
    )
    assert ("exports", "PER", "GHA", "multiple", 2.0, "2031-01-01", "2031-12-31") in got, got


def test_a_multiple_dated_by_its_own_year_keeps_it() -> None:
    # near miss: no base word before the year; the multiple is of 2031 itself
    got = _rows(
        "date 2032-05-01\nTrade between Peru and Ghana tripled in 2031 to $360 million, the "
        "chamber said.\n"
    )
    assert ("turnover", "PER", "GHA", "multiple", 3.0, "2031-01-01", "2031-12-31") in got, got


def test_spanish_el_triple_que_en() -> None:
    got = _rows(
        "date 2032-05-01\nLima. El comercio bilateral entre Perú y Ghana quedó en los 360 "
        'millones de dólares en 2031, "el triple que en 2029", según la cámara de comercio.\n'
    )
    assert ("turnover", "PER", "GHA", "multiple", 3.0, "2031-01-01", "2031-12-31") in got, got


def test_portuguese_vezes_mais_que_em() -> None:
    got = _rows(
        "date 2032-05-01\nBrasília. O comércio entre o Brasil e Gana alcançou um valor de US$ "
        "1,2 bilhão em 2031, quase quatro vezes mais que em 2020, segundo o ministério.\n"
    )
    assert ("turnover", "BRA", "GHA", "multiple", 4.0, "2031-01-01", "2031-12-31") in got, got


def test_portuguese_o_triplo_do_que_em() -> None:
    got = _rows(
        "date 2032-05-01\nBrasília. O comércio entre o Brasil e Gana chegou a US$ 900 milhões "
        "em 2031, o triplo do que em 2028, segundo o ministério.\n"
    )
    assert ("turnover", "BRA", "GHA", "multiple", 3.0, "2031-01-01", "2031-12-31") in got, got


def test_french_fois_plus_qu_en() -> None:
    got = _rows(
        "date 2032-05-01\nDakar. Les échanges entre le Sénégal et le Brésil ont atteint 1,2 "
        "milliard de dollars en 2031, près de quatre fois plus qu'en 2020, selon le ministère.\n"
    )
    assert ("turnover", "SEN", "BRA", "multiple", 4.0, "2031-01-01", "2031-12-31") in got, got


def test_italian_volte_piu_che_nel() -> None:
    got = _rows(
        "date 2032-05-01\nRoma. L'interscambio tra l'Italia e il Ghana ha raggiunto 1,2 "
        "miliardi di euro nel 2031, quasi quattro volte più che nel 2020, secondo l'Istat.\n"
    )
    assert ("turnover", "ITA", "GHA", "multiple", 4.0, "2031-01-01", "2031-12-31") in got, got
