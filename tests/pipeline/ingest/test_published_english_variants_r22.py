"""English date lines as pages print them (round 22, issue 15 item 2): each alone on its line
under the headline dates the page; the same date inside a sentence or a headline is an event and
dates nothing. Made-up page text."""

import datetime as dt

import pytest

from pipeline.ingest.published import find_published

_TITLE = "Copper exports to Chile gain ground\n\n"
_BODY = "\n\nExports of copper to Chile rose 23% last year, the trade office said.\n"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated: Mar 4,2031 9:15 AM", dt.date(2031, 3, 4)),
        ("14 June 2031, 09:40", dt.date(2031, 6, 14)),
        ("(Last Updated On: August 3, 2031)", dt.date(2031, 8, 3)),
        ("2031-04-03T09:15:00+02:00", dt.date(2031, 4, 3)),
        ("Published 03.04.2031", dt.date(2031, 4, 3)),
        ("2031/04/03", dt.date(2031, 4, 3)),
    ],
)
def test_an_english_date_line_dates_the_page(line: str, day: dt.date) -> None:
    assert find_published(_TITLE + line + _BODY) == day


def test_near_misses_a_date_in_a_sentence_or_a_headline_is_an_event() -> None:
    sentence = "The ministers of Peru and Chile signed the accord in Lima on March 4, 2031.\n"
    assert find_published(_TITLE + sentence + _BODY) is None
    headline = "Peru and Chile to sign copper accord on March 4, 2031 in Lima\n\n"
    assert find_published(headline + _BODY) is None
