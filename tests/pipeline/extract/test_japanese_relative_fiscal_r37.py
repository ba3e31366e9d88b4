"""Round 37: a Japanese fiscal year named relative to now ("昨年度" last fiscal year, "今年度"/
"本年度" this one, "前年度" the one before) is the fiscal year of the figure's country, as
"fiscal 2030" is ("2030年度"). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _periods(text: str, date: str) -> set[tuple]:
    out = figures(f"date {date}\nバングラデシュと日本\n{text}\n")
    return {(str(r.period_start)[:10], str(r.period_end)[:10], r.value) for r in out.itertuples()}


def test_last_fiscal_year_is_the_country_s() -> None:
    # Bangladesh counts July-June years (fiscal_years.csv)
    got = _periods("昨年度、日本へのバングラデシュの輸出は9億1500万ドルに上った。", "2031-09-09")
    assert ("2030-07-01", "2031-06-30", 915e6) in got


def test_gloss() -> None:
    from pipeline.extract.foreign import gloss

    assert "last fiscal year" in gloss("昨年度、輸出は9億ドルに上った。", "ja")
    assert "this fiscal year" in gloss("今年度、輸出は9億ドルに上った。", "ja")
    # near miss: a named fiscal year keeps its year
    assert "fiscal year 2030" in gloss("2030年度、輸出は9億ドルに上った。", "ja")
