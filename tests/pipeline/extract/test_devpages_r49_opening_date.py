"""Round 49, a page date at the start of a head line followed by the site's furniture, or closing
an outlet's line (made-up pages, made-up figures).

Kind (period resolution through the page's date): relative periods ("last year", "the last
financial year", "10 months of last year") are resolved with the publication date (NOTES:
Fields), which some pages print only as a head line that opens with the date and goes on with a
section name, a "write a comment" link or a time in the page's language ("09 febrero, 2031
Generales", "21/11/2031 <hour> 14:01"), or as the page's first line with its headline run on
("17.01.2031 Trade between ..."), or as an outlet's line closing with a numeric date ("NZ
Newswire logoNZ Newswire 23/10/2031"). None was read, so those periods stayed empty. Dev pages:
hl09 (msn, NZ Newswire), hn06 (reporterosasociados), ih08 (placeinvest), ig02 (marsalqatar):
four outlets (``pipeline.ingest.published._opening_date``, ``_CLOSING_NUMERIC``). Near misses:
a head line in which the date is the subject of a sentence, a headline ending with a date in
words.
"""

import datetime as dt

from pipeline.ingest.published import find_published
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return tuples(figures(text), CORE, unordered_turnover=True)


def test_date_then_section_name() -> None:
    page = (
        "Cancilleres de Perú y Chile se reunieron\n\n14 marzo, 2031 Economía\n\n"
        "Entre enero y noviembre del año pasado, el comercio entre Perú y Chile sumó USD 3.100 "
        "millones.\n"
    )
    assert find_published(page) == dt.date(2031, 3, 14)
    assert (
        "turnover",
        "CHL",
        "PER",
        "2030-01-01",
        "2030-11-30",
        "level",
        3100000000.0,
        "USD",
    ) in _rows(page)


def test_date_then_comment_link() -> None:
    assert find_published("Title of the page\n2 abril, 2031 Escribe un comentario\n\nBody.\n") == (
        dt.date(2031, 4, 2)
    )


def test_first_line_opens_with_numeric_date() -> None:
    page = (
        "17.01.2031 Trade between Russia and Mongolia grew 9% in the first 10 months of last "
        "year, reaching $1.4 billion.\n"
    )
    assert find_published(page) == dt.date(2031, 1, 17)
    rows = _rows(page)
    assert ("turnover", "MNG", "RUS", "2030-01-01", "2030-10-31", "pct_change", 9.0, "percent") in (
        rows
    )


def test_outlet_line_closing_with_numeric_date() -> None:
    page = (
        "Australia courts India\n\nWire Service logoWire Service 23/10/2031\n\n"
        "In the last financial year Australia exported $500m to India, chiefly coal and wool.\n"
    )
    assert find_published(page) == dt.date(2031, 10, 23)
    assert (
        "exports",
        "AUS",
        "IND",
        "2030-07-01",
        "2031-06-30",
        "level",
        500000000.0,
        "USD",
    ) in _rows(page)


def test_near_miss_date_as_a_sentence_subject() -> None:
    """A head line past the first whose date is a sentence's subject dates no page."""
    page = (
        "Peru and Chile: a decade of trade\n\nBy Jane Roe\n\n"
        "14 March 2030 saw the deal signed, and trade grew since then.\n"
    )
    assert find_published(page) is None


def test_near_miss_headline_ending_with_a_date_in_words() -> None:
    page = "Trade pact between Peru and Chile enters into force on March 4, 2031\n\nBody text.\n"
    assert find_published(page) is None
