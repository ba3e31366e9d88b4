"""Round 57, kind: an Arabic span "the last N years" with its count in digits stayed unread, and
the rate lost its period. Dev page: "بلغت نسبة ارتفاع هذه المبادلات 42 % خلال الـ 3 سنوات
الأخيرة" (ht01 tunisienumerique: only "السنوات الثلاث الماضية" and its like had rows).

Built for the language: the last N years or months in every order Arabic writes them, the count
in digits after the article ("الـ3 سنوات الأخيرة") or after "آخر" ("آخر 5 أعوام"), or in words
after its noun ("الأعوام الخمسة الماضية", "الأشهر الستة المنصرمة"), with every adjective
(الأخيرة, الماضية, المنصرمة) and noun (سنوات, أعوام, سنين, أشهر, شهور): "the last N years/months"
(``arabic._LAST_SPAN_DIGITS``, ``arabic._LAST_SPAN_WORDS``).

Every sentence is made up, with forms no dev page uses (أعوام, آخر, المنصرمة, months, Qatar,
Morocco).
"""

from __future__ import annotations

import pytest

from pipeline.extract.arabic import prepare
from tests.pipeline.extract.test_extract import figures


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("خلال آخر 5 أعوام", "the last 5 years"),
        ("في الـ4 أشهر الماضية", "the last 4 months"),
        ("خلال الأشهر الستة المنصرمة", "the last 6 months"),
        ("خلال السنين السبع الاخيرة", "the last 7 years"),
    ],
)
def test_the_last_n_years_or_months(phrase: str, expected: str) -> None:
    assert expected in prepare(phrase)


def test_a_rate_over_the_last_years() -> None:
    text = "ارتفعت الصادرات المغربية إلى قطر بنسبة 30% خلال الأعوام الخمسة الماضية."
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    got = [
        (r["flow"], str(r["period_start"]), str(r["period_end"])) for r in out.to_dict("records")
    ]
    assert ("exports", "2026-01-01", "2030-12-31") in got


def test_near_misses_stay_as_they_are() -> None:
    # a count with no "last" ("3 سنوات", three years) and the first months keep their readings
    assert "the last" not in prepare("خلال 3 سنوات من الآن")
    assert "the last" not in prepare("الأشهر الستة الأولى")
