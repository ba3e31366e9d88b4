"""Round 36: a ranking whose rank opens the sentence before the economy ("Second is Thailand, in
2029 reaching $957m", "The largest value belongs to Indonesia: in 2029 it reached $1bn", and the
Vietnamese "Xếp thứ hai là ...", "Kế đến là ...", "... thuộc về ..."). Every amount of the sentence
is that economy's; it takes the side the page ranks (the side whose economy the page gave a rank
of its own); when the page ranks neither, the sentence is left unread. Made-up sentences."""

import logging

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-05-04") -> set[tuple]:
    out = figures(f"date {date}\nExporters to Chile\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start)[:10])
        for r in out.itertuples()
    }


def test_a_rank_before_the_economy_continues_the_ranked_side() -> None:
    got = _rows(
        "Peru ranks fourth among the region's exporters to Chile. Peru's exports to Chile reached"
        " $457 million in 2029, up 2.2%. The largest value belongs to Bolivia: in 2029 it reached"
        " $1.018 billion, down 27.7%; in 2030 it reached $1.477 billion. Second is Ecuador, in"
        " 2029 reaching $957 million, down 35%. Next is Colombia, in 2029 reaching $961 million."
    )
    assert ("exports", "BOL", "CHL", "level", 1.018e9, "2029-01-01") in got
    assert ("exports", "BOL", "CHL", "pct_change", -27.7, "2029-01-01") in got
    assert ("exports", "BOL", "CHL", "level", 1.477e9, "2030-01-01") in got
    assert ("exports", "ECU", "CHL", "level", 957e6, "2029-01-01") in got
    assert ("exports", "ECU", "CHL", "pct_change", -35.0, "2029-01-01") in got
    assert ("exports", "COL", "CHL", "level", 961e6, "2029-01-01") in got
    assert not any(r[1] == "PER" and r[4] in (1.018e9, 957e6, 961e6) for r in got)


def test_in_second_place_is_and_then_came() -> None:
    got = _rows(
        "Peru was ranked 3rd among suppliers of Chile. Peru's exports to Chile were $5 million in"
        " 2030. In second place is Bolivia with $7 million. Then came Ecuador, with $9 million."
    )
    assert ("exports", "BOL", "CHL", "level", 7e6, "2030-01-01") in got
    assert ("exports", "ECU", "CHL", "level", 9e6, "2030-01-01") in got


def test_near_miss_without_a_ranked_side_the_ranking_is_left_unread() -> None:
    # Ecuador may be Peru's second market or Chile's second supplier: no row, as in round 31
    got = _rows(
        "Peru's exports to Chile reached $457 million in 2029. Second is Ecuador, with $957"
        " million."
    )
    assert not any(r[4] == 957e6 for r in got)


def test_near_miss_a_rank_opening_a_sentence_with_its_own_flow_word() -> None:
    got = _rows(
        "Peru ranks fourth among exporters to Chile. Peru's exports to Chile reached $457 million"
        " in 2029. Second is Bolivia, whose imports from Chile were $100 million."
    )
    assert ("imports", "BOL", "CHL", "level", 100e6, "2029-01-01") in got


def test_vietnamese_rank_openers() -> None:
    out = figures(
        "date 2031-05-04\nXuất khẩu sang Chile\nPeru xếp thứ 4 trong các nước bán hàng vào Chile."
        " Xuất khẩu của Peru sang Chile năm 2029 đạt 457 triệu USD, tăng 2,2%.\n\nKim ngạch lớn"
        " nhất luôn thuộc về Bolivia: năm 2029 đạt 1,018 tỷ USD, giảm 27,7%.\n\nXếp thứ hai là"
        " Ecuador, năm 2029 đạt 957 triệu USD.\n\nKế đến là Colombia, năm 2029 đạt 961 triệu"
        " USD.\n"
    )
    got = {(r.reporter, r.partner, r.value) for r in out.itertuples() if r.measure == "level"}
    assert ("BOL", "CHL", 1.018e9) in got
    assert ("ECU", "CHL", 957e6) in got
    assert ("COL", "CHL", 961e6) in got


def test_the_first_ranked_after_a_sentence_that_ranks_the_partner() -> None:
    got = _rows(
        "Trade between Peru and Chile reached $19.3 billion in 2030. Among Peru's trading"
        " partners, Chile ranked 14th. Bolivia was the largest with $301.5 billion, followed by"
        " Ecuador ($169.1 billion) and Colombia ($84.7 billion)."
    )
    assert ("turnover", "PER", "BOL", "level", 301.5e9, "2030-01-01") in got
    assert ("turnover", "PER", "ECU", "level", 169.1e9, "2030-01-01") in got
    assert not any(r[2] == "CHL" and r[4] == 301.5e9 for r in got)


def test_near_miss_the_largest_market_for_another_flow_is_not_ranked_first() -> None:
    # "the largest market for ... exports" names its own flow: no ranking of the trade before
    got = _rows(
        "Peru's imports from Chile reached $5 billion in 2030. Among Peru's partners, Chile ranked"
        " 14th. Bolivia was the largest market for Peruvian exports, at $9 billion."
    )
    assert not any(r[0] == "imports" and r[4] == 9e9 for r in got)


def test_a_ranking_before_any_figure_of_the_page_reads_nothing_and_does_not_fail(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # a rank sentence and a rank-first sentence with no figure before them: nothing to continue,
    # and no failure of the document (which would be logged and the page left out)
    with caplog.at_level(logging.ERROR):
        out = figures(
            "date 2031-05-04\nSuppliers of Chile\nPeru ranked third among the suppliers of Chile."
            " Second is Bolivia, with $5 million.\n"
        )
    assert out.empty
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
