"""Round 45, Portuguese: words the gloss lacked on Brazilian, Portuguese and Mozambican trade
pages. "ano em que" (the year in which: when) dating a base; "há 10 anos", "uma década depois"
(ten years ago, ten years later). Made-up sentences."""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    return tuples(figures(f"date 2031-05-10\nComércio bilateral\n\n{body}\n"), CORE)


def test_the_year_in_which_dates_the_base() -> None:
    rows = _rows(
        "O intercâmbio comercial entre Chile e Brasil em 2029 somou US$ 2,4 bilhões, 12% a mais"
        " do que em 2028, ano em que o volume foi de US$ 2,14 bilhões."
    )
    assert rows == {
        ("turnover", "CHL", "BRA", "2029-01-01", "2029-12-31", "level", 2.4e9, "USD"),
        ("turnover", "CHL", "BRA", "2029-01-01", "2029-12-31", "pct_change", 12.0, "percent"),
        ("turnover", "CHL", "BRA", "2028-01-01", "2028-12-31", "level", 2.14e9, "USD"),
    }


def test_years_ago_counts_back_from_the_sentence_year() -> None:
    rows = _rows(
        "As exportações do Chile para o Brasil passaram de 42 milhões de dólares há 6 anos"
        " para 95 milhões em 2029."
    )
    assert rows == {
        ("exports", "CHL", "BRA", "2023-01-01", "2023-12-31", "level", 42e6, "USD"),
        ("exports", "CHL", "BRA", "2029-01-01", "2029-12-31", "level", 95e6, "USD"),
    }


def test_a_decade_later_is_ten_years_on() -> None:
    rows = _rows(
        "O comércio entre Chile e Brasil somou 4,1 bilhões de dólares em 2019 e caiu para 2,7"
        " bilhões de dólares uma década depois."
    )
    assert rows == {
        ("turnover", "CHL", "BRA", "2019-01-01", "2019-12-31", "level", 4.1e9, "USD"),
        ("turnover", "CHL", "BRA", "2029-01-01", "2029-12-31", "level", 2.7e9, "USD"),
    }


def test_the_last_decade_is_ten_years() -> None:
    rows = _rows(
        "Segundo o ministério, na última década o comércio bilateral entre Chile e Brasil"
        " cresceu 140%, de acordo com os números oficiais dos dois países."
    )
    assert rows == {
        ("turnover", "CHL", "BRA", "2021-01-01", "2030-12-31", "pct_change", 140.0, "percent")
    }
