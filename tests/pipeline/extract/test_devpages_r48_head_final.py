"""Round 48, the year written before its amount in head-final order (made-up sentences, figures).

Kind: Korean, Japanese and Turkish (and Chinese, which also puts the time first) write the year
before the amount it dates and the verb last: "2012년 42억달러를 넘어섰고 2014년 61억달러에
달했다", "2012年に42億ドルを超え2014年に61億ドルに達した", "2012 yılında 300 milyon dolar iken
2016 yılında 550 milyon dolara yükseldi", "2012年为42亿美元2014年达到61亿美元". Glossed word for
word, the English rules took the year right after an amount ("... 4.2 billion US dollars
exceeded in 2014 6.1 billion ...") and gave both amounts the later year. A period that labels
the amount right after it (at most a copula, a verb of level or a hedge between), where the
period after that amount labels the next amount the same way, dates the first amount
(``figure_period._labelled_before``); the Korean year with its particle of time ("2014년에는")
is "in 2014" (``korean._IN_YEAR``). Near misses: English "from $4.2bn in 2012 to $6.1bn in
2014" and "$4.2bn in 2012, $6.1bn in 2014" keep the period after each amount, and a Korean year
as a comparison base ("2029년에 비해") stays a base."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y12 = ("2012-01-01", "2012-12-31")
_Y14 = ("2014-01-01", "2014-12-31")
_Y16 = ("2016-01-01", "2016-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2017-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # Korean: a year before each amount, the clause joined by -고
            "한국과 태국의 교역 규모는 2012년 42억달러를 넘어섰고 2014년 61억달러에 달했다.",
            "태국 교역",
            {
                ("turnover", "KOR", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "KOR", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
        (  # Korean: "-였으나" (was, but) and the year's particle of time "에는"
            "한국과 태국의 교역 규모는 2012년 42억달러였으나 2014년에는 61억달러로 늘었다.",
            "태국 교역",
            {
                ("turnover", "KOR", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "KOR", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
        (  # Japanese: "2012年に ... を超え 2014年に ... に達した"
            "日本とタイの貿易額は2012年に42億ドルを超え2014年に61億ドルに達した。",
            "タイ貿易",
            {
                ("turnover", "JPN", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "JPN", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
        (  # Turkish: "2012 yılında ... iken 2016 yılında ... yükseldi"
            "Türkiye ile Gana arasındaki ticaret hacmi 2012 yılında 300 milyon dolar iken "
            "2016 yılında 550 milyon dolara yükseldi.",
            "Türkiye-Gana ticareti",
            {
                ("turnover", "GHA", "TUR", *_Y12, "level", 300000000.0, "USD"),
                ("turnover", "GHA", "TUR", *_Y16, "level", 550000000.0, "USD"),
            },
        ),
        (  # Chinese: the time first, "为" (was) and "达到" (reached) between year and amount
            "中泰贸易额2012年为42亿美元2014年达到61亿美元。",
            "中泰贸易",
            {
                ("turnover", "CHN", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "CHN", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
    ],
)
def test_year_before_amount_dates_it(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a change from one level to another: each amount's period after it
            "Trade between Thailand and Ghana rose from $4.2 billion in 2012 to $6.1 billion in 2014.",
            {
                ("turnover", "GHA", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "GHA", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
        (  # a list with the period after each amount
            "Trade between Thailand and Ghana was $4.2 billion in 2012, $6.1 billion in 2014.",
            {
                ("turnover", "GHA", "THA", *_Y12, "level", 4200000000.0, "USD"),
                ("turnover", "GHA", "THA", *_Y14, "level", 6100000000.0, "USD"),
            },
        ),
    ],
)
def test_english_period_after_amount_kept(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


def test_korean_year_base_stays_base() -> None:
    rows = _rows("한국의 대태국 수출은 2016년 61억달러로 2015년에 비해 5% 늘었다.", "태국 교역")
    assert ("exports", "KOR", "THA", *_Y16, "level", 6100000000.0, "USD") in rows
    assert ("exports", "KOR", "THA", *_Y16, "pct_change", 5.0, "percent") in rows
