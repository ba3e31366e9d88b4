"""Round 42 (blind batch hq05): a four-digit count of millions ("2036 million dinars", Arabic
"2036مليون دينار") is an amount, not the year 2036. Made-up sentences; near misses keep the year."""

import datetime as dt

import pytest

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Jordan and Oman reached 2036 million dinars by the end of November.",
        "Trade between Jordan and Oman reached 2019 mln dinars.",
        "Trade between Jordan and Oman reached 2025 bn riyals.",
    ],
)
def test_a_count_of_millions_is_no_year(sentence: str) -> None:
    assert not [p for p in find_periods(sentence, dt.date(2030, 1, 5)) if p.kind == "year"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Jordan and Oman reached 2,036 million dinars in 2029.",
        "The 2029 figure was 900 million dinars.",
        "In 2029, 14 million tonnes were shipped.",
    ],
)
def test_a_year_beside_an_amount_stays_a_year(sentence: str) -> None:
    assert [p.period_start.year for p in find_periods(sentence, dt.date(2030, 1, 5))] == [2029]


def test_an_arabic_count_of_millions_glued_to_its_scale() -> None:
    text = "وصلت قيمة المبادلات التجارية بين الأردن ومصر إلى 2036مليون دينار، وفق دائرة الإحصاءات العامة."
    out = figures(f"العلاقات التجارية بين الأردن ومصر\n\n{text}\n")
    assert [(r.value, r.period_start) for r in out.itertuples()] == [(2036e6, None)]
