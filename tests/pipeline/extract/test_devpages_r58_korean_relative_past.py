"""Round 58, kind: a Korean level written as a past relative clause on its subject, the noun
after it ("2015년 X 달러였던 자동차 수출액은 지난해 Y 달러로", "X 달러에 이르렀던 한국의 대사우디
수출액은 ..."): jc03 kidd read the first amount a turnover with the pair reversed and kept a
single product's figures as total exports; its goods words (원유, 자동차) were not glossed. Also a
balance with the trade word between its amount and 흑자 ("342억 달러의 무역 흑자", jc02 klb read a
turnover), a report put out with 내놓은 by a body in Latin letters ("KOTRA가 10일 내놓은 보고서를
보면", jc01 kgnews: no source) and "에 의하면" for "에 따르면" (ix08 centralasiakorea).

Built for the language, not the pages: every adnominal past of a verb of level (였던, 이었던,
이던, 에 이르렀던/달했던/머물렀던/그쳤던/불과했던/육박했던, 을/를 기록했던), 은/는/이/가 on the noun,
로/으로/까지 on the second amount; the sector nouns of Korean trade news (energy, metals,
machinery, textiles, agriculture rows of ``foreign_words.csv``); 무역/교역/상품 and 수지 before
흑자/적자; every verb of putting out (공표한, 발간한, 펴낸, 내놓은, 낸).

Every sentence is made up, with forms no dev page uses (달했던, 기록했던, 머물렀던, 천연가스, 석탄,
의류, 교역수지 적자, 발간한, 에 의하면 with a ministry, years 2027-2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.korean import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\nTrade\n\n{text}\n")
    return sorted(
        (r["flow"], r["scope"], r["reporter"], r["partner"], str(r["period_start"]), r["value"])
        for _, r in out.iterrows()
    )


@pytest.mark.parametrize("verb", ["에 달했던", "였던", "을 기록했던", "에 머물렀던"])
def test_a_relative_past_level_is_the_from_of_its_subject(verb: str) -> None:
    text = f"2027년 52억3천만 달러{verb} 한국의 대호주 수출은 2030년 61억 달러로 늘었다."
    assert _rows(text) == [
        ("exports", "total", "KOR", "AUS", "2027-01-01", 5.23e9),
        ("exports", "total", "KOR", "AUS", "2030-01-01", 6.1e9),
    ]


def test_the_sector_noun_of_the_subject_is_read() -> None:
    text = (
        "한국과 호주의 교역에서 2028년 31억 달러였던 석탄 수입액은 2030년 44억5천만 달러로 뛰었다."
    )
    rows = _rows(text)
    assert [r[1] for r in rows] == ["energy", "energy"]
    assert [r[5] for r in rows] == [3.1e9, 4.45e9]


def test_goods_words_are_glossed() -> None:
    glossed = gloss("천연가스 수입과 의류 수출", "ko")
    assert "natural gas" in glossed and "garments" in glossed


def test_near_miss_a_relative_clause_without_a_second_amount_stays() -> None:
    # no level reached after the noun: the pattern leaves it as it was
    text = "2027년 52억 달러였던 수출 목표는 달성되지 못했다."
    assert " from " not in prepare(text)


def test_a_balance_with_the_trade_word_between_is_no_turnover() -> None:
    text = "한국은 2029년 호주와의 교역에서 51억 달러의 교역수지 적자를 냈다."
    assert all(r[0] != "turnover" for r in _rows(text))
    assert "a deficit of" in prepare(text)


def test_a_report_put_out_by_a_body_in_latin_letters_is_its_source() -> None:
    glossed = prepare("KITA가 3일 발간한 보고서를 보면 한국의 대호주 수출은 61억 달러였다.")
    assert "according to the data released by KITA" in glossed


def test_according_to_with_uihamyeon() -> None:
    glossed = prepare("산업통상자원부에 의하면 한국의 대호주 수출은 61억 달러였다.")
    assert glossed.startswith("according to 산업통상자원부")
