"""Round 25, a kind seen on the `gu` pages (dev), with made-up Vietnamese: "xuất khẩu của Việt
Nam vào Ấn Độ" (Vietnam's exports into India): "vào" after exports is their destination."""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_vietnamese_exports_into_a_country() -> None:
    assert gloss("xuất khẩu của Việt Nam vào Ấn Độ", "vi") == "Vietnam's exports to India"
    got = rows(
        "date 2032-03-01\nTheo Bộ Công Thương, năm 2031 xuất khẩu của Việt Nam vào Ấn Độ đạt 6,2 "
        "tỷ USD, tăng 8,1% so với năm trước, trong khi nhập khẩu từ Ấn Độ đạt 4,9 tỷ USD.\n"
    )
    assert got[6.2e9] == ("exports", "VNM", "IND", "level", "USD", D(2031, 1, 1), D(2031, 12, 31))


def test_vietnamese_in_a_place_after_no_export_stays_in() -> None:
    # near miss: "vào" after a word that is no export stays "in"
    assert gloss("đầu tư vào Ấn Độ", "vi") == "investment in India"
