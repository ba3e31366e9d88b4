"""The year of a day-and-month dateline, from the page itself (pipeline/ingest/dateline_year.py),
on made-up leads."""

import datetime as dt

import pytest

from pipeline.ingest.clean import clean
from pipeline.ingest.dateline_year import dateline_year, latest_data_end

D = dt.date


@pytest.mark.parametrize(
    ("lead", "end"),
    [
        # a month range closing a year: the year is over, not "a month of 2030"
        ("Imports totalled $1.2bn from January to December 2030.", D(2030, 12, 31)),
        ("Trade grew 4% in the first half of 2031 after $9bn in 2030.", D(2031, 6, 30)),
        ("Exports in the first seven months of 2031 reached $3bn.", D(2031, 7, 31)),
        ("Q3 2031 shipments rose; the third quarter of 2030 was weak.", D(2031, 9, 30)),
        ("Trade hit $5bn in 2030, up from $4bn in 2029.", D(2030, 12, 31)),
        # a target or a forecast is no data, in its own clause only
        ("Trade in 2030 rose and should reach $9bn by 2035.", D(2030, 12, 31)),
        ("Total trade for 2032 is expected to be $9bn. In 2030 it was $7bn.", D(2030, 12, 31)),
        ("The minister said in 2033 and beyond the two sides will trade more.", None),
        # where a look-back starts is no data; a split year may be over or under way
        ("It is the first drop since June 2005 in shipments.", None),
        ("Trade reached $10bn in 2030-31, the ministry said.", None),
        # sentences glued by a flattened page
        ("Trade rose to $9m in 2030.According to the office, exports grew.", D(2030, 12, 31)),
    ],
)
def test_latest_data_end(lead: str, end: dt.date | None) -> None:
    assert latest_data_end(lead) == end


def test_dateline_year_is_the_first_after_the_latest_data() -> None:
    lead = "Turnover from January to December 2030 grew by 3%."
    assert dateline_year(1, 23, lead, []) == D(2031, 1, 23)
    assert dateline_year(7, 30, "In the first half of 2031, trade was $5bn.", []) == D(2031, 7, 30)
    # first estimates of a period come out in its last days
    lead = "Exports in the first half of 2031 were estimated at $2.5bn."
    assert dateline_year(6, 28, lead, []) == D(2031, 6, 28)
    assert dateline_year(3, 4, "Exports rose in January, officials said.", []) is None


def test_a_full_date_of_the_head_close_to_the_dateline_gives_its_year() -> None:
    # the lead alone would say 2031; the page prints its day
    lead = "Trade in 2030 rose by 4%."
    assert dateline_year(8, 11, lead, [D(2029, 8, 12)]) == D(2029, 8, 11)
    # a ticker of today's date, far from the dateline's day, decides nothing
    assert dateline_year(8, 11, lead, [D(2033, 2, 1)]) == D(2031, 8, 11)


@pytest.mark.parametrize(
    ("page", "published"),
    [
        (
            "Copper deal\nLIMA, Jan. 23 (Wire) -- Trade from January to December 2030 rose.",
            D(2031, 1, 23),
        ),
        # a city in mixed case, with the agency in brackets
        (
            "Copper deal\nLa Paz, Apr 5 (Wire).- Exports to Peru reached $2bn during 2030.",
            D(2031, 4, 5),
        ),
        ("Copper deal\nPort Louis, Feb. 19 (Wire) Trade rose to $1bn in 2030.", D(2031, 2, 19)),
        # a country after the city; the day before the month
        (
            "Copper deal\nTacna, Peru, March 4 (Wire) -- Exports rose to $2bn in 2030.",
            D(2031, 3, 4),
        ),
        ("Copper deal\nLIMA, 4 March (Wire) – Exports rose to $2bn in 2030.", D(2031, 3, 4)),
        # a weekday line above the dateline fixes its year, though it is no date line itself
        (
            "Blog about Peru\nWednesday, August 12, 2026\nLIMA, Aug. 11 (Wire) -- Exports fell in "
            "the first seven months of this year.",
            D(2026, 8, 11),
        ),
        # an event's date in a sentence of the body, two days from the dateline's day, is no
        # date of the page: the lead's data (the first half of 2031) fixes the year
        (
            "Copper deal\nLIMA, Sep 13 (Wire) Trade reached $2bn in the first half of 2031, a report "
            "said.\nExports rose 40 per cent.\nThe two signed a trade pact on September 15, 2030, "
            "in Lima.",
            D(2031, 9, 13),
        ),
        # a lead with no dated data leaves the year unknown
        (
            "Copper deal\nLIMA, Dec. 15 (Wire) -- Exports fell, the first drop since June 2005.",
            None,
        ),
    ],
)
def test_day_and_month_datelines(page: str, published: dt.date | None) -> None:
    assert clean(page).published == published
