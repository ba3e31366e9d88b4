"""Round 43: Korean writes a comparison base before its postposition, often with the base's
amount in brackets ("2029년(110억 달러) 대비", "전년도(420만 달러)보다", "2029회계연도(141만
달러)에 견줘"): the gloss puts "compared with" first, as English does, so the bracketed amount
is read as the base period's level. "치솟았다" (soared) and "떨어졌다" (fell) are change verbs.
Made-up sentences."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\n교역\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize("postposition", [" 대비", "보다", "에 견줘", "에 비해"])
def test_a_named_year_base_with_its_amount_in_brackets(postposition: str) -> None:
    text = f"한국의 대칠레 수출은 32억 달러로 2029년(28억 달러){postposition} 14% 증가했다."
    rows = _rows(text)
    assert ("exports", "KOR", "CHL", "2029-01-01", "2029-12-31", "level", 2.8e9) in rows
    assert ("exports", "KOR", "CHL", "2030-01-01", "2030-12-31", "level", 3.2e9) in rows


def test_a_fiscal_year_base_with_its_amount_in_brackets() -> None:
    text = "인도의 대칠레 수입은 526만 달러로, 2029회계연도(141만 달러)에 견줘 272% 치솟았다."
    rows = _rows(text)
    # India's fiscal year 2029 is April 2028 to March 2029 (``fiscal_years.csv``)
    assert ("imports", "IND", "CHL", "2028-04-01", "2029-03-31", "level", 1.41e6) in rows
    assert {r[6] for r in rows if r[3] != "2028-04-01"} == {5.26e6, 272.0}


@pytest.mark.parametrize(("verb", "word"), [("치솟았다", "up 40%"), ("떨어졌다", "down 40%")])
def test_soared_and_fell_are_changes(verb: str, word: str) -> None:
    assert word in gloss(f"수출이 40% {verb}.", "ko", commas=False)


def test_near_miss_a_base_without_a_postposition_keeps_its_bracket() -> None:
    # "2029년(28억 달러)" followed by no comparison word is not a base: nothing is moved
    glossed = gloss("한국의 대칠레 수출은 2029년(28억 달러)이었다.", "ko", commas=False)
    assert "compared with" not in glossed
