"""Kazakh ("kk") and Hungarian ("hu") glossed as whole languages (round 56, batch 13: iu, iv).

Every sentence here is made up, with forms no batch-13 page uses: other countries (Japan, Iran,
Tajikistan, Poland, Slovakia, Czechia, Austria), other case forms of their names ("Жапонияға",
"Иранмен", "АҚШ-қа", "Lengyelországba", "Szlovákiából", "Csehországgal"), other periods ("2031
жылдың бірінші жартысында", "үшінші тоқсанда", "қаңтар-қыркүйек айларында", "2031 első
félévében", "a harmadik negyedévben", "márciusban"), other change verbs ("төмендеп", "азайды",
"csökkent", "emelkedett") and amounts ("миллиардқа", "forinttal", "hétmilliárd"). Near misses:
Kyrgyz, Russian, Danish and English pages keep their language; a name's case form before a noun
that is no flow stays a possessive; a bare year before a verb is no amount.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date

_KAZAKH = (
    "Ұлттық статистика бюросының мәліметінше, 2031 жылдың бірінші жартысында Қазақстаннан "
    "Жапонияға экспорт 14,2 пайызға төмендеп, 612 млн долларды құрады. Бұл екі ел үшін маңызды "
    "және сауда бойынша ынтымақтастық кеңейіп келеді, деп мәлімдеді министрлік."
)
_HUNGARIAN = (
    "A KSH szerint Magyarország Lengyelországba irányuló exportja 2031 első félévében 14,2 "
    "százalékkal csökkent, és 612 millió eurót tett ki. A minisztérium azt közölte, hogy az "
    "import pedig nőtt, mert a két ország között egy új vasútvonal épült."
)


def test_language_of_kazakh_and_hungarian_pages() -> None:
    assert language([_KAZAKH]) == "kk"
    assert language([_HUNGARIAN]) == "hu"
    # near misses: a Kyrgyz, a Russian, a Danish and an English page keep their language
    kyrgyz = (
        "Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү өстү, деп билдирди министрлик. "
        "Бул эки өлкө үчүн маанилүү жана соода боюнча кызматташтык кеңейүүдө."
    )
    assert language([kyrgyz]) == "ky"
    russian = "Товарооборот между Казахстаном и Японией вырос на 12% и составил 4 млрд долларов."
    assert language([russian]) == "ru"
    danish = (
        "Eksporten til Japan steg med 12 procent, og ministeriet siger at det er godt for "
        "landet. Importen fra Kina blev ikke mindre, og handlen er til gavn for alle."
    )
    assert language([danish]) is None
    english = "The trade between Hungary and Poland rose, the ministry said, and the exports of "
    assert language([english * 3 + "és szerint hogy"]) is None


def test_kazakh_case_suffixes_on_names_and_amounts() -> None:
    assert gloss("Иранмен сауда", "kk") == "trade with Iran"
    assert gloss("АҚШ-қа экспорт 450 миллион долларға азайды.", "kk") == (
        "exports to United States fell by 450 million dollars."
    )
    assert gloss("Қаңтар-қыркүйек айларында Жапониядан импорт 1,3 миллиардқа жетті.", "kk") == (
        "in January-September imports from Japan reached 1.3 billion."
    )
    # the pair and the part of a year, in English order
    assert gloss(
        "Қазақстан мен Иран арасындағы сауда айналымы үшінші тоқсанда 3 есе өсті.", "kk"
    ) == ("trade turnover between Kazakhstan and Iran in the third quarter rose 3 times.")
    # near miss: a genitive name before a noun that is no flow stays a possessive
    assert gloss("Тәжікстанның өкілі", "kk") == "Tajikistan's өкілі"


def test_kazakh_figures_with_period_and_source() -> None:
    got = figures(" date 2032-03-01\n" + _KAZAKH)
    by_value = {r.value: r for r in got.itertuples()}
    level = by_value[612_000_000.0]
    assert (level.flow, level.reporter, level.partner, level.unit) == (
        "exports",
        "KAZ",
        "JPN",
        "USD",
    )
    assert (level.period_start, level.period_end) == (D(2031, 1, 1), D(2031, 6, 30))
    assert by_value[-14.2].measure == "pct_change"
    assert level.source_country == "KAZ"


def test_kazakh_goal_is_a_target() -> None:
    got = figures(
        " date 2032-03-01\nҚазақстан мен Жапония арасындағы тауар айналымын 2035 жылға дейін "
        "7 миллиард долларға жеткізу – екі елдің ортақ мақсаты, деді министр."
    )
    target = got[got.value == 7_000_000_000.0].iloc[0]
    assert (target.flow, target.status) == ("turnover", "target")


def test_hungarian_case_endings_on_names_and_amounts() -> None:
    assert gloss(
        "Szlovákiából származó import márciusban 1,3 milliárd euróra emelkedett.", "hu"
    ) == ("imports from Slovakia in March rose to 1.3 billion euros.")
    assert gloss("Az Ausztriába irányuló export 450 millió forinttal csökkent.", "hu") == (
        "the exports to Austria fell by 450 million forints."
    )
    assert gloss("Csehországgal folytatott kereskedelem", "hu") == "trade with Czechia"
    assert gloss("hétmilliárd eurót", "hu") == "7 billion euros"
    assert gloss("háromszorosára nőtt", "hu") == "grew 3 times"
    # near miss: a bare year before a verb is no amount ("2031-ben meghaladta": in 2031 exceeded)
    assert gloss("2031-ben meghaladta", "hu") == "in 2031 exceeded"


def test_hungarian_figures_with_period_and_source() -> None:
    got = rows(" date 2032-03-01\n" + _HUNGARIAN)
    assert got[612_000_000.0] == (
        "exports",
        "HUN",
        "POL",
        "level",
        "EUR",
        D(2031, 1, 1),
        D(2031, 6, 30),
    )
    assert got[-14.2][3] == "pct_change"
    out = figures(" date 2032-03-01\n" + _HUNGARIAN)
    assert set(out.source_country) == {"HUN"}


def test_hungarian_pair_quarter_and_multiple() -> None:
    got = rows(
        " date 2032-03-01\nA magyar–cseh kereskedelmi forgalom 2031 harmadik negyedévében "
        "háromszorosára nőtt."
    )
    assert got[3.0] == (
        "turnover",
        "HUN",
        "CZE",
        "multiple",
        "times",
        D(2031, 7, 1),
        D(2031, 9, 30),
    )


def test_hungarian_change_between_two_ends_and_a_recorded_year() -> None:
    # the year between a change's two ends is the later end's; "the previous year's" dates the
    # earlier one (made up: other amounts, years and verb than any page)
    assert gloss(
        "az export az előző évi 812 millió euróról 2030-ban 1,1 milliárd euróra emelkedett.", "hu"
    ) == ("the exports rose from 812 million euros in 2029 to 1.1 billion euros in 2030.")
    assert gloss("a 2027-ben mért 640 millió euróhoz képest", "hu") == (
        "compared with 640 million euros measured in 2027"
    )
    # near miss: a year after both ends stays where it is
    assert gloss("812 millió euróról 1,1 milliárd euróra nőtt 2030-ban", "hu") == (
        "grew from 812 million euros to 1.1 billion euros in 2030"
    )


def test_hungarian_article_before_an_amount_keeps_the_hedge_of_exceeded() -> None:
    got = figures(
        " date 2032-03-01\nA lengyel–magyar kétoldalú kereskedelem 2031-ben meghaladta a "
        "12 milliárd eurót."
    )
    row = got[got.value == 12_000_000_000.0].iloc[0]
    assert (row.flow, bool(row.approx)) == ("turnover", True)


def test_kazakh_spans_of_years_and_the_head_of_state() -> None:
    assert gloss("соңғы 5 жылда", "kk") == "in the last 5 years"
    assert gloss("20 жылдан астам", "kk") == "over 20 years"
    got = figures(
        " date 2032-03-01\nҚазақстан мен Жапония арасындағы тауар айналымы 2031 жылы 3,2 "
        "миллиард долларға жетті, деді Мемлекет басшысы."
    )
    row = got[got.value == 3_200_000_000.0].iloc[0]
    assert (row.flow, row.source_country) == ("turnover", "KAZ")


def test_period_phrases_of_both_languages() -> None:
    # made up: months, spans and ends of periods no batch-13 page writes
    assert gloss("a 2029 és 2031 közötti időszakban", "hu") == "between 2029 and 2031"
    assert gloss("szeptember végéig", "hu") == "by the end of September"
    assert gloss("az első negyedévben", "hu") == "in the first quarter"
    assert gloss("a tavalyi év azonos időszakához képest", "hu") == (
        "compared with the same period of last year"
    )
    assert gloss("2031 жылдың қаңтар-наурыз айларында", "kk") == "in January-March 2031"
    assert gloss("2029-2031 жылдары", "kk") == "in 2029-2031"
    assert gloss("2029 жылдан 2031 жылға дейін", "kk") == "from 2029 to 2031"
    # near miss: a month without its year stays a bare month
    assert gloss("желтоқсанда", "kk") == "in December"
