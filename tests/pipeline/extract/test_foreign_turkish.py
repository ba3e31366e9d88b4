"""Turkish pages read through the English rules (``pipeline.extract.turkish``, ``tr`` rows of
``lexicon/foreign_words.csv``), and pages in languages that are not glossed left unglossed.

Every sentence here is made up, in the styles Turkish outlets write trade figures in ("Türkiye'nin
Rusya'ya ihracatı yüzde 12,5 artarak 10,2 milyar dolara ulaştı", "iki ülke arasındaki ticaret
hacmi"), and two-sentence pages in Czech, Hungarian and Vietnamese, which share a few
function words with glossed languages ("do", "con", "da") and must not be glossed as one.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date

_UNGLOSSED = {
    "cs": "Vývoz do Číny vzrostl o 12 procent, jak uvedl úřad, který data zveřejnil. Podle "
    "ministerstva je to také díky tomu, že obchod s Čínou do roku 2031 roste a dovoz do země "
    "klesá.",
    "hu": "Az export 12 százalékkal nőtt, és a kormány szerint ez jó hír a gazdaságnak. A "
    "minisztérium azt közölte, hogy az import egy év alatt csökkent, és a mérleg pedig javult, el is ment a tőke el a régióból, el a piacról.",
    "vi": "Kim ngạch xuất khẩu của Việt Nam sang Trung Quốc tăng 12% và đạt con số kỷ lục do "
    "nhu cầu tăng. Các doanh nghiệp có thể mở rộng thị trường này trong năm tới với hàng hóa "
    "con do do con đường mới.",
}


@pytest.mark.parametrize("lang", sorted(_UNGLOSSED))
def test_a_page_in_a_language_not_glossed_is_none(lang: str) -> None:
    # each page holds three markers of a glossed language (Portuguese "do", Spanish "el", "con"),
    # which alone made it Portuguese or Spanish (Vietnamese is glossed since round 15, Czech since
    # round 16, Hungarian since round 56: their own)
    assert language([_UNGLOSSED[lang]]) == (lang if lang in ("vi", "cs", "hu") else None)


def test_every_glossed_language_is_still_detected() -> None:
    # near misses: each glossed language with one or two words of an unglossed one
    pages = {
        "es": "Las exportaciones de Chile a China crecieron un 12% en 2031, y el comercio con "
        "el resto del mundo creció según el ministerio, que dijo que la cifra es récord.",
        "fr": "Les exportations du Niger vers le Togo sont en hausse de 12% selon le ministère, "
        "et le commerce avec le reste du monde est stable, a dit la ministre.",
        "pt": "As exportações do Brasil para a China cresceram 12% em 2031, segundo o "
        "ministério, com alta da soja e do minério, e não da carne.",
        "de": "Die Exporte der Schweiz nach China sind im Jahr 2031 um 12 Prozent gestiegen, "
        "teilte das Amt mit, und die Importe von Waren aus Asien auf dem Markt sind nicht gesunken.",
        "it": "Le esportazioni della Slovenia verso il Giappone sono cresciute del 12% nel 2031, "
        "e gli scambi con l'Asia sono aumentati per la prima volta degli ultimi anni.",
        "id": "Nilai perdagangan Indonesia dengan Vietnam pada 2031 mencapai US$12,5 miliar, naik "
        "dari tahun sebelumnya, dan ini untuk pertama kali ekspor ke Vietnam itu naik.",
        "tr": "Türkiye ile Çin arasındaki ticaret bu yıl yüzde 12 arttı ve iki ülke için bir "
        "rekor olarak görülüyor. Bakanlığa göre ihracat da arttı.",
    }
    for lang, text in pages.items():
        assert language([text]) == lang, lang


def test_turkish_scales_percent_and_suffixes() -> None:
    assert gloss("10,2 milyar dolar", "tr") == "10.2 billion dollars"
    assert gloss("yüzde 12,5", "tr") == "12.5 percent"
    assert gloss("%8", "tr") == "8 percent"
    assert gloss("Türkiye'nin Rusya'ya ihracatı", "tr") == "Turkey's exports to Russia"
    assert gloss("Çin'den ithalat", "tr") == "imports from China"
    assert gloss("yüzde 8 azaldı", "tr") == "fell 8 percent"
    assert gloss("geçen yıl", "tr") == "last year"
    assert gloss("Ocak ayında", "tr") == "in January"
    assert gloss("2031 yılının ilk 9 ayında", "tr") == "in the first 9 months of 2031"
    assert gloss("İki ülke arasındaki ticaret hacmi", "tr") == (
        "trade volume between the two countries"
    )
    # near miss: an apostrophe suffix on a name that is no country stays that name
    assert gloss("TÜİK'e göre", "tr") == "according to TÜİK"


def test_turkish_flows_pairs_and_periods() -> None:
    got = rows(
        "Türkiye ile Rusya arasındaki ticaret bu yıl da güçlü bir şekilde devam etti ve iki ülke "
        "için önemli olarak görülüyor.\n"
        "Türkiye'nin Rusya'ya ihracatı 2031 yılında yüzde 12,5 artarak 10,2 milyar dolara "
        "ulaştı.\n"
        "Türkiye'nin Çin'den ithalatı ise yüzde 8 azaldı.\n"
        "Türkiye ile Çin arasındaki dış ticaret hacmi 2031 yılında 45,3 milyar dolar oldu.\n"
        "Almanya'ya ihracat 2031 yılının ilk 9 ayında 1,5 milyar dolar oldu."
    )
    assert got[10_200_000_000.0] == (
        "exports", "TUR", "RUS", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[12.5][:4] == ("exports", "TUR", "RUS", "pct_change")
    assert got[-8.0][:4] == ("imports", "TUR", "CHN", "pct_change")
    level = got[45_300_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3]) == ("turnover", {"TUR", "CHN"}, "level")
    assert got[1_500_000_000.0][:3] == ("exports", "TUR", "DEU")
    assert got[1_500_000_000.0][5:] == (D(2031, 1, 1), D(2031, 9, 30))


def test_turkish_target_passive_and_change_with_its_level() -> None:
    # "... ticaret hacminin 15 milyar dolara çıkarılmasının hedeflendiğini" (a target, not this
    # year's level); "yüzde 8,4 artışla 3 milyar 412 milyon dolar oldu" (a change, then the
    # level it reached); "Ocak-eylül döneminde" (the period)
    got = figures(
        "date 2031-10-10\nTicaret Bakanlığı verilerine göre, Ocak-eylül döneminde Türkiye'nin "
        "Gürcistan'a ihracatı bir önceki yılın aynı dönemine göre yüzde 6,4 artışla 2 milyar "
        "112 milyon dolar oldu. Gürcistan'dan ithalatı ise yüzde 3,1 düşüşle 705 milyon dolar "
        "oldu. Bakan, iki ülke arasındaki ticaret hacminin 5 milyar dolara çıkarılmasının "
        "hedeflendiğini söyledi."
    )
    got = {
        r.value: (r.flow, r.measure, r.status, str(r.period_start), str(r.period_end))
        for r in got.itertuples()
    }
    nine_months = ("2031-01-01", "2031-09-30")
    assert got[2_112_000_000.0] == ("exports", "level", "actual", *nine_months)
    assert got[6.4] == ("exports", "pct_change", "actual", *nine_months)
    assert got[-3.1][:3] == ("imports", "pct_change", "actual")
    assert got[705_000_000.0][:3] == ("imports", "level", "actual")
    assert got[5_000_000_000.0][:3] == ("turnover", "level", "target")


def test_turkish_genitive_dollars_ablative_exports_and_a_target_aim() -> None:
    # a business council's release: "6,48 milyar dolarının Türkiye'nin Polonya'ya
    # ihracatından" (of which ... from Türkiye's exports to Poland), "15 milyar dolara taşımak
    # amacıyla" (with the aim of carrying it to $15bn: a target)
    page = (
        "date 2031-12-10\nTicaret\nİki ülke arasında gerçekleşen ticaret hacminin 2030 yılı "
        "itibarıyla 9,21 milyar dolara ulaştığını kaydeden Demir, bu rakamın 5,18 milyar "
        "dolarının Türkiye’nin Şili’ye ihracatından oluştuğunu aktardı. Ticaret hacmini 12 "
        "milyar dolara taşımak amacıyla iş birliğini geliştirmeyi öngördüklerini anlatan Demir "
        "konuştu.\n"
    )
    out = figures(page)
    got = {(r.flow, r.reporter, r.partner, r.value, r.status) for r in out.itertuples()}
    assert ("turnover", "TUR", "CHL", 9.21e9, "actual") in got
    assert ("exports", "TUR", "CHL", 5.18e9, "actual") in got
    assert ("turnover", "TUR", "CHL", 12e9, "target") in got
