"""Round 53, kind: a period counted from (or named back to) one the text has just named.

"Four years later" in the sentence after "In 2010 ...", "the following year" / "that year" in
a language the gloss did not read (Korean "이듬해", Turkish "o yıl", Spanish "años después"), and
"the next month" after a named month: the figure takes the named period moved forward (or the
year named back), not the running period. Dev pages (round 53): ie02 apertura (Spanish, four
years after 2010), ii01 etoday (Korean, the year after 1997), ht09 kenyacoast (English, the
month after October 2023), hr08 hurriyet (Turkish, "that year" after 2018); four outlets.
Made-up sentences (other pairs, other figures).
"""

from __future__ import annotations

import datetime as dt

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {float(r["value"]): (r["period_start"], r["period_end"]) for r in out.to_dict("records")}


def _year(y: int) -> tuple:
    return (dt.date(y, 1, 1), dt.date(y, 12, 31))


def test_years_later_in_the_next_sentence() -> None:
    got = _periods(
        "date 2020-02-01\nKenya and Ghana\n\nIn 2011 Kenya's exports to Ghana stood at $310 "
        "million. Three years later the exports had risen to $420 million."
    )
    assert got[420_000_000.0] == _year(2014)
    assert got[310_000_000.0] == _year(2011)


def test_years_later_spanish_gloss() -> None:
    got = _periods(
        "date 2020-02-01\nChile y Perú\n\nEn 2012 Chile exportó a Perú por US$ 900 millones. "
        "Dos años después las exportaciones chilenas a Perú habían bajado a US$ 700 millones."
    )
    assert got[700_000_000.0] == _year(2014)


def test_the_next_month_after_a_named_month() -> None:
    got = _periods(
        "date 2030-01-10\nGhana trade\n\nGhana's imports from Kenya were $40 million in March "
        "2029, rising to $46 million the next month."
    )
    assert got[46_000_000.0] == (dt.date(2029, 4, 1), dt.date(2029, 4, 30))
    assert got[40_000_000.0] == (dt.date(2029, 3, 1), dt.date(2029, 3, 31))


def test_korean_following_year() -> None:
    got = _periods(
        "date 2020-02-01\n한국 페루 교역\n\n2015년 한국과 페루의 교역규모는 30억달러였다. "
        "이듬해 두 나라 교역규모는 25억달러로 줄었다."
    )
    assert got[2_500_000_000.0] == _year(2016)


def test_turkish_that_year() -> None:
    got = _periods(
        "date 2020-02-01\nTürkiye Peru ticaret\n\nTürkiye ile Peru arasındaki ticaret hacmi 2019 "
        "yılında 2 milyar dolar oldu. 2017 yılında ticaret hacmi yüzde 16,2 yükselişle 1 milyar 747 "
        "milyon dolar olmuştu. O yıl Türkiye'nin Peru'ya ihracatı 700 milyon dolar olarak "
        "gerçekleşmişti."
    )
    assert got[700_000_000.0] == _year(2017)
    assert got[2_000_000_000.0] == _year(2019)


def test_near_miss_next_month_forecast_and_later_without_year() -> None:
    """A forecast for "next month" (no "the") keeps its reading; "N years later" with no year
    named in reach adds nothing."""
    out = figures(
        "date 2025-08-01\nPeru and Chile\n\nPeru's exports to Chile are expected to rise next "
        "month to $5.2 billion."
    )
    assert list(out["status"]) == ["target"]
    assert out["period_start"].isna().all() and out["period_end"].isna().all()
    got = _periods(
        "date 2025-08-01\nPeru and Chile\n\nPeru's exports to Chile peaked after the agreement. "
        "Four years later the exports had fallen to $1.7 billion."
    )
    assert got[1_700_000_000.0] == (None, None)
