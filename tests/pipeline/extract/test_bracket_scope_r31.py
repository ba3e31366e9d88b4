"""A figure inside a bracket takes no side named after the bracket closes (round 31, he15), and
the Portuguese and Spanish words of such sentences: "dos quais US$ X milhões de produtos
egípcios importados pelo Brasil", "valor 27% maior que os US$ Y", "Es un 12 % más frente al
mismo periodo", "as duas nações". All sentences are made up."""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

Y30 = dt.date(2030, 1, 1)


def rows(text: str, date: str = "2031-02-10") -> set[tuple]:
    out = figures(f"date {date}\n{text}")
    return {
        (r.flow, r.reporter, r.partner, r.period_start, r.measure, round(r.value, 1))
        for r in out.itertuples()
    }


def test_bracketed_parts_keep_the_pair_when_a_country_follows_the_bracket() -> None:
    got = rows(
        "Trade between Chile and Ghana reached $2.2 billion in 2030 (of which $410 million of"
        " Ghanaian goods imported by Chile and $1.79 billion of Chilean goods exported), ahead"
        " of Nigeria only."
    )
    assert ("imports", "CHL", "GHA", Y30, "level", 410e6) in got
    assert ("exports", "CHL", "GHA", Y30, "level", 1.79e9) in got


def test_near_miss_a_bracket_naming_its_own_partner() -> None:
    # the bracket names its own economies: they stay the figure's sides
    got = rows(
        "Chile's exports rose 4% in 2030 (its sales to Ghana reached $410 million), while"
        " Nigeria's fell."
    )
    assert ("exports", "CHL", "GHA", Y30, "level", 410e6) in got


def test_portuguese_parts_of_goods_by_origin_in_a_bracket() -> None:
    got = rows(
        "Em 2030, o comércio bilateral entre as duas nações alcançou US$ 3,1 bilhões (dos quais"
        " US$ 512 milhões de produtos egípcios importados pelo Brasil e US$ 2,59 bilhões de"
        " produtos brasileiros exportados), ficando atrás somente da Argélia.\nO Brasil e o"
        " Egito assinaram acordos."
    )
    assert ("imports", "BRA", "EGY", Y30, "level", 512e6) in got
    assert ("exports", "BRA", "EGY", Y30, "level", 2.59e9) in got


def test_portuguese_value_higher_than_a_base() -> None:
    got = rows(
        "As exportações brasileiras para o Egito totalizaram US$ 1,22 bilhão em 2030, valor 27%"
        " maior que os US$ 0,96 bilhão de 2029."
    )
    assert ("exports", "BRA", "EGY", Y30, "pct_change", 27.0) in got


def test_spanish_it_is_more_than_the_same_period() -> None:
    got = rows(
        "Entre enero y septiembre, el intercambio comercial de China y Perú alcanzó US$ 9.871"
        " millones. Es un 12 % más frente al mismo periodo del año anterior.",
        date="2031-11-04",
    )
    assert ("turnover", "CHN", "PER", dt.date(2031, 1, 1), "pct_change", 12.0) in got
