"""Round 25, kinds seen on the round-24 `hb` pages (now dev), each with made-up sentences:

- Bengali months of a year written before their count ("২০৩১-৩২ অর্থবছরের প্রথম ১১ মাসে") and a
  partner's postposition before "X's total exports" with a comma, or before bare "total imports";
- "A and B's total trade": two owners joined before a possessive own the pair's total, not a
  country's trade with the world;
- a split fiscal year when both countries have one: the dateline's country of the pair decides
  (the point of view the text takes, NOTES.md);
- "targeting a tenfold growth" is a target.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_bengali_months_of_a_fiscal_year() -> None:
    assert gloss("২০৩১-৩২ অর্থবছরের প্রথম ১১ মাসে", "bn") == (
        "in the first 11 months of fiscal year 2031-32"
    )
    assert gloss("চলতি অর্থবছরের প্রথম ৬ মাসে", "bn") == "in the first 6 months of this fiscal year"
    assert gloss("ভারতে, বাংলাদেশের মোট রপ্তানি", "bn") == "Bangladesh's total exports to India"
    assert gloss("ভারত থেকে আমদানির মোট পরিমাণ", "bn") == "total imports from India"


def test_bengali_page_with_months_of_a_fiscal_year() -> None:
    got = rows(
        "date 2032-06-20\nবাংলাদেশ ও ভারতের মধ্যে বাণিজ্য নিয়ে দুই দেশের কর্মকর্তারা বৈঠক করেছেন।\n"
        "২০৩১-৩২ অর্থবছরের প্রথম ১১ মাসে ভারতে, বাংলাদেশের মোট রপ্তানি দাঁড়িয়েছে ১.৯ বিলিয়ন "
        "মার্কিন ডলার।\n"
    )
    assert got[1.9e9] == ("exports", "BGD", "IND", "level", "USD", D(2031, 7, 1), D(2032, 5, 31))


def test_joint_owners_of_total_trade() -> None:
    out = figures(
        "date 2032-03-01\nIn 2031, Chile and Korea's total trade stood at $6.2 billion, the "
        "customs office said.\n"
    )
    assert [(r.flow, {r.reporter, r.partner}, r.value) for r in out.itertuples()] == [
        ("turnover", {"CHL", "KOR"}, 6.2e9)
    ], out.to_string()


def test_one_owner_of_total_trade_stays_a_world_total() -> None:
    # near miss: one owner's total trade is its trade with the world
    out = figures(
        "date 2032-03-01\nIn 2031, Korea's total trade stood at $1.4 trillion, the customs "
        "office said.\n"
    )
    assert out.empty, out.to_string()


def test_dateline_country_decides_a_split_fiscal_year() -> None:
    text = (
        "date 2032-03-01\n{city}: Exports from Pakistan to India stood at $0.3 billion in "
        "fiscal year 2030-31, the ministry said.\n"
    )
    pakistan = figures(text.format(city="ISLAMABAD"))
    assert (pakistan.period_start.iloc[0], pakistan.period_end.iloc[0]) == (
        D(2030, 7, 1),
        D(2031, 6, 30),
    )
    india = figures(text.format(city="NEW DELHI"))
    assert (india.period_start.iloc[0], india.period_end.iloc[0]) == (D(2030, 4, 1), D(2031, 3, 31))


def test_targeting_a_multiple_is_a_target() -> None:
    out = figures(
        "date 2032-03-01\nLeaders of Peru and Japan set out a roadmap, targeting a threefold "
        "growth in bilateral trade over the next decade.\n"
    )
    assert list(zip(out.measure, out.value, out.status, strict=True)) == [
        ("multiple", 3.0, "target")
    ], out.to_string()


def test_indonesian_capitalised_dollars_and_years() -> None:
    assert gloss("2,1 miliar Dolar Amerika Serikat (AS)", "id") == "2.1 billion US dollars"
    assert gloss("1,6 miliar Dolar AS", "id") == "1.6 billion US dollars"
    assert gloss("investasi Jepang di Indonesia", "id") == "investment Japan in Indonesia"
    got = rows(
        "Presiden bertemu Perdana Menteri Malaysia di Jakarta pada Kamis (12/5/2033) untuk "
        "membahas perdagangan kedua negara.\nTahun lalu, nilai perdagangan bilateral antara "
        "Indonesia dengan Malaysia mencapai 9,4 miliar Dolar AS, sedangkan pada 2031 nilai "
        "perdagangan kedua negara mencapai 8,8 miliar Dolar AS.\n"
    )
    assert got[9.4e9] == ("turnover", "IDN", "MYS", "level", "USD", D(2032, 1, 1), D(2032, 12, 31))
    assert got[8.8e9][5] == D(2031, 1, 1)


def test_made_up_of_parts_is_no_rise() -> None:
    out = figures(
        "date 2032-12-20\nTrade between Laos and Cambodia neared 410 million USD last year. In "
        "the first 11 months of this year the figure topped 380 million USD, made up of 95 "
        "million USD worth of Laos's imports and 285 million USD worth of Lao exports.\n"
    )
    got = {(r.flow, r.measure, r.value, r.period_end) for r in out.itertuples()}
    assert got == {
        ("turnover", "level", 410e6, D(2031, 12, 31)),
        ("turnover", "level", 380e6, D(2032, 11, 30)),
        ("imports", "level", 95e6, D(2032, 11, 30)),
        ("exports", "level", 285e6, D(2032, 11, 30)),
    }, out.to_string()


def test_a_rise_of_an_amount_stays_a_change() -> None:
    # near miss: "up" as the direction of a change before "of"
    out = figures(
        "date 2032-12-20\nTrade between Laos and Cambodia reached 410 million USD in 2031, a "
        "step up of 40 million USD from 2030.\n"
    )
    assert ("abs_change", 40e6) in set(zip(out.measure, out.value, strict=True)), out.to_string()
