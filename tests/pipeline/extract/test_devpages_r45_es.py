"""Round 45, Spanish: shapes the gloss lacked on Latin American trade pages. The goods a buying
verb names before its partner ("le compraba mercancías a Chile por X": worth X); a subject Spanish
drops ("En 2030 repuntó y llegó a X": it rose); "hace 10 años", "hace una década" (ten years
ago); an article before a year ("entre el 2021 y el 2029"); "US" glued to an amount with no dollar
sign; "quedó en", "llegó a los", "detrás de"; people counted ("viajeros") are no trade.
Made-up sentences."""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(figures(f"date 2031-05-10\nComercio bilateral\n\n{body}\n"), CORE)


def test_bought_goods_from_a_partner_by_an_amount_is_worth() -> None:
    rows = _rows(
        "Uruguay le compraba mercancías a Paraguay por 640 millones de dólares en 2027, aunque en"
        " 2028 el monto bajó a 410 millones."
    )
    assert rows == {
        ("imports", "URY", "PRY", "2027-01-01", "2027-12-31", "level", 640e6, "USD"),
        ("imports", "URY", "PRY", "2028-01-01", "2028-12-31", "level", 410e6, "USD"),
    }


def test_a_dropped_subject_continues_the_last_figure() -> None:
    rows = _rows(
        "Uruguay le compró a Paraguay 640 millones de dólares en 2027, aunque en 2028 el monto"
        " bajó a 410 millones. En 2030 repuntó de nuevo y llegó a los 720 millones de dólares."
    )
    assert ("imports", "URY", "PRY", "2030-01-01", "2030-12-31", "level", 720e6, "USD") in rows


def test_a_subject_after_its_verb_is_not_dropped() -> None:
    rows = _rows(
        "En 2030 crecieron las exportaciones de Uruguay a Paraguay hasta 90 millones de dólares."
    )
    assert ("exports", "URY", "PRY", "2030-01-01", "2030-12-31", "level", 90e6, "USD") in rows


def test_years_ago_counts_back_from_the_sentence_year() -> None:
    rows = _rows(
        "Las exportaciones de Uruguay a Paraguay pasaron de 31 millones de dólares hace 8 años"
        " a 97 millones en 2029."
    )
    assert rows == {
        ("exports", "URY", "PRY", "2021-01-01", "2021-12-31", "level", 31e6, "USD"),
        ("exports", "URY", "PRY", "2029-01-01", "2029-12-31", "level", 97e6, "USD"),
    }


def test_an_article_before_the_years_of_a_span() -> None:
    rows = _rows(
        "Las exportaciones de Uruguay hacia Paraguay, acumuladas entre el 2021 y el 2029,"
        " llegaron a 2.450 millones de dólares."
    )
    assert rows == {("exports", "URY", "PRY", "2021-01-01", "2029-12-31", "level", 2450e6, "USD")}


def test_us_glued_to_an_amount_is_dollars() -> None:
    rows = _rows(
        "En 2029, el comercio entre Uruguay y Paraguay fue de US$1.130 millones, con un descenso"
        " de 12% respecto al año 2028, cuando alcanzó la cifra de US1.284 millones."
    )
    assert ("turnover", "URY", "PRY", "2028-01-01", "2028-12-31", "level", 1284e6, "USD") in rows


def test_that_amount_stood_at_after_a_year() -> None:
    rows = _rows(
        "Las ventas uruguayas con destino a Paraguay sumaron 310 millones de dólares en 2025. Hacia"
        " 2027 ese monto ya había superado los 400 millones de dólares, mientras que en 2029 quedó"
        " en 455 millones de dólares."
    )
    assert ("exports", "URY", "PRY", "2029-01-01", "2029-12-31", "level", 455e6, "USD") in rows


def test_behind_a_third_country_keeps_the_pair() -> None:
    rows = _rows(
        "Paraguay es el segundo socio comercial de Uruguay en la región, detrás de Argentina,"
        " con intercambios cuyo monto superaron en 2029 los 3.100 millones de dólares."
    )
    assert {(r[0], r[1], r[2]) for r in rows} == {("turnover", "URY", "PRY")}


