"""Round 44: the Chinese trade-news register (``pipeline.extract.chinese``, ``zh`` rows of
``lexicon/foreign_words.csv``), simplified and traditional, group by group: change and level verbs
("激增", "下跌", "萎缩", "年增", "同比增", "增幅为", "翻了一番", "N倍", "突破", "共计", "录得", "从X增至Y",
"比上年多"); time ("头10个月", "首季", "1月份至10月份", "过去五年", "今年以来", "2025年以来", "2030年底",
"2030财年", "从2025年到2030年", "比2029年", "在2029年的基础上"); flows ("货物贸易额", "贸易顺差",
"直接投资存量"); sides ("两国之间的", "双方", "对X贸易"); hedges and targets ("左右", "以上", "多亿",
"近", "超", "不到", "到2035年", "有望", "将达"). Made-up sentences; near misses keep a word unread
where it is no register word ("人口增", "10年以上", "出超", "回到2019年", "年均增长", "建交以来")."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "中柬经贸", date: str = "2031-03-01") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return {
        (
            r.flow,
            r.reporter,
            r.partner,
            str(r.period_start),
            str(r.period_end),
            r.value,
            r.unit,
            r.measure,
        )
        for r in out.itertuples()
    }


Y2030 = ("2030-01-01", "2030-12-31")
EXPORTS = ("exports", "CHN", "KHM")
TRADE = ("turnover", "CHN", "KHM")


def _glossed(text: str) -> str:
    return gloss(text, "zh", False)


# --- change and level verbs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("激增45%", 45.0),
        ("猛增45%", 45.0),
        ("飙升45%", 45.0),
        ("上涨45%", 45.0),
        ("攀升45%", 45.0),
        ("下跌8%", -8.0),
        ("萎缩8%", -8.0),
        ("回落8%", -8.0),
        ("锐减8%", -8.0),
        ("同比增12%", 12.0),
        ("同比减8%", -8.0),
        ("增幅为12%", 12.0),
        ("增速为12%", 12.0),
        ("降幅为8%", -8.0),
        ("激增了45%", 45.0),
    ],
)
def test_a_percent_change_verb(verb: str, value: float) -> None:
    rows = _rows(f"2030年中国对柬埔寨出口额{verb}。")
    assert rows == {(*EXPORTS, *Y2030, value, "percent", "pct_change")}, rows


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("較去年成長8%", 8.0),
        ("較去年衰退8%", -8.0),
        ("年增8%", 8.0),
        ("年減8%", -8.0),
        ("按年下跌8%", -8.0),
        ("萎縮8%", -8.0),
    ],
)
def test_a_traditional_percent_change_verb(verb: str, value: float) -> None:
    rows = _rows(f"2030年中國對柬埔寨出口額{verb}。", "中柬經貿")
    assert rows == {(*EXPORTS, *Y2030, value, "percent", "pct_change")}, rows


def test_a_one_character_rise_after_the_flow() -> None:
    rows = _rows("2030年中柬贸易额增12%。")
    assert rows == {(*TRADE, *Y2030, 12.0, "percent", "pct_change")}, rows


def test_a_population_rise_is_no_flow_change() -> None:
    # near miss: "人口增3%" (the population grew): "口" of "人口" is no flow
    assert "rose" not in _glossed("2030年柬埔寨人口增3%。")


@pytest.mark.parametrize(
    ("verb", "english", "value"),
    [
        ("突破100亿美元", "exceeded 10 billion", 1e10),
        ("实现120亿美元", "reached 12 billion", 1.2e10),
        ("共计120亿美元", "totalled 12 billion", 1.2e10),
        ("總計120亿美元", "totalled 12 billion", 1.2e10),
        ("合计120亿美元", "totalled 12 billion", 1.2e10),
        ("录得120亿美元", "recorded 12 billion", 1.2e10),
        ("攀升至120亿美元", "rose to 12 billion", 1.2e10),
        ("增长到120亿美元", "rose to 12 billion", 1.2e10),
        ("扩大至120亿美元", "expanded to 12 billion", 1.2e10),
        ("下降到120亿美元", "fell to 12 billion", 1.2e10),
        ("高达120亿美元", "reached 12 billion", 1.2e10),
        ("创历史新高，达120亿美元", "a record high, reached 12 billion", 1.2e10),
    ],
)
def test_a_level_verb(verb: str, english: str, value: float) -> None:
    # (the bare amount after the flow was read before too: the verb is the register's word)
    text = f"2030年中国对柬埔寨出口额{verb}。"
    assert f"Cambodia {english} US dollars" in _glossed(text), _glossed(text)
    rows = _rows(text)
    assert rows == {(*EXPORTS, *Y2030, value, "USD", "level")}, rows


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("同比翻了一番", 2.0),
        ("翻番", 2.0),
        ("增长一倍", 2.0),
        ("是上年的1.5倍", 1.5),
        ("是2020年的两倍", 2.0),
    ],
)
def test_a_multiple(verb: str, value: float) -> None:
    rows = _rows(f"2030年中国对柬埔寨出口额{verb}。")
    assert rows == {(*EXPORTS, *Y2030, value, "times", "multiple")}, rows


def test_went_from_one_years_level_to_another() -> None:
    rows = _rows("2030年中国对柬埔寨出口额从2028年的80亿美元增至120亿美元。")
    assert rows == {
        (*EXPORTS, "2028-01-01", "2028-12-31", 8e9, "USD", "level"),
        (*EXPORTS, *Y2030, 1.2e10, "USD", "level"),
    }, rows
    glossed = _glossed("出口额由80亿美元增长到120亿美元")
    assert glossed == "exports rose from 8 billion US dollars to 12 billion US dollars", glossed


@pytest.mark.parametrize(
    ("base", "value"), [("比上年多15亿美元", 1.5e9), ("比2029年少15亿美元", -1.5e9)]
)
def test_more_or_less_than_the_base_is_a_change(base: str, value: float) -> None:
    rows = _rows(f"2030年中柬贸易额为120亿美元，{base}。")
    assert rows == {
        (*TRADE, *Y2030, 1.2e10, "USD", "level"),
        (*TRADE, *Y2030, value, "USD", "abs_change"),
    }, rows


@pytest.mark.parametrize(("tenths", "value"), [("一成", 10.0), ("3成", 30.0), ("兩成", 20.0)])
def test_tenths_are_a_percent(tenths: str, value: float) -> None:
    rows = _rows(f"2030年中柬贸易额同比增长{tenths}。")
    assert rows == {(*TRADE, *Y2030, value, "percent", "pct_change")}, rows


def test_an_average_annual_rate_is_no_change_of_the_year() -> None:
    # near miss: "年均增长8%" is an average over years, no change of 2030 (as in English)
    assert _rows("2030年中国对柬埔寨出口额年均增长8%。") == set()


# --- time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "english", "start", "end"),
    [
        ("今年头10个月", "the first 10 months of this year", "2031-01-01", "2031-10-31"),
        ("今年1月份至10月份", "January-October this year", "2031-01-01", "2031-10-31"),
        ("今年首季", "the first quarter of this year", "2031-01-01", "2031-03-31"),
        ("2030财年", "fiscal year 2030", *Y2030),
        ("过去五年", "in the past 5 years", "2026-01-01", "2030-12-31"),
        ("近三年来", "in the past 3 years", "2028-01-01", "2030-12-31"),
        ("2025年至2030年", "from 2025 to 2030", "2025-01-01", "2030-12-31"),
        ("从2025年到2030年", "from 2025 to 2030", "2025-01-01", "2030-12-31"),
        ("今年以来", "since the beginning of this year", "2031-01-01", "2031-12-31"),
    ],
)
def test_a_period(period: str, english: str, start: str, end: str) -> None:
    text = f"{period}，中国对柬埔寨出口额为120亿美元。"
    assert _glossed(text).startswith(f"{english}, China's exports"), _glossed(text)
    rows = _rows(text)
    assert rows == {(*EXPORTS, start, end, 1.2e10, "USD", "level")}, rows


@pytest.mark.parametrize(
    ("n", "chinese"),
    [(2, "两"), (3, "三"), (4, "四"), (5, "五"), (6, "六"), (7, "七"), (8, "八"), (9, "九")]
    + [(10, "十"), (11, "十一")],
)
def test_the_first_n_months_in_figures_and_words(n: int, chinese: str) -> None:
    for count in (str(n), chinese):
        for form in (f"2030年前{count}个月", f"2030年頭{count}個月"):
            assert _glossed(form) == f"the first {n} months of 2030", form


@pytest.mark.parametrize(
    ("period", "english", "start", "end"),
    [
        ("2030年第1季", "the first quarter of 2030", "2030-01-01", "2030-03-31"),
        ("2030年前3季", "the first three quarters of 2030", "2030-01-01", "2030-09-30"),
        ("2030年首10個月", "the first 10 months of 2030", "2030-01-01", "2030-10-31"),
        ("2030年首三季", "the first three quarters of 2030", "2030-01-01", "2030-09-30"),
    ],
)
def test_taiwan_and_hong_kong_periods(period: str, english: str, start: str, end: str) -> None:
    text = f"{period}，香港對柬埔寨出口額為12億美元。"
    assert _glossed(text).startswith(f"{english}, Hong Kong's exports"), _glossed(text)
    rows = _rows(text, "香港與柬埔寨")
    assert rows == {("exports", "HKG", "KHM", start, end, 1.2e9, "USD", "level")}, rows


def test_four_seasons_are_no_quarter() -> None:
    # near miss: "一年四季" (all year round) is no fourth quarter
    assert "quarter" not in _glossed("一年四季，贸易不断。")


def test_since_a_year() -> None:
    rows = _rows("2025年以来，中国对柬埔寨出口额累计为520亿美元。")
    assert rows == {(*EXPORTS, "2025-01-01", "2031-03-01", 5.2e10, "USD", "level")}, rows


@pytest.mark.parametrize(
    ("as_of", "english", "end"),
    [
        ("截至2030年底", "as of the end of 2030", "2030-12-31"),
        ("截至2030年10月底", "as of the end of October 2030", "2030-10-31"),
    ],
)
def test_an_investment_stock_as_of_the_end_of_a_year_or_month(
    as_of: str, english: str, end: str
) -> None:
    text = f"{as_of}，中国对柬埔寨直接投资存量达120亿美元。"
    assert _glossed(text).startswith(f"{english}, China's direct investment"), _glossed(text)
    assert "stock reached" in _glossed(text)
    rows = _rows(text)
    assert rows == {("investment", "KHM", "CHN", "None", end, 1.2e10, "USD", "level")}, rows


@pytest.mark.parametrize("base", ["比2029年", "较2029年", "与2029年相比", "在2029年的基础上"])
def test_a_base_year_is_no_period(base: str) -> None:
    rows = _rows(f"2030年中国对柬埔寨出口额{base}增长12%。")
    assert rows == {(*EXPORTS, *Y2030, 12.0, "percent", "pct_change")}, rows


def test_the_same_period_last_year_is_the_previous_year() -> None:
    rows = _rows("2030年中国对柬埔寨出口额为120亿美元，上年同期为100亿美元。")
    assert (*EXPORTS, "2029-01-01", "2029-12-31", 1e10, "USD", "level") in rows, rows


def test_since_relations_began_is_no_year() -> None:
    # near miss: "建交以来" (since diplomatic relations began) names no year
    glossed = _glossed("建交以来，两国贸易额增长了100倍。")
    assert "since" in glossed and not any(c.isdigit() for c in glossed.split("since")[1][:3])


def test_back_to_a_years_level_is_no_horizon() -> None:
    # near miss: "回到2019年水平" (back to the 2019 level) is no "by 2019"
    assert "by 2019" not in _glossed("2030年中柬贸易额回到2019年水平。")


# --- flows and measures -------------------------------------------------------------------


# (the flows below were read before from their "贸易"/"出口" rows: the gloss now reads whole)
@pytest.mark.parametrize(
    ("flow", "english"),
    [
        ("货物贸易额", "the trade between China and Cambodia in goods was"),
        ("貨物貿易額", "the trade between China and Cambodia in goods was"),
        ("进出口贸易额", "the trade between China and Cambodia was"),
        ("贸易规模", "the trade between China and Cambodia was"),
        ("贸易往来", "the trade between China and Cambodia was"),
    ],
)
def test_trade_words(flow: str, english: str) -> None:
    text = f"2030年中国与柬埔寨{flow}为120亿美元。"
    assert english in _glossed(text), _glossed(text)
    rows = _rows(text)
    assert rows == {(*TRADE, *Y2030, 1.2e10, "USD", "level")}, rows


@pytest.mark.parametrize(
    ("flow", "english"),
    [("出口总额", "total exports"), ("出口金额", "exports"), ("出口总值", "exports")],
)
def test_export_words(flow: str, english: str) -> None:
    text = f"2030年中国对柬埔寨{flow}为120亿美元。"
    assert f"China's {english} to Cambodia was" in _glossed(text), _glossed(text)
    rows = _rows(text)
    assert rows == {(*EXPORTS, *Y2030, 1.2e10, "USD", "level")}, rows


def test_exports_to_china_with_their_amount_character() -> None:
    text = "2030年柬埔寨对华出口额为50亿美元。"
    assert "Cambodia exports to China was" in _glossed(text), _glossed(text)
    rows = _rows(text)
    assert rows == {("exports", "KHM", "CHN", *Y2030, 5e9, "USD", "level")}, rows


def test_a_surplus_with_a_partner() -> None:
    glossed = _glossed("中国对柬埔寨贸易顺差为30亿美元")
    assert glossed == "China's trade surplus with Cambodia was 3 billion US dollars", glossed


def test_a_surplus_written_chu_chao_is_no_hedge() -> None:
    # near miss: "出超" (Taiwan: surplus) is no "超" (more than) before the amount
    glossed = _glossed("2030年中國與柬埔寨貿易出超30億美元。")
    assert "more than" not in glossed and "surplus" in glossed, glossed


# --- sides --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sides", "english"),
    [
        ("两国之间的贸易额", "the trade between the two countries"),
        ("两国的贸易额", "the two countries trade"),
        ("双方贸易额", "the two sides trade"),
        ("雙方貿易額", "the two sides trade"),
    ],
)
def test_the_two_countries(sides: str, english: str) -> None:
    # (the pair came from the title before too: the sides are now words of the gloss)
    text = f"2030年{sides}为120亿美元。"
    assert f"2030 {english} was" in _glossed(text), _glossed(text)
    rows = _rows(text)
    assert rows == {(*TRADE, *Y2030, 1.2e10, "USD", "level")}, rows


def test_between_the_two_countries_in_english_order() -> None:
    glossed = _glossed("两国之间的贸易额")
    assert glossed == "the trade between the two countries", glossed


# --- hedges and targets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "english"),
    [
        ("为120亿美元左右", "was about 12 billion"),
        ("达100亿美元以上", "reached more than 10 billion"),
        ("达120多亿美元", "reached more than 12 billion"),
        ("达30余亿美元", "reached more than 3 billion"),
        ("近120亿美元", "nearly 12 billion"),
        ("超120亿美元", "more than 12 billion"),
        ("约为120亿美元", "was about 12 billion"),
        ("不到120亿美元", "less than 12 billion"),
    ],
)
def test_a_hedge(amount: str, english: str) -> None:
    glossed = _glossed(f"2030年中国对柬埔寨出口额{amount}。")
    assert f"{english} US dollars" in glossed, glossed
    rows = _rows(f"2030年中国对柬埔寨出口额{amount}。")
    assert {r[5] for r in rows} == {float(english.split()[-2]) * 1e9}, rows


def test_more_than_after_no_amount_stays() -> None:
    # near miss: "10年以上" (ten years or more) is no amount
    glossed = _glossed("两国合作已有10年以上。")
    assert "more than 10" not in glossed, glossed


def test_nearly_inside_a_word_stays() -> None:
    # near miss: "最近" (recently), "接近" (nearly, a row) are no hedge of their own
    assert _glossed("最近3个月") == "recently 3 个月"


@pytest.mark.parametrize(
    "text",
    [
        "到2035年，两国贸易额力争达到200亿美元。",
        "两国计划到2035年将双边贸易额提升至200亿美元。",
        "双方目标是到2035年双边贸易额达到200亿美元。",
    ],
)
def test_an_aim_by_a_year_is_a_target(text: str) -> None:
    assert "by 2035" in _glossed(text), _glossed(text)
    out = figures(f"date 2031-03-01\n中柬经贸\n\n{text}\n")
    got = {(r.flow, str(r.period_end), r.value, r.status) for r in out.itertuples()}
    assert got == {("turnover", "2035-12-31", 2e10, "target")}, got


@pytest.mark.parametrize(
    "text", ["力争2035年双边贸易额达到200亿美元。", "争取到2035年双边贸易额达到200亿美元。"]
)
def test_an_aim_before_its_year_is_a_target(text: str) -> None:
    assert _glossed(text).startswith("aim to by 2035 bilateral trade reach"), _glossed(text)
    out = figures(f"date 2031-03-01\n中柬经贸\n\n{text}\n")
    got = {(r.flow, str(r.period_end), r.value, r.status) for r in out.itertuples()}
    assert got == {("turnover", "2035-12-31", 2e10, "target")}, got


def test_a_conversion_is_about() -> None:
    glossed = _glossed("2030年中柬贸易额为120亿元人民币（约合17亿美元）。")
    assert "(about 1.7 billion US dollars)" in glossed, glossed


def test_expected_to_reach() -> None:
    glossed = _glossed("预计2031年中柬贸易额将达150亿美元。")
    assert glossed.endswith("will reach 15 billion US dollars."), glossed
    out = figures("date 2031-03-01\n中柬经贸\n\n预计2031年中柬贸易额将达150亿美元。\n")
    assert list(out["status"]) == ["target"]
