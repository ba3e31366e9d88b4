"""Round 43: the Turkish trade-news register, glossed as a vocabulary (``tr`` rows of
``foreign_words.csv`` and :mod:`pipeline.extract.turkish`): change and level verbs ("sıçradı",
"büyüdü", "iki katına çıktı", "... dolardan ... dolara çıktı"), time words ("geçtiğimiz yıl",
"geçen yılın ilk 9 ayında", "ilk altı ayda", "2031'in ilk çeyreğinde", "üçüncü çeyreğinde",
"2028 ile 2030 yılları arasında", "mali yılında", "2035 yılına kadar"), flows and measures
("karşılıklı ticaret hacmi", "ihracat geliri", "doğrudan yatırımları", "mal ve hizmet"), sides
("iki ülke") and hedges ("dolardan fazla", "dolara yakın", "doların üzerinde"). Made-up
sentences; near misses keep a word unread where it is no time or change word."""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

GHA = ("TUR", "GHA")


def _rows(text: str, date: str = "2031-11-20", title: str = "Türkiye ve Gana") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # change verbs after their percent
        (
            "Türkiye'nin Gana'ya ihracatı 2030 yılında yüzde 37 sıçradı.",
            ("exports", *GHA, "2030-01-01", "2030-12-31", 37.0, "percent"),
        ),
        (
            "İki ülke arasındaki ticaret hacmi 2030'da yüzde 23 büyüdü.",
            ("turnover", *GHA, "2030-01-01", "2030-12-31", 23.0, "percent"),
        ),
        # doubled
        (
            "Türkiye'nin Gana'ya ihracatı 2030 yılında iki katına çıkarak 733 milyon dolara ulaştı.",
            ("exports", *GHA, "2030-01-01", "2030-12-31", 2.0, "times"),
        ),
        # went from X to Y: the earlier amount is the year before
        (
            "Türkiye'nin Gana'ya ihracatı 2030 yılında 611 milyon dolardan 733 milyon dolara çıktı.",
            ("exports", *GHA, "2029-01-01", "2029-12-31", 611e6, "USD"),
        ),
    ],
)
def test_change_verbs(text: str, expected: tuple) -> None:
    assert expected in _rows(text), _rows(text)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "İki ülke arasındaki ticaret hacmi geçtiğimiz yıl 3,7 milyar dolar oldu.",
            "2030-01-01",
            "2030-12-31",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı geçen yılın ilk 9 ayında 517 milyon dolar oldu.",
            "2030-01-01",
            "2030-09-30",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı bu yılın ilk dört ayında 517 milyon dolar oldu.",
            "2031-01-01",
            "2031-04-30",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı ilk altı ayda 517 milyon dolar oldu.",
            "2031-01-01",
            "2031-06-30",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı 2030 yılının üçüncü çeyreğinde 517 milyon dolar oldu.",
            "2030-07-01",
            "2030-09-30",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı 2030 yılının ikinci yarısında 517 milyon dolar oldu.",
            "2030-07-01",
            "2030-12-31",
        ),
        (
            "Türkiye'nin Gana'ya ihracatı 2028 ile 2030 yılları arasında 517 milyon dolar oldu.",
            "2028-01-01",
            "2030-12-31",
        ),
    ],
)
def test_time_words(text: str, start: str, end: str) -> None:
    rows = _rows(text)
    assert {(r[3], r[4]) for r in rows} == {(start, end)}, rows


def test_a_year_genitive_before_its_quarter() -> None:
    # "2031'in ilk çeyreğinde": the quarter of 2031, not of the year before the page's date
    rows = _rows(
        "Türkiye'nin Gana'ya ihracatı 2031'in ilk çeyreğinde 517 milyon dolar oldu.", "2031-02-10"
    )
    assert rows == {("exports", *GHA, "2031-01-01", "2031-03-31", 517e6, "USD")}


def test_glossed_time_words() -> None:
    assert "since the beginning of the year" in gloss("Yılbaşından bu yana ihracat arttı.", "tr")
    assert "year-on-year" in gloss("İhracat yıllık bazda yüzde 4 arttı.", "tr")
    assert "in fiscal year 2030" in gloss("İhracat 2030 mali yılında arttı.", "tr")
    assert "as of September" in gloss("İhracat eylül ayı itibarıyla arttı.", "tr")
    assert "by 2035" in gloss("Ticaret hacminin 2035 yılına kadar artırılması.", "tr")
    assert "by 2035" in gloss("Ticaret hacminin 2035'e kadar artırılması.", "tr")


