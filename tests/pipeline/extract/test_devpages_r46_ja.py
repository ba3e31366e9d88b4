"""Japanese development pages, round 46: made-up sentences (real countries, made-up numbers and
years) with the forms the pages wrote.

- A first line that ends as a sentence ends ("。", also Urdu "۔" and Hindi "।") is the page's
  lead sentence, not its headline, so its figures are read; near miss: a first line without a
  stop stays the headline.
- "USD" written after a Japanese amount ("46億2000万USD"): US dollars; near miss: the code
  before no amount is no amount.
- A year in two digits before a month or 度 ("19年1月", "16年度") and a span of months across
  two years ("2028年11月~29年2月"); near miss: "10年間" (ten years) is no year.
- The source before "のまとめで", "によれば" or "の集計では" (in its compilation, by what it says),
  with the ministries and statistics offices of the region ("商業省", "税関総局"); near miss: no
  authority named, no source.
- "2029年の50億ドル(約7500億円)から12%増加して56億ドルに" / "前年同期の...から20%落ち込み、...に"
  (rose 12% from A in 2029 to B; fell 20% from A in the same period of the previous year to B),
  also "から3倍の" (three times over): the base's own period for A, the sentence's for B, also
  with the conversions in brackets; near miss: a change with no base amount keeps its period.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.ingest.clean import clean
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_HEAD = "date 2031-03-10\n見出し\n\n"


def test_lead_sentence_first_line_is_read() -> None:
    got = rows("date 2031-03-10\n2030年のタイの日本への輸出は前年比4.1%増の87億ドルとなった。\n")
    assert got[8_700_000_000.0] == (
        "exports", "THA", "JPN", "level", "USD", D(2030, 1, 1), D(2030, 12, 31)
    )  # fmt: skip
    other = rows(
        "date 2031-03-10\n2030年のチリと日本の貿易額は31億ドルに達した。\n\n詳細は後日。\n"
    )
    assert other[3_100_000_000.0][0] == "turnover"
    assert clean("date 2031-03-10\nタイの輸出は増えた。\n\n本文。\n").title is None


def test_lead_sentence_near_miss_a_headline_stays_the_title() -> None:
    assert (
        clean("date 2031-03-10\n日チリ貿易、過去最高に\n\n本文。\n").title
        == "日チリ貿易、過去最高に"
    )


def test_usd_after_a_japanese_amount() -> None:
    got = rows(_HEAD + "2030年のラオスの日本向け輸出額は3億4500万USDだった。\n")
    assert got[345_000_000.0][:5] == ("exports", "LAO", "JPN", "level", "USD")
    other = rows(_HEAD + "2030年、カンボジアと日本の貿易額は約12億USDに上った。\n")
    assert other[1_200_000_000.0][0] == "turnover"


def test_usd_near_miss_without_an_amount() -> None:
    assert "US dollars" not in gloss("USDの相場は安定した。", "ja")


def test_two_digit_years_and_months_across_years() -> None:
    got = rows(_HEAD + "2028年11月~29年2月のカンボジアの対日輸出額は2億ドルとなった。\n")
    assert got[200_000_000.0][5:] == (D(2028, 11, 1), D(2029, 2, 28))
    other = rows(_HEAD + "27年4月~9月のラオスと日本の貿易額は5億ドルだった。\n")
    assert other[500_000_000.0][5:] == (D(2027, 4, 1), D(2027, 9, 30))
    assert "fiscal year 2026" in gloss("26年度の輸出は9億ドルに上った。", "ja")


def test_two_digit_years_near_miss_a_duration() -> None:
    assert "2010" not in gloss("10年間で輸出は9億ドル増えた。", "ja")
    assert "2030" not in gloss("平成30年度の輸出は9億ドルだった。", "ja")


def test_source_compiled_by_a_ministry() -> None:
    got = rows(_HEAD + "2030年のラオスの対日輸出額は、ラオス商業省のまとめで3億ドルとなった。\n")
    assert got[300_000_000.0][:3] == ("exports", "LAO", "JPN")
    assert "according to Ministry of Commerce" in gloss(
        "商業省のまとめで輸出は3億ドルとなった。", "ja"
    )
    assert "according to General Department of Customs" in gloss(
        "税関総局によれば、輸出は3億ドルとなった。", "ja"
    )


def test_source_near_miss_no_authority() -> None:
    assert "according to" not in gloss("輸出は3億ドルとなった。", "ja")


def test_change_from_a_dated_base_amount() -> None:
    got = rows(
        _HEAD + "2030年のペルーと日本の貿易額は2029年の40億ドル(約6000億円)から15%拡大して"
        "46億ドル(約6900億円)に達した。\n"
    )
    assert got[4_000_000_000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))
    assert got[4_600_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[15.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    other = rows(
        _HEAD + "2030年1~6月のラオスの対日輸出額は前年同期の2億ドル(約300億円)から20%落ち込み、"
        "1億6000万ドル(約240億円)にとどまった。\n"
    )
    assert other[200_000_000.0][5:] == (D(2029, 1, 1), D(2029, 6, 30))
    assert other[160_000_000.0][5:] == (D(2030, 1, 1), D(2030, 6, 30))
    assert other[-20.0][3] == "pct_change"
    times = rows(
        _HEAD
        + "2030年のチリと日本の貿易額は2010年の1億ドル(約150億円)から30倍の30億ドルへと増えた。\n"
    )
    assert times[100_000_000.0][5:] == (D(2010, 1, 1), D(2010, 12, 31))
    assert times[30.0][3:4] == ("multiple",)


def test_change_from_near_miss_no_base_amount() -> None:
    got = rows(_HEAD + "2030年のペルーと日本の貿易額は前年比15%拡大して46億ドルに達した。\n")
    assert got[4_600_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert 4_000_000_000.0 not in got
