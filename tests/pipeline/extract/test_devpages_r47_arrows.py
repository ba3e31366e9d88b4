"""Round 47, an arrow as the sign of a change (made-up sentences, made-up figures).

Kind: an arrow written against a number is the sign of its change, whatever the language:
"(8.1%↑)", "↓ 2.6%", "▲12.4%", "▼3%" (Korean and Chinese headlines and tables, some English
copy) make the percentage a pct_change with the arrow's direction, and an arrow right before an
amount of money ("(▲$310 million)") makes it an abs_change (``measure._arrow``); one arrow closing
a pair of percentages ("수출 6%·수입 4%↑", "exports 17%, imports 3%↑") signs both
(``measure._shared_arrow``). The Japanese triangle before a number is a minus
(``japanese._TRIANGLE``, "前年同月比▲4.2%" -> -4.2, as before). Near misses: an arrow not attached
to a number ("▲ Read more", a link arrow "→ see the table") changes nothing, and an arrow after a
share stays no change."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_MAR = ("2030-03-01", "2030-03-31")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # English: arrows before the percentages
            "Malaysia's exports to Japan in March 2030: ▲12.4%, imports ▼3%.",
            "Trade",
            {
                ("exports", "MYS", "JPN", *_MAR, "pct_change", 12.4, "percent"),
                ("imports", "MYS", "JPN", *_MAR, "pct_change", -3.0, "percent"),
            },
        ),
        (  # English: one arrow closing a pair of percentages
            "In March 2030, Malaysia's exports to Japan 17%, imports 3%↑ on the year.",
            "Trade",
            {
                ("exports", "MYS", "JPN", *_MAR, "pct_change", 17.0, "percent"),
                ("imports", "MYS", "JPN", *_MAR, "pct_change", 3.0, "percent"),
            },
        ),
        (  # Chinese: filled triangles up and down
            "2030年3月，中国对泰国出口12亿美元，同比▲4.2%；进口8亿美元，同比▼2.1%。",
            "泰国贸易",
            {
                ("exports", "CHN", "THA", *_MAR, "level", 1200000000.0, "USD"),
                ("exports", "CHN", "THA", *_MAR, "pct_change", 4.2, "percent"),
                ("imports", "CHN", "THA", *_MAR, "level", 800000000.0, "USD"),
                ("imports", "CHN", "THA", *_MAR, "pct_change", -2.1, "percent"),
            },
        ),
    ],
)
def test_arrow_signs_percentage(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


def test_korean_pair_closed_by_arrow() -> None:
    rows = _rows(
        "2030년 3월 한국의 대태국 수출은 12억 달러로 집계됐다. 3월 대태국 수출 6%·수입 4%↑ 기록했다.",
        "태국 교역",
    )
    assert ("exports", "KOR", "THA", *_MAR, "pct_change", 6.0, "percent") in rows
    assert ("imports", "KOR", "THA", *_MAR, "pct_change", 4.0, "percent") in rows


def test_arrow_before_money_is_abs_change() -> None:
    assert _rows("Chile's exports to Peru in 2030 were $4.2 billion (▲$310 million).") == {
        ("exports", "CHL", "PER", *_Y30, "abs_change", 310000000.0, "USD"),
        ("exports", "CHL", "PER", *_Y30, "level", 4200000000.0, "USD"),
    }


def test_arrow_after_bracketed_percent_with_level() -> None:
    rows = _rows(
        "Peru's shipments to South Korea reached $2 billion in 2030 (8.1%↑), while imports "
        "from Korea were $1.5 billion (↓ 2.6%)."
    )
    assert ("exports", "PER", "KOR", *_Y30, "pct_change", 8.1, "percent") in rows
    assert ("imports", "PER", "KOR", *_Y30, "pct_change", -2.6, "percent") in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bullet arrow before a link: the sentence's own verb decides
            "▲ Read more: Malaysia's exports to Japan rose 12% in 2030.",
            {("exports", "MYS", "JPN", *_Y30, "pct_change", 12.0, "percent")},
        ),
        (  # a link arrow after the figure
            "Malaysia's exports to Japan fell 12% in 2030 → see the table.",
            {("exports", "MYS", "JPN", *_Y30, "pct_change", -12.0, "percent")},
        ),
        ("Exports to Japan made up 12% ↑ of Malaysia's total in 2030.", set()),  # a share
    ],
)
def test_arrow_not_a_sign(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
