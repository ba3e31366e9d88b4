"""Korean pages read through the English rules (``pipeline.extract.korean``, ``ko`` rows of
``lexicon/foreign_words.csv``, Korean country names of iso-codes and the CLDR).

Every sentence is made up, in the shapes Korean trade news writes: a ministry's "2030년 한국의
대중국 수출은 1,234억 달러로 전년 대비 5.2% 증가했다", a customs release's half-year turnover with
its two flows, "한·터키 교역 규모", "몽골에 3억 달러어치를 수출했다", a summit's plan "교역 규모를
2035년까지 300억 달러로 늘리기로 합의했다". Near misses: a Hangul word the gloss does not know keeps
its particle (no word is cut: "증가" is no "증" + subject marker), and an English page quoting a
Korean phrase stays English.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss, language
from pipeline.extract.korean import prepare
from tests.pipeline.extract.test_extract import figures

D = dt.date


def _rows(text: str) -> set[tuple]:
    return {
        (
            r.flow,
            r.reporter,
            r.partner,
            r.measure,
            r.value,
            r.unit,
            r.status,
            r.period_start,
            r.period_end,
        )
        for r in figures(text).itertuples()
    }


def test_language_of_a_korean_page() -> None:
    assert language(["2030년 한국의 대중국 수출은 1,234억 달러로 전년 대비 5.2% 증가했다."]) == "ko"
    # near miss: an English page quoting a Korean phrase
    assert (
        language(
            [
                "The Korea Herald said exports to China, which the paper called 대중국 수출, "
                "rose again in the third quarter as chip prices recovered across the region."
            ]
        )
        is None
    )


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("1,234억 달러", "123.4 billion US dollars"),
        ("12조 3,456억 원", "12.3456 trillion won"),
        ("5억4천만 달러", "540 million US dollars"),
        ("500달러", "500 US dollars"),
        # a compound scale: 2 x 1,000 x 100 million
        ("2천억 달러", "200 billion US dollars"),
        ("1조2천억 원", "1.2 trillion won"),
    ],
)
def test_amounts_counted_in_korean_scales(korean: str, english: str) -> None:
    assert prepare(korean).strip() == english


def test_particles_split_only_off_known_words() -> None:
    assert gloss("한국의 대중국 수출은", "ko", commas=False) == "South Korea's exports to China"
    assert gloss("몽골에", "ko", commas=False) == "to Mongolia"
    # near miss: "증가" ends in the subject marker "가" but is a word of its own
    assert "증" not in gloss("수출 증가", "ko", commas=False).split()


def test_a_ministrys_annual_exports_with_their_change() -> None:
    got = _rows(
        "date 2031-01-15\n산업통상자원부에 따르면 2030년 한국의 대중국 수출은 1,234억 달러로 전년 "
        "대비 5.2% 증가했다."
    )
    year = (D(2030, 1, 1), D(2030, 12, 31))
    assert got == {
        ("exports", "KOR", "CHN", "level", 1.234e11, "USD", "actual", *year),
        ("exports", "KOR", "CHN", "pct_change", 5.2, "percent", "actual", *year),
    }


def test_a_half_years_turnover_and_its_two_flows() -> None:
    got = _rows(
        "date 2031-07-27\n관세청에 따르면 올해 상반기 한국과 인도네시아의 교역액은 112억 달러에 "
        "달했다. 대인니 수출은 52억4천만 달러로 전년 동기 대비 12.3% 늘었고, 수입은 59억6천만 "
        "달러로 3.1% 감소했다."
    )
    half = (D(2031, 1, 1), D(2031, 6, 30))
    assert {(r[0], r[1], r[2], r[3], r[4], r[7], r[8]) for r in got} == {
        ("turnover", "KOR", "IDN", "level", 1.12e10, *half),
        ("exports", "KOR", "IDN", "level", 5.24e9, *half),
        ("exports", "KOR", "IDN", "pct_change", 12.3, *half),
        ("imports", "KOR", "IDN", "level", 5.96e9, *half),
        ("imports", "KOR", "IDN", "pct_change", -3.1, *half),
    }


def test_a_pair_with_a_middle_dot_and_goods_worth_an_amount() -> None:
    got = _rows("date 2031-04-28\n한·터키 교역 규모는 2030년 78억 달러를 기록했다.")
    assert {(r[0], r[1], r[2], r[4]) for r in got} == {("turnover", "KOR", "TUR", 7.8e9)}
    got = _rows("date 2031-01-06\n한국은 지난해 몽골에 3억 달러어치를 수출했다.")
    assert {(r[0], r[1], r[2], r[4], r[7]) for r in got} == {
        ("exports", "KOR", "MNG", 3e8, D(2030, 1, 1))
    }


def test_a_summits_plan_is_a_target() -> None:
    got = _rows(
        "date 2031-04-28\n한국과 터키는 앙카라에서 정상회담을 열었다. 양국은 교역 규모를 2035년까지 "
        "300억 달러로 늘리기로 합의했다."
    )
    assert {(r[0], r[4], r[6], r[8]) for r in got} == {
        ("turnover", 3e10, "target", D(2035, 12, 31))
    }


def test_exports_and_imports_together_hedges_and_a_balance() -> None:
    # "수출입" (exports and imports) is the pair's trade; "약" (about) and "이상" (more than) are
    # hedges; a surplus ("무역수지 흑자") is no figure
    got = _rows(
        "date 2031-03-06\n한국 몽골 교역\n지난해 한국과 몽골의 수출입 규모는 약 7억 달러였다. 무역수지 "
        "흑자는 3억 달러를 기록했다."
    )
    assert {(r[0], r[1], r[2], r[4]) for r in got} == {("turnover", "KOR", "MNG", 7e8)}
    out = figures(
        "date 2031-03-06\n베트남\n지난해 베트남의 대한국 수출은 약 260억 달러로, 전년보다 10% 이상 "
        "늘었다."
    )
    assert sorted(zip(out["measure"], out["value"], out["approx"], strict=True)) == [
        ("level", 2.6e10, True),
        ("pct_change", 10.0, True),
    ]


def test_a_month_span_written_from_until() -> None:
    # "올해 1월부터 11월까지" (this year from January until November): January-November
    got = _rows(
        "date 2031-12-10\n라오스 한국 무역\n한국과 라오스의 무역액은 올해 1월부터 11월까지 12억 달러였다.\n"
    )
    assert {(r[0], r[3], r[4], r[7], r[8]) for r in got} == {
        ("turnover", "level", 1.2e9, D(2031, 1, 1), D(2031, 11, 30))
    }


def test_a_countrys_foreign_trade_is_its_world_total() -> None:
    # hb19: "몽골의 대외 무역 총액" (Mongolia's foreign trade total) and its flows: no pair's rows
    text = (
        "date 2031-12-10\n라오스 무역 동향\n라오스의 대외 무역 총액은 올해 1월부터 11월까지 120억 달러에"
        " 이르며 21.4% 늘었다.\n한국과 라오스의 무역액은 지난해 12억 달러였다.\n"
    )
    assert {r[3:5] for r in _rows(text)} == {("level", 1.2e9)}


def test_a_spaced_side_prefix_and_an_arrow_between_two_amounts() -> None:
    # round 31 (gu07's shape): "대 터키 수출" (exports to Turkey, the prefix written apart) and
    # "(55억 달러→59억 달러)" (from one amount to the other)
    got = _rows(
        "date 2031-06-01\n한국 터키 교역\n2030년 대 페루 수출이 7.4% 상승(31억2000만 달러→33억5000만 달러)한 데 비해,"
        " 수입은 4.8% 하락(6억3000만 달러→6억 달러)했다.\n"
    )
    assert {(r[0], r[1], r[2], r[3], r[4]) for r in got} >= {
        ("exports", "KOR", "PER", "pct_change", 7.4),
        ("exports", "KOR", "PER", "level", 3.35e9),
        ("imports", "KOR", "PER", "level", 6.0e8),
    }
