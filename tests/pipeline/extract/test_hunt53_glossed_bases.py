"""Round 53 hunt (hunt53, non-English pages), "a comparison base the gloss does not mark as a
base": the named period a change is compared with stayed in the English as the figure's own
period (or, on an undated page, did not fix the page's year). Made-up sentences with made-up
figures and other pairs. 3 hunted pages from 3 outlets, 7 rows:

- Italian "rispetto alle cifre del 2021" (the feminine plural, missing beside "rispetto allo /
  alla / al / ai / agli / all'"): the change and the "from ... to" levels after it dated a year
  early (agenzianova, hunt53 25, 4 rows).
- Azerbaijani, the base before its postposition "ilə müqayisədə" (compared with): "2017-ci ilin
  ilk 5 ayı ilə müqayisədə 24,5 faiz artıb" dated the change January-May 2017 (report.az,
  hunt53 18, 1 row).
- Turkish, the base year's genitive after an apostrophe, "2023'ün aynı dönemine göre" (compared
  with the same period of 2023), unread beside "2023 yılının aynı dönemine göre": the undated
  page's "first quarter of the year" stayed without its year (atakumgazetesi, hunt53 09, 2 rows).
"""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str | None = "2031-05-02", title: str = "Trade news") -> set[tuple]:
    head = f" date {date}\n" if date else ""
    out = figures(f"{head}{title}\n\n{text}\n")
    return {
        (r.flow, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in out.itertuples()
    }


_IT = (
    "Nel 2030 l'interscambio tra la Tunisia e la Grecia è stato di 1,2 miliardi di euro, secondo "
    "l'istituto di statistica. Le esportazioni tunisine verso la Grecia sono aumentate del 12 per "
    "cento rispetto alle {base} del 2029 (410 milioni di euro), mentre le importazioni dalla Grecia "
    "sono cresciute del 7 per cento."
)


def test_italian_rispetto_alle_cifre() -> None:
    got = _rows(_IT.format(base="cifre"))
    assert ("exports", "pct_change", 12.0, "2030-01-01", "2030-12-31") in got
    assert ("exports", "level", 410e6, "2029-01-01", "2029-12-31") in got


def test_italian_rispetto_alle_vendite() -> None:
    got = _rows(_IT.format(base="vendite"))
    assert ("exports", "pct_change", 12.0, "2030-01-01", "2030-12-31") in got


def test_italian_near_miss_rispetto_al() -> None:
    # the masculine form was read before: unchanged
    got = _rows(_IT.replace("rispetto alle {base} del 2029", "rispetto al 2029"))
    assert ("exports", "pct_change", 12.0, "2030-01-01", "2030-12-31") in got


_AZ = (
    "2030-cu ilin yanvar-may aylarında Gürcüstan ilə Ermənistan arasında ticarət dövriyyəsi "
    "310,5 milyon dollar olub. Bu iki ölkə arasında ticarət dövriyyəsi {base} ilə müqayisədə "
    "14,5 faiz artıb."
)


def test_azerbaijani_base_of_the_first_months() -> None:
    got = _rows(_AZ.format(base="2029-cu ilin ilk 5 ayı"), "2030-06-20")
    assert ("turnover", "pct_change", 14.5, "2030-01-01", "2030-05-31") in got


def test_azerbaijani_base_of_the_same_period() -> None:
    got = _rows(_AZ.format(base="2029-cu ilin eyni dövrü"), "2030-06-20")
    assert ("turnover", "pct_change", 14.5, "2030-01-01", "2030-05-31") in got


def test_azerbaijani_near_miss_last_year() -> None:
    # "ötən ilin eyni dövrü ilə müqayisədə" was a phrase row already: unchanged
    got = _rows(_AZ.format(base="ötən ilin eyni dövrü"), "2030-06-20")
    assert ("turnover", "pct_change", 14.5, "2030-01-01", "2030-05-31") in got


_TR = (
    "Türkiye İhracatçılar Meclisi verilerine göre, yılın ilk çeyreğinde Türkiye'nin Şili'ye "
    "ihracatı 310 milyon dolar oldu. Türkiye'nin ihracatında, yılın ilk çeyreğinde 2029'{suffix} "
    "aynı dönemine {post} en fazla artış görülen ülkeler arasında Şili ve Peru yer aldı."
)


def test_turkish_genitive_base_year_fixes_the_undated_page() -> None:
    got = _rows(_TR.format(suffix="un", post="göre"), None)
    assert ("exports", "level", 310e6, "2030-01-01", "2030-03-31") in got


def test_turkish_genitive_base_year_with_kiyasla() -> None:
    got = _rows(_TR.format(suffix="un", post="kıyasla"), None)
    assert ("exports", "level", 310e6, "2030-01-01", "2030-03-31") in got


def test_turkish_near_miss_year_noun() -> None:
    # "2029 yılının aynı dönemine göre" was read before: unchanged
    got = _rows(_TR.replace("2029'{suffix} ", "2029 yılının ").format(post="göre"), None)
    assert ("exports", "level", 310e6, "2030-01-01", "2030-03-31") in got
