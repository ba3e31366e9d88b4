"""Arabic pages read through the English rules, like Spanish, French, Portuguese, German and
Russian ones (``pipeline.extract.foreign`` with ``pipeline.extract.arabic``, ``ar`` rows of
``lexicon/foreign_words.csv``).

Every sentence here is made up, in the styles Arabic outlets write trade figures in: a ministry's
"حجم التبادل التجاري بين ... بلغ 640 مليون دولار", Egyptian copy's "3 مليار و125 مليون يورو",
Arabic-Indic digits "٤٥٫٦", the Levant month names "كانون الثاني" beside the Egyptian "يناير",
clitics written onto names ("ومصر", "للمغرب") and the owner after its flow ("صادرات مصر").
Near misses: an English page quoting an Arabic word stays English; "نحو" before an amount is
"about", not a direction; an adjective after a flow is no owner.
"""

import datetime as dt

from pipeline.extract.foreign import gloss, language
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_language_of_an_arabic_page() -> None:
    assert (
        language(
            [
                "قال الوزير إن حجم التبادل التجاري بين البلدين ارتفع في العام الماضي إلى 3 مليارات "
                "دولار، مع توقعات بزيادة الصادرات من مصر على المدى القريب."
            ]
        )
        == "ar"
    )
    # near miss: an English page quoting one Arabic word stays English
    assert (
        language(
            [
                "The minister said the trade with Jordan, known as التبادل in the ministry's "
                "releases, rose to $2bn in 2031 and is expected to grow with new routes."
            ]
        )
        is None
    )


def test_arabic_digits_scales_and_currencies() -> None:
    assert gloss("٤٥٫٦ مليار دولار", "ar") == "45.6 billion dollars"
    assert gloss("١٬٢٥٠ مليون يورو", "ar") == "1,250 million euros"
    assert gloss("بنسبة ١٢٫٥٪", "ar") == "by 12.5%"
    # a point on an Arabic page is a decimal point, never a thousands dot
    assert gloss("1.375 مليار جنيه", "ar") == "1.375 billion Egyptian pounds"
    # Egyptian copy: billions and millions joined by "و"
    assert gloss("3 مليار و125 مليون يورو", "ar") == "3,125 million euros"
    assert gloss("بنحو 640مليون درهم", "ar") == "about 640 million dirhams"


def test_arabic_clitics_months_and_years() -> None:
    assert gloss("بين الأردن ومصر", "ar") == "between Jordan and Egypt"
    assert gloss("صادرات تونس للمغرب", "ar") == "Tunisia's exports to Morocco"
    assert gloss("في كانون الثاني", "ar") == "in January"
    assert gloss("في يناير", "ar") == "in January"
    assert gloss("خلال عام 2031", "ar") == "during 2031"
    assert gloss("خلال النصف الأول من العام الجاري", "ar") == "during the first half of this year"
    # near miss: "نحو" before a country is a direction, before an amount "about"
    assert gloss("نحو 5 مليارات", "ar") == "about 5 billion"
    assert gloss("الصادرات نحو إيطاليا", "ar") == "exports to Italy"


def test_arabic_owner_after_flow_and_demonym_after_noun() -> None:
    assert gloss("صادرات مصر إلى الأردن", "ar") == "Egypt's exports to Jordan"
    assert gloss("واردات تركيا من الصين", "ar") == "Turkey's imports from China"
    # near miss: an adjective after the flow is a demonym, no owner
    assert gloss("الصادرات الأردنية إلى مصر", "ar") == "Jordanian exports to Egypt"
    # two adjectives: owner, then partner; the trade is between both
    assert gloss("الواردات التونسية الإيطالية", "ar") == "Tunisian imports from Italy"
    assert gloss("المبادلات التجارية السورية اللبنانية", "ar") == (
        "trade turnover between Syria and Lebanon"
    )


def test_arabic_turnover_with_its_change_in_the_first_half() -> None:
    got = rows(
        "date 2031-08-14\nوقالت الوزارة إن حجم التبادل التجاري بين مصر وإيطاليا ارتفع خلال النصف "
        "الأول من عام 2031 بنسبة 11.5% ليبلغ 4 مليار و215 مليون يورو. وأضافت أن الجانبين "
        "اتفقا على مضاعفة الاستثمارات في قطاع الطاقة."
    )
    level = got[4_215_000_000.0]
    assert (level[0], {level[1], level[2]}, level[3:5]) == (
        "turnover",
        {"EGY", "ITA"},
        ("level", "EUR"),
    )
    assert level[5:] == (D(2031, 1, 1), D(2031, 6, 30))
    assert got[11.5][:4] == ("turnover", *level[1:3], "pct_change")


def test_arabic_exports_with_owner_after_the_flow() -> None:
    got = rows(
        "date 2031-03-02\nوأوضحت البيانات أن صادرات الأردن إلى العراق بلغت ٨٧٫٤ مليون دينار في "
        "عام 2030، في حين بلغت الواردات من العراق 21 مليون دينار، وفق غرفة التجارة."
    )
    assert got[87_400_000.0] == (
        "exports",
        "JOR",
        "IRQ",
        "level",
        "JOD",
        D(2030, 1, 1),
        D(2030, 12, 31),
    )


