"""Reference-complete vocabularies of the gloss languages from the Unicode CLDR
(``pipeline.lexicon.cldr_words``), read by the gloss (``pipeline.extract.foreign_table``).

The sentences are made up; each uses a word no row of ``foreign_words.csv`` spells, the way a
page from a site no development page came from would; each near miss is a word the reference
spells alike that must stay what it is.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, lower_case_words
from pipeline.ingest.segment import split_line
from pipeline.lexicon.cldr_words import (
    currency_names,
    month_abbreviations,
    month_names,
    territory_names,
)
from pipeline.lexicon.country_names import country_names
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_month_names_are_the_format_and_stand_alone_forms_of_every_locale() -> None:
    russian = dict(month_names("ru"))
    assert russian["января"] == russian["январь"] == "January"  # format (genitive), stand-alone
    arabic = dict(month_names("ar"))
    assert arabic["جانفي"] == "January"  # Algeria and Tunisia
    assert arabic["غشت"] == "August"  # Morocco
    assert arabic["يناير"] == "January"  # Egypt
    assert month_names("vi") == month_names("zh") == ()  # numbered months: their modules'
    assert ("August", "August") not in month_names("de")  # spelled as in English


def test_only_abbreviations_written_with_their_stop() -> None:
    assert dict(month_abbreviations("fr"))["janv."] == "January"
    assert dict(month_abbreviations("ru"))["янв."] == "January"
    assert dict(month_abbreviations("de"))["Okt."] == "October"
    # Polish "lis" (fox), Czech "pro" (for), "led" (ice): dotless, common words as often
    assert month_abbreviations("pl") == month_abbreviations("cs") == ()
    assert "мая" not in dict(month_abbreviations("ru"))  # a wide name too


def test_tunisian_page_names_january_as_the_maghreb_does() -> None:
    got = rows(
        "date 2032-03-02\nتونس - ارتفعت صادرات تونس إلى إيطاليا في جانفي 2031 إلى 1.2 مليار "
        "دينار، حسب المعهد الوطني للإحصاء، مقارنة بالشهر نفسه من العام الماضي."
    )
    assert got[1_200_000_000.0] == (
        "exports",
        "TUN",
        "ITA",
        "level",
        "TND",
        D(2031, 1, 1),
        D(2031, 1, 31),
    )


def test_french_page_abbreviates_its_month() -> None:
    got = rows(
        "date 2032-03-02\nLes exportations de la France vers le Maroc ont atteint 1,2 milliard "
        "d'euros en janv. 2031, selon les douanes, contre 0,9 milliard un an plus tôt."
    )
    assert got[1_200_000_000.0][5:] == (D(2031, 1, 1), D(2031, 1, 31))


def test_an_abbreviation_is_a_month_only_beside_a_number_or_a_range() -> None:
    assert gloss("exportações de jan. 2031", "pt").endswith("January 2031")
    assert "January-March" in gloss("в янв.-март 2031 г.", "ru")
    assert "12 October 2031" in gloss("am 12 Okt. 2031", "de")
    # Portuguese "dez." ends a sentence as the number ten; Czech "pro" is "for"
    assert "December" not in gloss("O número de mercados subiu para dez.", "pt")
    assert "December" not in gloss("vývoz pro 12 firem", "cs")
    # the place, not the month
    assert "Janeiro" in gloss("as exportações do Rio de Janeiro", "pt")


def test_the_stop_of_a_foreign_month_before_its_year_ends_no_sentence() -> None:
    line = "Les exportations ont atteint 2 milliards en janv. 2031, selon les douanes."
    assert list(split_line(line)) == [(0, len(line))]
    line = "Экспорт вырос на 12% в сент. 2031 г. по сравнению с прошлым годом."
    assert list(split_line(line)) == [(0, len(line))]
    # before a capital it still ends one: "out" is an English word too
    line = "The figures were out. The ministry said so."
    assert len(list(split_line(line))) == 2


def test_currency_names_in_every_plural_form_glossed_to_the_english_the_rules_read() -> None:
    russian = dict(currency_names("ru"))
    assert russian["доллар сша"] == russian["доллара сша"] == russian["долларов сша"]
    assert russian["долларов сша"] == "US dollars"
    assert russian["швейцарских франков"] == "Swiss francs"
    assert russian["китайских юаней"] == "yuan"  # currencies.csv has no "Chinese yuan"
    assert dict(currency_names("pl"))["franków szwajcarskich"] == "Swiss francs"
    assert dict(currency_names("es"))["francos suizos"] == "Swiss francs"
    # one word without its country: a demonym or a place as often
    assert "bolivianos" not in dict(currency_names("pt"))  # Bolivians
    assert "леоне" not in russian  # of "Сьерра-Леоне"
    assert "أفغاني" not in dict(currency_names("ar"))  # Afghan
    assert russian["евро"] == "euros"  # the euro has no country to name


def test_russian_page_in_swiss_francs() -> None:
    got = rows(
        "date 2032-03-02\nЭкспорт России в Швейцарию в 2031 году составил 2,3 млрд швейцарских "
        "франков, что на 12% больше, чем годом ранее, сообщила таможня. По данным ведомства, "
        "это рекорд для торговли между двумя странами."
    )
    assert got[2_300_000_000.0] == (
        "exports",
        "RUS",
        "CHE",
        "level",
        "CHF",
        D(2031, 1, 1),
        D(2031, 12, 31),
    )


def test_polish_and_spanish_pages_in_swiss_francs() -> None:
    got = rows(
        "date 2032-03-02\nEksport Polski do Szwajcarii wzrósł w 2031 r. do 4,1 mld franków "
        "szwajcarskich, jak podał w środę urząd statystyczny. To jest najwyższy wynik w "
        "historii handlu między oboma krajami."
    )
    assert got[4_100_000_000.0][:5] == ("exports", "POL", "CHE", "level", "CHF")
    got = rows(
        "date 2032-03-02\nLas exportaciones de Suiza a México sumaron 800 millones de francos "
        "suizos en 2031, según la aduana, que publicó el dato el lunes."
    )
    assert got[800_000_000.0][:5] == ("exports", "CHE", "MEX", "level", "CHF")


def test_a_currency_word_that_is_a_demonym_or_a_place_stays() -> None:
    assert "bolivianos" in gloss("os exportadores bolivianos venderam mais", "pt")
    glossed = gloss("экспорт в Сьерра-Леоне вырос", "ru")
    assert "Sierra Leone" in glossed and "leones" not in glossed


def test_cldr_territory_names_beside_iso_codes() -> None:
    arabic = dict(country_names("ar"))
    assert arabic["السويد"] == "Sweden"  # the CLDR's; iso-codes writes another name
    assert arabic["كوريا الجنوبية"] == "South Korea"
    assert dict(country_names("es"))["Maldivas"] == "Maldives"
    assert ("السويد", "SE") in territory_names("ar")
    assert not any("(" in name or "," in name for name, _ in territory_names("es"))


def test_a_territory_name_that_names_something_else_is_left_out() -> None:
    assert "San Martín" not in dict(country_names("es"))  # the palace, the general, the towns
    assert "Salvador" not in dict(country_names("pt"))  # of "El Salvador": a city of Brazil
    assert "Congo" not in dict(country_names("es"))  # read by the English gazetteer as written
    glossed = gloss("Cafiero recibió en el Palacio San Martín al embajador de Uruguay", "es")
    assert "Saint Martin" not in glossed and "San Martín" in glossed
    assert "El Salvador" not in gloss("O avião partiu de Salvador para Lisboa", "pt")


def test_arabic_page_about_a_partner_only_the_cldr_names() -> None:
    got = rows(
        "date 2032-03-02\nالقاهرة - بلغت صادرات السويد إلى مصر 1.5 مليار دولار في عام 2031، وفق "
        "بيانات الجهاز المركزي للتعبئة العامة والإحصاء، مقارنة بنحو 1.1 مليار دولار في العام "
        "السابق."
    )
    assert got[1_500_000_000.0] == (
        "exports",
        "SWE",
        "EGY",
        "level",
        "USD",
        D(2031, 1, 1),
        D(2031, 12, 31),
    )


def test_a_one_word_name_opening_a_sentence_is_the_word_the_page_writes_in_lower_case() -> None:
    page = ["Того же года экспорт в Китай вырос на 5%.", "Это больше того, что ожидали."]
    words = lower_case_words(page)
    assert gloss(page[0], "ru", words=words).startswith("Того же года exports to China")
    assert "Togo" in gloss("Экспорт России в Того вырос на 5%.", "ru", words=words)
    # a page that never writes "того" in lower case: the country
    assert gloss("Того экспортирует какао.", "ru", words=lower_case_words(["в Россию"])).startswith(
        "Togo"
    )
    # Vietnamese "áo" (shirt) on a garment page
    garment = ["Áo sơ mi xuất khẩu sang Mỹ tăng 12%.", "Xuất khẩu áo khoác giảm."]
    assert "Austria" not in gloss(garment[0], "vi", words=lower_case_words(garment))
