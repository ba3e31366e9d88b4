"""Averages are not annotated (NOTES: average annual growth rates, "averaged less than $10
million"), also where the average word follows the amount ("$70m average monthly exports") or is
written in Spanish or Portuguese ("crecimiento promedio anual", "caíram em média"). The plain
change or level beside them stays (round 13). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def test_an_amount_followed_by_average_is_no_level() -> None:
    out = figures(
        "date 2031-03-09\nWith $63.7 million average monthly export, the total export to Japan "
        "will cross the $1 billion mark, Bangladesh exporters said."
    )
    assert 63.7e6 not in set(out["value"]), out.to_string()


def test_an_average_named_later_in_the_clause_leaves_the_level() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030 Bangladesh's exports to Japan reached $846 million, above the "
        "average of the past decade."
    )
    assert 846e6 in set(out["value"]), out.to_string()


def test_spanish_average_annual_growth_is_no_change() -> None:
    out = figures(
        "date 2031-03-09\nEl comercio entre Chile y Corea del Sur creció 17 por ciento en 2030, "
        "con un crecimiento promedio anual del 9 por ciento desde 2021."
    )
    values = set(out["value"])
    assert 17.0 in values, out.to_string()
    assert 9.0 not in values, out.to_string()


def test_portuguese_fall_on_average_is_no_change() -> None:
    out = figures(
        "date 2031-03-09\nAs exportações portuguesas para Angola caíram em média 9,4% entre 2025 e "
        "2030, depois de atingirem um máximo em 2027 com 410 milhões de euros."
    )
    values = set(out["value"])
    assert -9.4 not in values, out.to_string()
    assert 410e6 in values, out.to_string()


def test_an_annual_growth_of_a_rate_across_a_span_is_an_average() -> None:
    # hb02: "an annual growth of 4.2% across the same span" after a yearly rate since a year
    out = figures(
        "date 2031-12-20\nIn 2030, Laos shipped $512 million worth of goods to Peru, with exports"
        " growing 3.1% a year since 2001. In the other direction, Peru exported $61 million to"
        " Laos, an annual growth of 5.3% across the same span."
    )
    assert 5.3 not in set(out["value"]) and 61e6 in set(out["value"]), out.to_string()


def test_near_miss_an_annual_growth_of_one_year_stays() -> None:
    out = figures(
        "date 2031-12-20\nPeru's exports to Laos recorded an annual growth of 7% in 2030, to $61"
        " million."
    )
    assert 7.0 in set(out["value"]), out.to_string()
