"""Round 43: the Japanese trade-news register (``pipeline.extract.japanese``, ``ja`` rows of
``lexicon/foreign_words.csv``), group by group: change and level verbs ("12%伸びた", "5億ドル増加
した", "N倍に拡大した", "倍増した", "AからBに拡大した", "に上った", "にとどまった"); time ("1月から5月
まで", "最初の4カ月間", "過去3年間", "上期", "同期間"); flows ("直接投資", "対X直接投資",
"双方向貿易額"); sides ("日越貿易", "同国", "との"); hedges and targets ("余り", "近く", "弱",
"ことを目指している", "見通しだ"). Made-up sentences; near misses keep a word unread where it is
no register word ("最初の会合", "中米", "中小企業向け", "過去最高", "10年以上")."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str, date: str = "2031-03-01") -> set[tuple]:
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


# --- change and level verbs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("前年に比べ9.5%伸びた", 9.5),
        ("前年同期に比べて6.5%落ち込んだ", -6.5),
        ("前年より4.5%低下した", -4.5),
        ("前年比で11.5%の伸びを示した", 11.5),
        ("前年から8.5%の急増となった", 8.5),
    ],
)
def test_a_percent_change_with_its_base_and_verb(verb: str, value: float) -> None:
    text = f"2030年の日本のカンボジアへの輸出は{verb}。"
    rows = _rows(text, "カンボジアと日本")
    assert rows == {("exports", "JPN", "KHM", *Y2030, value, "percent", "pct_change")}, rows


@pytest.mark.parametrize(
    ("verb", "value"),
    [("前年比3億ドル増の", 3e8), ("2億5000万ドル増加した", 2.5e8), ("前年より1億ドル減った", -1e8)],
)
def test_a_change_by_an_amount_is_no_level(verb: str, value: float) -> None:
    rows = _rows(f"2030年の日本のカンボジアへの輸出は{verb}。", "カンボジアと日本")
    assert ("exports", "JPN", "KHM", *Y2030, value, "USD", "abs_change") in rows, rows
    assert not any(r[7] == "level" and abs(r[5]) == abs(value) for r in rows), rows


def test_a_change_by_an_amount_then_its_level() -> None:
    rows = _rows(
        "2030年の日本のカンボジアへの輸出は前年比3億ドル増の17億ドルだった。", "カンボジアと日本"
    )
    assert rows == {
        ("exports", "JPN", "KHM", *Y2030, 3e8, "USD", "abs_change"),
        ("exports", "JPN", "KHM", *Y2030, 1.7e9, "USD", "level"),
    }, rows


@pytest.mark.parametrize(
    ("verb", "value"), [("2.5倍に増えた", 2.5), ("前年の3倍に拡大した", 3.0), ("倍増した", 2.0)]
)
def test_a_multiple(verb: str, value: float) -> None:
    rows = _rows(f"2030年のカンボジアの日本への輸出は{verb}。", "カンボジアと日本")
    assert rows == {("exports", "KHM", "JPN", *Y2030, value, "times", "multiple")}, rows


def test_went_from_one_level_in_one_year_to_another() -> None:
    text = "日本とカンボジアの貿易額は2028年の31億ドルから2030年には44億ドルに拡大した。"
    rows = _rows(text, "カンボジアと日本")
    assert rows == {
        ("turnover", "KHM", "JPN", "2028-01-01", "2028-12-31", 3.1e9, "USD", "level"),
        ("turnover", "KHM", "JPN", *Y2030, 4.4e9, "USD", "level"),
    }, rows


def test_a_fall_written_with_a_triangle() -> None:
    rows = _rows(
        "2030年の日本のカンボジアへの輸出は前年比▲4.2%の16億ドルだった。", "カンボジアと日本"
    )
    assert rows == {
        ("exports", "JPN", "KHM", *Y2030, -4.2, "percent", "pct_change"),
        ("exports", "JPN", "KHM", *Y2030, 1.6e9, "USD", "level"),
    }, rows


def test_a_multiple_of_the_previous_year_before_the_level() -> None:
    rows = _rows(
        "2030年の日本のカンボジアへの輸出は前年比1.5倍の16億ドルだった。", "カンボジアと日本"
    )
    assert ("exports", "JPN", "KHM", *Y2030, 1.5, "times", "multiple") in rows, rows


def test_doubled_from_a_base_years_level() -> None:
    text = (
        "2030年のカンボジアと日本の貿易額は39億ドル超となった。"
        "両国間の貿易額は、2026年の約19億ドルから倍増した。"
    )
    rows = _rows(text, "カンボジアと日本")
    assert ("turnover", "KHM", "JPN", *Y2030, 2.0, "times", "multiple") in rows, rows
    assert ("turnover", "KHM", "JPN", "2026-01-01", "2026-12-31", 1.9e9, "USD", "level") in rows


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("に上った", "amounted to"),
        ("にのぼった", "amounted to"),
        ("を達成した", "reached"),
        ("を超えた", "exceeded"),
        ("を上回った", "exceeded"),
        ("を下回った", "fell below"),
        ("にとどまった", "stood at only"),
        ("を記録した", "recorded"),
        ("に増加した", "rose to"),
        ("に拡大した", "expanded to"),
        ("に減少した", "fell to"),
        ("に落ち込んだ", "fell to"),
        ("となり", "was"),
    ],
)
def test_a_level_verb_after_its_amount(japanese: str, english: str) -> None:
    glossed = gloss(f"2030年の日本のカンボジアへの輸出は17億ドル{japanese}。", "ja")
    assert glossed.endswith(f"1.7 billion US dollars {english}."), glossed


def test_an_amount_then_into_is_a_level_not_a_change() -> None:
    # near miss: "に" between the amount and the verb: the level reached, no change by it
    rows = _rows("2030年の日本のカンボジアへの輸出は17億ドルに増加した。", "カンボジアと日本")
    assert rows == {("exports", "JPN", "KHM", *Y2030, 1.7e9, "USD", "level")}, rows


# --- time ---------------------------------------------------------------------------------


def test_from_one_month_to_another_of_this_year() -> None:
    rows = _rows(
        "今年1月から5月までのマレーシアの日本への輸出は46億ドルだった。",
        "マレーシアと日本",
        "2031-08-01",
    )
    assert rows == {("exports", "MYS", "JPN", "2031-01-01", "2031-05-31", 4.6e9, "USD", "level")}, (
        rows
    )


def test_the_first_months_of_this_year() -> None:
    text = "今年の最初の4カ月間で、日本のマレーシアへの輸出は27億ドルに増加した。"
    rows = _rows(text, "マレーシアと日本", "2031-08-01")
    assert rows == {("exports", "JPN", "MYS", "2031-01-01", "2031-04-30", 2.7e9, "USD", "level")}, (
        rows
    )


@pytest.mark.parametrize("n", range(2, 12))
def test_the_first_n_months_of_a_year(n: int) -> None:
    assert f"in the first {n} months of 2030" in gloss(f"2030年の最初の{n}カ月間の輸出", "ja")


def test_the_past_years() -> None:
    rows = _rows("過去3年間で両国の貿易額は3倍に拡大した。", "カンボジアと日本")
    assert {(r[3], r[4], r[5], r[7]) for r in rows} == {
        ("2028-01-01", "2030-12-31", 3.0, "multiple")
    }, rows


def test_the_upper_term_is_the_first_half() -> None:
    rows = _rows("2030年の日本のカンボジアからの輸入は上期に6億ドルだった。", "カンボジアと日本")
    assert rows == {("imports", "JPN", "KHM", "2030-01-01", "2030-06-30", 6e8, "USD", "level")}, (
        rows
    )


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("同期間", "the same period"),
        ("同年", "the same year"),
        ("前年同期", "the same period of the previous year"),
        ("年初来", "since the beginning of the year"),
        ("去年", "last year"),
        ("先月", "last month"),
    ],
)
def test_time_words(japanese: str, english: str) -> None:
    assert english in gloss(f"{japanese}の日本の輸出は増えた。", "ja")


def test_from_one_year_to_another() -> None:
    glossed = gloss("2026年から2030年までの期間に両国の貿易額は50%増加した。", "ja")
    assert glossed.startswith("from 2026 to 2030 the two countries' trade turnover up 50%"), glossed


def test_year_on_year_against_last_years_same_period() -> None:
    glossed = gloss("2030年の日本の輸出は昨年同期比7%増の45億ドルだった。", "ja")
    assert "year on year up 7% to 4.5 billion" in glossed and "last year" not in glossed, glossed
    assert "the same period last year" in gloss("昨年同期の日本の輸出は増えた。", "ja")


@pytest.mark.parametrize(
    ("amount", "value", "unit"),
    [
        ("5千万ドル", 5e7, "USD"),
        ("1億5千万ドル", 1.5e8, "USD"),
        ("420兆ドン", 4.2e14, "VND"),
        ("1兆3000億バーツ", 1.3e12, "THB"),
        ("90兆ルピア", 9e13, "IDR"),
        ("70億リンギ", 7e9, "MYR"),
    ],
)
def test_thousands_and_the_regions_currencies(amount: str, value: float, unit: str) -> None:
    rows = _rows(f"2030年の日本のカンボジアへの輸出は{amount}だった。", "カンボジアと日本")
    assert rows == {("exports", "JPN", "KHM", *Y2030, value, unit, "level")}, rows


def test_as_of_the_end_of_a_year_or_month() -> None:
    rows = _rows(
        "2030年末時点の日本のカンボジアへの累計投資額は21億ドルだった。", "カンボジアと日本"
    )
    assert {(r[0], r[3], r[4], r[5]) for r in rows} == {("investment", "None", "2030-12-31", 2.1e9)}
    rows = _rows(
        "今年5月末時点で、日本の対カンボジア投資は累計23億ドルに達した。",
        "カンボジアと日本",
        "2031-08-01",
    )
    assert {(r[0], r[3], r[4], r[5]) for r in rows} == {("investment", "None", "2031-05-31", 2.3e9)}


def test_against_the_previous_year_written_with_against() -> None:
    glossed = gloss("2030年の輸出は対前年比12%増の45億ドルだった。", "ja")
    assert "対" not in glossed and "year on year up 12% to 4.5 billion" in glossed, glossed
    assert "at least 4 billion" in gloss("2030年の輸出は少なくとも40億ドルに達した。", "ja")


def test_more_than_a_period_is_no_first_half() -> None:
    # near miss: "以上期間" (a period of more than ...) holds "上期" (the first half)
    assert "half" not in gloss("1年以上期間が過ぎた。", "ja")


def test_the_first_meeting_is_no_period() -> None:
    # near miss: "最初の" before no count of months
    assert "first" not in gloss("両国は最初の会合を東京で開いた。", "ja")


def test_a_record_high_is_no_past_years() -> None:
    # near miss: "過去最高" (a record high) names no years
    assert "past" not in gloss("2030年の輸出は過去最高となった。", "ja")


# --- flows --------------------------------------------------------------------------------


def test_direct_investment_to_a_country() -> None:
    rows = _rows("2030年の日本のカンボジアへの直接投資額は4億ドルだった。", "カンボジアと日本")
    assert {(r[0], r[5], r[6]) for r in rows} == {("investment", 4e8, "USD")}, rows


def test_prefixed_direct_investment() -> None:
    rows = _rows("2030年の日本の対カンボジア直接投資は累計で29億ドルを超えた。", "カンボジアと日本")
    assert {(r[0], r[5], r[6]) for r in rows} == {("investment", 2.9e9, "USD")}, rows


def test_foreign_direct_investment_from_a_country() -> None:
    rows = _rows("2030年の日本からの外国直接投資は8億ドルに上った。", "カンボジアと日本")
    assert {(r[0], r[5], r[6]) for r in rows} == {("investment", 8e8, "USD")}, rows


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("双方向貿易額", "two-way trade"),
        ("輸出総額", "total exports"),
        ("輸出収入", "export earnings"),
        ("財・サービス", "goods and services"),
        ("貿易量", "trade volume"),
    ],
)
def test_flow_words(japanese: str, english: str) -> None:
    assert english in gloss(f"2030年の{japanese}は増えた。", "ja")


# --- sides --------------------------------------------------------------------------------


def test_two_one_character_names_are_the_two_sides() -> None:
    rows = _rows("2030年の日越貿易額は87億ドルだった。", "アジアの貿易")
    assert rows == {("turnover", "JPN", "VNM", *Y2030, 8.7e9, "USD", "level")}, rows


def test_two_names_side_by_side_before_between() -> None:
    glossed = gloss("モンゴル日本間の往復貿易額は増えた。", "ja")
    assert glossed.startswith("the trade turnover between Mongolia and Japan"), glossed


def test_registered_investment_in_a_prefixed_country() -> None:
    text = "カンボジアの対日登録投資額は約3億ドルにのぼる。"
    rows = _rows(text, "カンボジアと日本")
    assert {(r[0], r[5], r[6]) for r in rows} == {("investment", 3e8, "USD")}, rows
    glossed = gloss(text, "ja")
    assert "Cambodia's registered investment in Japan" in glossed, glossed


def test_central_america_is_no_pair() -> None:
    # near miss: "中米" is Central America, not China and the United States; "日中" (daytime)
    assert "China" not in gloss("中米貿易は減った。", "ja")
    assert "Japan" not in gloss("日中は暑かった。", "ja")


def test_the_country_and_goods_trade() -> None:
    assert "exports to the country" in gloss("同国への輸出は増えた。", "ja")
    glossed = gloss("日本とタイの物品貿易額は増えた。", "ja")
    assert "the goods trade turnover between Japan and Thailand" in glossed, glossed


def test_bound_for_a_company_kind_is_no_destination() -> None:
    # near miss: "中小企業向け" (for small firms) names no country
    assert " to " not in gloss("中小企業向けの輸出支援が増えた。", "ja")


# --- hedges and targets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "english"),
    [("余り", "more than"), ("超", "more than"), ("近く", "nearly"), ("弱", "nearly")],
)
def test_a_hedge_after_its_amount(hedge: str, english: str) -> None:
    glossed = gloss(f"2030年の両国の貿易額は87億ドル{hedge}となった。", "ja")
    assert f"{english} 8.7 billion US dollars" in glossed, glossed


def test_a_hedge_after_the_amounts_conversion_in_brackets() -> None:
    text = "2030年上半期におけるカンボジアと日本の双方向貿易額は30億ドル(約4100億円)以上となった。"
    rows = _rows(text, "カンボジアと日本")
    usd = [r for r in rows if r[6] == "USD"]
    assert usd == [("turnover", "KHM", "JPN", "2030-01-01", "2030-06-30", 3e9, "USD", "level")], (
        rows
    )
    glossed = gloss(text, "ja")
    assert (
        "the two-way trade between Cambodia and Japan were more than 3 billion US dollars"
        in glossed
    )


def test_and_after_an_amount_is_no_and() -> None:
    glossed = gloss("カンボジアの輸出は18億ドル(約2460億円)と、前年同期比9%増を記録した。", "ja")
    assert "yen ), year on year up 9%" in glossed, glossed
    # near miss: "と" between two names stays for the pair rules
    assert "と" in gloss("日本とタイは協力した。", "ja")


def test_more_than_after_no_amount_stays() -> None:
    # near miss: "10年以上" (ten years or more) is no amount
    assert "more than" not in gloss("両国は10年以上の協力関係にある。", "ja")


def test_an_aim_by_a_year_is_a_target() -> None:
    text = "両国は2035年までに貿易額を150億ドルに拡大することを目指している。"
    rows = _rows(text, "カンボジアと日本")
    assert {(r[4], r[5]) for r in rows} == {("2035-12-31", 1.5e10)}, rows


def test_expected_to_reach() -> None:
    glossed = gloss("両国の貿易額は2031年に60億ドルに達する見通しだ。", "ja")
    assert glossed.endswith("is expected to reach."), glossed
