"""The lead's "<weekday> (d/m/yyyy)" date of Indonesian and Malay news as the publication date
of a page with no date line (``pipeline.ingest.weekday_paren_date``). Made-up leads."""

import datetime as dt

from pipeline.ingest.clean import clean
from pipeline.ingest.weekday_paren_date import weekday_paren_date


def test_lead_date_after_a_weekday() -> None:
    page = (
        "Presiden bertemu Perdana Menteri Malaysia di Jakarta pada Kamis (12/5/2033) untuk "
        "membahas perdagangan kedua negara.\nTahun lalu, nilai perdagangan mencapai 9 miliar "
        "Dolar AS.\n"
    )
    assert clean(page).published == dt.date(2033, 5, 12)


def test_the_date_whose_weekday_agrees_wins() -> None:
    # 8/6/2033 is a Wednesday, 6/6/2033 a Monday (Senin)
    text = "Menteri tiba pada Senin (8/6/2033). Pertemuan digelar Senin (6/6/2033) di Bogor."
    assert weekday_paren_date(text) == dt.date(2033, 6, 6)


def test_no_such_day_and_a_date_deep_in_the_body_are_not_read() -> None:
    assert weekday_paren_date("Rapat digelar Senin (31/2/2033) di Bogor.") is None
    deep = "Kerja sama kedua negara terus berkembang. " * 60 + "Senin (6/6/2033)"
    assert weekday_paren_date(deep) is None


def test_a_date_header_still_wins() -> None:
    page = "date 2033-06-09\nMenteri tiba pada Senin (6/6/2033) di Bogor.\n"
    assert clean(page).published == dt.date(2033, 6, 9)
