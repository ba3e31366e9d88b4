"""Round 46, Spanish: kinds of the dev pages the gloss or the rules did not read.
- "adquirir" (to buy) in every past form, its seller after "a": the buyer's imports.
- "al pasar de X en 2014 a Y en el 2029" (going from): a change or multiple of the span is dated
  with its later year, as "pasó de" already was.
- A series' record written without its currency: "con un máximo histórico de 711 millones en
  2028" (a record high of), "tras un pico de" (a peak of): the earlier amount's currency.
- A hedge before an article: "más del 45%", "casi el 12%", "en torno a los 800 millones" are
  approximate, as "más de 45%" already was.
Made-up sentences."""

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(
        figures(f"date 2031-05-10\nEl comercio entre España y Chile\n\n{body}\n"),
        ("flow", "reporter", "partner", "period_end", "measure", "value", "unit", "approx"),
    )


def test_adquirir_is_buying_from_the_seller() -> None:
    assert _rows(
        "Entre enero y mayo de 2030, Chile adquirió mercancías a España por valor de 415 millones"
        " de euros."
    ) == {("imports", "CHL", "ESP", "2030-05-31", "level", 415e6, "EUR", False)}
    assert _rows(
        "En 2030 los chilenos adquirieron a España bienes por 610 millones de euros, según la"
        " aduana."
    ) == {("imports", "CHL", "ESP", "2030-12-31", "level", 610e6, "EUR", False)}


def test_comprar_a_stays_as_it_was() -> None:
    assert _rows("En 2030 Chile compró a España bienes por 520 millones de euros.") == {
        ("imports", "CHL", "ESP", "2030-12-31", "level", 520e6, "EUR", False)
    }


def test_al_pasar_de_dates_the_change_with_the_later_year() -> None:
    assert _rows(
        "El intercambio entre España y Chile se ha multiplicado más de 20 veces en 15 años, al"
        " pasar de 80 millones de euros en 2014 a 1.700 millones de euros en el 2029."
    ) == {
        ("turnover", "ESP", "CHL", "2029-12-31", "multiple", 20.0, "times", True),
        ("turnover", "ESP", "CHL", "2014-12-31", "level", 80e6, "EUR", False),
        ("turnover", "ESP", "CHL", "2029-12-31", "level", 1.7e9, "EUR", False),
    }
    assert _rows(
        "Las exportaciones españolas a Chile se triplicaron en diez años, tras pasar de 300"
        " millones de euros en 2019 a 900 millones de euros en 2029."
    ) == {
        ("exports", "ESP", "CHL", "2029-12-31", "multiple", 3.0, "times", False),
        ("exports", "ESP", "CHL", "2019-12-31", "level", 300e6, "EUR", False),
        ("exports", "ESP", "CHL", "2029-12-31", "level", 900e6, "EUR", False),
    }


def test_a_record_without_its_currency() -> None:
    assert _rows(
        "El comercio bilateral entre España y Chile pasó de 300 millones de dólares en 2010 a 940"
        " millones en 2030, con un máximo histórico de 1.020 millones en 2028."
    ) == {
        ("turnover", "ESP", "CHL", "2010-12-31", "level", 300e6, "USD", False),
        ("turnover", "ESP", "CHL", "2030-12-31", "level", 940e6, "USD", False),
        ("turnover", "ESP", "CHL", "2028-12-31", "level", 1020e6, "USD", False),
    }
    assert _rows(
        "En 2030 las exportaciones de Chile a España sumaron 700 millones de euros, tras un pico"
        " de 860 millones en 2027."
    ) == {
        ("exports", "CHL", "ESP", "2030-12-31", "level", 700e6, "EUR", False),
        ("exports", "CHL", "ESP", "2027-12-31", "level", 860e6, "EUR", False),
    }


def test_a_record_of_a_count_is_no_amount() -> None:
    assert _rows(
        "En 2030 las exportaciones de Chile a España sumaron 700 millones de euros, con un récord"
        " de 2 millones de toneladas."
    ) == {("exports", "CHL", "ESP", "2030-12-31", "level", 700e6, "EUR", False)}


def test_a_hedge_before_an_article_is_approximate() -> None:
    assert _rows(
        "En 2030 las exportaciones españolas a Chile aumentaron más del 45% hasta 300 millones de"
        " euros."
    ) == {
        ("exports", "ESP", "CHL", "2030-12-31", "pct_change", 45.0, "percent", True),
        ("exports", "ESP", "CHL", "2030-12-31", "level", 300e6, "EUR", False),
    }
    assert _rows(
        "El comercio entre España y Chile alcanzó en 2030 en torno a los 800 millones de euros y"
        " creció casi el 12%."
    ) == {
        ("turnover", "ESP", "CHL", "2030-12-31", "level", 800e6, "EUR", True),
        ("turnover", "ESP", "CHL", "2030-12-31", "pct_change", 12.0, "percent", True),
    }


def test_an_article_alone_is_exact() -> None:
    assert _rows("En 2030 el comercio entre España y Chile creció el 12%.") == {
        ("turnover", "ESP", "CHL", "2030-12-31", "pct_change", 12.0, "percent", False),
    }
