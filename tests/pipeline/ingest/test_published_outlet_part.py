"""An outlet's name and a numeric date as one part of a separated head line ("Nova 18.05.2031 |
Autor: Agencije"): the page's publication date, as "Outlet, 4 March 2031" is. Made-up lines."""

import datetime as dt

import pytest

from pipeline.ingest.published import find_published


@pytest.mark.parametrize(
    "line",
    ["Nova 18.05.2031  |  Autor:Agencije", "Dnevni List 18.05.2031 | Foto: arhiva"],
)
def test_an_outlet_and_a_date_between_separators(line: str) -> None:
    page = f"Trgovina raste\n\n{line}\nTrgovina raste\n\nRazmena je bila veća od milijardu evra."
    assert find_published(page) == dt.date(2031, 5, 18)


def test_a_ticker_with_a_weekday_and_the_weather_is_no_date() -> None:
    # near miss: a site's ticker of today's date stays out (published.py module docstring)
    page = "Headline\nMonday 4 March 2031 | Lima 23°C\nTrade rose to $5bn last year, he said."
    assert find_published(page) is None


def test_a_sentence_that_names_an_outlet_and_a_date_is_no_date_line() -> None:
    # near miss: a part must be only the outlet and the date
    page = "Headline\nThe Ministry said on 18.05.2031 | that trade rose\nTrade rose to $5bn."
    assert find_published(page) is None
