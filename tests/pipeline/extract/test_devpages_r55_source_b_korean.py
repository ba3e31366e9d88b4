"""Round 55 (src55b), kind: a Korean data phrase whose source is named in several words is read
whole: "X 통계자료를 살펴보면" / "X 등의 자료를 보면" (looking at X's statistics / the data of X
and others) keeps the body's owner and every body before it (``korean._DATA_SHOW``), and "X가 펴낸
보고서를 보면" (looking at the report X published) is read like "X가 발표한 자료를 보면"
(``korean._RELEASED``); KOTRA (코트라), Korea's state trade agency, is Korea's body. Dev pages:
hp04 (jtbc), hp12 (spnews), hs03 (ajunews): three pages, three outlets. Made-up sentences (other
pairs, figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_statistics_of_a_named_ministry() -> None:
    got = _sources(
        "date 2029-03-01\n태국과 페루의 교역\n\n태국 상무부 통계자료를 살펴보면, 2028년 태국의 "
        "페루 수출은 3억 4000만 달러였다."
    )
    assert got[340_000_000.0] == "THA"


def test_report_published_by_a_trade_agency_office() -> None:
    got = _sources(
        "date 2029-03-01\n한국과 페루의 교역\n\n코트라 리마 무역관이 5일 펴낸 보고서를 보면 2028년 "
        "한국의 페루 수출은 4억 1000만 달러였다."
    )
    assert got[410_000_000.0] == "KOR"


def test_near_miss_report_published_by_an_analyst_firm() -> None:
    got = _sources(
        "date 2029-03-01\n태국과 페루의 교역\n\n한 증권사가 5일 펴낸 보고서를 보면 2028년 태국의 "
        "페루 수출은 3억 4000만 달러였다."
    )
    assert got[340_000_000.0] is None
