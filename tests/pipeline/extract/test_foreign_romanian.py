"""Romanian pages read through the English rules (``pipeline.extract.romanian``, the Romanian
paradigm of ``foreign_conjugation``, ``ro`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Romanian and Moldovan outlets write trade figures
in: a statistics institute's "exporturile României către Germania au crescut cu 12,5%", a
business paper's "schimburile comerciale bilaterale au depășit 9 miliarde de euro", "în primele
nouă luni ale anului 2031", the older cedilla spelling ("şi"). Near misses: Italian, Spanish,
Portuguese, French, English and Hungarian pages are not taken for Romanian; "cu" before a word
is "with"; a first-conjugation infinitive ("a exporta") is no past.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from pipeline.extract.foreign_conjugation import conjugated_forms
from pipeline.extract.foreign_future import future_forms
from pipeline.extract.romanian import case_forms
from pipeline.extract.romanian_verbs import paradigm
from tests.pipeline.extract.test_extract import figures

D = dt.date

_ROMANIAN = (
    "Exporturile României către Germania au crescut cu 12% în primele nouă luni ale anului 2031, "
    "potrivit datelor publicate de institutul de statistică, care arată că importurile din China "
    "au fost mai mari decât în anul precedent, iar schimburile comerciale bilaterale sunt în "
    "creștere."
)


def test_language_of_a_romanian_page() -> None:
    assert language([_ROMANIAN]) == "ro"
    # the older cedilla letters ("şi", "ţ") and a Moldovan page are Romanian too
    assert language([_ROMANIAN.replace("ș", "ş").replace("ț", "ţ")]) == "ro"
    moldovan = (
        "Exporturile Republicii Moldova în România au crescut cu 8 la sută, a anunțat Biroul "
        "Național de Statistică, care a precizat că importurile din Ucraina s-au redus față de "
        "anul trecut."
    )
    assert language([moldovan]) == "ro"


def test_other_latin_pages_are_not_romanian() -> None:
    italian = (
        "Le esportazioni italiane verso la Germania sono cresciute del 12% nei primi nove mesi "
        "del 2031, secondo i dati dell'istituto di statistica, che mostrano che le importazioni "
        "dalla Cina sono state più alte dell'anno precedente."
    )
    spanish = (
        "Las exportaciones de Chile a Alemania crecieron un 12% en los primeros nueve meses de "
        "2031, según los datos del instituto de estadística, que muestran que las importaciones "
        "desde China fueron más altas que el año anterior."
    )
    portuguese = (
        "As exportações de Portugal para a Alemanha cresceram 12% nos primeiros nove meses de "
        "2031, segundo os dados do instituto de estatística, que mostram que as importações da "
        "China foram mais altas do que no ano anterior."
    )
    french = (
        "Les exportations de la France vers l'Allemagne ont augmenté de 12 % au cours des neuf "
        "premiers mois de 2031, selon les données de l'institut de statistique, qui montrent que "
        "les importations de Chine sont plus élevées que l'année précédente."
    )
    english = (
        "Romania's exports to Germany rose 12% in the first nine months of 2031, according to "
        "data from the statistics institute, which showed imports from China were higher."
    )
    hungarian = (
        "Románia Németországba irányuló exportja 12 százalékkal nőtt 2031 első kilenc "
        "hónapjában, a statisztikai hivatal adatai szerint, amelyek azt mutatják, hogy a "
        "Kínából származó import is nőtt."
    )
    assert language([italian]) == "it"
    assert language([spanish]) == "es"
    assert language([portuguese]) == "pt"
    assert language([french]) == "fr"
    assert language([english]) is None
    assert language([hungarian]) is None


def test_romanian_amounts_flows_and_periods() -> None:
    assert gloss("18,4 miliarde de euro", "ro") == "18.4 billion euros"
    assert gloss("750 milioane de dolari", "ro") == "750 million dollars"
    assert gloss("exporturile României către Germania", "ro") == "Romania's exports to Germany"
    assert gloss("importurile din China", "ro") == "the imports from China"
    assert gloss("schimburile comerciale bilaterale", "ro") == "bilateral trade"
    assert gloss("în primele nouă luni ale anului 2023", "ro") == (
        "in the first nine months of 2023"
    )
    assert gloss("în 2022", "ro") == "in 2022" and gloss("în anul 2022", "ro") == "in 2022"
    # the older cedilla letters read as the standard ones
    assert gloss("exporturile şi importurile", "ro") == "the exports and the imports"
    # "în" after an export is its destination; a demonym after its flow goes before it
    assert gloss("exporturile românești în China", "ro") == "the Romanian exports to China"
    # near misses: "cu" before a word is "with"; "nouă" (new) without "luni" is no count
    assert gloss("comerțul cu China", "ro") == "trade with China"
    assert gloss("o nouă fabrică", "ro") == "o nouă fabrică"


def test_romanian_country_case_forms_follow_the_declension() -> None:
    forms = dict(
        case_forms(
            [
                ("Germania", "Germany"),
                ("Coreea de Sud", "South Korea"),
                ("Statele Unite", "United States"),
                ("Regatul Unit", "United Kingdom"),
                ("Egipt", "Egypt"),
                ("Africa de Sud", "South Africa"),
                ("Federația Rusă", "Russia"),
                ("Peru", "Peru"),
            ]
        )
    )
    assert forms["Germaniei"] == forms["al Germaniei"] == "of Germany"
    assert forms["Coreei de Sud"] == "of South Korea"
    assert forms["Statelor Unite"] == "of United States"
    assert forms["Regatului Unit"] == "of United Kingdom"
    assert forms["Egiptului"] == "of Egypt" and forms["Egiptul"] == "Egypt"
    assert forms["Africii de Sud"] == "of South Africa"
    assert forms["Federației Ruse"] == "of Russia"
    # an ending the declension does not cover gives no form
    assert not any("Peru" in form for form in forms)
    assert gloss("partenerul comercial al Chinei", "ro") == "the trading partner of China"


def test_romanian_verbs_are_conjugated_by_rule() -> None:
    assert paradigm("crește")["participle"][0] == "crescut"  # "șt" -> "sc" before "u"
    assert paradigm("crește")["gerund"] == ("crescând",)
    assert paradigm("reduce")["participle"][0] == "redus"  # "-uc": a sigmatic participle
    assert paradigm("ajunge")["pluperfect"] == ("ajunsese", "ajunseseră")
    assert paradigm("scădea")["participle"][0] == "scăzut"  # the grammar's irregular stem
    assert paradigm("depăși")["imperfect"] == ("depășea", "depășeau")
    assert paradigm("coborî")["participle"][0] == "coborât"
    forms = dict(conjugated_forms("ro"))
    assert forms["a crescut cu"] == "grew by" and forms["au crescut"] == "grew"
    assert forms["s-au majorat"] == "increased" and forms["s-a redus cu"] == "decreased by"
    assert forms["au fost exportate"] == "exported" and forms["se ridica la"] == "amounted to"
    assert forms["creșteau"] == "grew" and forms["ajunseseră la"] == "reached"
    # near misses: the first conjugation's imperfect is spelled as its infinitive ("a exporta",
    # "va exporta"), so it is not generated; a reflexive-only verb has no bare form
    assert "exporta" not in forms and "ridicat la" not in forms and "a ridicat la" not in forms
    futures = dict(future_forms("ro"))
    assert futures["va depăși"] == "will exceed" and futures["se vor ridica la"] == (
        "will amount to"
    )
    assert futures["ar putea depăși"] == "could exceed"
    assert gloss("exporturile au crescut cu 3,4%", "ro") == "the exports grew by 3.4%"


def test_a_year_before_a_comma_is_no_range_start() -> None:
    # "of 2031, to 18.4 billion": the year of a period and a level, not "from 2031 to"
    assert gloss("în primele nouă luni ale anului 2031, la 18,4 miliarde de euro", "ro") == (
        "in the first nine months of 2031, to 18.4 billion euros"
    )
    assert gloss("de 9,6 la 21,7 milioane de euro", "ro") == "from 9.6 to 21.7 million euros"


def test_a_romanian_page_is_read() -> None:
    body = (
        "Exporturile României către Germania au crescut cu 12,5% în primele nouă luni ale "
        "anului 2031, la 18,4 miliarde de euro, potrivit datelor publicate de institutul de "
        "statistică.\n"
        "Importurile din China au scăzut în 2030 la 6,2 miliarde de dolari, iar schimburile "
        "comerciale bilaterale dintre România și Turcia au depășit 9 miliarde de euro.\n"
        "Exporturile Ungariei în Austria au fost de 750 milioane de euro în primul trimestru al "
        "anului 2031."
    )
    out = figures("date 2032-03-10\n" + body)
    got = {
        r.value: (r.flow, r.reporter, r.partner, r.measure, r.unit, r.period_start, r.period_end)
        for r in out.itertuples()
    }
    assert got[18_400_000_000.0] == (
        "exports", "ROU", "DEU", "level", "EUR", D(2031, 1, 1), D(2031, 9, 30)
    )  # fmt: skip
    assert got[12.5][:4] == ("exports", "ROU", "DEU", "pct_change")
    assert got[6_200_000_000.0][:3] == ("imports", "ROU", "CHN")
    assert got[6_200_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[9_000_000_000.0][:3] == ("turnover", "ROU", "TUR")
    assert got[750_000_000.0] == (
        "exports", "HUN", "AUT", "level", "EUR", D(2031, 1, 1), D(2031, 3, 31)
    )  # fmt: skip
    texts = {r.value: r.text for r in out.itertuples()}
    assert texts[18_400_000_000.0] == "18,4 miliarde de euro"


def test_romanian_destination_after_in_and_a_part_year_after_din() -> None:
    # "în" after an export, its owner or its demonym is its destination
    assert gloss("valoarea exporturilor României în Germania", "ro") == (
        "the value of Romania's exports to Germany"
    )
    assert gloss("România a exportat în China mărfuri", "ro") == "Romania exported to China goods"
    # "din" after a part of a year is "of" before the year
    assert gloss("în primul semestru din 2031", "ro") == "in the first half of 2031"
    # near misses: a month after "în" is a period, not a destination; "în" after another word
    # stays a place; "din" before a name is "from"
    assert gloss("exporturile în iulie", "ro") == "the exports in July"
    assert gloss("investițiile în Germania", "ro") == "the investments in Germany"
    assert gloss("importurile din Turcia", "ro") == "the imports from Türkiye"
