"""Round 48, two Korean shapes the gloss did not read (made-up sentences, made-up figures).

Kind 1, a comparison base in the possessive before its base amount: "지난해 같은 기간의 40억
달러에 비해 12.5% 늘었다" (up 12.5% on $4bn in the same period last year), "작년 같은 기간의
10억 달러보다". The base amount stood between the base period and its postposition, so neither
was read: the base amount took the whole previous year, and the change (and the sentences after
it) that year too. Glossed "compared with $4bn in the same period last year,"
(``korean._BASE_OWNED``), as Japanese "前年同期の … から" already is; the base with no amount
("지난해 같은 기간에 비해") is the same period last year too, no longer the whole year. Near miss:
the base amount before "에서" (from) keeps its reading.

Kind 2, a source named with its economy before the body and its abbreviation after it: "라오스
통계청(LSB)에 따르면" (according to Laos's statistics bureau) names whose statistics the page
gives, so the flows with no owner are that economy's (NOTES: an exporter named only through its
source is the reporter); the gloss kept only the body ("according to the statistics bureau",
read as the page language's own). ``korean._according``. Near miss: a body alone ("관세청에
따르면", the Korea Customs Service) and a date before it ("30일 관세청에 따르면") stay Korean."""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_H1_30 = ("2030-01-01", "2030-06-30")
_H1_29 = ("2029-01-01", "2029-06-30")
_Q1_30 = ("2030-01-01", "2030-03-31")
_Q1_29 = ("2029-01-01", "2029-03-31")


def _rows(text: str, title: str) -> set[tuple]:
    return tuples(figures(f"date 2030-07-20\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


def test_base_amount_in_possessive_same_period_last_year() -> None:
    text = "1~6월 한국과 베트남 사이의 교역액은 45억 달러로 지난해 같은 기간의 40억 달러에 비해 12.5% 늘었다."
    assert _rows(text, "베트남 교역") == {
        ("turnover", "KOR", "VNM", *_H1_30, "level", 4500000000.0, "USD"),
        ("turnover", "KOR", "VNM", *_H1_29, "level", 4000000000.0, "USD"),
        ("turnover", "KOR", "VNM", *_H1_30, "pct_change", 12.5, "percent"),
    }


def test_base_amount_in_possessive_than() -> None:
    text = "1~3월 한국의 대베트남 수출은 12억 달러로 작년 같은 기간의 10억 달러보다 20% 증가했다."
    assert _rows(text, "베트남 교역") == {
        ("exports", "KOR", "VNM", *_Q1_30, "level", 1200000000.0, "USD"),
        ("exports", "KOR", "VNM", *_Q1_29, "level", 1000000000.0, "USD"),
        ("exports", "KOR", "VNM", *_Q1_30, "pct_change", 20.0, "percent"),
    }


def test_base_without_amount_same_period_last_year() -> None:
    # (the base "지난해 같은 기간" with no amount: the change was dated with the whole last year)
    text = "1~3월 한국의 대베트남 수출은 12억 달러로 지난해 같은 기간에 비해 20% 증가했다."
    assert _rows(text, "베트남 교역") == {
        ("exports", "KOR", "VNM", *_Q1_30, "level", 1200000000.0, "USD"),
        ("exports", "KOR", "VNM", *_Q1_30, "pct_change", 20.0, "percent"),
    }


def test_base_amount_before_from_kept() -> None:
    # near miss: "지난해 같은 기간의 10억 달러에서" is a from-amount (에서), no comparison postposition
    text = "1~3월 한국의 대베트남 수출은 지난해 같은 기간의 10억 달러에서 12억 달러로 늘었다."
    assert ("exports", "KOR", "VNM", *_Q1_29, "level", 1000000000.0, "USD") in _rows(
        text, "베트남 교역"
    )


_SOURCE_TEXT = (
    "{source}에 따르면 한국은 라오스의 5번째 무역 상대국이다. "
    "1~6월 수출액은 3억1000만 달러로 8.5% 늘었고, 수입액은 2억2000만 달러로 4.1% 늘었다."
)


def _flows(source: str) -> set[tuple]:
    return {
        r[:3]
        for r in _rows(_SOURCE_TEXT.format(source=source), "라오스-한국 무역")
        if r[0] != "turnover"
    }


def test_source_with_economy_and_abbreviation() -> None:
    assert _flows("라오스 통계청(LSB)") == {("exports", "LAO", "KOR"), ("imports", "LAO", "KOR")}


def test_source_with_economy() -> None:
    assert _flows("라오스 관세청") == {("exports", "LAO", "KOR"), ("imports", "LAO", "KOR")}


def test_source_body_alone_stays_korean() -> None:
    assert _flows("관세청") == {("exports", "KOR", "LAO"), ("imports", "KOR", "LAO")}
    assert _flows("30일 관세청") == {("exports", "KOR", "LAO"), ("imports", "KOR", "LAO")}
