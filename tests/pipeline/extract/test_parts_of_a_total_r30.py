"""Round 30: the parts of a total after "of which", each with its own flow word: the part's
currency left out ("of which 5,248 million correspond to imports") and the second part's verb
left out ("and 2,965 million dollars to exports"), in English and in the Spanish of a Mexican
ministry's release ("de los cuales ... equivalen a importaciones ... procedentes de ..."). Every
sentence is made up; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.value, r.unit) for r in out.itertuples()}


def test_parts_of_a_total_with_an_elided_currency_and_verb() -> None:
    got = _rows(
        "date 2032-03-01\nTrade\nIn 2031 trade between Peru and Ghana totaled 913 million "
        "dollars, of which 648 million correspond to imports of Peru from Ghana and 265 "
        "million dollars to exports to the African country.\n"
    )
    assert got == {
        ("turnover", "PER", "GHA", 913e6, "USD"),
        ("imports", "PER", "GHA", 648e6, "USD"),
        ("exports", "PER", "GHA", 265e6, "USD"),
    }


def test_spanish_parts_of_a_total() -> None:
    got = _rows(
        "date 2032-03-01\nComercio\nPara 2031 el comercio entre Perú y Ghana, de acuerdo con "
        "datos del ministerio, sumó 913 millones de dólares, de los cuales 648 millones "
        "equivalen a importaciones de Perú procedentes de Ghana y 265 millones de dólares a "
        "exportaciones con destino al país africano.\n"
    )
    assert got == {
        ("turnover", "PER", "GHA", 913e6, "USD"),
        ("imports", "PER", "GHA", 648e6, "USD"),
        ("exports", "PER", "GHA", 265e6, "USD"),
    }


def test_a_count_after_of_which_stays_a_count() -> None:
    got = _rows(
        "date 2032-03-01\nTrade\nIn 2031 trade between Peru and Ghana totaled 913 million "
        "dollars in a region of 2 billion people, of which 1.4 billion live in towns.\n"
    )
    assert got == {("turnover", "PER", "GHA", 913e6, "USD")}
