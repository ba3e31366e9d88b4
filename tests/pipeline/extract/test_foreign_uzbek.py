"""Uzbek pages, Latin and Cyrillic, read through the English rules (``pipeline.extract.uzbek``,
``uz`` rows of ``lexicon/foreign_words.csv``, CLDR's Uzbek countries, months, currencies and scale words).

Every sentence here is made up, in the forms a news agency or a statistics release writes:
"2031 yilning yanvar-sentabr oylarida ... tovar aylanmasi 3,1 mlrd dollarni tashkil etdi",
"Xitoyga eksport 12 foizga oʻsdi", with the apostrophe of "oʻ" typed several ways. Near misses:
Turkish, Azerbaijani and Tajik pages keep their language; a world total ("eksport hajmi", no
partner) gives no bilateral figure; a country's name inside a longer word is not split.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss, language
from pipeline.lexicon import foreign_words, uzbek_apostrophes
from pipeline.lexicon.cldr_words import currency_names, month_names
from tests.pipeline.extract.test_foreign import rows

D = dt.date

_LATIN = (
    "Statistika agentligi maʼlumotlariga koʻra, 2031 yilning yanvar-sentabr oylarida "
    "Oʻzbekiston va Qozogʻiston oʻrtasidagi tovar aylanmasi 3,1 mlrd dollarni tashkil etdi."
)
_CYRILLIC = (
    "Статистика агентлиги маълумотларига кўра, 2031 йилнинг январь-сентябрь ойларида "
    "Ўзбекистон ва Қозоғистон ўртасидаги товар айирбошлаш 3,1 млрд долларни ташкил этди."
)


def test_language_of_uzbek_pages_and_their_neighbours() -> None:
    assert language([_LATIN + " Bu koʻrsatkich eksport va import uchun muhim."]) == "uz"
    for apostrophe in ("'", "‘", "’", "`"):  # oʻ and gʻ typed with any apostrophe
        page = "Hisobot boʻyicha eksport va import oʻsdi, ikki davlat bilan savdo uchun muhim."
        assert language([page.replace("ʻ", apostrophe)]) == "uz"
    assert language([_CYRILLIC + " Бу кўрсаткич экспорт ва импорт учун муҳим."]) == "uz"
    # near misses: Turkish, Azerbaijani and Tajik (which writes "ва" too) keep their own reading
    turkish = (
        "Türkiye ile Özbekistan arasındaki ticaret hacmi 2031 yılında 3 milyar dolara ulaştı. "
        "Bakanlığa göre bu artış ihracat için önemli ve ithalat ise bir yıl önce azaldı."
    )
    assert language([turkish]) == "tr"
    azerbaijani = (
        "2031-ci ildə Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 1,5 milyard dollara "
        "çatıb. Komitənin məlumatına görə ixrac üçün vacib olan məhsullar və idxal isə azalıb."
    )
    assert language([azerbaijani]) == "az"
    tajik = (
        "Ҳаҷми гардиши мол байни Тоҷикистон ва Ӯзбекистон дар соли 2031 ба 500 миллион доллар "
        "расид, ки аз соли гузашта зиёд мебошад. Содирот ва воридот дар ин давра барои ҳар ду "
        "кишвар муҳим буд ва аз ҷониби вазорат ба қайд гирифта шуд."
    )
    assert language([tajik]) is None


def test_suffixes_periods_and_order() -> None:
    assert gloss("Xitoyga eksport 12 foizga o'sdi", "uz") == "exports to China grew by 12 percent"
    assert gloss("Rossiyadan import", "uz") == "imports from Russia"
    assert gloss("Oʻzbekistonning Xitoyga eksporti", "uz") == "Uzbekistan's exports to China"
    assert gloss("2031-yilda", "uz") == gloss("2031 yilda", "uz") == "in 2031"
    assert gloss("2030-2031 yillarda", "uz") == "in 2030-2031"
    assert gloss("2031 yilning 9 oyida", "uz") == "in the first 9 months of 2031"
    assert gloss("2031 yilning birinchi yarmida", "uz") == "in the first half of 2031"
    assert gloss("joriy yilning yanvar–iyun oylarida", "uz") == "in January-June this year"
    assert gloss("Iroqqa", "uz") == "to Iraq"  # the dative after a q
    assert (
        gloss("AQSHga eksport", "uz")
        == gloss("AQShga eksport", "uz")
        == ("exports to United States")
    )  # the initials' digraph in capitals, as CLDR writes them
    assert gloss("Xitoy bilan savdo aylanmasi 7,2 mlrd dollarni tashkil etdi", "uz") == (
        "trade turnover with China amounted to 7.2 billion dollars"
    )
    assert gloss("300 mln dollardan ortiq boʻldi", "uz") == "was more than 300 million dollars"
    # near misses: a name inside a longer word, and a lone "2031", stay as written
    assert gloss("Xitoygacha", "uz") == "Xitoygacha"
    assert gloss("2031 raqami", "uz") == "2031 raqami"


def _page(text: str) -> str:
    return "date 2032-02-10\n" + text + " Bu haqda agentlik va vazirlik bilan birga xabar berildi."


def test_latin_figures_full_tuples() -> None:
    assert rows(_page(_LATIN))[3_100_000_000.0] == (
        "turnover", "UZB", "KAZ", "level", "USD", D(2031, 1, 1), D(2031, 9, 30)
    )  # fmt: skip
    got = rows(
        _page(
            "O‘zbekistonning Xitoyga eksporti 2031 yilda 12 foizga o‘sib, 2,4 mlrd AQSh "
            "dollariga yetdi."
        )
    )
    assert got[12.0] == (
        "exports", "UZB", "CHN", "pct_change", "percent", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[2_400_000_000.0] == (
        "exports", "UZB", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip


def test_a_partner_after_the_reporter_named_before() -> None:
    got = rows(
        _page(
            "O'zbekiston eksporti bo'yicha yangi hisobot e'lon qilindi.\n"
            "Xitoyga eksport 2031 yilda 12 foizga o'sdi."
        )
    )
    assert got[12.0] == (
        "exports", "UZB", "CHN", "pct_change", "percent", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip


def test_cyrillic_figures_full_tuples() -> None:
    assert rows(_page(_CYRILLIC))[3_100_000_000.0] == (
        "turnover", "UZB", "KAZ", "level", "USD", D(2031, 1, 1), D(2031, 9, 30)
    )  # fmt: skip
    got = rows(
        _page(
            "Ўзбекистон ва Россия ўртасидаги савдо айланмаси 2031 йилнинг биринчи ярмида 5,6 "
            "млрд долларни ташкил этди ва бу ўтган йилнинг шу даврига нисбатан 14 фоизга ошди."
        )
    )
    assert got[5_600_000_000.0] == (
        "turnover", "UZB", "RUS", "level", "USD", D(2031, 1, 1), D(2031, 6, 30)
    )  # fmt: skip
    assert got[14.0] == (
        "turnover", "UZB", "RUS", "pct_change", "percent", D(2031, 1, 1), D(2031, 6, 30)
    )  # fmt: skip
    got = rows(_page("Ўзбекистоннинг Хитойга экспорти 2031 йилда 12 фоизга ўсди."))
    assert got[12.0] == (
        "exports", "UZB", "CHN", "pct_change", "percent", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip


def test_goods_worth_an_amount_exported_to_a_partner() -> None:
    got = rows(_page("O'zbekiston 2031 yilda Xitoyga 3,2 mlrd dollarlik mahsulot eksport qildi."))
    assert got[3_200_000_000.0] == (
        "exports", "UZB", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    got = rows(_page("Ўзбекистон 2031 йилда Россиядан 2,1 млрд долларлик товар импорт қилди."))
    assert got[2_100_000_000.0] == (
        "imports", "UZB", "RUS", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    # near miss: an amount's "-lik" before another noun (a project) is no goods
    assert gloss("3 mlrd dollarlik loyiha", "uz") == "3 billion dollars loyiha"


def test_month_ranges_as_statistics_releases_write_them() -> None:
    # "2031 yil" without the genitive, the locative on the last month, both scripts
    assert gloss("2031 yil yanvar-sentabr oylarida", "uz") == "in January-September 2031"
    assert gloss("Yanvar–sentabrda", "uz") == "in January-September"
    assert gloss("2031 йил январь-июнда", "uz") == "in January-June 2031"
    assert gloss("ikki-uchda", "uz") == "ikki-uchda"  # near miss: no months
    got = rows(
        _page(
            "O'zbekiston tashqi savdosi bo'yicha hisobot e'lon qilindi.\n2031 yil yanvar-sentabr "
            "oylarida Xitoy bilan tovar aylanmasi 5,2 mlrd dollarga yetdi."
        )
    )
    assert got[5_200_000_000.0] == (
        "turnover", "UZB", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 9, 30)
    )  # fmt: skip


def test_a_multiple_in_either_script() -> None:
    got = rows(
        _page(
            "2031 yilda O'zbekiston va Turkiya o'rtasidagi savdo aylanmasi 2030 yilga nisbatan "
            "1,5 baravarga oshdi."
        )
    )
    assert got[1.5] == (
        "turnover", "UZB", "TUR", "multiple", "times", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    got = rows(_page("2031 йилда Ўзбекистон ва Туркия ўртасидаги савдо айланмаси 2 мартага ошди."))
    assert got[2.0][:5] == ("turnover", "UZB", "TUR", "multiple", "times")


@pytest.mark.parametrize(
    "text",
    [
        "2031 yilda Oʻzbekiston eksport hajmi 24,5 mlrd dollarni tashkil etdi.",
        "2031 йилда Ўзбекистон экспорт ҳажми 24,5 млрд долларни ташкил этди.",
    ],
)
def test_a_world_total_gives_no_bilateral_figure(text: str) -> None:
    got = rows(_page(text))
    assert not [row for row in got.values() if row[2] not in (None, "WLD")]


def test_rows_write_the_apostrophe_as_one_letter() -> None:
    # the gloss matches "oʻ" written with ʻ only: a row typed with ' would never match
    uzbek = [phrase for lang, phrase, _ in foreign_words() if lang == "uz"]
    assert uzbek and all(uzbek_apostrophes(phrase) == phrase for phrase in uzbek)


def test_months_and_currencies_from_the_cldr_in_both_scripts() -> None:
    uzbek = dict(month_names("uz"))
    assert uzbek["sentabr"] == uzbek["сентябр"] == "September"
    assert len(set(uzbek.values())) == 12
    assert "sen" not in uzbek  # an abbreviation is also a word ("you"): CLDR's have no stop
    assert gloss("oktabr", "uz") == gloss("oktyabr", "uz") == "October"  # older spelling: a row
    assert gloss("Dekabr", "uz") == "December"
    # the CLDR's "so‘m" written with the page's one apostrophe letter, as names are
    assert all(uzbek_apostrophes(name) == name for name, _ in currency_names("uz"))
