"""Round 47, a span of days whose end's year is named relative (made-up sentences and figures).

Kind: "from April 1, 2029 to March 31 this year", "between January 1 and March 31 last year",
"from 1 July 2029 to 30 June this year": the span runs from its first day to its last, the end's
year resolved with the publication date ("this year" the publication year, "last year" the one
before), a start with no year of its own in the end's year (or the year before it when its day
comes later). The bare "this year" no longer dates the figure as a whole year
(``period_patterns`` "date", ``period_resolve_months.date``). Without a publication date the
span is not resolved, and its "this year" no longer outweighs a fiscal-year label beside it
("fiscal year 2030, from April 1, 2029 to March 31 this year": India's fiscal 2030). The glosses
write the span in these English words: Korean "2029년 4월 1일부터 올해 3월 31일까지", Japanese
"2029年4月1日から今年3月31日まで", Chinese "2029年4月1日至今年3月31日"
(``east_asian.days_from_to``); Spanish and French glosses ("al 31 de marzo de este año" -> "to the
31 of March this year").

Near misses: "from 2029 to this year" (a span of years) keeps its current reading, the
publication year; a single day "as of March 31 this year" keeps the whole year; a span with no
amount gives no figure.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Trade", date: str | None = "2031-10-20") -> set[tuple]:
    head = f"date {date}\n" if date else ""
    return tuples(figures(f"{head}{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (
            "From April 1, 2029 to March 31 this year, Ghana's exports to Nepal were $7.4 million.",
            "Ghana",
            {("exports", "GHA", "NPL", "2029-04-01", "2031-03-31", "level", 7_400_000.0, "USD")},
        ),
        (
            "Between January 1 and March 31 last year, Peru's imports from Kenya reached "
            "$13 million.",
            "Peru",
            {("imports", "PER", "KEN", "2030-01-01", "2030-03-31", "level", 13_000_000.0, "USD")},
        ),
        (
            "From 1 July 2029 to 30 June this year, Fiji's exports to Chile totalled $2.1 billion.",
            "Fiji",
            {
                (
                    "exports",
                    "FJI",
                    "CHL",
                    "2029-07-01",
                    "2031-06-30",
                    "level",
                    2_100_000_000.0,
                    "USD",
                )
            },
        ),
        (  # Korean: "2030년 1월 1일부터 지난해 ... " -> "from January 1 to March 31 last year"
            "지난해 1월 1일부터 3월 31일까지 한국의 대페루 수출액은 4억 달러였다.",
            "한국",
            {("exports", "KOR", "PER", "2030-01-01", "2030-03-31", "level", 400_000_000.0, "USD")},
        ),
        (  # Japanese
            "2029年4月1日から今年3月31日までの日本の対ペルー輸出額は5億ドルだった。",
            "日本",
            {("exports", "JPN", "PER", "2029-04-01", "2031-03-31", "level", 500_000_000.0, "USD")},
        ),
        (  # Chinese
            "2029年7月1日至今年6月30日，中国对秘鲁出口额为6亿美元。",
            "中国",
            {("exports", "CHN", "PER", "2029-07-01", "2031-06-30", "level", 600_000_000.0, "USD")},
        ),
        (  # Spanish: "al 31 de marzo de este año" glossed "to the 31 of March this year"
            "Del 1 de abril de 2029 al 31 de marzo de este año, las exportaciones de Perú a "
            "Kenia sumaron 5 millones de dólares.",
            "Perú",
            {("exports", "PER", "KEN", "2029-04-01", "2031-03-31", "level", 5_000_000.0, "USD")},
        ),
    ],
)
def test_day_span_ending_in_a_relative_year(text: str, title: str, expected: set) -> None:
    assert _rows(text, title) == expected


def test_undated_page_keeps_the_fiscal_label() -> None:
    """No publication date: "this year" no longer undates the fiscal year beside the span."""
    text = (
        "In fiscal year 2030, from April 1, 2029 to March 31 this year, India's exports to "
        "Ghana were $3.3 million."
    )
    assert _rows(text, "India", date=None) == {
        ("exports", "IND", "GHA", "2029-04-01", "2030-03-31", "level", 3_300_000.0, "USD")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a span of years: the code's current reading (the publication year)
            "From 2029 to this year, Ghana's exports to Nepal were $7.4 million.",
            {("exports", "GHA", "NPL", "2031-01-01", "2031-12-31", "level", 7_400_000.0, "USD")},
        ),
        (  # one day, no span: unchanged
            "As of March 31 this year, Ghana's exports to Nepal were $7.4 million.",
            {("exports", "GHA", "NPL", "2031-01-01", "2031-12-31", "level", 7_400_000.0, "USD")},
        ),
        (  # a span with no amount: no figure
            "From April 1, 2029 to March 31 this year, Ghana's exports to Nepal kept growing.",
            set(),
        ),
    ],
)
def test_near_misses(text: str, expected: set) -> None:
    assert _rows(text, "Ghana") == expected
