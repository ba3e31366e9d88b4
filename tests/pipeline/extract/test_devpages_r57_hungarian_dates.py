"""Hungarian date lines and publication labels date the page (round 57, iv01, iv05, iv08).

Hungarian writes the year first and closes the day with its ordinal stop: "2031. március 4.",
and before a time "2031. március 4., 10:20" or "2031. március 4. 10:20". The CLDR's pattern
("y. MMMM d.") was read without the stop before a time, and the day's digits ran into the
time's ("4" taken from "10"). A page may also print its date only after a label: "Megjelent a
Lap 12. számában (2031. március 4.)" (published in issue 12 of the paper). Kazakh, Kyrgyz and
Uzbek labels ("Жарияланды", "Nashr qilindi") are read alike. Made-up page heads, with dates,
months and labels no dev page uses. Near misses: "megjelent" in prose (appeared) dates nothing;
other languages' date lines read as before. Kept: a label with a colon and a one-digit hour were
read before and still are.
"""

import datetime as dt

import pytest

from pipeline.ingest.foreign_date import foreign_date_line
from pipeline.ingest.published import find_published

BODY = "\nA szöveg itt folytatódik a két ország kereskedelméről és a forgalomról.\n"


@pytest.mark.parametrize(
    "line",
    ["2031. március 4., 10:20", "2031. március 4. 10:20", "2031. márc. 4., 17:05"],
)
def test_a_hungarian_date_line_with_its_time(line: str) -> None:
    found = foreign_date_line(line)
    assert found is not None and (found.date, found.timed) == (dt.date(2031, 3, 4), True)
    assert find_published("Cím a lap tetején\n" + line + BODY) == dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    "line",
    [
        "Megjelent a Gazdasági Szemle (archív) 12. számában (2031. március 4.)",
        "Közzétéve 2031. március 4., 10:20 | Szerző: Kiss Anna",
        "Жарияланды Астана қаласында, 4 наурыз 2031",
    ],
)
def test_a_publication_label_dates_the_page(line: str) -> None:
    assert find_published("Cím a lap tetején\n" + line + BODY) == dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    "line",
    ["Megjelenés: 2031. március 4.", "Жарияланды: 4 наурыз 2031, 10:20", "2031. márc. 4., 7:05"],
)
def test_kept_a_label_with_a_colon_and_a_one_digit_hour_were_read_before(line: str) -> None:
    assert find_published("Cím a lap tetején\n" + line + BODY) == dt.date(2031, 3, 4)


def test_near_miss_appeared_in_prose_and_other_date_lines() -> None:
    prose = "A termék megjelent a boltokban, 2031. március 4. óta kapható."
    assert find_published("Cím a lap tetején\n" + prose + BODY) is None
    # other languages' date lines keep their reading
    assert foreign_date_line("4. března 2031, 10:20").date == dt.date(2031, 3, 4)
    assert foreign_date_line("14 фев. 2031, 05:12").date == dt.date(2031, 2, 14)
    assert foreign_date_line("10.03.2031") is None
