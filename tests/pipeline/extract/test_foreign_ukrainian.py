"""Ukrainian pages read through the English rules (``pipeline.extract.ukrainian``,
``ukrainian_verbs``, ``uk`` rows of ``lexicon/foreign_words.csv`` and ``foreign_verbs.csv``, the
iso-codes' and CLDR's Ukrainian countries, months, currencies and scale words).

Every sentence here is made up, in the forms a statistics release or a business site writes:
"товарообіг між Україною та Польщею за січень-травень 2031 року зріс на 12,5%", "імпорт з
Китаю", "склав 3,2 млрд доларів США". Near misses: Russian, Bulgarian, Kyrgyz, Uzbek, Kazakh and
Belarusian pages keep their own reading; "з" with the instrumental is "with", not "from"; a
balance or a world total gives no bilateral figure.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss, language
from pipeline.extract.foreign_future import future_forms
from pipeline.extract.foreign_table import phrases
from pipeline.extract.ukrainian import name_forms, period_rows, prepare
from pipeline.extract.ukrainian_verbs import ukrainian_verb_forms
from pipeline.ingest.foreign_date import foreign_date_line
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date

_UKRAINIAN = (
    "За даними Державної служби статистики, товарообіг між Україною та Польщею у 2031 році "
    "зріс на 12%. Це також більше, ніж очікували експерти, які вважають, що експорт до Польщі є "
    "важливим для економіки."
)
_NEIGHBOURS = {
    "ru": "По данным Федеральной таможенной службы, товарооборот между Россией и Китаем в 2031 "
    "году вырос на 12%. Это также больше, чем ожидали эксперты, которые считают, что экспорт в "
    "Китай важен для экономики, и та же тенденция сохранится.",
    "bg": "Според данните на Националния статистически институт, търговията между България и "
    "Китай през 2031 г. се е увеличила с 12%. Това е повече, отколкото очакваха експертите, "
    "които смятат, че износът за Китай е важен за икономиката.",
    "ky": "Улуттук статистика комитетинин маалыматы боюнча, Кыргызстан менен Кытайдын "
    "ортосундагы соода жүгүртүү 2031-жылы 12 пайызга өстү. Бул көрсөткүч эки өлкө үчүн маанилүү "
    "жана мындан ары да өсөт деп билдирилди.",
    "uz": "Статистика агентлиги маълумотларига кўра, 2031 йилнинг январь-сентябрь ойларида "
    "Ўзбекистон ва Қозоғистон ўртасидаги товар айирбошлаш 3,1 млрд долларни ташкил этди. Бу "
    "кўрсаткич экспорт ва импорт учун муҳим деб ҳисобланади.",
}
# Kazakh (glossed since round 56) is Kazakh, and Belarusian is not glossed: neither is read as
# Ukrainian (Belarusian writes " і ")
_KAZAKH = (
    "Ұлттық статистика бюросының мәліметі бойынша, Қазақстан мен Қытай арасындағы тауар "
    "айналымы 2031 жылы 12 пайызға өсті. Бұл көрсеткіш екі ел үшін маңызды және министр бұл "
    "туралы айтып өтті деді."
)
_UNGLOSSED = (
    "Паводле даных Нацыянальнага статыстычнага камітэта, тавараабарот паміж Беларуссю і Кітаем "
    "у 2031 годзе вырас на 12%. Гэта таксама больш, чым чакалі эксперты, якія лічаць, што "
    "экспарт у Кітай важны для эканомікі.",
)


def test_language_of_ukrainian_pages_and_their_neighbours() -> None:
    assert language([_UKRAINIAN]) == "uk"
    short = (
        "Україна та Молдова підписали угоду про вільну торгівлю. Міністр зазначив, що обсяг "
        "торгівлі між країнами становив 1,2 млрд доларів, а її зростання було стабільним."
    )
    assert language([short]) == "uk"
    # more of Russian's shared prepositions (на, в, за, до, по, не) than Ukrainian's own words,
    # and no Russian-only word: Ukrainian all the same
    prepositions = (
        "Експорт на Кубу в 2031 р. за даними митниці зріс до 5 млн доларів, по зерну не змінився, "
        "а на Мальту в січні не постачали нічого. Імпорт з Китаю та Індії зріс, що також на "
        "користь бюджету, і по м'ясу теж."
    )
    assert language([prepositions]) == "uk"
    for lang, page in _NEIGHBOURS.items():
        assert language([page]) == lang, lang
    assert language([_KAZAKH]) == "kk"
    for page in _UNGLOSSED:
        assert language([page]) is None
    english = "The trade between Ukraine and Poland rose, and the ministry said that the figure of "
    assert language([english * 3]) is None


def _page(text: str) -> str:
    return (
        "date 2032-02-10\n"
        + text
        + " Про це повідомили у міністерстві, яке також оприлюднило дані."
    )


def test_level_and_change_of_a_pair_over_a_month_range() -> None:
    got = rows(
        _page(
            "Товарообіг між Україною та Польщею за січень-травень 2031 року зріс на 12,5% і склав "
            "9,3 млрд доларів США."
        )
    )
    assert got[12.5] == (
        "turnover", "UKR", "POL", "pct_change", "percent", D(2031, 1, 1), D(2031, 5, 31)
    )  # fmt: skip
    assert got[9_300_000_000.0] == (
        "turnover", "UKR", "POL", "level", "USD", D(2031, 1, 1), D(2031, 5, 31)
    )  # fmt: skip


def test_exports_owner_after_the_flow_and_a_year_in_the_locative() -> None:
    got = rows(
        _page("Експорт України до Польщі у 2030 році збільшився на 5% і становив 4,2 млрд доларів.")
    )
    assert got[5.0] == (
        "exports", "UKR", "POL", "pct_change", "percent", D(2030, 1, 1), D(2030, 12, 31)
    )  # fmt: skip
    assert got[4_200_000_000.0] == (
        "exports", "UKR", "POL", "level", "USD", D(2030, 1, 1), D(2030, 12, 31)
    )  # fmt: skip


def test_imports_from_a_genitive_and_a_verb_of_the_reporter() -> None:
    got = rows(_page("Імпорт з Китаю до України в 2031 році становив 3,2 млрд доларів."))
    assert got[3_200_000_000.0] == (
        "imports", "UKR", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    got = rows(
        _page(
            "Україна у 2031 році експортувала до Німеччини товарів на 2,1 млрд доларів, що на 7% "
            "більше, ніж торік."
        )
    )
    assert got[2_100_000_000.0] == (
        "exports", "UKR", "DEU", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[7.0][:4] == ("exports", "UKR", "DEU", "pct_change")


def test_products_worth_a_sum() -> None:
    got = rows(
        _page(
            "У 2031 році Україна експортувала до Китаю продукції на суму 4,5 млрд доларів, що на "
            "6% більше, ніж торік."
        )
    )
    assert got[4_500_000_000.0] == (
        "exports", "UKR", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip
    assert got[6.0][:4] == ("exports", "UKR", "CHN", "pct_change")


def test_a_count_of_months_a_quarter_and_the_same_period() -> None:
    got = rows(
        _page("За п’ять місяців 2031 року український експорт до Китаю досяг 1,4 мільярда доларів.")
    )
    assert got[1_400_000_000.0] == (
        "exports", "UKR", "CHN", "level", "USD", D(2031, 1, 1), D(2031, 5, 31)
    )  # fmt: skip
    got = rows(
        _page(
            "У першому кварталі 2031 року торгівля України з Туреччиною скоротилася на 8 відсотків "
            "порівняно з аналогічним періодом минулого року і становила 1,1 млрд доларів."
        )
    )
    assert got[-8.0] == (
        "turnover", "UKR", "TUR", "pct_change", "percent", D(2031, 1, 1), D(2031, 3, 31)
    )  # fmt: skip
    assert got[1_100_000_000.0][3:] == ("level", "USD", D(2031, 1, 1), D(2031, 3, 31))


def test_a_multiple() -> None:
    got = rows(_page("Експорт України у Китай зріс у 1,5 раза у 2031 році, що є рекордом."))
    assert got[1.5] == (
        "exports", "UKR", "CHN", "multiple", "times", D(2031, 1, 1), D(2031, 12, 31)
    )  # fmt: skip


def test_gloss_of_prepositions_cases_and_periods() -> None:
    assert gloss("імпорт з Китаю", "uk") == "imports from China"
    assert gloss("торгівля України з Китаєм", "uk") == "Ukraine's trade with China"  # instrumental
    assert gloss("експорт у Китай", "uk") == "exports to China"  # accusative: to
    assert gloss("у Китаї", "uk") == "in China"  # locative: in
    assert gloss("експорт до Сполучених Штатів Америки", "uk") == "exports to United States"
    assert gloss("з Південною Кореєю", "uk") == "with South Korea"
    assert gloss("у січні-червні 2031 р.", "uk") == "in January-June 2031"
    assert gloss("у 2031 році", "uk") == "in 2031" and gloss("2031 року", "uk") == "2031"
    assert gloss("зріс з 1,2 млрд до 1,6 млрд гривень", "uk") == (
        "grew from 1.2 billion to 1.6 billion hryvnia"
    )
    assert gloss("українсько-польський товарообіг", "uk") == "Ukrainian-Polish trade"
    # scale words and currencies: the CLDR's (тис., млн, мільярда, доларів США) and rows'
    assert gloss("540 тис. доларів", "uk") == "540 thousand dollars"
    assert gloss("12,4 млн дол. США", "uk") == "12.4 million US dollars"
    assert gloss("1,2 мільярда доларів США", "uk") == "1.2 billion US dollars"
    assert gloss("300 мільйонів євро", "uk") == "300 million euros"
    assert gloss("Того ж року", "uk") == "the same year"  # not Togo
    # "з" before any instrumental is "with", before a genitive "from"; a year noun in any case
    # ... and a group after "країни" in any case reads as English orders it (round 58)
    assert gloss("торгівля з країнами ЄС", "uk") == "trade with European Union countries"
    assert gloss("Зі Словаччиною", "uk") == "With Slovakia"
    assert gloss("експорт з Казахстану", "uk") == "exports from Kazakhstan"
    assert gloss("порівняно з 2030 роком", "uk") == "compared with 2030"
    assert gloss("на 8% порівняно з аналогічним періодом минулого року", "uk") == (
        "by 8% compared with the same period of last year"
    )  # the comparison's row, not "з" before an instrumental
    assert gloss("у порівнянні з відповідним періодом 2030 року", "uk") == (
        "compared with the same period of 2030"
    )
    assert gloss("згідно з даними митниці", "uk") == "according to customs"  # round 56
    assert gloss("у 2030-2031 роках", "uk") == "in 2030-2031"
    assert gloss("обсяг експорту до Польщі", "uk") == "exports to Poland"


def test_prepare_spans_apostrophes_and_near_misses() -> None:
    assert prepare("за перші дев’ять місяців поточного року") == (
        "in the first nine months of поточного року"
    )
    assert prepare("Протягом 4 місяців") == "in the first 4 months"
    assert prepare("пʼять") == "п'ять"
    # near misses: a count with no span's preposition, a year noun without a year
    assert prepare("5 місяців тому") == "5 місяців тому"
    assert prepare("цього року") == "цього року"


def test_no_row_is_changed_by_the_prepare_step() -> None:
    # a row written with "з" before an instrumental ("згідно з даними") must still match after
    # ``prepare`` wrote "with" for such "з" elsewhere; the name rows starting with "з" gloss it so
    table = phrases("uk")
    changed = [k for k in [*table.lower, *table.exact, *table.names] if prepare(k) != k]
    assert changed and all(k.lower().startswith(("з ", "із ", "зі ")) for k in changed)


def test_generated_forms() -> None:
    verbs = dict(ukrainian_verb_forms())
    assert verbs["зріс"] == verbs["зросла"] == "grew"
    assert verbs["склав"] == verbs["становив"] == "amounted to"
    assert verbs["становить"] == "amounts to" and verbs["становлять"] == "amount to"
    assert verbs["збільшилась"] == verbs["збільшилася"] == "increased"
    assert verbs["досяг"] == verbs["досягнула"] == "reached"
    assert verbs["збільшується"] == "increases" and verbs["зростаючи"] == "growing"
    assert "перевищить" not in verbs  # a perfective's present is its future
    futures = dict(future_forms("uk"))
    assert futures["перевищить"] == futures["перевищать"] == "will exceed"
    assert futures["складе"] == "will amount to" and futures["зросте"] == "will grow"
    assert futures["може досягти"] == "could reach"
    assert "становить" not in futures  # an imperfective's present is a present
    forms = dict(name_forms([("Польща", "Poland"), ("Мексика", "Mexico"), ("Чилі", "Chile")]))
    assert forms["Польщі"] == forms["Польщу"] == forms["Польщею"] == "Poland"
    assert forms["з Польщі"] == "from Poland" and forms["з Польщею"] == "with Poland"
    assert forms["Мексиці"] == "Mexico"  # k -> ц before the dative-locative "-і"
    assert not [f for f in forms if "Чил" in f]  # an indeclinable name: no forms of its own
    months = dict(period_rows())
    assert months["травні"] == "May" and months["листопаді"] == "November"
    assert months["порівняно з аналогічним періодом"] == "compared with the same period of"


@pytest.mark.parametrize(
    "text",
    [
        "У 2031 році експорт України склав 45,2 млрд доларів, що також є рекордом.",
        "Дефіцит торгівлі України з Китаєм у 2031 році склав 6,1 млрд доларів.",
    ],
)
def test_a_world_total_or_a_balance_gives_no_bilateral_figure(text: str) -> None:
    got = rows(_page(text))
    assert not [row for row in got.values() if row[2] not in (None, "WLD")]


def test_a_perfective_future_is_a_target_and_a_past_is_actual() -> None:
    future = figures(
        _page(
            "Сторони очікують, що у 2033 році товарообіг між Україною та Туреччиною перевищить "
            "10 млрд доларів."
        )
    )
    assert list(future[["reporter", "partner", "value", "status"]].itertuples(index=False)) == [
        ("UKR", "TUR", 10_000_000_000.0, "target")
    ]
    past = figures(_page("У 2031 році товарообіг між Україною та Туреччиною склав 7 млрд доларів."))
    assert list(past[["reporter", "partner", "value", "status"]].itertuples(index=False)) == [
        ("UKR", "TUR", 7_000_000_000.0, "actual")
    ]


def test_a_date_line_in_ukrainian_from_the_locale_row() -> None:
    # the CLDR's Ukrainian calendar joins the date lines with the gloss's locale row: the
    # genitive month and the weekday ("середа", Wednesday, which 14 May 2031 is)
    line = foreign_date_line("середа, 14 травня 2031 р.")
    assert line is not None and line.date == D(2031, 5, 14) and line.weekday
    assert foreign_date_line("14 листопада 2031, 10:15").date == D(2031, 11, 14)
