"""Pages as they come (issue 15, item 2): publication dates printed in many forms, on made-up
page heads."""

import datetime as dt

import pytest

from pipeline.extract.document import extract_rows
from pipeline.ingest.clean import clean
from pipeline.ingest.segment import segment_text

D = dt.date


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ("Copper deal signed\nUpdated: Feb 7,2031 4:05 PM\nBody text here.", D(2031, 2, 7)),
        ("Copper deal signed\n\n21 May 2031, 10:20\n\nBody text here.", D(2031, 5, 21)),
        ("(Last Updated On: October 12, 2031)\nCopper deal signed\nBody text.", D(2031, 10, 12)),
        ("Copper deal signed\n2031-08-03T07:45:00+03:00\nBody text here.", D(2031, 8, 3)),
        ("23.09.2031 11:02\n\nCopper deal signed\n\nBody text here.", D(2031, 9, 23)),
        ("4.Mar .2031 08:15\n\nCopper deal signed\n\nBody text here.", D(2031, 3, 4)),
        (
            "Copper deal signed\nPublished : 02 Jun 2031 03:12 AM | Updated : 02 Jun 2031\nBody.",
            D(2031, 6, 2),
        ),
        ("Copper deal signed\nTue, 14 Oct 2031 - 16:40 GMT\nBody text here.", D(2031, 10, 14)),
        ("Copper deal signed\nDATE:  Nov 30 2031\n/ SOURCE: Wire\nBody text.", D(2031, 11, 30)),
        ("LIMA -9 January 2031: Trade between Peru and Chile grew.", D(2031, 1, 9)),
        ("April 2, 2031 – The Minister presented the trade report.", D(2031, 4, 2)),
        ("LIMA – March 4, 2031 – Peru's exports rose.", D(2031, 3, 4)),
        ("Copper deal signed\nNgày thứ Hai, 16/06/2031, 09:30\nBody text here.", D(2031, 6, 16)),
        (
            "Copper deal signed\nMarch 8, 2031 11:20 am | Updated 11:40 am - Lima\nBody.",
            D(2031, 3, 8),
        ),
        # a numeric date with dashes, alone with its time or after a "Date:" marker
        ("Seen by readers\n\n17-03-2031, 14:05\n\nCopper deal signed\nBody.", D(2031, 3, 17)),
        ("Copper deal signed\n\nDate: 09:10, 30-01-2031.\n\nBody text here.", D(2031, 1, 30)),
        # a dateline giving the date in a second calendar first
        (
            "Copper deal\n\nLima, 12 Rajab 1452/29 October 2030 (Wire) – Trade grew.",
            D(2030, 10, 29),
        ),
        # a "Published" line closing a long page
        (
            "Copper deal\n" + "Trade grew again.\n" * 400 + "(END) Published: 17/3/2031",
            D(2031, 3, 17),
        ),
        # a record's short header line
        ("HL Deb 14 March 2031 vol 812 c90W\nLord Grey\nasked about trade.", D(2031, 3, 14)),
    ],
)
def test_publication_date_forms(page: str, published: dt.date) -> None:
    assert clean(page).published == published


def test_header_wins_over_a_date_in_the_text() -> None:
    assert clean("date 2031-01-05\nUpdated: Mar 4,2030 9:15 AM\nBody.").published == D(2031, 1, 5)


def test_published_line_beats_a_site_ticker_of_today() -> None:
    page = "• Thursday, July 3, 2031\n• Last Update : 06:33 pm\nCopper deal\n• Published at 09:10 pm May 5th, 2029\nBody."
    assert clean(page).published == D(2029, 5, 5)


def test_site_ticker_alone_is_not_the_publication_date() -> None:
    page = "Saturday, December 6, 2031\n\nLima\n\nPeru to raise exports to Chile next year\n\nBody."
    assert clean(page).published is None


def test_dateline_with_day_and_month_takes_the_year_of_the_lead() -> None:
    half = "LIMA, August 21. /WIRE/. Peru exported goods worth $3.1 bln in January - July 2031."
    assert clean(half).published == D(2031, 8, 21)
    whole = "LIMA, February 11. /WIRE/. Trade between Peru and Chile in 2030 grew by 4%."
    assert clean(whole).published == D(2031, 2, 11)
    target = "QUITO, March 3 (Wire) - Exports in 2030 rose and should reach $2 billion by 2035."
    assert clean(target).published == D(2031, 3, 3)


def test_a_long_first_line_with_a_date_is_a_sentence_not_a_header() -> None:
    page = "The ministers met on 14 March 2031 in Lima to discuss copper and trade ties.\nBody."
    assert clean(page).published is None


def test_a_date_deep_in_the_body_is_not_the_publication_date() -> None:
    body = "\n".join(f"Paragraph {i} about copper." for i in range(20))
    assert clean(body + "\nOn 3 May 2029 the council met.").published is None


# Hard wraps: a line break inside a paragraph splits neither an amount nor a sentence.


