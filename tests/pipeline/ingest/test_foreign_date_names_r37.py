"""Foreign month names read whole (round 37, a page date missed): a date line that keeps the
English order with a foreign month name ("Mayıs 13, 2031 23:45", "Marzo 10, 2031") was split
into a weekday "Mayı" and a month "s" and read as nothing; a month name written with combining
vowel signs (Bengali "সেপ্টেম্বর") was cut at its first sign. Made-up page text."""

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
        ("Mayıs 13, 2031 23:45", dt.date(2031, 5, 13)),  # Turkish name, English order
        ("Marzo 10, 2031", dt.date(2031, 3, 10)),  # Spanish name, English order
        ("Oluşturulma Tarihi: Mayıs 13, 2031 23:45", dt.date(2031, 5, 13)),  # a label first
        ("Cuma, Mart 14, 2031 10:05", dt.date(2031, 3, 14)),  # a weekday, English order
        ("16 সেপ্টেম্বর 2031, 11:20", dt.date(2031, 9, 16)),  # Bengali vowel signs
        ("মঙ্গলবার, 16 সেপ্টেম্বর 2031 11:20", dt.date(2031, 9, 16)),  # a Bengali weekday
    ],
)
def test_a_foreign_month_name_is_read_whole(line: str, day: dt.date) -> None:
    assert find_published(_SITE + _TITLE + line + _BODY) == day


@pytest.mark.parametrize(
    ("line", "day", "weekday"),
    [
        ("Marzo 10, 2031", dt.date(2031, 3, 10), False),
        ("Mayıs 13, 2031 23:45", dt.date(2031, 5, 13), False),
        ("Cuma, Mart 14, 2031", dt.date(2031, 3, 14), True),
        ("16 সেপ্টেম্বর 2031", dt.date(2031, 9, 16), False),
    ],
)
def test_the_date_line_reading(line: str, day: dt.date, weekday: bool) -> None:
    found = foreign_date_line(line)
    assert found is not None
    assert (found.date, found.weekday) == (day, weekday)


@pytest.mark.parametrize(
    "line",
    [
        "Marzoli 10, 2031",  # a word that only starts like a month is no month
        "Mayısta 13, 2031",
        "Exporters met on Marzo 10, 2031 in Lima to sign the deal",  # a sentence, not a line
    ],
)
def test_no_date_line(line: str) -> None:
    assert foreign_date_line(line) is None
