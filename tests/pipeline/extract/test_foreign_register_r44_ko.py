"""Round 44: the Korean trade-news register (``pipeline.extract.korean``, ``ko`` rows of
``lexicon/foreign_words.csv``), group by group: change and level verbs after their amount ("20억
달러 증가했다" by an amount, "두 배로 늘었다", "넘어섰다", "육박했다"); time ("올해 들어 10월까지",
"1~3분기", "2025년부터 2030년까지", "지난 10년간", "지난달", "전년", "연평균"); flows ("대X
수출액은", "직접투자", "무역흑자", "교역에서 ... 흑자"); sides ("X의 Y 수출", "Y에 대한 수출",
"Y으로부터의 수입", "A과 B 간"); hedges and targets ("이상", "미만", "남짓", "200억여 달러", "것으로
전망된다", "달성을 목표로", "늘린다는 계획이다"). Made-up sentences; near misses keep a word unread
where it is no register word ("여행객", "두 나라", "10년 이상", "수출과 수입 간", "전년 대비")."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "무역 동향", date: str = "2031-02-10") -> set[tuple]:
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
            r.status,
            bool(r.approx),
        )
        for r in out.itertuples()
    }


Y2030 = ("2030-01-01", "2030-12-31")
KOR_VNM = ("KOR", "VNM")


# --- change and level verbs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("20억 달러 증가했다", 2e9),
        ("20억 달러 늘었다", 2e9),
        ("20억 달러 늘어나", 2e9),
        ("10억 달러 감소했다", -1e9),
        ("10억 달러 줄어들었다", -1e9),
        ("10억 달러 감소하며", -1e9),
    ],
)
def test_a_change_by_an_amount_is_no_level(verb: str, value: float) -> None:
    rows = _rows(f"2030년 한국의 대베트남 수출은 {verb}.")
    assert rows == {("exports", *KOR_VNM, *Y2030, value, "USD", "abs_change", "actual", False)}


def test_a_change_by_an_amount_then_its_level() -> None:
    rows = _rows("2030년 한국의 대베트남 수출은 전년보다 20억 달러 늘어난 120억 달러였다.")
    assert rows == {
        ("exports", *KOR_VNM, *Y2030, 2e9, "USD", "abs_change", "actual", False),
        ("exports", *KOR_VNM, *Y2030, 1.2e10, "USD", "level", "actual", False),
    }


@pytest.mark.parametrize(
    ("verb", "value"), [("두 배로 늘었다", 2.0), ("세 배로 증가했다", 3.0), ("두 배 늘어났다", 2.0)]
)
def test_a_multiple_in_words(verb: str, value: float) -> None:
    rows = _rows(f"2030년 한국의 대베트남 수출은 {verb}.")
    assert rows == {("exports", *KOR_VNM, *Y2030, value, "times", "multiple", "actual", False)}


def test_two_countries_is_no_multiple() -> None:
    # near miss: "두" (two) before "나라" (countries), no "배" (times)
    assert "times" not in gloss("두 나라의 교역액은 80억 달러였다.", "ko", commas=False)


@pytest.mark.parametrize(
    "verb",
    [
        "120억 달러를 넘어섰다",
        "120억 달러를 돌파했다",
        "120억 달러를 웃돌았다",
        "120억 달러를 훌쩍 넘었다",
        "120억 달러를 넘어서며 최고치를 기록했다",
    ],
)
def test_a_level_exceeded_is_a_lower_bound(verb: str) -> None:
    rows = _rows(f"2030년 한국의 대베트남 수출은 {verb}.")
    assert rows == {("exports", *KOR_VNM, *Y2030, 1.2e10, "USD", "level", "actual", True)}
    assert "more than 12 billion" in gloss(f"수출은 {verb}.", "ko", commas=False)


@pytest.mark.parametrize(
    ("verb", "hedge"),
    [
        ("120억 달러에 육박했다", "nearly"),
        ("120억 달러에 가까웠다", "nearly"),
        ("120억 달러를 밑돌았다", "less than"),
        ("120억 달러에 못 미쳤다", "less than"),
        ("120억 달러에 조금 못 미쳤다", "less than"),
    ],
)
def test_a_level_neared_or_missed_is_approximate(verb: str, hedge: str) -> None:
    rows = _rows(f"2030년 한국의 대베트남 수출은 {verb}.")
    assert rows == {("exports", *KOR_VNM, *Y2030, 1.2e10, "USD", "level", "actual", True)}
    assert f"{hedge} 12 billion" in gloss(f"수출은 {verb}.", "ko", commas=False)


@pytest.mark.parametrize("verb", ["에 이르렀다", "에 이르렀으며", "를 기록했으며", "로 집계됐다"])
def test_a_level_verb_is_glossed(verb: str) -> None:
    glossed = gloss(f"수출은 120억 달러{verb}", "ko", commas=False)
    assert not any("\uac00" <= c <= "\ud7a3" for c in glossed), glossed


def test_a_change_from_one_amount_to_another_keeps_its_verb() -> None:
    glossed = gloss("수출은 100억 달러에서 120억 달러로 증가했다.", "ko", commas=False)
    assert glossed.endswith("increased."), glossed


# --- time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "start", "end"),
    [
        ("올해 들어 10월까지", "2031-01-01", "2031-10-31"),
        ("2030년 들어 9월까지", "2030-01-01", "2030-09-30"),
        ("연초부터 9월까지", "2030-01-01", "2030-09-30"),
        ("2030년 1~3분기", "2030-01-01", "2030-09-30"),
        ("2030년 1~2분기", "2030-01-01", "2030-06-30"),
        ("2025년부터 2030년까지", "2025-01-01", "2030-12-31"),
        ("2025~2030년", "2025-01-01", "2030-12-31"),
        ("2030년 3월부터 2031년 1월까지", "2030-03-01", "2031-01-31"),
        ("지난달", "2031-01-01", "2031-01-31"),
        ("이달", "2031-02-01", "2031-02-28"),
        ("전년", "2030-01-01", "2030-12-31"),
    ],
)
def test_a_period_word(time: str, start: str, end: str) -> None:
    rows = _rows(f"{time} 한국의 대베트남 수출은 90억 달러였다.", date="2031-02-28")
    assert rows == {("exports", *KOR_VNM, start, end, 9e9, "USD", "level", "actual", False)}


@pytest.mark.parametrize(
    ("time", "start"),
    [("지난 10년간", "2021-01-01"), ("지난 5년 동안", "2026-01-01"), ("최근 3년 새", "2028-01-01")],
)
def test_the_past_years(time: str, start: str) -> None:
    rows = _rows(f"{time} 한국의 대베트남 수출은 두 배로 늘었다.")
    assert rows == {
        ("exports", *KOR_VNM, start, "2030-12-31", 2.0, "times", "multiple", "actual", False)
    }


def test_ten_years_or_more_is_no_span() -> None:
    # near miss: "10년 이상" (for more than ten years) after no "지난"/"최근"
    assert "past" not in gloss("양국은 10년 이상 교역해 왔다.", "ko", commas=False)


@pytest.mark.parametrize(
    ("base", "english"),
    [
        ("지난해보다", "compared with last year"),
        ("지난해에 비해", "compared with last year"),
        ("전년에 비해", "compared with the previous year"),
        ("전년 동기보다", "compared with the same period of the previous year"),
        ("전년 동월 대비", "compared with the same month of the previous year"),
        ("전월 대비", "compared with the previous month"),
        ("전 분기보다", "compared with the previous quarter"),
        ("1년 전보다", "compared with a year earlier"),
    ],
)
def test_a_comparison_base(base: str, english: str) -> None:
    glossed = gloss(f"10월 수출은 {base} 5% 증가했다.", "ko", commas=False)
    assert english in glossed, glossed


def test_a_year_base_leaves_the_partner_alone() -> None:
    glossed = gloss("2030년 한국의 대베트남 수출은 2029년보다 5% 증가했다.", "ko", commas=False)
    assert "exports to Vietnam compared with 2029" in glossed, glossed


def test_the_previous_year_row_is_unchanged() -> None:
    # near miss: "전년 대비" keeps its row (no comma added after it)
    glossed = gloss("수출은 전년 대비 5% 증가했다.", "ko", commas=False)
    assert "compared with the previous year up 5%" in glossed, glossed


def test_an_average_annual_rate_is_no_one_year_change() -> None:
    assert _rows("2025~2030년 한국의 대베트남 수출은 연평균 8% 증가했다.") == set()


# --- flows and measures ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "row"),
    [
        ("대베트남 수출액은", "exports"),
        ("대베트남 수출입액은", "turnover"),
        ("대베트남 수입액은", "imports"),
        ("대베트남 직접투자는", "investment"),
        ("대베트남 투자액은", "investment"),
    ],
)
def test_a_prefixed_flow_with_its_endings(flow: str, row: str) -> None:
    rows = _rows(f"2030년 한국의 {flow} 30억 달러였다.")
    sides = ("VNM", "KOR") if row == "investment" else KOR_VNM
    assert rows == {(row, *sides, *Y2030, 3e9, "USD", "level", "actual", False)}


def test_a_surplus_is_no_trade_turnover() -> None:
    text = "2030년 한국은 베트남과의 교역에서 200억 달러의 흑자를 기록했다."
    assert _rows(text, title="한국 베트남 교역") == set()


def test_a_deficit_stays_no_trade_turnover() -> None:
    # near miss: unread before round 44 too; the balance pattern keeps it so
    text = "2030년 한국은 베트남과의 무역에서 200억 달러 적자를 냈다."
    assert _rows(text, title="한국 베트남 교역") == set()


@pytest.mark.parametrize(
    ("flow", "english"),
    [
        ("대베트남 무역수지는", "trade balance with Vietnam"),
        ("대베트남 무역흑자는", "trade surplus with Vietnam"),
        ("대베트남 무역적자는", "trade deficit with Vietnam"),
        ("상품 및 서비스 교역은", "goods and services trade"),
        ("쌍방 교역액은", "two-way trade turnover"),
        ("총수출은", "total exports"),
    ],
)
def test_a_measure_word(flow: str, english: str) -> None:
    glossed = gloss(f"한국의 {flow} 늘었다.", "ko", commas=False)
    assert english in glossed, glossed


# --- sides ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("side", "flow", "value"),
    [
        ("한국의 베트남 수출은", "exports", 2e10),
        ("한국의 베트남에 대한 수출은", "exports", 2e10),
        ("한국의 베트남으로의 수출은", "exports", 2e10),
        ("한국의 베트남으로부터의 수입은", "imports", 1e10),
    ],
)
def test_the_partner_before_the_flow(side: str, flow: str, value: float) -> None:
    rows = _rows(f"2030년 {side} {int(value / 1e8)}억 달러였다.")
    assert rows == {(flow, *KOR_VNM, *Y2030, value, "USD", "level", "actual", False)}


def test_exports_made_in_a_place_have_no_side() -> None:
    # near miss: "베트남에서의 수출" (exports made in Vietnam) is no "exports to Vietnam"
    assert "to Vietnam" not in gloss("한국 기업의 베트남에서의 수출은 늘었다.", "ko", commas=False)


def test_a_product_before_the_flow_is_no_partner() -> None:
    # near miss: "한국의 반도체 수출" (South Korea's chip exports) names no second economy
    assert "대반도체" not in gloss("한국의 반도체 수출은 늘었다.", "ko", commas=False)
    assert "to" not in gloss("한국의 반도체 수출은 늘었다.", "ko", commas=False).split()


@pytest.mark.parametrize(
    ("side", "english"),
    [
        ("한국과 베트남 간", "between South Korea and Vietnam"),
        ("한국과 베트남 사이의", "between South Korea and Vietnam"),
        ("양측 간", "between the two sides"),
        ("두 나라 간", "between the two countries"),
        ("양자", "bilateral"),
    ],
)
def test_the_two_sides(side: str, english: str) -> None:
    glossed = gloss(f"2030년 {side} 교역액은 80억 달러였다.", "ko", commas=False)
    assert english in glossed, glossed


def test_exports_and_imports_are_no_sides() -> None:
    # near miss: "수출과 수입 간" (between exports and imports) names no economies
    assert "between" not in gloss("수출과 수입 간 격차가 커졌다.", "ko", commas=False)


# --- hedges and targets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "amount",
    [
        "800억 달러 이상이었다",
        "800억 달러 남짓이었다",
        "800억 달러 가량이었다",
        "800억 달러 안팎이었다",
        "800억 달러 미만이었다",
        "800억 달러 가까이 됐다",
        "800억여 달러였다",
        "거의 800억 달러였다",
    ],
)
def test_a_hedge_after_its_amount(amount: str) -> None:
    rows = _rows(f"2030년 한·베트남 교역액은 {amount}.")
    assert rows == {("turnover", *KOR_VNM, *Y2030, 8e10, "USD", "level", "actual", True)}


def test_a_trip_is_no_hedge() -> None:
    # near miss: "여" that opens a word ("여행객", travellers) after an amount
    glossed = gloss("관광객은 5만 여행객", "ko", commas=False)
    assert "more than" not in glossed, glossed


@pytest.mark.parametrize(
    "verb",
    [
        "150억 달러에 달할 것으로 전망된다",
        "150억 달러를 기록할 전망이다",
        "150억 달러에 이를 것으로 예상된다",
        "150억 달러를 넘어설 것으로 보인다",
        "150억 달러로 늘어날 것으로 전망된다",
        "150억 달러에 달할 것으로 한국무역협회는 내다봤다",
    ],
)
def test_a_forecast_level(verb: str) -> None:
    rows = _rows(f"올해 한국의 대베트남 수출은 {verb}.")
    (row,) = rows
    assert row[:9] == (
        "exports",
        *KOR_VNM,
        "2031-01-01",
        "2031-12-31",
        1.5e10,
        "USD",
        "level",
        "target",
    )


def test_a_level_shown_is_no_forecast() -> None:
    # near miss: "것으로 나타났다" (was shown to have reached) reports, it does not forecast
    rows = _rows("2030년 한국의 대베트남 수출은 120억 달러에 달한 것으로 나타났다.")
    assert rows == {("exports", *KOR_VNM, *Y2030, 1.2e10, "USD", "level", "actual", False)}


def test_a_forecast_change() -> None:
    rows = _rows("올해 한국의 대베트남 수출은 전년 대비 5% 증가할 것으로 예상된다.")
    assert rows == {
        (
            "exports",
            *KOR_VNM,
            "2031-01-01",
            "2031-12-31",
            5.0,
            "percent",
            "pct_change",
            "target",
            False,
        )
    }


@pytest.mark.parametrize(
    "text",
    [
        "양국은 2035년까지 교역액 1500억 달러 달성을 목표로 하고 있다.",
        "양국은 2035년까지 교역액 1500억 달러를 목표로 하고 있다.",
        "양국은 2035년까지 교역액을 1500억 달러로 늘린다는 계획이다.",
        "양국은 교역액을 2035년까지 1500억 달러로 확대한다는 목표다.",
        "양국은 2035년까지 교역액 1500억 달러 달성을 위해 노력하기로 했다.",
        "양국은 2035년까지 교역액을 1500억 달러로 확대하기로 했다.",
        "양국 정상은 2035년까지 교역 규모를 1500억 달러로 늘리자는 데 합의했다.",
    ],
)
def test_a_target(text: str) -> None:
    rows = _rows(text, title="한국 베트남 교역")
    assert rows == {
        ("turnover", *KOR_VNM, "None", "2035-12-31", 1.5e11, "USD", "level", "target", False)
    }