def test_investments_in_a_place() -> None:
    # "Gana'daki doğrudan yatırımları": Turkey's direct investments in Ghana (Ghana the host)
    rows = _rows("Türkiye'nin Gana'daki doğrudan yatırımları 2030 yılında 313 milyon dolar oldu.")
    assert rows == {("investment", "GHA", "TUR", "2030-01-01", "2030-12-31", 313e6, "USD")}


def test_measures_glossed() -> None:
    assert "export earnings" in gloss("Türkiye'nin ihracat geliri arttı.", "tr")
    assert "goods and services" in gloss("Türkiye'nin mal ve hizmet ihracatı arttı.", "tr")
    assert "bilateral trade volume" in gloss("Karşılıklı ticaret hacmi arttı.", "tr")
    assert "trade balance" in gloss("Türkiye'nin ticaret dengesi düzeldi.", "tr")


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Türkiye'nin Gana'ya ihracatı 2030 yılında 1 milyar dolardan fazla oldu.", "more than"),
        ("Türkiye'nin Gana'ya ihracatı 2030 yılında 1 milyar dolara yakın oldu.", "nearly"),
        ("Türkiye'nin Gana'ya ihracatı 2030 yılında 1 milyar doların üzerinde oldu.", "over"),
        ("Türkiye'nin Gana'ya ihracatı 2030 yılında 1 milyar dolardan az oldu.", "less than"),
        ("Türkiye'nin Gana'ya ihracatı 2030 yılında yaklaşık 1 milyar dolar oldu.", "about"),
    ],
)
def test_hedges_before_their_amount(text: str, hedge: str) -> None:
    assert f"{hedge} 1 billion dollars" in gloss(text, "tr"), gloss(text, "tr")


def test_target_by_a_year() -> None:
    rows = _rows(
        "İki ülke arasındaki ticaret hacminin 2035 yılına kadar 5 milyar dolara çıkarılması"
        " hedefleniyor."
    )
    # a deadline, as English "by 2035" reads: no year of 2035's own figure
    assert {(r[3], r[4], r[5]) for r in rows} == {("None", "2035-12-31", 5e9)}, rows


# near misses
def test_last_months_are_no_first_months() -> None:
    # "son 3 ayda" (the last 3 months) is no "first 3 months"
    assert "first" not in gloss("Türkiye'nin ihracatı son 3 ayda arttı.", "tr")


def test_a_year_genitive_before_no_part_stays() -> None:
    # "2031'in hedefleri" (2031's targets): the genitive is no part of a year
    assert "2031's" in gloss("2031'in hedefleri açıklandı.", "tr")


def test_a_count_not_before_months_stays() -> None:
    # "ilk iki ülke" (the first two countries): a count before no month noun
    assert "the first 2" not in gloss("Çin ilk iki ülke arasında.", "tr")


def test_a_month_of_a_named_year_in_lower_case() -> None:
    # a month name in running text is lower case: "2030 yılı eylül ayında" (in September 2030)
    rows = _rows("Türkiye'nin Gana'ya ihracatı 2030 yılı eylül ayında 53 milyon dolar oldu.")
    assert rows == {("exports", *GHA, "2030-09-01", "2030-09-30", 53e6, "USD")}


def test_a_base_year_after_an_apostrophe_is_no_period() -> None:
    # "2030'a göre" (compared with 2030): the change's base, not its period
    rows = _rows("Türkiye'nin Gana'ya ihracatı 2030'a göre yüzde 17 arttı.")
    assert rows == {("exports", *GHA, "None", "None", 17.0, "percent")}
    assert "compared with last year" in gloss("İhracat geçen yıla kıyasla arttı.", "tr")


def test_this_country_before_its_flow() -> None:
    # "bu ülkeden ithalatı" (imports from this country): glossed, the partner stays the page's
    text = (
        "Türkiye'nin Gana'ya ihracatı 2030 yılında arttı. Aynı dönemde Türkiye'nin bu ülkeden"
        " ithalatı yüzde 19 artışla 211 milyon dolar olarak hesaplandı."
    )
    assert ("imports", *GHA, "2030-01-01", "2030-12-31", 211e6, "USD") in _rows(text)


def test_a_level_it_stayed_at() -> None:
    # "300 milyon dolarda kaldı": the locative amount before "kaldı" (stayed at)
    rows = _rows("Türkiye'nin Gana'ya ihracatı 2030 yılında 307 milyon dolarda kaldı.")
    assert rows == {("exports", *GHA, "2030-01-01", "2030-12-31", 307e6, "USD")}


def test_a_rate_noun_after_its_percent() -> None:
    # "yüzde 12 oranında arttı" (rose at a rate of 12 percent): the verb finds its change
    assert "rose 13 percent" in gloss("İhracat 2030 yılında yüzde 13 oranında arttı.", "tr")