def test_travelers_are_no_trade() -> None:
    rows = _rows(
        "El comercio entre Uruguay y Paraguay superó los 3.100 millones de dólares en 2029. Los"
        " viajeros uruguayos que fueron a Paraguay crecieron 14 % en 2029."
    )
    assert all(r[5] != "pct_change" for r in rows)


def test_the_year_in_which_dates_the_base() -> None:
    rows = _rows(
        "El intercambio comercial entre Uruguay y Paraguay en 2029 sumó US$ 2.400 millones,"
        " 12% más que en 2028, año en que el volumen fue de US$ 2.140 millones."
    )
    assert ("turnover", "URY", "PRY", "2028-01-01", "2028-12-31", "level", 2140e6, "USD") in rows


def test_a_fronted_year_of_a_stock_is_as_of() -> None:
    rows = _rows(
        "A 2029, la inversión extranjera directa que Uruguay acumulaba en Paraguay ascendía a"
        " 930 millones de dólares."
    )
    assert rows == {("investment", "PRY", "URY", "None", "2029-12-31", "level", 930e6, "USD")}


def test_a_plan_year_stays_a_target() -> None:
    rows = _rows(
        "El objetivo es que a 2035 el comercio entre Uruguay y Paraguay llegue a 5.000 millones de dólares."
    )
    assert all(r[3] == "None" for r in rows)


def test_quadrupled_between_two_years() -> None:
    rows = _rows(
        "El intercambio entre Uruguay y Paraguay se cuadruplicó, pasando de 120 millones de"
        " dólares en el 2021 hasta los 490 millones en 2029."
    )
    assert ("turnover", "URY", "PRY", "2029-01-01", "2029-12-31", "multiple", 4.0, "times") in rows


def test_a_count_before_last_years() -> None:
    rows = _rows("Las exportaciones de Uruguay a Paraguay crecieron 35% en los 3 últimos años.")
    assert rows == {
        ("exports", "URY", "PRY", "2028-01-01", "2030-12-31", "pct_change", 35.0, "percent")
    }


def test_the_last_decade_is_ten_years() -> None:
    rows = _rows(
        "Según el ministerio, en la última década el comercio bilateral entre Uruguay y Paraguay"
        " ha crecido 140%, de acuerdo con las cifras oficiales de los dos países."
    )
    assert rows == {
        ("turnover", "URY", "PRY", "2021-01-01", "2030-12-31", "pct_change", 140.0, "percent")
    }


def test_purchases_of_a_countrys_goods_are_no_owner() -> None:
    rows = _rows(
        "En el primer semestre de 2030, según el gremio, las compras de bienes paraguayos por parte"
        " de Uruguay crecieron 15 por ciento, al pasar de 200 millones a 230 millones de dólares."
    )
    assert ("imports", "URY", "PRY", "2030-01-01", "2030-06-30", "level", 230e6, "USD") in rows
    assert all(r[1] != "PRY" or r[0] != "imports" for r in rows)


def test_a_surname_that_is_an_english_demonym_is_no_country() -> None:
    out = figures(
        "date 2031-05-10\nComercio entre Uruguay y Paraguay\n\nEl comercio entre Uruguay y"
        " Paraguay creció 9 por ciento en el primer semestre de 2030, según dio a conocer hoy Ana"
        " María German, presidenta de la cámara binacional.\n\nEn declaraciones a la prensa,"
        " German explicó que las compras de bienes paraguayos crecieron 5 por ciento, en tanto que"
        " las exportaciones uruguayas cayeron 12 por ciento, bajando de 80 millones a 70 millones"
        " de dólares en el mismo lapso.\n"
    )
    rows = {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}
    assert ("exports", "URY", "PRY", "level", 70e6) in rows
    assert all("DEU" not in (r[1], r[2]) for r in rows)


def test_a_demonym_after_a_place_is_still_a_country() -> None:
    rows = _rows(
        "Según la Cámara de Comercio, las exportaciones de Uruguay a Paraguay sumaron 70 millones"
        " de dólares en 2030, y la Unión Europea compró productos por 40 millones de dólares."
    )
    assert ("exports", "URY", "PRY", "2030-01-01", "2030-12-31", "level", 70e6, "USD") in rows
