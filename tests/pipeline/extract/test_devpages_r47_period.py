"""Round 47, period kinds from the development pages (made-up sentences, made-up figures).

Kind 1, a base period past a bracketed conversion: "rose 35% from 311.24 million US dollars
(about 46.12374 billion yen) in 2029 to 420 million US dollars" names 2029 as the base of the
change, however long the conversion in brackets between "from" and the year; the level reached
keeps the sentence's own period (2030). The base word's 60-character window
(``periods._compared_before``) does not count a bracketed aside: glossed Japanese, Korean and
Chinese amounts carry long conversions ("約461億2374万円" -> "about 46.12374 billion yen").
Near miss: "exports from Chile ... were $X (about Y yen) in 2030" has no base amount after
"from": the year stays the level's own.

Kind 2, a Japanese month opening a clause: "10月単月の対ベトナム輸出額は..." (October alone),
"9月にも輸出は伸び" (in September too) date their clause as English "in October" does
(``east_asian.clause_month``, the Korean rule of round 44 now shared by both glosses). Near
miss: "2030年3月末時点の" (as of the end of March 2030) stays a stock's date.

Kind 3, a report introduced with its year: on an undated page, "The embassy said cooperation went
well in 2030. According to this release, last year trade was $8bn" -> "last year" is 2030 (NOTES
round 43 hy 4), although the introducing sentence states no amount
(``period_anchor.anchored_year``; "according to this" glossed from "据此", "これによると", "이에
따르면", "según este", "selon ce", "segundo este"). Near miss: without "according to this" the
year of a sentence with no data fixes nothing (NOTES round 6): both period fields stay empty."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: a conversion in brackets after the base amount, the year after it
            "In 2030, exports from Chile to Peru rose 35% from 311.24 million US dollars (about "
            "46.12374 billion yen) in 2029 to 420 million US dollars.",
            "Chile and Peru",
            {
                ("exports", "CHL", "PER", *_Y30, "pct_change", 35.0, "percent"),
                ("exports", "CHL", "PER", *_Y29, "level", 311_240_000.0, "USD"),
                ("exports", "CHL", "PER", *_Y29, "level", 46_123_740_000.0, "JPY"),
                ("exports", "CHL", "PER", *_Y30, "level", 420_000_000.0, "USD"),
            },
        ),
        (  # Japanese: "2029年の3億1124万ドル(約461億2374万円)から ... 4億4000万ドル(...)に達した"
            "2030年のタイとベトナムの貿易額は、2029年の3億1124万ドル(約461億2374万円)から41.37%増え、"
            "4億4000万ドル(約652億514万円)に達した。",
            "タイ",
            {
                ("turnover", "THA", "VNM", *_Y30, "pct_change", 41.37, "percent"),
                ("turnover", "THA", "VNM", *_Y29, "level", 311_240_000.0, "USD"),
                ("turnover", "THA", "VNM", *_Y29, "level", 46_123_740_000.0, "JPY"),
                ("turnover", "THA", "VNM", *_Y30, "level", 440_000_000.0, "USD"),
                ("turnover", "THA", "VNM", *_Y30, "level", 65_205_140_000.0, "JPY"),
            },
        ),
        (  # near miss: "from Chile" is no base amount; the conversion's year is the level's
            "Exports from Chile to Peru were 311.24 million US dollars (about 46.12374 billion "
            "yen) in 2030, more than in any year before.",
            "Chile",
            {
                ("exports", "CHL", "PER", *_Y30, "level", 311_240_000.0, "USD"),
                ("exports", "CHL", "PER", *_Y30, "level", 46_123_740_000.0, "JPY"),
            },
        ),
    ],
)
def test_base_period_past_a_bracketed_conversion(text: str, title: str, expected: set) -> None:
    assert _rows(text, title) == expected


_OCT = ("2030-10-01", "2030-10-31")
_SEP = ("2030-09-01", "2030-09-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "10月単月の" (October alone) after January-October
            "2030年1～10月のタイの対ベトナム輸出額は5億ドルだった。10月単月の対ベトナム輸出額は6000万ドルだった。",
            {
                (
                    "exports",
                    "THA",
                    "VNM",
                    "2030-01-01",
                    "2030-10-31",
                    "level",
                    500_000_000.0,
                    "USD",
                ),
                ("exports", "THA", "VNM", *_OCT, "level", 60_000_000.0, "USD"),
            },
        ),
        (  # "9月にも" (in September too)
            "2030年1～9月の日本の対タイ輸出額は50億ドルだった。9月にも輸出は伸び、前年同月比8%増となった。",
            {
                (
                    "exports",
                    "JPN",
                    "THA",
                    "2030-01-01",
                    "2030-09-30",
                    "level",
                    5_000_000_000.0,
                    "USD",
                ),
                ("exports", "JPN", "THA", *_SEP, "pct_change", 8.0, "percent"),
            },
        ),
        (  # near miss: the end of a month dates a stock
            "2030年3月末時点の日本の対タイ直接投資残高は90億ドルだった。",
            {
                (
                    "investment",
                    "THA",
                    "JPN",
                    "None",
                    "2030-03-31",
                    "level",
                    9_000_000_000.0,
                    "USD",
                )
            },
        ),
    ],
)
def test_japanese_month_opens_its_clause(text: str, expected: set) -> None:
    assert _rows(text, "タイ") == expected


def _undated(title: str, *sentences: str) -> set[tuple]:
    out = figures(title + "\n\n" + "\n".join(sentences) + "\n")
    return {
        (r.flow, str(r.period_start), str(r.period_end), r.measure, r.value)
        for r in out.itertuples()
    }


_INTRO_EN = "The Chilean embassy said on its website that Chile-Peru economic cooperation went well in 2030."
_FIGURES_EN = (
    "last year bilateral trade between the two countries was 8 billion US dollars, up 4.6%."
)


@pytest.mark.parametrize(
    ("title", "sentences", "expected"),
    [
        (  # English
            "Chile Peru trade",
            (_INTRO_EN, "According to this release, " + _FIGURES_EN),
            {
                ("turnover", *_Y30, "level", 8_000_000_000.0),
                ("turnover", *_Y30, "pct_change", 4.6),
            },
        ),
        (  # Chinese: "据此消息,去年..."
            "中智经贸合作",
            (
                "中国驻智利大使馆在其网站称,2030年中智经贸合作保持良好发展势头。",
                "据此消息,去年两国双边贸易额为80亿美元,同比增长4.6%。",
            ),
            {
                ("turnover", *_Y30, "level", 8_000_000_000.0),
                ("turnover", *_Y30, "pct_change", 4.6),
            },
        ),
        (  # Japanese: "これによると、昨年の..."
            "チリ・ペルー貿易",
            (
                "チリ大使館はウェブサイトで、2030年のチリとペルーの経済協力は順調だったと発表した。",
                "これによると、昨年のチリとペルーの貿易額は80億ドルで、前年比4.6%増加した。",
            ),
            {
                ("turnover", *_Y30, "level", 8_000_000_000.0),
                ("turnover", *_Y30, "pct_change", 4.6),
            },
        ),
        (  # Spanish: "Según este informe, el año pasado ..."
            "Comercio Chile Perú",
            (
                "El Ministerio de Comercio de Chile informó el lunes que el comercio con Perú tuvo un "
                "buen desempeño en 2030.",
                "Según este informe, el año pasado el intercambio comercial entre Chile y Perú alcanzó "
                "8.000 millones de dólares.",
            ),
            {("turnover", *_Y30, "level", 8_000_000_000.0)},
        ),
        (  # near miss: no "according to this": a year without data fixes nothing (round 6)
            "Chile Peru trade",
            (_INTRO_EN, "Last year " + _FIGURES_EN),
            {
                ("turnover", "None", "None", "level", 8_000_000_000.0),
                ("turnover", "None", "None", "pct_change", 4.6),
            },
        ),
    ],
)
def test_last_year_of_a_report_introduced_with_its_year(
    title: str, sentences: tuple, expected: set
) -> None:
    assert _undated(title, *sentences) == expected
