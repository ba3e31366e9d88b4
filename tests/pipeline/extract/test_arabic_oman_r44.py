"""Round 44: Arabic words the gloss lacked on Gulf pages: "السلطنة" (the Sultanate: Oman, as
Omani and Saudi papers write it), "عُمان" with its vowel sign, "للعام" (for the year) and "المدة
ذاتها / نفسها" (the same period, beside the existing "الفترة ذاتها"). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(body: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nالأردن وعمان\n\n{body}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


def test_the_sultanate_is_oman() -> None:
    rows = _rows("بلغت واردات السلطنة من الأردن 80 مليون دولار للعام 2030.")
    assert rows == {("imports", "OMN", "JOR", "2030-01-01", "2030-12-31", 80e6)}


def test_the_same_period_after_months_is_those_months() -> None:
    rows = _rows(
        "ارتفعت صادرات الأردن إلى عُمان في الأشهر الخمسة الأولى من 2030 إلى 120 مليون دولار"
        " مقابل 100 مليون دولار في المدة ذاتها من 2029."
    )
    assert rows == {
        ("exports", "JOR", "OMN", "2030-01-01", "2030-05-31", 120e6),
        ("exports", "JOR", "OMN", "2029-01-01", "2029-05-31", 100e6),
    }
