"""Weekday date lines that date the page (missed-date kind, round 12): a weekday date line under a
site's ticker of today's date, earlier than it, is the article's own date; a Spanish, Portuguese
or French date line with its weekday (and a time, or under a ticker) dates the page like an
English one. A lone weekday line with no time stays a ticker, and a date in a sentence stays an
event. Made-up page text."""

import datetime as dt

from pipeline.ingest.published import find_published

_SITE = "Logo Isthmus Trade Wire\n\n"
_TITLE = "Copper exports to Chile gain ground\n\n"
_BODY = "\n\nExports of copper to Chile rose 23% last year, the trade office said.\n"


def test_a_weekday_line_under_the_sites_ticker_dates_the_article() -> None:
    page = "Monday, March 4, 2041\n\n" + _SITE + _TITLE + "Thursday, May 15, 2031" + _BODY
    assert find_published(page) == dt.date(2031, 5, 15)


def test_near_misses_a_lone_ticker_and_dates_in_sentences_stay_undated() -> None:
    assert find_published("Monday, March 4, 2041\n\n" + _SITE + _TITLE + _BODY) is None
    # a date in the body's sentence, an event in a menu item, a birthday: no page dates
    sentence = "On Thursday, May 15, 2031 the ministers met in Lima to sign the accord.\n"
    assert find_published("Monday, March 4, 2041\n\n" + _SITE + _TITLE + sentence + _BODY) is None
    menu = "Events: Trade Fair Thursday, May 15, 2031\n"
    assert find_published("Monday, March 4, 2041\n\n" + _SITE + menu + _TITLE + _BODY) is None
    birthday = "Born Thursday, May 15, 1981 in Tegucigalpa, she leads the chamber.\n"
    assert find_published("Monday, March 4, 2041\n\n" + _TITLE + birthday + _BODY) is None
    # a second ticker-like line later than the first is no article date either
    assert (
        find_published("Monday, March 4, 2041\n\n" + _TITLE + "Friday, May 16, 2042" + _BODY)
        is None
    )


def test_foreign_weekday_date_lines_with_a_time_date_the_page() -> None:
    for line, day in (
        ("Sábado, Marzo 10, 2031 - 16:06", dt.date(2031, 3, 10)),
        ("sábado, 10 de marzo de 2031 - 09:45", dt.date(2031, 3, 10)),
        ("samedi 10 mars 2031 à 09h15", dt.date(2031, 3, 10)),
        ("terça-feira, 4 de março de 2031 às 10:20", dt.date(2031, 3, 4)),
    ):
        assert find_published(_SITE + _TITLE + line + _BODY) == day, line


def test_a_foreign_weekday_line_under_a_ticker_dates_the_article() -> None:
    page = "Lunes, 4 de marzo de 2041\n\n" + _SITE + _TITLE + "Sábado, 10 de marzo de 2031" + _BODY
    assert find_published(page) == dt.date(2031, 3, 10)
    page = "lundi 4 mars 2041\n\n" + _TITLE + "samedi 1er mars 2031" + _BODY
    assert find_published(page) == dt.date(2031, 3, 1)


def test_near_misses_foreign_dates_in_sentences_and_lone_tickers_stay_undated() -> None:
    sentence = "El sábado 10 de marzo de 2031 los ministros firmaron el acuerdo en Asunción.\n"
    assert find_published(_SITE + _TITLE + sentence + _BODY) is None
    assert (
        find_published(_SITE + _TITLE + "Sábado, 10 de marzo de 2031 los ministros" + _BODY) is None
    )
    assert find_published("samedi 10 mars 2031\n\n" + _SITE + _TITLE + _BODY) is None
    assert find_published(_SITE + _TITLE + "Lunes, 31 de febrero de 2031 - 10:00" + _BODY) is None
