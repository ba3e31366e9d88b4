"""Vietnamese pages read through the English rules (``pipeline.extract.vietnamese``, ``vi`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Vietnamese outlets write trade figures in: "kim ngạch
xuất khẩu sang Nhật Bản đạt 24,6 tỷ USD, tăng 5,2% so với cùng kỳ năm trước", "tháng 1-11",
"6 tháng đầu năm", "quý II/2031". Near misses: an English page quoting Vietnamese names, a Czech
page and an Indonesian page are not Vietnamese; a month number past 12 and "năm" before no year
stay as written.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_a_vietnamese_page() -> None:
    page = (
        "Kim ngạch thương mại song phương giữa Việt Nam và Nhật Bản tăng mạnh, theo số liệu của "
        "Tổng cục Hải quan. Các doanh nghiệp được hưởng lợi từ hiệp định này và có nhiều đơn hàng."
    )
    assert language([page]) == "vi"
    # near misses: English, Czech and Indonesian pages are not Vietnamese
    english = "The trade between Vietnam and Japan rose, the ministry said, and the exports of "
    assert language([english * 3 + "Việt Nam và Nhật Bản của"]) is None
    czech = "Vývoz do Číny podle údajů úřadu také rostl, které firmy jsou na trhu, že bylo více."
    assert language([czech]) == "cs"  # Czech is glossed since round 16: its own
    indonesian = (
        "Nilai perdagangan antara Indonesia dan Jepang yang naik pada tahun ini untuk ekspor."
    )
    assert language([indonesian]) == "id"


def test_vietnamese_calendar_words() -> None:
    assert gloss("trong năm 2031", "vi") == "in 2031"
    assert gloss("từ tháng 1-11 năm 2031", "vi") == "from January-November 2031"
    assert gloss("trong tháng 3", "vi") == "in March"
    assert gloss("6 tháng đầu năm 2031", "vi") == "the first 6 months of 2031"
    assert gloss("trong quý II/2031", "vi") == "in the second quarter of 2031"
    # near misses: no month 13, "năm" before no year (five years) stays
    assert gloss("tháng 13", "vi") == "tháng 13"
    assert gloss("5 năm", "vi") == "5 năm"


def test_vietnamese_owner_after_flow() -> None:
    assert (
        gloss("Xuất khẩu gạo của Thái Lan đạt 2,4 tỷ USD", "vi")
        == "Thailand's rice exports reached 2.4 billion USD"
    )
    # near miss: "of" before no name stays
    assert gloss("xuất khẩu của họ", "vi") == "exports of họ"


def test_vietnamese_pair_level_change_and_period() -> None:
    got = rows(
        "Kim ngạch thương mại song phương giữa Việt Nam và Nhật Bản tăng mạnh, theo số liệu của "
        "Tổng cục Hải quan, và các doanh nghiệp có nhiều đơn hàng.\n"
        "Trong năm 2031, kim ngạch xuất khẩu của Việt Nam sang Nhật Bản đạt 24,6 tỷ USD, tăng 5,2% "
        "so với năm 2030."
    )
    level = got[24_600_000_000.0]
    assert level[:5] == ("exports", "VNM", "JPN", "level", "USD")
    assert level[5:] == (D(2031, 1, 1), D(2031, 12, 31))
    change = got[5.2]
    assert change[:5] == ("exports", "VNM", "JPN", "pct_change", "percent")
