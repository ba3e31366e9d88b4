"""A date header no contract date can hold (found by the issue 19 soak: one changed digit,
``date 1025-07-22``, failed the blocking ``documents_schema`` check, so no run published until the
article was fixed). Such a header is no publication date; the article is read like an undated one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.contract.schemas import DocumentsSchema
from pipeline.ingest.clean import clean
from pipeline.ingest.documents import ingest_folder

BODY = "Trade between Kyrgyzstan and China reached $5.3 billion in 2024.\n"


@pytest.mark.parametrize("year", ["1025", "0001", "3025", "9999"])
def test_an_impossible_header_year_is_no_publication_date(tmp_path, year):
    (tmp_path / "article.txt").write_text(f"date {year}-07-22 11:35\n{BODY}")
    documents = ingest_folder(tmp_path)
    assert documents.loc[0, "status"] == "ok"
    assert documents.loc[0, "published"] is None or documents["published"].isna().all()
    DocumentsSchema.validate(documents)  # the blocking check of raw_documents


def test_a_plausible_header_date_is_kept():
    assert clean(f"date 2025-07-22 11:35\n{BODY}").published == dt.date(2025, 7, 22)
    assert clean(f"date 1025-07-22 11:35\n{BODY}").text == BODY.strip()


def test_a_month_only_header_dates_the_page_on_the_first_of_that_month():
    # A store that only knows the month writes "date 2031-02" (its text may follow on the same
    # line): "last year" is then 2030, and the header is no page text. Near miss: a date with a
    # day keeps it, and "date 2031-02x" is no header.
    doc = clean("date 2031-02 El año pasado, el comercio entre Perú y Chile creció.\n")
    assert doc.published == dt.date(2031, 2, 1)
    assert not doc.text.startswith("date")
    assert clean("date 2031-02-17\nText.\n").published == dt.date(2031, 2, 17)
    assert clean("date 2031-021\nText.\n").published != dt.date(2031, 2, 1)


def test_a_month_only_header_with_text_after_it_on_the_same_line():
    # the store knows only the month: the header is stripped, the page dated by the month's start
    doc = clean(f" date 2032-02 {BODY}")
    assert doc.published == dt.date(2032, 2, 1)
    assert doc.text.startswith("Trade between")
    assert clean(f"date 2031-11\n{BODY}").published == dt.date(2031, 11, 1)
    # near misses: no month 13, and a year-month inside the body is no header
    assert clean(f"date 2031-13\n{BODY}").published is None
    assert clean(f"Trade data 2031-02\n{BODY}").published is None


@pytest.mark.parametrize("word", ["Date", "DATE"])
def test_a_capitalised_date_header_is_the_header_not_the_title(word):
    # "Date 2025-03-01" was left in the text: the page's date was found again further on, but
    # the header line became the document's title and the headline its first sentence.
    doc = clean(f"{word} 2025-03-01\n\nArmenia and Georgia expand trade\n\n{BODY}")
    assert doc.published == dt.date(2025, 3, 1)
    assert doc.title == "Armenia and Georgia expand trade"
    assert doc.text == BODY.strip()
