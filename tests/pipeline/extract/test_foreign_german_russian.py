"""German and Russian pages read through the English rules, like Spanish, French and Portuguese
ones (``pipeline.extract.foreign``, ``de`` and ``ru`` rows of ``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles German and Russian outlets write trade figures in:
a statistics office's "Das Handelsvolumen ... stieg um 4,5 Prozent auf 81,2 Milliarden Euro", a
wire's "Mrd. Euro", a customs service's "товарооборот ... составил 45,6 млрд долларов", "экспорт
из России в Индию", "за январь-сентябрь 2031 года". Near misses: an English page quoting a German
name stays English, "в России" (in Russia) is no direction as "в Россию" (to Russia) is, and
"на" before money is "worth", not a change.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from pipeline.extract.foreign_table import phrases
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_german_and_russian_pages() -> None:
    assert (
        language(
            [
                "Die Exporte nach Polen sind im ersten Halbjahr 2031 gestiegen, und der Handel "
                "mit den Nachbarn ist auf einen Höchstwert von 80 Milliarden Euro geklettert."
            ]
        )
        == "de"
    )
    assert (
        language(
            [
                "Товарооборот между Россией и Индией за январь-сентябрь вырос на 12% и "
                "составил 45 млрд долларов, что не так мало, по данным ФТС."
            ]
        )
        == "ru"
    )
    # near misses: English pages quoting German or Russian names stay English
    assert (
        language(["Trade with Deutschland AG and Gazprom rose to $4bn in 2031, it said."]) is None
    )
    assert (
        language(["The ministry said the trade with the Russian partners of Rostec rose by 5%."])
        is None
    )


def test_german_scales_and_decimal_comma() -> None:
    assert gloss("40,3 Mrd. Euro", "de") == "40.3 billion euros"
    assert gloss("654 Mio. Euro", "de") == "654 million euros"
    # a German "Billion" is an English trillion
    assert gloss("1,2 Billionen Euro", "de") == "1.2 trillion euros"
    assert gloss("1.234,5 Millionen US-Dollar", "de") == "1,234.5 million US dollars"


def test_russian_scales_years_and_na() -> None:
    assert gloss("$5,8 млрд", "ru") == "$5.8 billion"
    assert gloss("7,4 млрд долларов", "ru") == "7.4 billion dollars"
    assert gloss("в 2031 году", "ru") == "in 2031"
    assert gloss("вырос на 21%", "ru") == "rose by 21%"
    assert gloss("на 21% больше", "ru") == "by 21% more"
    # near miss: "на" before money is what goods are worth, not a change
    assert gloss("товаров на $3 млрд", "ru") == "goods worth $3 billion"


def test_russian_country_cases_and_direction() -> None:
    assert gloss("экспорт в Китай", "ru") == "exports to China"
    assert gloss("импорт из Китая", "ru") == "imports from China"
    assert gloss("торговли с Китаем", "ru") == "trade with China"
    assert gloss("экспорт из Германии в Россию", "ru") == "exports from Germany to Russia"
    # near miss: the prepositional "в России" is a place, not a destination
    assert gloss("в России", "ru") == "in Russia"
    assert gloss("российских товаров", "ru") == "Russian goods"


def test_german_turnover_in_the_first_half_with_its_change() -> None:
    got = rows(
        "date 2031-08-14\nDas Handelsvolumen zwischen Deutschland und Tschechien stieg im "
        "ersten Halbjahr 2031 um 4,5 Prozent auf 81,2 Milliarden Euro."
    )
    level = got[81_200_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3:5]) == (
        "turnover",
        {"CZE", "DEU"},
        ("level", "EUR"),
    )
    assert got[81_200_000_000.0][5:] == (D(2031, 1, 1), D(2031, 6, 30))
    assert got[4.5][:4] == ("turnover", *level[1:3], "pct_change")


def test_german_imports_from_and_genitive_owner() -> None:
    got = rows(
        "date 2031-03-02\nDie Einfuhren Österreichs aus Ungarn sanken im Jahr 2030 um 2,1 "
        "Prozent auf 9,3 Mrd. Euro."
    )
    assert got[9_300_000_000.0] == (
        "imports",
        "AUT",
        "HUN",
        "level",
        "EUR",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )
    assert got[-2.1][:4] == ("imports", "AUT", "HUN", "pct_change")


def test_russian_turnover_and_flows_for_nine_months() -> None:
    got = rows(
        "date 2031-10-20\nТоварооборот между Казахстаном и Китаем за январь-сентябрь 2031 года "
        "вырос на 12,4% и составил 45,6 млрд долларов.\nЭкспорт из Казахстана в Китай "
        "снизился на 3,1% и составил 17,4 млрд долларов."
    )
    level = got[45_600_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3:5]) == (
        "turnover",
        {"CHN", "KAZ"},
        ("level", "USD"),
    )
    assert got[45_600_000_000.0][5:] == (D(2031, 1, 1), D(2031, 9, 30))
    assert got[12.4][:4] == ("turnover", *level[1:3], "pct_change")
    assert got[17_400_000_000.0][:5] == ("exports", "KAZ", "CHN", "level", "USD")
    assert got[-3.1][:4] == ("exports", "KAZ", "CHN", "pct_change")


def test_a_listed_figure_keeps_the_number_the_page_wrote() -> None:
    # a sentence glossed word for word repeats "(+x% to y billion euros)" shapes; each figure's
    # text is still the page's own writing of its value
    out = figures(
        "date 2031-02-10\nBesonders stark stiegen die Ausfuhren nach Spanien (+10,4% auf 93,9 "
        "Milliarden Euro) und Portugal (+10,3% auf 62,4 Milliarden Euro) sowie nach Ungarn "
        "(+20,6% auf 28,2 Milliarden Euro)."
    )
    texts = dict(zip(out["value"], out["text"], strict=True))
    assert texts[10.4] == "10,4%"
    assert texts[62_400_000_000.0] == "62,4 Milliarden Euro"
    assert texts[28_200_000_000.0] == "28,2 Milliarden Euro"


def test_euro_sign_after_a_scale_and_russian_times() -> None:
    # European copy writes the euro sign after the amount
    assert gloss("4,2 Mds€", "fr") == "4.2 billion euros"
    assert gloss("4,2 Mds €", "fr") == "4.2 billion euros"
    assert gloss("640 M€", "fr") == "640 million euros"
    assert gloss("3 milliards €", "fr") == "3 billion euros"
    assert gloss("9,5 Mrd. €", "de") == "9.5 billion euros"
    # "в 1,8 раза" is a multiple, "в полтора раза" one and a half times (``russian_multiples``)
    assert gloss("вырос в 1,8 раза", "ru") == "rose 1.8 times"
    assert gloss("вырос в полтора раза", "ru") == "rose 1.5 times"
    # near miss: a euro sign before the next amount is that amount's ("2031 €5 billion")
    assert gloss("en 2031 €5 Mds", "fr") == "in 2031 €5 billion"


def test_a_french_amount_with_the_euro_sign_after_it_is_read() -> None:
    text = (
        "En 2031, les échanges commerciaux entre la France et le Chili ont atteint 4,2 Mds€, "
        "en hausse de 12% par rapport à 2030."
    )
    assert rows(text)[4.2e9][:5] == ("turnover", "FRA", "CHL", "level", "EUR")


def test_russian_than_names_the_base_not_the_change_period() -> None:
    # "что на 31% больше, чем в 2029 году" (31% more than in 2029): 2029 is the comparison base;
    # the change is of the sentence's own period, as "31% more than in 2029" is in English
    got = rows(
        "date 2031-03-01\nВ 2030 году товарооборот между Казахстаном и Китаем составил 1,8 млрд "
        "долларов, что на 31% больше, чем в 2029 году."
    )
    assert got[31.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    # "чем за данный период 2029 года" (than in the same period of 2029) after January-August
    got = rows(
        "date 2031-03-01\nЗа январь-август 2030 года товарооборот между Казахстаном и Китаем "
        "достиг 1,53 млрд долларов, что на 16 процентов больше, чем за данный период 2029 года."
    )
    assert got[16.0][5:] == (D(2030, 1, 1), D(2030, 8, 31))
    # near miss: "больше, чем ожидалось" (more than expected) names no base; the year stays
    got = rows(
        "date 2031-03-01\nВ 2030 году товарооборот между Казахстаном и Китаем вырос больше, чем "
        "ожидалось, и составил 1,8 млрд долларов."
    )
    assert got[1_800_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_german_demonym_adjectives_in_every_case_ending() -> None:
    # the adjective of any country, not only of the large ones, with the ending its case gives
    assert gloss("die kasachischen Ausfuhren", "de") == "the Kazakh exports"
    assert gloss("der vietnamesische Export", "de") == "the Vietnamese exports"
    assert gloss("mit usbekischem Kapital", "de") == "with Uzbek Kapital"
    got = rows(
        "date 2032-03-02\nDie aserbaidschanischen Exporte nach Deutschland erreichten 2031 "
        "1,4 Milliarden US-Dollar, wie das Ministerium mitteilte. Der Handel zwischen beiden "
        "Ländern wächst seit Jahren und die Unternehmen sind zufrieden."
    )
    row = got[1_400_000_000.0]
    assert row == ("exports", "AZE", "DEU", "level", "USD", D(2031, 1, 1), D(2031, 12, 31))


def test_german_genitive_of_any_country_and_part_years_of_this_year() -> None:
    # the genitive of every name the reference translates, not only the rows' ("Kasachstans")
    assert gloss("die Exporte Indiens nach Georgien", "de") == "India's exports to Georgia"
    assert gloss("der Import Aserbaidschans", "de") == "Azerbaijan's imports"
    assert gloss("die Exporte Islands", "de") == "Iceland's exports"  # Island: Iceland
    # no "-s" on a feminine or sibilant-final name ("der Türkei", "der Schweiz")
    names = phrases("de").names
    assert "Usbekistans" in names and "Türkeis" not in names and "Schweizs" not in names
    # "of this year" once, with or without "ersten"
    assert gloss("in den ersten neun Monaten dieses Jahres", "de") == (
        "in the first nine months of this year"
    )
    assert gloss("in den neun Monaten des laufenden Jahres", "de") == (
        "in the nine months of this year"
    )


def test_german_base_before_change_after_a_fronted_verb() -> None:
    # a wire's V2 clause: "Im gleichen Zeitraum stieg der Import X aus Y im Vergleich zum
    # entsprechenden Vorjahreszeitraum um N Prozent und belief sich auf ..."
    got = rows(
        "date 2031-10-19\nDer Handelsumsatz zwischen Usbekistan und Armenien stieg in den neun "
        "Monaten des laufenden Jahres um 31,4 Prozent auf 1 Milliarde 107 Millionen US-Dollar. "
        "Im gleichen Zeitraum stieg der Import Armeniens aus Usbekistan im Vergleich zum "
        "entsprechenden Vorjahreszeitraum um 17,2 Prozent und belief sich auf 410,5 Millionen "
        "Dollar."
    )
    nine_months = (D(2031, 1, 1), D(2031, 9, 30))
    assert got[1_107_000_000.0] == ("turnover", "ARM", "UZB", "level", "USD", *nine_months)
    assert got[17.2] == ("imports", "ARM", "UZB", "pct_change", "percent", *nine_months)
    assert got[410_500_000.0] == ("imports", "ARM", "UZB", "level", "USD", *nine_months)


def test_russian_dollars_of_the_usa_and_compound_pair_adjectives() -> None:
    # "долл. США" is the currency, not a partner; "армяно-грузинской торговли" names the pair
    got = rows(
        "date 2031-11-20\nПо итогам января–октября текущего года товарооборот Туркменистана с "
        "Узбекистаном составил 1,4 млрд долл. США — на 18,3% больше, чем годом ранее. С начала "
        "года экспорт вырос на 21,2%, до 0,9 млрд долл. США, импорт — на 12,5%, до 512,5 млн "
        "долл. США."
    )
    ten_months = (D(2031, 1, 1), D(2031, 10, 31))
    assert got[1_400_000_000.0] == ("turnover", "TKM", "UZB", "level", "USD", *ten_months)
    assert got[900_000_000.0] == ("exports", "TKM", "UZB", "level", "USD", *ten_months)
    assert got[512_500_000.0] == ("imports", "TKM", "UZB", "level", "USD", *ten_months)
    assert gloss("армяно-грузинской торговли", "ru") == "Armenian-Georgian trade"
    assert gloss("казахско-китайский товарооборот", "ru") == "Kazakh-Chinese trade"


def test_transitive_change_verbs_with_the_country_as_subject() -> None:
    # "Россия увеличила импорт ... на 18,6%", Ukrainian "Україна скоротила експорт ... на 5%"
    assert gloss("Армения увеличила импорт товаров из Ирана на 18,6%.", "ru") == (
        "Armenia increased imports goods from Iran by 18.6%."
    )
    assert gloss("Молдова сократила экспорт в Румынию на 5%.", "ru").startswith("Moldova reduced")
    assert gloss("Україна скоротила експорт до Польщі на 5%.", "uk") == (
        "Ukraine reduced exports to Poland by 5%."
    )
    got = rows(
        "date 2031-12-20\nЗокрема, товарообіг з Польщею за 11 місяців зріс до 9,36 млрд доларів. "
        "У порівнянні з аналогічним періодом у 2030 році, Україна збільшила імпорт товарів з "
        "Польщі на 18,6%, експорт – на 11,9%."
    )
    assert got[18.6][:4] == ("imports", "UKR", "POL", "pct_change")
    assert got[11.9][:4] == ("exports", "UKR", "POL", "pct_change")


def test_german_separable_change_verbs_and_digit_ordinals_of_a_half() -> None:
    # "ging ... zurück", "nahmen ... zu", "legten ... zu", "nahm ... ab": the particle ends the
    # clause, far from its verb; "1. Halbjahr" and "4,02Mrd." as official pages write them
    page = (
        "date 2033-02-10\nBeziehungen zu Chile\n"
        "Das Handelsvolumen zwischen Deutschland und Chile ging 2031 gegenüber 2030 um 2,4% auf "
        "5,75 Mrd. Euro zurück (2030: 5,89Mrd. Euro). Die deutschen Exporte nach Chile nahmen "
        "um 6,5% auf 3,11 Mrd. Euro zu, die Einfuhren aus Chile nahmen um 11,2% auf 2,64 Mrd. "
        "Euro ab. Im 1. Halbjahr 2032 legten die deutschen Ausfuhren nach Chile um 3% zu."
    )
    got = rows(page)
    year, half = (D(2031, 1, 1), D(2031, 12, 31)), (D(2032, 1, 1), D(2032, 6, 30))
    assert got[-2.4][:4] == ("turnover", "DEU", "CHL", "pct_change")
    assert got[5_750_000_000.0][5:] == year
    assert got[5_890_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[6.5][:4] == ("exports", "DEU", "CHL", "pct_change")
    assert got[3_110_000_000.0][0] == "exports" and got[3_110_000_000.0][5:] == year
    assert got[-11.2][:4] == ("imports", "DEU", "CHL", "pct_change")
    assert got[2_640_000_000.0][0] == "imports"
    assert got[3.0][:4] == ("exports", "DEU", "CHL", "pct_change")
    assert got[3.0][5:] == half


def test_a_german_particle_that_is_a_preposition_is_no_change() -> None:
    # "zu" after "ging" is no particle of "zurückgehen"; a clause boundary ends the verb's reach
    assert gloss("Er ging zu Fuß zu.", "de") == "Er ging zu Fuß zu."
    assert "fell" not in gloss("Die Exporte stiegen, und das Werk ging 2031 an.", "de")


def test_german_verbs_of_export_and_import_in_the_past() -> None:
    # a ministry's "exportierte dabei Güter im Wert von", and separable "führte ... aus/ein"
    # (ausführen: export, einführen: import), each particle ending its own clause at "und"
    got = rows(
        "date 2032-03-01\nBeziehungen\nDer bilaterale Warenaustausch zwischen Deutschland und "
        "Peru belief sich 2031 auf rund 4,25 Mrd. Euro. Deutschland exportierte dabei Güter im "
        "Wert von 2,12 Mrd. Euro (2030: 2,06 Mrd. Euro) und importierte Güter im Wert von "
        "1,30 Mrd. Euro.\n"
    )
    assert got[2_120_000_000.0][:3] == ("exports", "DEU", "PER")
    assert got[2_060_000_000.0][0] == "exports"
    assert got[2_060_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[1_300_000_000.0][:3] == ("imports", "DEU", "PER")
    got = rows(
        "date 2032-03-01\nBeziehungen\nÖsterreich führte 2031 Waren im Wert von 840 Mio. Euro "
        "nach Peru aus und führte Waren im Wert von 310 Mio. Euro aus Peru ein.\n"
    )
    assert got[840_000_000.0][:3] == ("exports", "AUT", "PER")
    assert got[310_000_000.0][:3] == ("imports", "AUT", "PER")


def test_austrian_schillings_mill_and_zu_buche() -> None:
    # an Austrian wire of the schilling years: "10,8 Mrd. S (785 Mill. Euro)" (neither stop ends
    # the sentence), "standen 40 Mrd. S zu Buche" (amounted to), and imports that grew "faster
    # than the exports" with their own rise
    page = (
        "date 2000-05-10\nHandel\nWien - Der Warenverkehr zwischen Österreich und Slowenien "
        "entwickelt sich gut: Die österreichischen Exporte stiegen im ersten Quartal 2000 um "
        "11,2 Prozent auf 6,4 Mrd. S (465 Mill. Euro), für das Gesamtjahr 1999 standen 24 Mrd. S "
        "zu Buche. Die Importe aus Slowenien wuchsen im ersten Quartal 2000 schneller als die "
        "Exporte, mit einem Plus von 17,5 Prozent auf 5,1 Mrd. S.\n"
    )
    got = rows(page)
    assert got[6_400_000_000.0][:5] == ("exports", "AUT", "SVN", "level", "ATS")
    assert got[465_000_000.0][:5] == ("exports", "AUT", "SVN", "level", "EUR")
    assert got[24_000_000_000.0][:5] == ("exports", "AUT", "SVN", "level", "ATS")
    assert got[24_000_000_000.0][5:] == (D(1999, 1, 1), D(1999, 12, 31))
    assert got[17.5][:4] == ("imports", "AUT", "SVN", "pct_change")
    assert got[5_100_000_000.0][:3] == ("imports", "AUT", "SVN")
