"""Turkish and Armenian constructions the batch-14 pages (iy05-iy07, iy14-iy15, and hu17)
exposed, built for the language (round 57).

Every sentence here is made up, with forms no dev page uses: Turkish "sene" in other cases
("senesinden", "senesine"), "-(y)ken" on other level words and currencies ("düzeyindeyken",
"avro iken"); Armenian case forms of names no row spells ("Իտալիայից", "Ճապոնիային",
"Եգիպտոսը", "ԱՄՆ-ից"), the auxiliary before other participles ("է ներկրել"), other counts
("երեք միլիարդ"), other month spans ("2031 թ. առաջին 7 ամիսներին"), the pair before "between"
with other countries. Near misses: "-ken" on a word that is no level ("artarken") and "ևս մեկ
անգամ" (once more) stay as they are.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_turkish_sene_is_the_year_noun() -> None:
    assert gloss("2029 senesinden bu yana", "tr") == "since 2029"
    assert gloss("2029'dan beri", "tr") == "since 2029"
    assert gloss("2031 senesinde", "tr") == "in 2031"


def test_turkish_level_while() -> None:
    text = "Mısır'a ihracat 2030 yılında 2,4 milyar avro düzeyindeyken 2031 yılında 3 milyar avroya çıktı."
    out = gloss(text, "tr")
    assert "stood at 2.4 billion euros, while" in out
    # near miss: "-ken" on a verb is no level
    assert "stood at" not in gloss("İhracat artarken ithalat azaldı.", "tr")
    page = (
        " date 2031-10-02\nMısır ile ticaret\n"
        "Türkiye'nin Mısır'a ihracatı 2030 yılında 2,4 milyar dolar iken 2031 yılında yüzde 25 "
        "artarak 3 milyar dolara ulaştı."
    )
    got = rows(page)
    assert got[2.4e9][:3] == ("exports", "TUR", "EGY")
    assert got[2.4e9][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[3e9][5:] == (D(2031, 1, 1), D(2031, 12, 31))


def test_armenian_name_cases_of_every_country() -> None:
    assert gloss("Իտալիայից", "hy") == "from Italy"
    assert gloss("Ճապոնիային", "hy") == "to Japan"
    assert gloss("ԱՄՆ-ից", "hy") == "from United States"
    assert gloss("Եգիպտոսը", "hy") == "Egypt"


def test_armenian_auxiliary_counts_and_months() -> None:
    assert gloss("Հայաստանը Իտալիայից է ներկրել երեք միլիարդ դոլարի ապրանք", "hy") == (
        "Armenia from Italy imported 3 billion dollars goods"
    )
    assert gloss("2031 թ. առաջին 7 ամիսներին", "hy") == "in the first 7 months of 2031"
    # near miss: "once more" keeps its count word
    assert "1 times" not in gloss("ևս մեկ անգամ", "hy")


def test_armenian_pair_before_between_and_page() -> None:
    assert gloss("Վրաստանի և Իրանի միջև ապրանքաշրջանառությունը", "hy") == (
        "trade turnover between Georgia and Iran"
    )
    page = (
        " date 2031-10-02\nԵգիպտոս\n"
        "2031 թվականին Հայաստանը Եգիպտոս է արտահանել երեք միլիարդ դոլարի ապրանք։"
    )
    got = rows(page)
    assert got[3e9][:5] == ("exports", "ARM", "EGY", "level", "USD")


def test_turkish_participle_level_before_its_flow() -> None:
    text = "2029'da 300 milyon dolar düzeyinde olan ticaret hacmi 2031'in henüz ilk 6 ayında 1 milyar doları aştı."
    assert gloss(text, "tr").startswith(
        "trade volume, which stood at 300 million dollars in 2029, in the first 6 months of 2031"
    )


def test_armenian_about_this_said_and_times_exceeds() -> None:
    out = gloss("Այս մասին հայտարարել է ՌԴ փոխվարչապետը", "hy")
    assert out == "as stated by Russia the deputy prime minister"
    out = gloss("որը 3 անգամ գերազանցում է 2029 թվականի ցուցանիշը", "hy")
    assert out.endswith("is 3 times the indicator of 2029")


def test_italian_page_counting_spanish_shared_words_is_italian() -> None:
    """An Italian brief whose "del", "con", "al" (Spanish markers too) outnumber its Italian
    markers (made up: Egypt, rice); a Spanish page that writes them stays Spanish."""
    from pipeline.extract.foreign import language

    italian = (
        "Nel primo trimestre del 2031, in base al rapporto del ministero, l'export del riso "
        "con destinazione Egitto è salito del 12% con un valore di 4 milioni di euro."
    )
    assert language([italian]) == "it"
    spanish = (
        "En el primer trimestre del 2031, según el informe del ministerio, las exportaciones "
        "de arroz con destino a Egipto subieron un 12% y sumaron 4 millones de euros."
    )
    assert language([spanish]) == "es"