def test_arabic_iranian_year_and_the_part_of_a_year_it_opens() -> None:
    assert gloss("في الأشهر الثلاثة الأولى من العام الإيراني الحالي", "ar") == (
        "in the first three months of the current Iranian year"
    )
    # near miss: "من" before a country stays "from"
    assert gloss("الواردات من أرمينيا", "ar") == "imports from Armenia"
    got = rows(
        "date 2031-05-02\nوقال المسؤول إن إيران صدرت أكثر من 360 مليون دولار من السلع إلى أرمينيا في "
        "العام الإيراني السابق 1409، في حين بلغت الواردات من أرمينيا 38 مليون دولار."
    )
    assert got[360_000_000.0][:3] == ("exports", "IRN", "ARM")
    assert got[360_000_000.0][5:] == (D(2030, 3, 21), D(2031, 3, 20))


# --- who states the figure: the same attribution policy as any page ---------------------------


def _sources(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()}


def test_arabic_attribution_to_a_ministry_names_the_source_country() -> None:
    # "according to the data of the Ministry of Trade" before or after the figure: an unnamed
    # national body is the reporter's, as on English pages
    figure = "ارتفعت صادرات الأردن إلى العراق إلى 512 مليون دولار في عام 2030"
    for text in (
        f"وفقاً لبيانات وزارة التجارة، {figure}.",
        f"{figure}، وفق وزارة التجارة.",
        f"{figure}، بحسب أرقام صادرة عن الجمارك.",
    ):
        got = _sources(f"date 2031-03-01\n{text}")
        assert ("JOR", "IRQ", 512e6, "JOR") in got, (text, got)


def test_near_miss_an_unattributed_arabic_figure_has_no_source_country() -> None:
    text = (
        "date 2031-03-01\nارتفعت صادرات الأردن إلى العراق إلى 512 مليون دولار في عام 2030، في "
        "ظل تحسن حركة الشحن."
    )
    assert _sources(text) == {("JOR", "IRQ", 512e6, None)}


# --- an undated Arabic paragraph: one sentence per stop, so each relative year stands alone ---


def test_arabic_paragraph_splits_so_last_year_and_its_base_fix_the_year() -> None:
    # a paragraph on one line: "this year" in the first sentence, "last year ... compared with
    # 2029" (a base with its own amount) in the second; read as one sentence the two relative
    # years hid the base, and the page stayed undated
    got = rows(
        "ارتفعت صادرات مصر إلى تونس بنسبة 9% في الثلث الأول من العام الحالي لتصل إلى 140 مليون "
        "دولار. وعلى المستوى السنوي، ارتفعت صادرات مصر إلى تونس 12% خلال العام الماضي لتصل إلى "
        "410 مليون دولار مقارنة مع 366 مليون دولار خلال عام 2029. واستورد مصر من تونس خلال العام "
        "الماضي بقيمة 95 مليون دولار."
    )
    # "the first third of the year" is its first four months
    assert got[140_000_000.0][5:] == (D(2031, 1, 1), D(2031, 4, 30))
    assert got[410_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))
    assert got[366_000_000.0][5:] == (D(2029, 1, 1), D(2029, 12, 31))
    # "واستورد" (and he imported): the masculine verb is a flow word as the feminine one is
    assert got[95_000_000.0][:3] == ("imports", "EGY", "TUN")
    assert got[95_000_000.0][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_near_miss_an_arabic_paragraph_without_a_named_year_stays_undated() -> None:
    # the same paragraph with the base named only as "the year before": nothing fixes the year
    got = rows(
        "ارتفعت صادرات مصر إلى تونس بنسبة 9% في الثلث الأول من العام الحالي لتصل إلى 140 مليون "
        "دولار. وعلى المستوى السنوي، ارتفعت صادرات مصر إلى تونس 12% خلال العام الماضي لتصل إلى "
        "410 مليون دولار مقارنة مع 366 مليون دولار في العام السابق."
    )
    assert got[140_000_000.0][5:] == (None, None)
    assert got[410_000_000.0][5:] == (None, None)


def test_verb_first_with_a_time_phrase_before_the_change() -> None:
    # "ارتفعت قيمة الصادرات <demonym> إلى <B> خلال الأشهر التسعة الأولى من العام الجاري بنسبة N%
    # لتصل إلى X": the verb, the exports' value, a time phrase, then the change and the level
    got = rows(
        "date 2031-11-10\nارتفعت قيمة الصادرات الإماراتية إلى الهند خلال الأشهر التسعة الأولى "
        "من العام الجاري بنسبة 14% لتصل إلى 61 مليار درهم، وفقا للهيئة الاتحادية."
    )
    nine_months = (dt.date(2031, 1, 1), dt.date(2031, 9, 30))
    assert got[14.0] == ("exports", "ARE", "IND", "pct_change", "percent", *nine_months)
    assert got[61_000_000_000.0] == ("exports", "ARE", "IND", "level", "AED", *nine_months)
