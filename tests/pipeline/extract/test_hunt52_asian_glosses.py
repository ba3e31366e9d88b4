"""Round 52 hunt (hunt52a), Asian-language pages read through the gloss. Three kinds, made-up
sentences with made-up figures and other pairs:

- Japanese, "a change's named base taken as the figure's period": "5月より4.4%増加" (up 4.4% on
  May), "去年の同じ時期より9.1%増えて" (up 9.1% on the same period last year), "2027年比
  2.5%増の" (up 2.5% on 2027) dated the change, and the level beside it, in the base's month or
  year. 3 hunted pages from 3 outlets (a china.org.cn mirror, CRI Japanese, livedoor), 12 rows.
  With it, "1月―11月" (a month span with a horizontal bar) read as January alone (1 page, 3 rows)
  and "第3四半期まで" (up to the third quarter) read as the third quarter alone (1 page, 9 rows).
- Urdu, "an amount in words": "بیس کروڑ ڈالر" (20 crore dollars), "ایک ارب 40 کروڑ" (one
  billion 40 crore), "3 اعشاریہ 2 ارب" (3 point 2 billion) lost or misread. 3 hunted pages from 3
  outlets (Dunya, Asal Media, HUM News), 7 rows.
- Chinese, "a character's pinyin bracketed after it" ("貿(mào)易", as some mirrors print the
  ruby): the words broke and the figures were lost. 4 hunted pages from 4 sites, 2 with lost
  figures (15 rows).
"""

