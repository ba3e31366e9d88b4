"""A year series with its subject dropped (round 31, gu13; Vietnamese copy glossed): "Hàng Việt
Nam vào Peru cũng tăng đều. Năm 2027 đạt 312 triệu USD, tăng 4,1%; năm 2028 đạt 355 triệu USD"
— each clause opens with its year and "reached", and the trade is the one the sentence before
names ("hàng X vào Y": X's goods into Y, X's exports to Y). A series in a sentence that names
another economy ("The largest value belongs to Chile: 2027 reached ...") is that economy's and
not the previous figure's; it is left unread rather than given the wrong pair. Made-up
sentences."""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, r.reporter, r.partner, r.period_start.year, r.measure, r.value)
        for r in out.itertuples()
    }


def test_a_vietnamese_year_series_after_its_topic() -> None:
    got = _rows(
        "date 2029-05-01\nXuất khẩu của Việt Nam sang Peru\nMấy năm qua, hàng Việt Nam vào Peru"
        " cũng tăng đều nhất.\nNăm 2027 đạt 312 triệu USD, tăng 4,1%; năm 2028 đạt 355 triệu"
        " USD, tăng 13,8%.\n"
    )
    assert got == {
        ("exports", "VNM", "PER", 2027, "level", 312e6),
        ("exports", "VNM", "PER", 2027, "pct_change", 4.1),
        ("exports", "VNM", "PER", 2028, "level", 355e6),
        ("exports", "VNM", "PER", 2028, "pct_change", 13.8),
    }
    assert gloss("hàng Việt Nam vào Peru", "vi") == "exports from Vietnam to Peru"


def test_an_english_series_opening_with_its_year() -> None:
    got = _rows(
        "date 2029-05-01\nTrade\nIn recent years, exports from Vietnam to Peru rose steadily.\n"
        "2027 reached $312 million; 2028 reached $355 million.\n"
    )
    assert {(r[3], r[5]) for r in got} == {(2027, 312e6), (2028, 355e6)}
    assert {r[:3] for r in got} == {("exports", "VNM", "PER")}


def test_near_miss_a_series_of_another_economy_is_not_the_previous_pairs() -> None:
    got = _rows(
        "date 2029-05-01\nTrade\nIn recent years, exports from Vietnam to Peru rose steadily.\n"
        "2027 reached $312 million; 2028 reached $355 million.\nThe largest value belongs to"
        " Chile: 2027 reached $1.1 billion, down 7.7%; 2028 reached $1.4 billion, up 27.3%.\n"
    )
    assert {r[:3] for r in got} == {("exports", "VNM", "PER")}
    assert dt.date(2027, 1, 1).year in {r[3] for r in got}
