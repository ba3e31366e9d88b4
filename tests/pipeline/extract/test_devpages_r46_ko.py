"""Korean development pages, round 46: made-up sentences (real countries, made-up numbers and
years) with the forms the pages wrote.

- "1990년 200만 달러에서 2030년 45억 달러로" / "...에서 지난해 ...로" (from A in 1990 to B in
  2030 / last year): each amount dated by its own year; near miss: two amounts with no year keep
  the sentence's period.
- "기획재정부가 12일 공개한 '...' 자료를 보면" / "관세청이 발표한 ... 동향에 따르면" (according to the
  data the ministry released on the 12th): the source, and the ministries of Economy and
  Finance and Statistics Korea as South Korea's; near miss: a company's data is no source.
- A publication date written in Korean, Japanese or Chinese units after the site's label ("입력
  2031년 3월 9일 03시 00분", "发布时间：2031年3月9日"): "last year" is resolved with it; near
  miss: such a date in the text with no label is no publication date.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.ingest.published import find_published
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_HEAD = "date 2031-03-10\n제목\n\n"


def test_from_to_each_amount_with_its_year() -> None:
    got = rows(
        _HEAD + "한국과 칠레의 교역 규모는 1990년 200만 달러에서 2030년 45억 달러로 커졌다.\n"
    )
    assert got[2_000_000.0][5:] == (D(1990, 1, 1), D(1990, 12, 31))
    assert got[4_500_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    other = rows(_HEAD + "한국의 페루 수출은 2001년 300만 달러에서 지난해 7억 달러로 늘었다.\n")
    assert other[3_000_000.0][:3] == ("exports", "KOR", "PER")
    assert other[3_000_000.0][5:] == (D(2001, 1, 1), D(2001, 12, 31))
    assert other[700_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_from_to_near_miss_without_years() -> None:
    got = rows(_HEAD + "2030년 한국의 페루 수출은 3억 달러에서 7억 달러로 늘었다.\n")
    assert got[700_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_source_the_data_a_ministry_released() -> None:
    out = figures(
        _HEAD + "기획재정부가 9일 공개한 '한-칠레 교역 현황' 자료를 보면 한국과 칠레의 교역 규모는 "
        "2030년 45억 달러였다.\n"
    )
    assert set(out["source_country"]) == {"KOR"}
    assert "according to the data released by Statistics Korea" in gloss(
        "통계청이 발표한 무역 동향에 따르면 수출은 3억 달러였다.", "ko"
    )


def test_source_near_miss_a_company() -> None:
    out = figures(_HEAD + "한국과 칠레의 교역 규모는 2030년 45억 달러였다.\n")
    assert set(out["source_country"]) == {None}


def test_publication_date_in_korean_units() -> None:
    page = "한-칠레 교역\n\n  • 입력 2031년 3월 9일 03시 00분\n\n"
    got = rows(page + "지난해 한국과 칠레의 교역 규모는 45억 달러였다.\n")
    assert got[4_500_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert find_published("标题\n\n发布时间：2031年3月9日 10:20\n\n正文") == D(2031, 3, 9)


def test_publication_date_near_miss_no_label() -> None:
    assert find_published("제목\n\n2031년 3월 9일 회의가 열렸다.\n\n본문") is None
