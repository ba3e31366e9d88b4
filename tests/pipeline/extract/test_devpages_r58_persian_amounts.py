"""Round 58, kind: Persian amounts written with words and in two or three scales. eranico jd08
wrote "چهار میلیارد و ۸۰۹ میلیون دلار", "سه‌میلیارد و ۷۹۹ میلیون", "یک میلیارد و ۹۹۰ میلیون":
only the "۸۰۹ میلیون" part was read (809 million for 4.809 billion); iraneconomist iy11 wrote
"9 میلیارد و 761 میلیون و 482 هزار دلار", whose "482 هزار" was a second, spurious amount.

``persian.prepare``: a count in words before its scale (units, teens, tens, hundreds, joined by
"و", "و نیم" a half; glued to the scale once the zero-width non-joiner is gone) is written in
digits, and an amount in falling scales (billion, million, thousand) is one amount in its
largest. The same module reads "۹ ماهه نخست سال جاری میلادی" (the current Gregorian year, not
the Iranian one) and a first-months period of a bare Gregorian year ("2 ماه نخست 2014"), and
``iranian_page`` keeps a sentence's "current calendar year" Gregorian on an Iranian page.
Made-up sentences with counts, scales and periods no dev page uses ("هفتصد و پنجاه میلیون",
"دو و نیم میلیارد", "بیست و سه میلیارد و ۴۰۰ میلیون", "۱۲ میلیون و ۳۵۰ هزار", "شش ماهه نخست
سال ۲۰۳۰ میلادی", "سال میلادی جاری").
"""

from __future__ import annotations

import pytest

from pipeline.extract.persian import prepare
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-07-01") -> list[tuple]:
    out = figures(f" date {date}\n" + text)
    return [
        (r.flow, r.reporter, r.partner, str(r.period_start)[:10], str(r.period_end)[:10], r.value)
        for r in out.itertuples()
    ]


@pytest.mark.parametrize(
    ("amount", "value"),
    [
        ("هفتصد و پنجاه میلیون", 750e6),
        ("دو و نیم میلیارد", 2.5e9),
        ("بیست و سه میلیارد و ۴۰۰ میلیون", 23.4e9),
        ("یازده‌میلیارد و ۶۰ میلیون", 11.06e9),
        ("۱۲ میلیون و ۳۵۰ هزار", 12.35e6),
        ("۵ میلیارد و ۲۰ میلیون و ۳۰۰ هزار", 5.0203e9),
    ],
)
def test_one_amount_in_words_and_scales(amount: str, value: float) -> None:
    rows = _rows(f"صادرات ایران به ارمنستان در سال 2030 به {amount} دلار رسید.")
    assert [r[:3] + (r[5],) for r in rows] == [("exports", "IRN", "ARM", pytest.approx(value))]


def test_two_amounts_in_rising_scales_stay_two() -> None:
    """Near miss: "۲ میلیون و ۳ میلیارد" is no amount in falling scales: left as written."""
    assert "2 میلیون و 3 میلیارد" in prepare("۲ میلیون و ۳ میلیارد دلار")


def test_words_without_a_scale_stay() -> None:
    """Near miss: a count with no scale after it ("سه کشور", three countries) stays a word."""
    assert prepare("سه کشور و یک منطقه") == "سه کشور و یک منطقه"


def test_first_months_of_the_current_gregorian_year() -> None:
    rows = _rows(
        "صادرات ایران به ارمنستان در شش ماهه نخست سال میلادی جاری به ۳۰۰ میلیون دلار رسید.",
        date="2031-08-15",
    )
    assert [r[:5] for r in rows] == [("exports", "IRN", "ARM", "2031-01-01", "2031-06-30")]


def test_first_months_of_a_named_gregorian_year() -> None:
    rows = _rows(
        "صادرات ایران به ارمنستان در شش ماهه نخست سال ۲۰۳۰ میلادی به ۳۰۰ میلیون دلار رسید."
    )
    assert [r[:5] for r in rows] == [("exports", "IRN", "ARM", "2030-01-01", "2030-06-30")]


def test_iranian_first_months_stay_iranian() -> None:
    """Near miss: "سال جاری" with no "میلادی" is still the current Iranian year."""
    assert "the current Iranian year" in prepare("در شش ماهه نخست سال جاری")