def test_line_break_between_amount_and_scale_word() -> None:
    doc = clean("date 2031-03-02\nExports of Peru to Chile reached $4.318\nbillion in 2030.")
    assert doc.text == "Exports of Peru to Chile reached $4.318 billion in 2030."


def test_line_break_inside_a_sentence() -> None:
    doc = clean(
        "date 2031-03-02\nTrade between Peru and Chile grew\nby 6 percent, the ministry said.\n"
        "\nA second paragraph."
    )
    assert doc.text == (
        "Trade between Peru and Chile grew by 6 percent, the ministry said.\n\nA second paragraph."
    )


def test_page_wrapped_at_a_fixed_width() -> None:
    page = (
        "date 2031-03-02\n"
        "Peru and Chile signed a protocol on customs cooperation on Monday. The\n"
        "Peruvian Ministry of Foreign Trade said bilateral trade reached $5.2\n"
        "billion in 2030. Chilean officials expect more.\n"
        "\n"
        "Short closing paragraph."
    )
    assert clean(page).text.split("\n") == [
        "Peru and Chile signed a protocol on customs cooperation on Monday. The Peruvian Ministry "
        "of Foreign Trade said bilateral trade reached $5.2 billion in 2030. Chilean officials "
        "expect more.",
        "",
        "Short closing paragraph.",
    ]


def test_bracket_line_and_blank_after_a_connective_continue_the_sentence() -> None:
    # a wrapped line may open with the bracket of the sentence above it ("(+8.6%)."), and a
    # scraper may put a blank line after a line that ends mid-phrase ("... the imports of")
    page = (
        "date 2031-03-02\n"
        "Heading of the page\n"
        "Chilean exports to Peru rose for a third year to\n"
        "$2.4 billion\n"
        "(+7,5%).\n"
        "Peru exported goods worth $1.1 billion to Chile against imports of\n"
        "\n"
        "$2.4 billion.\n"
        "\n"
        "A closing paragraph."
    )
    assert clean(page).text.split("\n") == [
        "Chilean exports to Peru rose for a third year to $2.4 billion (+7,5%).",
        "Peru exported goods worth $1.1 billion to Chile against imports of $2.4 billion.",
        "",
        "A closing paragraph.",
    ]


def test_headings_and_short_lines_stay_apart() -> None:
    page = "date 2031-03-02\nPeru trade\nKey figures\nExports rose.\nImports fell."
    assert clean(page).text == "Key figures\nExports rose.\nImports fell."


# Site furniture.


@pytest.mark.parametrize(
    "line",
    [
        "USD 468.21 EUR 503.77 RUB 5.12",
        "USD/PEN 3.71 ▲ EUR/PEN 4.02 ▼",
        "Home | World | Business | Markets",
        "Editor: Ana Quispe",
        "Share on:",
        "Share | Tweet | WhatsApp",
        "Follow us on Telegram @wirenews",
        "FILE PHOTO: Containers at the port of Callao, May 3, 2030. WIRE/Photographer",
        "Photo: Press service",
    ],
)
def test_furniture_lines_are_dropped(line: str) -> None:
    doc = clean(f"date 2031-03-02\nPeru–Chile trade grows\n{line}\nTrade rose 5% in 2030.")
    assert doc.text == "Trade rose 5% in 2030."


def test_photo_credit_closing_a_sentence_is_cut_not_the_sentence() -> None:
    doc = clean(
        "date 2031-03-02\nTrade between Peru and Chile reached $5 billion in 2030. Photo: Agency"
    )
    assert doc.text == "Trade between Peru and Chile reached $5 billion in 2030."


def test_ticker_numbers_never_become_figures() -> None:
    doc = clean(
        "date 2031-03-02\nUSD 3.71 EUR 4.02\nPeru's exports to Chile reached $2.1 billion in 2030."
    )
    sentences = segment_text("doc", doc.text)
    rows = extract_rows("doc", doc.published, doc.title, sentences)
    assert [r["value"] for r in rows] == [pytest.approx(2.1e9)]


def test_numeric_date_read_month_first_only_when_day_first_is_too_early() -> None:
    # day first, 5 June 2031 comes after the January-April 2031 data: it stands
    page = "Copper deal\nPublished: 5/6/2031\nIn January-April 2031, trade grew to $2 billion."
    assert clean(page).published == D(2031, 6, 5)
    # 7/3/2031 day first (7 March) is before April ended: the page is from 3 July
    page = "Copper deal\nPublished: 7/3/2031\nIn January-April 2031, trade grew to $2 billion."
    assert clean(page).published == D(2031, 7, 3)
    # nothing on the page rules day first out
    page = "Copper deal\nPublished: 7/3/2031\nIn 2030, trade grew to $2 billion."
    assert clean(page).published == D(2031, 3, 7)


