"""The date Indonesian and Malay news writes after a weekday in the lead: "Jakarta, Senin
(7/3/2016)", "pada Kamis (12/5/2022)" — day/month/year in brackets after the weekday's name.

Agencies and papers (Antara, Kompas, Detik, Suara, Tempo) date the event of the lead so, on the
day of publication or the day before; a page with no date line of its own takes it as its
publication date (``published.find_published``, last resort). Of several such dates in the head,
the first whose weekday agrees with its date wins, else the first.
"""

from __future__ import annotations

import datetime as dt
import re

HEAD_CHARS = 1500  # the lead: a date deeper in the body is a date the text talks about

# Monday .. Sunday; "Jumat"/"Jum'at" and "Minggu"/"Ahad" are both written
_WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
_WEEKDAY_DATE = re.compile(
    r"\b(?P<weekday>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\s?"
    r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\)",
    re.IGNORECASE,
)


def weekday_paren_date(text: str) -> dt.date | None:
    """The lead's "<weekday> (d/m/yyyy)" date (see the module doc), or None."""
    first = None
    for match in _WEEKDAY_DATE.finditer(text[:HEAD_CHARS]):
        try:
            found = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue  # "(31/2/2016)": no such day
        if found.weekday() == _WEEKDAYS[match["weekday"].lower()]:
            return found
        first = first or found
    return first
