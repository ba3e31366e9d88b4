"""Round 24: Spanish forms of the worth phrase, the comparison base and the clitic partner.
Made-up pages (long enough to be read as Spanish); near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in out.itertuples()
    }


def test_goods_worth_with_un_valor_de_is_read() -> None:
    # "mercancías por un valor de": the longer row wins over "mercancías por" + "un valor de"
    got = _rows(
        "date 2031-06-15\nCiudad de México. México exportó a Estados Unidos mercancías por un "
        "valor de 490.000 millones de dólares en 2030, lo que representa el 83% de sus "
        "exportaciones totales, según datos del Inegi.\n"
    )
    assert got == {("exports", "MEX", "USA", "level", 490e9, "2030-01-01", "2030-12-31")}


def test_a_change_respecto_de_a_year_is_dated_with_the_later_year() -> None:
    # "un alza de 15% respecto de 2030": the change of the year the amount is of, against 2030
    got = _rows(
        "date 2032-01-20\nSantiago. El comercio bilateral entre Chile y la India sumó US$ 3.200 "
        "millones el año pasado, un alza de 15% respecto de 2030, según la Subrei.\n"
    )
    assert ("turnover", "CHL", "IND", "pct_change", 15.0, "2031-01-01", "2031-12-31") in got, got


def test_le_compro_is_a_purchase_from_the_partner_just_named() -> None:
    # "vendió a Ecuador ... y le compró $Y": "le" is Ecuador, the seller of the second amount
    got = _rows(
        "date 2031-11-05\nBogotá. Entre enero y septiembre, Colombia vendió a Ecuador productos "
        "por 1.420 millones de dólares y le compró 650 millones de dólares, de acuerdo con el "
        "DANE.\n"
    )
    assert {(f, r, p, v) for f, r, p, _, v, *_ in got} == {
        ("exports", "COL", "ECU", 1420e6),
        ("imports", "COL", "ECU", 650e6),
    }, got


def test_the_first_bimestre_is_the_first_two_months() -> None:
    # "primer bimestre" (es), "primeiro bimestre" (pt): January and February, as Mexican and
    # Brazilian statistics offices report them; "mil 507 millones" is 1,507 million
    got = _rows(
        "date 2031-04-10\nComercio con Chile\nEn el primer bimestre del año en curso las "
        "exportaciones mexicanas hacia Chile quedaron registradas por un valor de mil 507 "
        "millones de dólares, según el Banco de México.\n"
    )
    assert got == {("exports", "MEX", "CHL", "level", 1.507e9, "2031-01-01", "2031-02-28")}
    got = _rows(
        "date 2031-04-10\nComércio\nNo primeiro bimestre de 2030, as exportações brasileiras "
        "para o Chile somaram US$ 1,2 bilhão, segundo o ministério.\n"
    )
    assert got == {("exports", "BRA", "CHL", "level", 1.2e9, "2030-01-01", "2030-02-28")}
