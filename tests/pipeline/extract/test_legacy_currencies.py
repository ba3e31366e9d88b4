"""Currencies the euro replaced, as archive pages (1990s to 2001) write them.

Every sentence here is made up, in the styles of a wire ("rose to DM 22.4 billion"), an Austrian
paper ("auf 12,3 Milliarden Schilling"), an Italian ("miliardi di lire") and a Spanish one
("billones de pesetas", where "billón" is 10^12). The unit is the ISO 4217 code the currency had
(ATS, DEM, FRF, ITL, ESP, NLG, ...: `lexicon/currencies.csv`); a bare "francs" or "marks" takes
the code of the page's country where that country had its own franc or mark (Belgian, Swiss,
CFA, Rwandan francs; Finnish marks), as "crowns" already did.
"""

import datetime as dt

from tests.pipeline.extract.test_foreign import rows

D = dt.date
YEAR_1997 = (D(1997, 1, 1), D(1997, 12, 31))


def test_english_names_of_replaced_currencies() -> None:
    got = rows(
        "date 1998-03-02\nGermany's exports to Poland rose to DM 22.4 billion in 1997, while "
        "imports from Poland were worth 17.9 billion Deutschmarks."
    )
    assert got[22_400_000_000.0] == ("exports", "DEU", "POL", "level", "DEM", *YEAR_1997)
    assert got[17_900_000_000.0] == ("imports", "DEU", "POL", "level", "DEM", *YEAR_1997)
    got = rows(
        "date 1998-03-02\nItaly's imports from Spain were 920 billion pesetas in 1997, while "
        "exports to Spain reached 14,500 billion lire."
    )
    assert got[920_000_000_000.0][4] == "ESP"
    assert got[14_500_000_000_000.0][4] == "ITL"
    got = rows("date 1999-03-02\nDutch exports to Belgium totalled 61 billion guilders in 1998.")
    assert got[61_000_000_000.0][:5] == ("exports", "NLD", "BEL", "level", "NLG")
    got = rows(
        "date 2000-06-20\nAustria's exports to Hungary rose 9.1 percent to 12.3 billion "
        "schillings in the first quarter."
    )
    assert got[12_300_000_000.0][4:] == ("ATS", D(2000, 1, 1), D(2000, 3, 31))


def test_bare_francs_take_the_page_countrys_franc() -> None:
    french = rows("date 1998-03-02\nFrench exports to Italy reached 41 billion francs last year.")
    assert french[41_000_000_000.0][:5] == ("exports", "FRA", "ITA", "level", "FRF")
    rwanda = rows(
        "date 2019-03-02\nRwanda's imports from Kenya reached 120 billion francs in 2018."
    )
    assert rwanda[120_000_000_000.0][4] == "RWF"
    swiss = rows("date 2019-03-02\nSwitzerland's exports to Austria reached 9.1 billion francs.")
    assert swiss[9_100_000_000.0][4] == "CHF"
    # a named franc keeps its own code whatever the page's country
    belgian = rows(
        "date 1998-03-02\nFrance's imports from Belgium came to 410 billion Belgian francs."
    )
    assert belgian[410_000_000_000.0][4] == "BEF"


def test_german_italian_and_spanish_pages() -> None:
    got = rows(
        "date 1998-03-02\nDie Exporte Deutschlands nach Polen stiegen im Jahr 1997 auf "
        "22,4 Mrd. DM, teilte das Statistische Bundesamt mit."
    )
    assert got[22_400_000_000.0] == ("exports", "DEU", "POL", "level", "DEM", *YEAR_1997)
    got = rows(
        "date 2000-06-20\nDie österreichischen Exporte nach Ungarn stiegen im ersten Quartal "
        "um 9,1 Prozent auf 12,3 Milliarden Schilling."
    )
    assert got[12_300_000_000.0][:5] == ("exports", "AUT", "HUN", "level", "ATS")
    got = rows(
        "date 1999-03-02\nLe esportazioni italiane verso la Polonia sono salite a 4.200 "
        "miliardi di lire nel 1998."
    )
    assert got[4_200_000_000_000.0][:5] == ("exports", "ITA", "POL", "level", "ITL")
    got = rows(
        "date 1999-03-02\nLas exportaciones de España a Portugal alcanzaron 1,2 billones de "
        "pesetas en 1998, según el ministerio."
    )
    assert got[1_200_000_000_000.0][:5] == ("exports", "ESP", "PRT", "level", "ESP")


def test_a_mark_in_a_sentence_is_not_money() -> None:
    # "marks" is a currency only right after an amount
    got = rows(
        "date 2021-03-02\nThe agreement marks 30 years of trade between Germany and Poland, "
        "which reached 150 billion euros in 2020."
    )
    assert set(got) == {150_000_000_000.0}
    assert got[150_000_000_000.0][4] == "EUR"


def test_bare_pesos_take_the_page_countrys_peso() -> None:
    # "pesos" alone, as "francs": the peso of the page's country (Mexican by default)
    mexico = rows("date 2031-02-10\nMexico's exports to Peru totaled 25,300 million pesos in 2030.")
    assert mexico[25_300_000_000.0][:5] == ("exports", "MEX", "PER", "level", "MXN")
    manila = rows(
        "date 2031-02-10\nThe Philippines' imports from Japan reached 1.2 trillion pesos in 2030."
    )
    assert manila[1_200_000_000_000.0][4] == "PHP"
    buenos_aires = rows(
        "date 2031-02-10\nArgentina's exports to Brazil reached 900 billion pesos in 2030."
    )
    assert buenos_aires[900_000_000_000.0][4] == "ARS"
    # Mexican copy's "mdp" (millones de pesos)
    mdp = rows(
        "date 2031-02-10\nDe acuerdo con datos de la Secretaría de Economía, las exportaciones de "
        "México a Perú sumaron 25 mil 300 mdp en 2030, informó la dependencia en un comunicado."
    )
    assert mdp[25_300_000_000.0][:5] == ("exports", "MEX", "PER", "level", "MXN")
