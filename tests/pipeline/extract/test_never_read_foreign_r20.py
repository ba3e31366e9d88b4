"""Round 20: figures of non-English pages that were never read (``pipeline.extract.
foreign_amounts``; ``ru``/``de`` rows of ``lexicon/foreign_words.csv``).

Every sentence is made up, in the ways Paris, Berlin, Moscow and Almaty outlets write: a change
between two amounts with the language's "from" ("de 4,3 à 12,8 M EUR", "с $2 млрд до $2,9
млрд"), numbers in words ("um fast sieben Prozent", "пяти миллиардов долларов"), Xinhua's
Russian "проц.", a count of months after "за" ("за 7 месяцев 2030 года"), the Russian
"торговый оборот" and "в год". Near misses stay as they were.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_FR_TAIL = (
    " selon les données des douanes, qui ont publié les chiffres de l'année pour la première fois."
)
_RU_TAIL = " Об этом сообщили в министерстве, и это подтвердили в таможне по итогам года."
_DE_TAIL = " Das teilte das Statistische Bundesamt mit, und die Zahlen sind vorläufig."


def test_french_de_x_a_y_reads_both_amounts() -> None:
    got = rows(
        "date 2031-03-10\nLes importations de la France depuis le Maroc ont connu une forte hausse "
        "en 2030, de 4,3 à 12,8 M EUR," + _FR_TAIL
    )
    assert got[4_300_000.0][:5] == ("imports", "FRA", "MAR", "level", "EUR")
    assert got[12_800_000.0][:5] == ("imports", "FRA", "MAR", "level", "EUR")
    # near misses: a percent before "à" is the change, and a count of countries no amount
    assert gloss("ont augmenté de 5% à 3,2 milliards", "fr").startswith("rose")
    assert "from" not in gloss("ont augmenté de 5% à 3,2 milliards", "fr")
    assert "from" not in gloss("de 2 à 3 pays", "fr")


def test_russian_s_x_do_y_reads_both_amounts() -> None:
    got = rows(
        "date 2031-03-10\nЭкспорт России в Казахстан в 2030 году вырос с $2 млрд до $2,9 млрд."
        + _RU_TAIL
    )
    assert got[2_000_000_000.0][:5] == ("exports", "RUS", "KAZ", "level", "USD")
    assert got[2_900_000_000.0][:5] == ("exports", "RUS", "KAZ", "level", "USD")
    # near miss: "с" before a date stays "with"
    assert gloss("Запрет действует с 14 февраля.", "ru").count("from") == 0


def test_numbers_in_words() -> None:
    got = rows(
        "date 2031-03-10\nDie deutschen Ausfuhren nach Polen sanken im Jahr 2030 um fast sieben "
        "Prozent." + _DE_TAIL
    )
    assert got[-7.0][:4] == ("exports", "DEU", "POL", "pct_change")
    got = rows(
        "date 2031-03-10\nТоварооборот между Арменией и Ираном в 2030 году достиг пяти "
        "миллиардов долларов." + _RU_TAIL
    )
    assert got[5_000_000_000.0][:5] == ("turnover", "ARM", "IRN", "level", "USD")
    # near miss: a number word that is no amount stays a word of the sentence
    assert gloss("за последние пять лет", "ru").endswith("five years")


def test_russian_percent_abbreviation_and_month_count() -> None:
    got = rows(
        "date 2031-03-10\nТоварооборот между Монголией и Китаем за 7 месяцев 2030 года вырос на "
        "12 проц., составив 3,4 млрд долларов." + _RU_TAIL
    )
    assert got[12.0][:4] == ("turnover", "MNG", "CHN", "pct_change")
    assert got[12.0][5:] == (D(2030, 1, 1), D(2030, 7, 31))
    assert got[3_400_000_000.0][5:] == (D(2030, 1, 1), D(2030, 7, 31))
    # near miss: "за" before a year stays "in"
    assert "first" not in gloss("за 2030 год", "ru")


def test_russian_trade_turnover_and_a_year() -> None:
    got = rows(
        "date 2031-03-10\nПосол отметил, что торговый оборот между Туркменистаном и Турцией "
        "достиг 1,9 млрд долларов в 2030 году." + _RU_TAIL
    )
    assert got[1_900_000_000.0][:5] == ("turnover", "TKM", "TUR", "level", "USD")
    assert gloss("пяти млрд долларов в год", "ru") == "five billion dollars a year"


_TR_TAIL = " Bu rakamlar bir açıklama ile duyuruldu ve bakanlığa göre bu artış sürecek."


def test_turkish_dotted_capital_i_and_more_countries() -> None:
    # the rows "İtalya", "İspanya" were never matched (lower-cased "İ" is "i" and a dot)
    assert gloss("İtalya ve İspanya", "tr") == "Italy and Spain"
    # near miss: a lower-case "i" word is glossed as before
    assert "imports" in gloss("ithalat", "tr")
    got = rows(
        "date 2031-03-10\nTürkiye ile Kırgızistan arasındaki ticaret hacmi 2030 yılında 612 "
        "milyon dolar oldu." + _TR_TAIL
    )
    assert got[612_000_000.0][:5] == ("turnover", "TUR", "KGZ", "level", "USD")


def test_turkish_accusative_dollars_and_goal_verb() -> None:
    got = rows(
        "date 2031-03-10\n2030 yılında Yunanistan'dan Romanya'ya yapılan ihracat 2 milyar doları "
        "aştı." + _TR_TAIL
    )
    assert got[2_000_000_000.0][:5] == ("exports", "GRC", "ROU", "level", "USD")
    goal = (
        "date 2031-03-10\nTürkiye ile Tacikistan arasındaki ticaret hacmi 2030 yılında 700 milyon "
        'dolar oldu. "Taraflar, iki ülke arasındaki ticaret hacmini 3 milyar dolara çıkarmak için '
        'çalışıyor" dedi.' + _TR_TAIL
    )
    from tests.pipeline.extract.test_foreign import figures

    statuses = {r.value: r.status for r in figures(goal).itertuples()}
    assert statuses[3_000_000_000.0] == "target"
    assert statuses[700_000_000.0] == "actual"
