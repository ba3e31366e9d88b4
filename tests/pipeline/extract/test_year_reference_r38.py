"""Round 38: a year named back ("That year, ...", "In October of that year", "the same year";
Spanish "Ese año", Portuguese "Naquele ano") is the year the text named last; and an amount
between its own year and the next clause's "and in 2031" keeps its own year. Made-up pages;
near misses keep their reading."""

import datetime as dt

from pipeline.extract.year_reference import with_year_reference
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_that_year_is_the_year_the_sentence_before_named() -> None:
    got = _rows(
        "date 2033-02-01\nTrade between Peru and Kenya peaked in 2029. That year, trade between "
        "the two countries reached $940 million, before falling to $610 million in 2031.\n"
    )
    assert ("turnover", "PER", "KEN", "level", 940e6, "2029-01-01", "2029-12-31") in got, got
    assert ("turnover", "PER", "KEN", "level", 610e6, "2031-01-01", "2031-12-31") in got, got


def test_in_that_same_year_after_a_figureless_sentence() -> None:
    got = _rows(
        "date 2033-02-01\nPeru signed a trade deal with Kenya in 2028. In that same year, Peru's "
        "exports to Kenya reached $170 million.\n"
    )
    assert got == {("exports", "PER", "KEN", "level", 170e6, "2028-01-01", "2028-12-31")}


def test_a_month_of_that_year_is_that_month_of_the_year_named_back() -> None:
    got = _rows(
        "date 2033-02-01\nPeru's exports to Kenya began to fall in spring 2029. In October of "
        "that year, Peru's exports to Kenya were worth $45 million.\n"
    )
    assert got == {("exports", "PER", "KEN", "level", 45e6, "2029-10-01", "2029-10-31")}


def test_a_month_of_that_year_on_a_page_with_no_date() -> None:
    got = _rows(
        "Peru's exports to Kenya recovered in 2032. They had begun to fall in spring 2029. In "
        "October of that year, Peru's exports to Kenya were worth $45 million.\n"
    )
    assert got == {("exports", "PER", "KEN", "level", 45e6, "2029-10-01", "2029-10-31")}


def test_spanish_ese_ano() -> None:
    got = _rows(
        "date 2033-02-01\nLima. El comercio entre Perú y Kenia se recuperó en 2032. Había "
        "alcanzado su punto más alto en 2029. Ese año, la suma de exportaciones e importaciones entre los dos países alcanzó US$ 940 "
        "millones, según la cámara de comercio.\n"
    )
    assert ("turnover", "PER", "KEN", "level", 940e6, "2029-01-01", "2029-12-31") in got, got


def test_portuguese_naquele_ano() -> None:
    got = _rows(
        "date 2033-02-01\nBrasília. O Brasil assinou um acordo com o Quênia em 2028. Naquele ano, "
        "as exportações brasileiras para o Quênia chegaram a US$ 300 milhões, segundo o "
        "ministério.\n"
    )
    assert ("exports", "BRA", "KEN", "level", 300e6, "2028-01-01", "2028-12-31") in got, got


def test_no_year_named_before_leaves_the_figure_as_it_was() -> None:
    # near miss: nothing to refer back to; the page's reading stands (no period)
    got = _rows(
        "Peru and Kenya met in Lima. That year, trade between the two countries reached $940 "
        "million.\n"
    )
    assert got == {("turnover", "PER", "KEN", "level", 940e6, "None", "None")}, got


def test_a_year_on_year_change_is_no_reference() -> None:
    # near miss: "that year-on-year" names no year
    periods = with_year_reference(
        "Exports grew 4% in March, matching that year-on-year pace.",
        [],
        ("Trade peaked in 2029.",),
        dt.date(2033, 2, 1),
    )
    assert periods == []


def test_the_reference_reads_two_sentences_back_at_most() -> None:
    # near miss: the year is three sentences back: out of a reader's reach
    periods = with_year_reference(
        "That year, trade reached $940 million.",
        [],
        ("Both sides praised the talks.", "Ministers met in Lima."),
        dt.date(2033, 2, 1),
    )
    assert periods == []
    periods = with_year_reference(
        "That year, trade reached $940 million.",
        [],
        ("Both sides praised the talks.", "Trade peaked in 2029."),
        dt.date(2033, 2, 1),
    )
    assert [(p.period_start, p.period_end) for p in periods] == [
        (dt.date(2029, 1, 1), dt.date(2029, 12, 31))
    ]


def test_and_in_the_next_year_opens_the_next_amounts_clause() -> None:
    got = _rows(
        "date 2033-02-01\nPeru's imports from Kenya keep rising: in 2024 they totalled $82 "
        "million and in 2031 they reached a record $390 million.\n"
    )
    assert got == {
        ("imports", "PER", "KEN", "level", 82e6, "2024-01-01", "2024-12-31"),
        ("imports", "PER", "KEN", "level", 390e6, "2031-01-01", "2031-12-31"),
    }


def test_amounts_each_before_its_own_year_keep_them() -> None:
    # near miss: the year after each amount is its own
    got = _rows(
        "date 2033-02-01\nPeru's imports from Kenya totalled $82 million in 2024 and $390 "
        "million in 2031.\n"
    )
    assert got == {
        ("imports", "PER", "KEN", "level", 82e6, "2024-01-01", "2024-12-31"),
        ("imports", "PER", "KEN", "level", 390e6, "2031-01-01", "2031-12-31"),
    }