from pipeline.extract.urdu import prepare as urdu_prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str, title: str = "Trade news") -> set[tuple]:
    out = figures(f" date {date}\n{title}\n\n{text}\n")
    # (a turnover's pair has no order: written sorted)
    return {
        (r.flow, *(sorted if r.flow == "turnover" else list)((r.reporter, r.partner)))
        + (str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


def test_japanese_change_on_a_named_month() -> None:
    got = _rows("3月の日本の対韓輸出額は4500億円で、2月より12.5%増加した。", "2031-04-20")
    assert got == {
        ("exports", "JPN", "KOR", "2031-03-01", "2031-03-31", "level", 4.5e11),
        ("exports", "JPN", "KOR", "2031-03-01", "2031-03-31", "pct_change", 12.5),
    }


def test_japanese_change_on_the_same_period_last_year() -> None:
    got = _rows(
        "日本の財務省によりますと、6月のタイへの輸出額が2300億円に達し、去年の同じ時期より8.2%増えました。",
        "2031-07-25",
    )
    assert got == {
        ("exports", "JPN", "THA", "2031-06-01", "2031-06-30", "level", 2.3e11),
        ("exports", "JPN", "THA", "2031-06-01", "2031-06-30", "pct_change", 8.2),
    }


def test_japanese_change_on_a_named_year_and_a_span_with_a_bar() -> None:
    got = _rows(
        "2030年1月―10月の日本とインドの貿易額は、2029年同期と比較して6.3%増加し、250億ドルとなった。",
        "2030-12-01",
    )
    assert got == {
        ("turnover", "IND", "JPN", "2030-01-01", "2030-10-31", "pct_change", 6.3),
        ("turnover", "IND", "JPN", "2030-01-01", "2030-10-31", "level", 2.5e10),
    }


def test_japanese_up_to_a_quarter() -> None:
    got = _rows(
        "今年第2四半期までの中国とブラジルの貿易総額は前年同期比4.1%増の9200億元でした。",
        "2031-07-20",
    )
    assert {(r[0], r[3], r[4], r[6]) for r in got} == {
        ("turnover", "2031-01-01", "2031-06-30", 4.1),
        ("turnover", "2031-01-01", "2031-06-30", 9.2e11),
    }


def test_near_miss_japanese_year_on_year_and_a_quarter_alone() -> None:
    # near misses: the usual base ("前年比") and a quarter without "まで" keep their reading
    got = _rows(
        "今年第3四半期の日本の対韓輸出は前年比5.2%増の1兆8300億円だった。",
        "2031-11-10",
    )
    assert got == {
        ("exports", "JPN", "KOR", "2031-07-01", "2031-09-30", "pct_change", 5.2),
        ("exports", "JPN", "KOR", "2031-07-01", "2031-09-30", "level", 1.83e12),
    }


def test_urdu_amounts_in_words() -> None:
    got = _rows(
        "رواں مالی سال 2030 میں پاکستان اور ترکیہ کے درمیان تجارت کا حجم چھیاسی کروڑ ڈالر رہا۔",
        "2031-02-01",
    )
    assert {(r[0], r[6]) for r in got} == {("turnover", 8.6e8)}
    got = _rows(
        "2030 میں ترکیہ کے ساتھ پاکستان کی دو طرفہ تجارت کا حجم 4 اعشاریہ 7 ارب ڈالر تک پہنچا۔",
        "2031-02-01",
    )
    assert {(r[0], r[6]) for r in got} == {("turnover", 4.7e9)}


def test_urdu_one_before_a_scale() -> None:
    # (round 59: the amount in two scales is then written as one, "1 ارب 40 کروڑ" -> "1.4 ارب")
    assert "1.4 ارب" in urdu_prepare("درآمدات کا حجم ایک ارب 40 کروڑ ڈالر رہا")


def test_near_miss_urdu_words_without_a_scale_stay() -> None:
    # near misses: "اسی" (this same / eighty) and "دو" (two / bilateral) not before a scale
    text = "اسی طرح دو طرفہ تجارت اسی مدت میں 3 ارب ڈالر رہی"
    assert urdu_prepare(text) == text


def test_chinese_pinyin_bracketed_after_characters() -> None:
    got = _rows("2030年中印雙邊貿(mào)易總額達(dá)1288.5億美元,增長(zhǎng)12.4%。", "2031-01-20")
    assert {(r[0], r[3], r[5], r[6]) for r in got} == {
        ("turnover", "2030-01-01", "level", 1.2885e11),
        ("turnover", "2030-01-01", "pct_change", 12.4),
    }
    got = _rows("商務(wù)部表示,2030年中国与巴西双边贸(mào)易额为1711亿美元。", "2031-01-20")
    assert {(r[0], r[5], r[6]) for r in got} == {("turnover", "level", 1.711e11)}


def test_near_miss_chinese_bracketed_code_stays() -> None:
    # near miss: a bracketed code after a character is no pinyin
    got = _rows("2030年中国与巴西双边贸易额为1.2万亿元(CNY)。", "2031-01-20")
    assert {(r[0], r[6]) for r in got} == {("turnover", 1.2e12)}


def test_urdu_year_in_words_and_a_future_reach() -> None:
    # (with the amounts in words, dev ii04: "سال دوہزار بارہ میں", "تک پہنچ جائے گا")
    got = _rows(
        "سال دوہزار انتیس میں ترکیہ سے پاکستان کی درآمدات کا حجم نو ارب بیس کروڑ ڈالر رہا۔",
        "2030-03-01",
    )
    assert {(r[0], r[3], r[6]) for r in got} == {("imports", "2029-01-01", 9.2e9)}
    out = figures(
        " date 2030-03-01\nTrade news\n\nماہرین کا اندازہ ہے کہ آئندہ دو سالوں میں پاکستان اور"
        " ترکیہ کی باہمی تجارت کا حجم پندرہ ارب ڈالر تک پہنچ جائے گا۔\n"
    )
    assert {(r.flow, r.value, r.status) for r in out.itertuples()} == {
        ("turnover", 1.5e10, "target")
    }


def test_near_miss_urdu_two_thousand_crore_is_an_amount() -> None:
    # near miss: "دو ہزار" before a number and a scale is an amount, not a year
    text = "حجم دو ہزار پانچ کروڑ روپے رہا"
    assert "2005" not in urdu_prepare(text)