def test_day_and_month_before_an_agency_in_brackets_is_a_dateline() -> None:
    page = "Copper deal\nNov. 24 (Wire) -- Exports to Chile reached $2 billion in 2030."
    assert clean(page).published == D(2031, 11, 24)
    # "announced on Nov. 24" in a sentence is no dateline
    page = "Copper deal\nThe ministry announced on Nov. 24 that exports reached $2 billion in 2030."
    assert clean(page).published is None


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # the time first, after an agency's name cut from its bracket
        ("Copper deal signed\nWire) 09:01, May 13, 2031\nLIMA -- Body text.", D(2031, 5, 13)),
        ("Copper deal signed\n14:20, 03.11.2031\nBody text here.", D(2031, 11, 3)),
        # year first with slashes, as agencies' stamps print it
        ("Copper deal signed\nWire Agency\n2031/02/05 23:08:49\nBody text here.", D(2031, 2, 5)),
        # a byline after the date
        ("Copper deal signed\n11.02.2031 By: Jane Roe, Lima desk\nBody text here.", D(2031, 2, 11)),
        # a machine-written ISO date in a short head line
        ("Business News of 2031-04-01\nCopper deal signed\nBody text here.", D(2031, 4, 1)),
    ],
)
def test_more_publication_date_forms(page: str, published: dt.date) -> None:
    assert clean(page).published == published


def test_date_lines_after_the_first_paragraph_head_other_stories() -> None:
    lead = "Peru's exports of copper to Chile rose again in 2030, officials said. " * 4
    related = (
        "MORE ABOUT\nCopper fair held in Lima\n16:24, 16.11.2033\nZinc prices up\n16:19, 03.11.2033"
    )
    assert clean(f"Copper deal\n{lead}\n{related}\nBody.").published is None
    # an ISO date in prose is no stamp
    assert (
        clean("Copper deal\nThe office said on 2031-04-01 that trade rose.\nBody.").published
        is None
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        # bylines with the date, in several outlets' styles
        ("By Jane Roe | March 4, 2031", D(2031, 3, 4)),
        ("By Jane Roe, Wire | 4 March 2031 10:15 GMT", D(2031, 3, 4)),
        ("Written by Jane Roe on 4 March 2031", D(2031, 3, 4)),
        # a date between separators
        ("Jane Roe | Mar 4, 2031 | 3 min read", D(2031, 3, 4)),
        ("4 Mar 2031 · 3 min read", D(2031, 3, 4)),
        # an update marker and a US time zone
        ("Last modified on Mon 4 Mar 2031 10.15 GMT", D(2031, 3, 4)),
        ("Mar. 4, 2031 10:15 a.m. ET", D(2031, 3, 4)),
        # a stamp: the date with its time, after a name and an "ago"
        ("Jane Roe 53 seconds ago Mon 13th March 2031 | 03:25 PM", D(2031, 3, 13)),
        # a date line closed by "/ 4 months ago" or a view count
        ("March 4, 2031 / 12:41 AM / 4 months ago", D(2031, 3, 4)),
        ("March 4, 2031 80 Views", D(2031, 3, 4)),
        # capitals, a day-month-year with hyphens, year first with dots
        ("PUBLISHED ON: MARCH 04, 2031", D(2031, 3, 4)),
        ("Published Date: 04-Mar-2031", D(2031, 3, 4)),
        ("2031.03.04 10:15", D(2031, 3, 4)),
        # an agency's name and the date, then the site's furniture
        ("Wire, March 4, 2031 Adjust font size:", D(2031, 3, 4)),
        ("Agencia Andina, 4 March 2031 Print Email", D(2031, 3, 4)),
        ("Lima Daily, Mar. 4, 2031 Share this article", D(2031, 3, 4)),
        # a deadline is no byline; a ticker among separators is no date
        ("By March 4, 2031 the ministry will publish", None),
        ("Friday, March 4, 2031 | Lima 23°C", None),
        ("Friday, March 4, 2031 Lima 23°C", None),
        ("Meanwhile, March 4, 2031 saw exports to Chile rise.", None),
    ],
)
def test_bylines_and_lines_of_parts(line: str, published: dt.date | None) -> None:
    body = "Peru's exports of copper to Chile rose to $2 billion in 2030, officials said in Lima."
    assert clean(f"Copper deal signed\n{line}\n{body}").published == published


def test_a_permalink_in_the_head_dates_the_page_an_upload_folder_does_not() -> None:
    body = "Peru's exports of copper to Chile rose to $2 billion in 2030, officials said in Lima."
    link = "https://news.example.com/business/2031/03/04/copper-deal/"
    assert clean(f"Copper deal signed\n{link}\n{body}").published == D(2031, 3, 4)
    photo = "Photo: https://www.example.com/wp-content/uploads/2027/07/12/copper.jpg"
    assert clean(f"Copper deal signed\n{photo}\n{body}").published is None
    # a site's copyright year is never the page's date
    assert clean(f"Copper deal signed\n© 2031 Example News\n{body}").published is None
