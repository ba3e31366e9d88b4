"""Round 54, an amount's currency in a case the Turkish rules did not undo (made-up sentences,
made-up figures, other pairs).

Kind: Turkish writes the case on the amount's currency: with an apostrophe after a currency
name ("2,876 milyar Avro'ya ulaştı", "iki milyar Euro'yu aştı"), after the possessive of "ABD
doları" ("645 milyon ABD dolarına": to 645 million US dollars), the instrumental ("884 milyon
dolarla": with), the adjective suffix ("100 milyar dolarlık": of 100 billion dollars) and the
genitive before "üzerine" ("2 milyar doların üzerine çıktı": rose above 2 billion dollars). The
gloss left "2.876 billion to Avro", "645 million United States dolarına", "884 million
dolarla": no amount was read. ``turkish._APOSTROPHE_CURRENCY`` writes the name as the common
noun ("avroya"), so the existing case rules read it, and ``turkish._ANY_CASE`` undoes the
remaining cases; a count in words before a scale ("iki milyar", "yarım milyar") is written in
digits (``turkish._COUNT_SCALE``), and a signed rate ("yüzde -9") keeps its sign. Dev pages
(never parsed before): ho08 (mfagovtr), hr08 (hurriyet), hu05 (tolqunnews), ih01 (rediko),
hx05 (finlandabroad); five outlets. Near miss: a count that is no money ("2 milyon kişiye")
keeps its gloss.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows


def test_apostrophe_currency_and_cases_glossed() -> None:
    assert "to 3.415 billion euros" in gloss(
        "Gürcistan ile ticaret hacmi 2031'de 3,415 milyar Avro'ya ulaştı.", "tr"
    )
    assert "to 412 million dollars" in gloss(
        "Mısır'a ihracat 412 milyon ABD dolarına yükseldi.", "tr"
    )
    assert "1,072 million dollars Spain" in gloss(
        "Listenin başında 1 milyar 72 milyon dolarla İspanya yer aldı.", "tr"
    )
    assert "40 billion dollars trade volume" in gloss(
        "İki ülke 40 milyar dolarlık ticaret hacmi hedefliyor.", "tr"
    )
    assert "over 3 billion dollars" in gloss(
        "İhracat ilk kez 3 milyar doların üzerine çıktı.", "tr"
    )


def test_count_words_and_signed_rates() -> None:
    assert "exceeded 2 billion euros" in gloss(
        "Ticaret hacmi ilk kez iki milyar Euro'yu aştı.", "tr"
    )
    assert "0.5 billion dollars" in gloss("İhracat yarım milyar dolara ulaştı.", "tr")
    assert "-7 percent" in gloss("Şili yüzde -7, Peru yüzde 12.", "tr")


def test_near_miss_count_of_people() -> None:
    assert "2 million kişiye" in gloss("Nüfus 2 milyon kişiye ulaştı.", "tr")


def test_turkish_page_figures_read() -> None:
    got = rows(
        "date 2031-03-01\nTicaret\n\n"
        "Türkiye ile Gürcistan arasındaki ticaret hacmi 2030'da 3,415 milyar Avro'ya ulaştı. "
        "Türkiye'nin Gürcistan'a ihracatı ise 2030'da 1 milyar 72 milyon dolarla rekor "
        "düzeye çıktı."
    )
    assert got[3_415_000_000.0][:5] == ("turnover", "TUR", "GEO", "level", "EUR")
    assert got[1_072_000_000.0][:5] == ("exports", "TUR", "GEO", "level", "USD")
