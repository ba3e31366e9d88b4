"""A date stamp under a long head line (missed-date kind, round 16): a menu of links or a teaser
glued to the headline is longer than a paragraph, yet the page's only line of a date and a clock
time under it still dates the page (also with the time first: "/ 12:13 AM November 02, 2031"). Several such lines are a list of related stories, each with
its time, and stay no date, and a date and time in a sentence stays an event.
Made-up page text."""

import datetime as dt

from pipeline.ingest.published import find_published

_MENU = (
    "Home News Business Markets Opinion Sport Culture Travel Weather Video Podcasts Newsletters "
    "Subscribe Regional Desk Ports and Shipping Energy Mining Agriculture Technology Science "
    "Health Education Careers Obituaries Letters Contact"
)
_TITLE = "Copper exports to Chile gain ground\n"
_BODY = "Exports of copper to Chile rose 23% last year, the trade office said.\n"


def test_the_one_timed_date_line_under_a_long_menu_line_dates_the_page() -> None:
    for stamp, day in (
        ("Mar 4, 2031 / 23:56", dt.date(2031, 3, 4)),
        ("September 9, 2031 11:38", dt.date(2031, 9, 9)),
        ("/ 12:13 AM November 02, 2031", dt.date(2031, 11, 2)),  # the time first, with AM
    ):
        page = _MENU + "\n" + stamp + "\n" + _TITLE + _BODY
        assert find_published(page) == day


def test_near_misses_related_stories_and_an_untimed_date_stay_undated() -> None:
    # several timed lines under the body: a list of related stories
    related = "".join(f"16:2{i}, 1{i}.11.2033\nAnother story about wine fairs\n" for i in range(3))
    assert find_published(_MENU + "\n" + _TITLE + _BODY + related) is None
    # a date and a time inside a sentence of the body is an event, not a stamp
    event = "The ministers met on September 9, 2031 at 11:38 to sign the accord in Lima.\n"
    assert find_published(_MENU + "\n" + _TITLE + event + _BODY) is None
