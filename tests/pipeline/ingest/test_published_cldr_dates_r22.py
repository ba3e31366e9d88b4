"""Foreign date lines read from the CLDR (round 22, missed page date): every gloss language's
month and weekday names and date orders, not a hand-kept Spanish/Portuguese/French list. A line
that is only a date (a weekday, the date, a time) dates the page; a date in a sentence, a date
in a headline and a weekday line with no time (a site's ticker) do not. Made-up page text."""

import datetime as dt

import pytest

from pipeline.ingest.foreign_date import foreign_date_line
from pipeline.ingest.published import find_published

_SITE = "Logo Isthmus Trade Wire\n\n"
_TITLE = "Copper exports to Chile gain ground\n\n"
_BODY = "\n\nExports of copper to Chile rose 23% last year, the trade office said.\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("14 фев. 2031, 05:12", dt.date(2031, 2, 14)),  # Russian, abbreviated, a time
        ("14 февраля 2031 г.", dt.date(2031, 2, 14)),  # the genitive, the year's "г."
        ("4 sierpnia 2031", dt.date(2031, 8, 4)),  # Polish genitive
        ("12. listopadu 2031 10:15", dt.date(2031, 11, 12)),  # Czech
        ("4. März 2031", dt.date(2031, 3, 4)),  # German, the ordinal dot
        ("4 Mart 2031 09:30", dt.date(2031, 3, 4)),  # Turkish
        ("4 مارس 2031", dt.date(2031, 3, 4)),  # Arabic
        ("4 Maret 2031 | 10:20", dt.date(2031, 3, 4)),  # Indonesian
        ("4 tháng 3, 2031", dt.date(2031, 3, 4)),  # Vietnamese: a word and a numeral
        ("2031 թ. մարտի 4", dt.date(2031, 3, 4)),  # Armenian: the year first
        ("10 mars 2031 à 09h15", dt.date(2031, 3, 10)),  # French, no weekday
        ("2031年3月4日 10:20", dt.date(2031, 3, 4)),  # Chinese: numbers marked by their words
    ],
)
def test_a_foreign_date_line_dates_the_page(line: str, day: dt.date) -> None:
    assert find_published(_SITE + _TITLE + line + _BODY) == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("piątek, 4 sierpnia 2031, 10:20", dt.date(2031, 8, 4)),
        ("Mittwoch, 5. März 2031 - 09:12", dt.date(2031, 3, 5)),
        ("Rabu, 5 Maret 2031 14:00", dt.date(2031, 3, 5)),
        ("5 Mart 2031 Çarşamba 14:00", dt.date(2031, 3, 5)),  # the weekday last (CLDR tr)
    ],
)
def test_a_foreign_weekday_line_with_a_time_dates_the_page(line: str, day: dt.date) -> None:
    assert find_published(_SITE + _TITLE + line + _BODY) == day


def test_a_weekday_picks_the_language_whose_calendar_agrees() -> None:
    # "listopada" is November in Polish, October in Croatian: 12 November 2031 is a Wednesday,
    # 12 October 2031 a Sunday ("nedjelja" in Croatian)
    found = foreign_date_line("nedjelja, 12. listopada 2031.")
    assert found is not None and found.date == dt.date(2031, 10, 12) and found.weekday
    found = foreign_date_line("środa, 12 listopada 2031")
    assert found is not None and found.date == dt.date(2031, 11, 12)


def test_near_misses_dates_in_sentences_headlines_and_tickers_stay_undated() -> None:
    # a date in a sentence or a headline is an event the text talks about
    sentence = "Министры подписали соглашение 14 февраля 2031 г. в Ташкенте.\n"
    assert find_published(_SITE + _TITLE + sentence + _BODY) is None
    headline = "Chile y Perú firman acuerdo el 4 de marzo de 2031\n\n"
    assert find_published(_SITE + headline + _BODY) is None
    # a lone weekday line without a time is a site's ticker of today's date
    assert find_published("piątek, 4 sierpnia 2041\n\n" + _SITE + _TITLE + _BODY) is None
    # no month name, an impossible day, a word that is no month: no date line
    for line in ("14 billion 2031", "31 lutego 2031", "14 Kasım 2031 ve Ankara", "2031 3 4"):
        assert foreign_date_line(line) is None, line
    assert find_published(_SITE + _TITLE + "Exports 14 billion 2031" + _BODY) is None


def test_a_lone_weekday_line_dates_the_page_when_the_text_names_that_day() -> None:
    said = "\n\nExports of copper to Chile rose 23% in 2030, the trade office said on Wednesday.\n"
    assert find_published("Wednesday, March 5, 2031\n\n" + _TITLE + said) == dt.date(2031, 3, 5)
    foreign = "\n\nLas exportaciones crecieron 23% en 2030, informó el martes la oficina.\n"
    page = "martes, 4 de marzo de 2031\n\n" + _TITLE + foreign
    assert find_published(page) == dt.date(2031, 3, 4)


def test_near_misses_a_lone_weekday_line_the_text_does_not_confirm() -> None:
    # the text names another day, or no day: a site's ticker of the reading day
    said = "\n\nExports of copper to Chile rose 23% in 2030, the trade office said on Monday.\n"
    assert find_published("Wednesday, March 5, 2031\n\n" + _TITLE + said) is None
    # the day named, but the page reports data after the line's date: a ticker from before
    later = (
        "\n\nExports to Chile rose 23% in the first half of 2032, the office said on Wednesday.\n"
    )
    assert find_published("Wednesday, March 5, 2031\n\n" + _TITLE + later) is None
