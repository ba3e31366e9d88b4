"""Round 55 kind: a page's publication date printed in a form the date finder missed, so that
the page's relative periods ("January-October this year", "this fiscal year") stayed empty
(NOTES: publication date is a dateline, a "Published"/"Updated" line, ...). Three forms, seen on
dev pages of four outlets in three languages (hp11 vietbao, vi: "Nhịp sống - Ngày đăng : 14:08,
27/10/2023"; ii02 china.com.cn, zh: "中国网 china.com.cn 时间: 2013-07-23 来源: 中国网"; hy01 NNA,
ja: a headline closing "[経済](2019/03/20)"; ii03 chinaorgjp, ja: a closing credit
"「人民網日本語版」2006年11月14日"):

- a labelled part of a short head line, after a section's or an outlet's name, before the next
  label ("Section - Label : time, date", "Outlet site.tld Label: date Label: name");
- a full date in brackets closing a head line (an agency's headline stamp);
- a source credit closing the page: an outlet's name in brackets or quotes and a full date alone.

Made-up page heads and tails (other outlets, other dates)."""

import datetime as dt

from pipeline.ingest.clean import clean
from pipeline.ingest.published import find_published

BODY = "\nTrade between Chile and Peru grew in the first ten months of this year.\n"


def test_a_labelled_part_after_a_section_name_dates_the_page() -> None:
    head = "Chile and Peru talk trade\nKinh tế - Ngày đăng : 09:15, 04/03/2031\n"
    assert find_published(head + BODY) == dt.date(2031, 3, 4)


def test_a_labelled_part_between_an_outlet_and_another_label_dates_the_page() -> None:
    head = "Chile and Peru talk trade\n某某网 news.example.cn 日期: 2031-03-04 作者: 某某\n"
    assert find_published(head + BODY) == dt.date(2031, 3, 4)


def test_near_miss_a_labelled_part_before_prose_dates_nothing() -> None:
    head = "Chile and Peru talk trade\nSection - Read also : talks held in Lima went well\n"
    assert find_published(head + BODY) is None


def test_a_bracketed_date_closing_the_headline_dates_the_page() -> None:
    page = "【Peru】Trade with Chile tops $600m [Economy](2031/03/20)\n" + BODY
    assert clean(page).published == dt.date(2031, 3, 20)


def test_a_bracketed_numeric_date_closing_a_head_line_dates_the_page() -> None:
    page = "Peru and Chile sign a deal\nTrade news (20.03.2031)\n" + BODY
    assert clean(page).published == dt.date(2031, 3, 20)


def test_near_miss_two_bracketed_dates_are_a_list_of_stories() -> None:
    head = "Peru trade (2031/03/20)\nChile trade (2031/03/18)\n"
    assert find_published(head + BODY) is None


def test_a_closing_credit_with_a_cjk_date_dates_the_page() -> None:
    page = "Chile and Peru trade\n" + BODY + "「某某網英語版」2031年11月14日\n"
    assert clean(page).published == dt.date(2031, 11, 14)


def test_a_closing_credit_in_brackets_dates_the_page() -> None:
    page = "Chile and Peru trade\n" + BODY + "(Andes Wire) 14 November 2031\n"
    assert clean(page).published == dt.date(2031, 11, 14)


def test_near_miss_a_closing_sentence_with_a_date_dates_nothing() -> None:
    page = "Chile and Peru trade\n" + BODY + "The talks resume on 14 November 2031 in Lima.\n"
    assert clean(page).published is None
