"""Chinese development pages, round 46: made-up sentences (real countries, made-up numbers and
years) with the forms the pages wrote.

- The region's other currencies right after an amount ("5000亿泰铢", "30亿英镑", "12亿加元"), and
  "新元"/"新币" as the dollar of the economy the sentence names (Singapore's or New Zealand's);
  near miss: the characters inside other words ("参加元首会议") and "新元" with neither economy
  named stay unread.
- "从2001年的X大幅增加到2030年的Y" / "...到去年的Y" (rose sharply from X in 2001 to Y in 2030 /
  last year): an adverb before the verb and the level reached with its own year; near miss: the
  level reached with no year of its own keeps the sentence's.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_HEAD = "date 2031-03-10\n标题\n\n"


def test_region_currencies_after_an_amount() -> None:
    got = rows(_HEAD + "2030年中泰贸易额为5000亿泰铢。\n")
    assert got[500_000_000_000.0][:5] == ("turnover", "CHN", "THA", "level", "THB")
    other = rows(_HEAD + "2030年,中国对英国出口30亿英镑,自加拿大进口12亿加元。\n")
    assert other[3_000_000_000.0][4] == "GBP"
    assert other[1_200_000_000.0][4] == "CAD"
    sgd = rows(_HEAD + "2030年中国与新加坡贸易额为80亿新元。\n")
    assert sgd[8_000_000_000.0][4] == "SGD"
    nzd = rows(_HEAD + "2030年中国与新西兰贸易额为60亿新元。\n")
    assert nzd[6_000_000_000.0][4] == "NZD"


def test_region_currencies_near_miss() -> None:
    assert "Canadian" not in gloss("两国领导人参加元首会议。", "zh")
    assert "dollars" not in gloss("两国贸易额为80亿新元。", "zh")


def test_from_dated_amount_to_dated_amount() -> None:
    got = rows(_HEAD + "中泰贸易额从2001年的50亿美元大幅增加到2030年的120亿美元。\n")
    assert got[5_000_000_000.0][5:] == (D(2001, 1, 1), D(2001, 12, 31))
    assert got[12_000_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    other = rows(_HEAD + "中老双边贸易额从2005年的3亿美元稳步增长到去年的40亿美元。\n")
    assert other[300_000_000.0][5:] == (D(2005, 1, 1), D(2005, 12, 31))
    assert other[4_000_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_from_dated_amount_near_miss_no_year_after() -> None:
    got = rows(_HEAD + "2030年中泰贸易额从2001年的50亿美元增至120亿美元。\n")
    assert got[12_000_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[5_000_000_000.0][5:] == (D(2001, 1, 1), D(2001, 12, 31))
