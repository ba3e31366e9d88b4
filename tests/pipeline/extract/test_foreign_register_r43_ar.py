"""Round 43: the Arabic trade-news register as a vocabulary (``ar`` rows of
``lexicon/foreign_words.csv``, :mod:`pipeline.extract.arabic`, :mod:`~.arabic_verbs`).

Change and level verbs ("صعدت", "قفزت", "تضاعفت", "نمت", "هبطت", "تقلصت", "ناهزت", "فاقت"),
time words ("الشهر الماضي", "العام المنصرم", "حتى", "منذ بداية العام", "على أساس سنوي"), the
first N months in every order ("الثمانية أشهر الأولى", "الأحد عشر شهرا الأولى", "الشهور العشرة
الأولى"), the fiscal year, Maghreb quarters and halves ("الثلاثي الأول", "السداسي الأول"), flows
("التجارة البينية", "عائدات الصادرات"), sides ("الجانبين", "هذا الشريك"), hedges and targets.
Every sentence is made up; near misses keep a word unread where it is no time word.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

# the sentence a page opens with, so that it is read as Arabic
_LEAD = "وقالت الوزارة في بيان لها إن التعاون بين البلدين في مجال التجارة يشهد تطورا مستمرا."


def _rows(text: str, title: str = "مصر والأردن", date: str = "2031-02-10") -> set[tuple]:
    out = figures(f"date {date}\n{title}\n\n{_LEAD} {text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value, r.unit)
        for r in out.itertuples()
    }


# --- change and level verbs --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "value"),
    [
        ("صعدت", 12.5),
        ("قفزت", 12.5),
        ("نمت", 12.5),
        ("تزايدت", 12.5),
        ("هبطت", -12.5),
        ("تقلصت", -12.5),
        ("انكمشت", -12.5),
    ],
)
def test_a_change_verb_before_its_subject(verb: str, value: float) -> None:
    text = f"{verb} صادرات مصر إلى الأردن بنسبة 12.5% خلال عام 2030."
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", value, "percent")}


def test_a_change_verb_in_the_imperfect_after_its_subject() -> None:
    text = "وتوقع المسؤول أن صادرات مصر إلى الأردن تنمو بنسبة 7.5% خلال عام 2030."
    assert ("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 7.5, "percent") in _rows(text)


def test_doubled_reaching_a_level() -> None:
    text = "تضاعفت واردات الأردن من مصر خلال عام 2030 لتصل إلى 415 مليون دولار."
    assert _rows(text) == {
        ("imports", "JOR", "EGY", "2030-01-01", "2030-12-31", 2.0, "times"),
        ("imports", "JOR", "EGY", "2030-01-01", "2030-12-31", 415e6, "USD"),
    }


@pytest.mark.parametrize(
    ("verb", "english"),
    [("ناهزت", "reached nearly"), ("فاقت", "exceeded"), ("تخطت", "exceeded"), ("تفوق", "exceeds")],
)
def test_a_level_verb_before_its_subject(verb: str, english: str) -> None:
    # the amount alone was read before; the verb is now read and put after its subject
    text = f"{verb} صادرات مصر إلى الأردن 415 مليون دولار في 2030 بحسب الأرقام الرسمية."
    assert gloss(text, "ar").startswith(f"Egypt's exports to Jordan {english} 415 million")
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 415e6, "USD")}


def test_nearly_reached_is_an_approximate_level() -> None:
    out = figures(
        f"date 2031-02-10\nمصر والأردن\n\n{_LEAD} ناهزت صادرات مصر إلى الأردن 415 مليون دولار"
        " في 2030.\n"
    )
    assert list(out["approx"]) == [True]


def test_went_from_one_amount_to_another_compared_with() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار في 2030 مقارنة بـ380 مليون دولار في 2029."
    assert _rows(text) == {
        ("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 415e6, "USD"),
        ("exports", "EGY", "JOR", "2029-01-01", "2029-12-31", 380e6, "USD"),
    }
    assert gloss("ارتفعت الصادرات بـ12%", "ar") == "exports rose by 12%"


# --- time ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("months", "end"),
    [
        ("الثمانية أشهر الأولى", "2030-08-31"),
        ("الأحد عشر شهرا الأولى", "2030-11-30"),
        ("الشهور العشرة الأولى", "2030-10-31"),
        ("الاشهر السبعة الاولى", "2030-07-31"),
        ("أول خمسة أشهر", "2030-05-31"),
        ("الشهرين الأولين", "2030-02-28"),
    ],
)
def test_the_first_months_in_every_order(months: str, end: str) -> None:
    text = f"بلغ حجم التبادل التجاري بين مصر والأردن 415 مليون دولار خلال {months} من العام الماضي."
    assert _rows(text) == {("turnover", "EGY", "JOR", "2030-01-01", end, 415e6, "USD")}


def test_last_year_and_last_month_in_other_words() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار خلال العام المنصرم."
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 415e6, "USD")}
    text = "بلغت صادرات مصر إلى الأردن 41 مليون دولار خلال الشهر الماضي."
    assert _rows(text) == {("exports", "EGY", "JOR", "2031-01-01", "2031-01-31", 41e6, "USD")}
    assert gloss("في شهر أغسطس الماضي", "ar") == "in August last"


def test_since_the_beginning_of_the_year_until_a_month() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار منذ بداية العام الجاري حتى أغسطس."
    assert _rows(text, date="2030-10-15") == {
        ("exports", "EGY", "JOR", "2030-01-01", "2030-08-31", 415e6, "USD")
    }


def test_year_on_year_in_the_last_quarter() -> None:
    text = "تراجعت صادرات مصر إلى الأردن بنسبة 3.5% على أساس سنوي في الربع الأخير من العام الماضي."
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-10-01", "2030-12-31", -3.5, "percent")}


@pytest.mark.parametrize(
    ("part", "start", "end"),
    [
        ("الثلاثي الأول", "2030-01-01", "2030-03-31"),
        ("الثلاثي الثالث", "2030-07-01", "2030-09-30"),
        ("السداسي الأول", "2030-01-01", "2030-06-30"),
    ],
)
def test_maghreb_quarters_and_halves(part: str, start: str, end: str) -> None:
    text = f"بلغت صادرات تونس إلى الجزائر 415 مليون دولار خلال {part} من سنة 2030."
    assert _rows(text, "تونس والجزائر") == {("exports", "TUN", "DZA", start, end, 415e6, "USD")}


def test_the_fiscal_year() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار خلال العام المالي الماضي."
    assert _rows(text, date="2030-10-15") == {
        ("exports", "EGY", "JOR", "2029-07-01", "2030-06-30", 415e6, "USD")
    }
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار خلال السنة المالية 2030."
    assert _rows(text) == {("exports", "EGY", "JOR", "2029-07-01", "2030-06-30", 415e6, "USD")}


def test_the_period_from_a_month_until_a_month() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار في الفترة الممتدة من يناير حتى يوليو 2030."
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-07-31", 415e6, "USD")}


# --- flows and measures ------------------------------------------------------------------------


def test_bilateral_trade_jumped() -> None:
    text = "قفز حجم التجارة البينية بنسبة 22.5% خلال عام 2030 وفق البيانات الرسمية."
    assert _rows(text) == {("turnover", "EGY", "JOR", "2030-01-01", "2030-12-31", 22.5, "percent")}


def test_export_earnings_and_goods_exports() -> None:
    assert gloss("عائدات الصادرات المصرية إلى الأردن", "ar") == (
        "Egyptian export earnings to Jordan"
    )
    assert gloss("صادرات السلع والخدمات", "ar") == "goods exports and services"
    assert gloss("فاتورة الواردات", "ar") == "import bill"


# --- sides ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("side", ["بين الجانبين", "بين الطرفين", "مع هذا الشريك"])
def test_the_two_sides_and_this_partner(side: str) -> None:
    text = f"ارتفع حجم التبادل التجاري {side} بنسبة 9.5% على أساس سنوي خلال العام المنصرم."
    assert _rows(text) == {("turnover", "EGY", "JOR", "2030-01-01", "2030-12-31", 9.5, "percent")}


# --- hedges and targets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedge", "english"),
    [
        ("قرابة", "about"),
        ("ما يزيد على", "more than"),
        ("أزيد من", "more than"),
        ("أقل من", "less than"),
        ("ما يناهز", "nearly"),
    ],
)
def test_hedges_before_an_amount(hedge: str, english: str) -> None:
    assert gloss(f"{hedge} 415 مليون دولار", "ar") == f"{english} 415 million dollars"


def test_a_target_by_a_year() -> None:
    text = (
        "ويستهدف البلدان مضاعفة حجم التبادل التجاري بينهما ليصل إلى 5 مليارات دولار بحلول عام 2035."
    )
    got = _rows(text)
    assert ("turnover", "EGY", "JOR", "None", "2035-12-31", 5e9, "USD") in got


# --- near misses ---------------------------------------------------------------------------------


def test_words_that_are_no_time_words_stay() -> None:
    # "في الماضي" (in the past), "الوزير السابق" (the former minister): no last year
    assert gloss("في الماضي", "ar") == "in the past"
    assert "year" not in gloss("قال الوزير السابق إن الصادرات ارتفعت", "ar")
    # the current account is no "current" period, its deficit no trade deficit
    assert gloss("عجز الحساب الجاري", "ar") == "current account deficit"
    # "لعام 2030" is for a year, not "to" it (a range's end)
    assert gloss("موازنة لعام 2030", "ar").endswith("for 2030")
    # "أشهر الأولى" without a count stays as it was
    assert gloss("خلال أشهر الأولى", "ar") == "during first months"


def test_a_former_minister_makes_no_previous_period() -> None:
    text = "وقال الوزير السابق إن صادرات مصر إلى الأردن بلغت 415 مليون دولار في عام 2030."
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 415e6, "USD")}


# --- round 43, third part: Egyptian spelling, ranges, respective lists ----------------------------


def test_a_range_of_months_each_called_last() -> None:
    # "من يناير الماضي حتى يوليو الماضي": English says "last" once, after the range's end
    text = "بلغت واردات مصر من الأردن 415 مليون دولار من يناير الماضي حتى يوليو الماضي."
    assert _rows(text, date="2030-09-10") == {
        ("imports", "EGY", "JOR", "2030-01-01", "2030-07-31", 415e6, "USD")
    }


def test_the_egyptian_final_ya_of_last_year() -> None:
    text = "بلغت صادرات مصر إلى الأردن 415 مليون دولار خلال العام الماضى."
    assert _rows(text, date="2030-09-10") == {
        ("exports", "EGY", "JOR", "2029-01-01", "2029-12-31", 415e6, "USD")
    }


def test_two_years_respectively() -> None:
    text = (
        "بلغت صادرات مصر إلى الأردن 415 مليون دولار و380 مليون دولار في العامين 2028 و2029 على"
        " التوالي."
    )
    assert _rows(text) == {
        ("exports", "EGY", "JOR", "2028-01-01", "2028-12-31", 415e6, "USD"),
        ("exports", "EGY", "JOR", "2029-01-01", "2029-12-31", 380e6, "USD"),
    }


def test_an_increase_of_and_while() -> None:
    assert gloss("بزيادة قدرها 15.5%", "ar") == "up by 15.5%"
    assert gloss("بانخفاض نسبته 4%", "ar") == "down by 4%"
    assert gloss("في حين كانت 380 مليون دولار", "ar") == "while was 380 million dollars"


def test_while_a_verb_before_its_subject_for_the_same_period() -> None:
    text = (
        "بلغت صادرات مصر إلى الأردن 415 مليون دولار خلال كانون الاول الماضي، في حين بلغت"
        " الواردات من الأردن 380 مليون دولار لذات الفترة."
    )
    assert gloss("في حين بلغت الواردات 380 مليون دولار لذات الفترة", "ar") == (
        "while imports reached 380 million dollars for the same period"
    )
    assert _rows(text) == {
        ("exports", "EGY", "JOR", "2030-12-01", "2030-12-31", 415e6, "USD"),
        ("imports", "EGY", "JOR", "2030-12-01", "2030-12-31", 380e6, "USD"),
    }


def test_an_adverb_between_the_moved_subject_and_its_rate() -> None:
    text = "ارتفعت صادرات مصر إلى الأردن بشكل ملحوظ بنسبة 12.5% خلال عام 2030."
    assert gloss(text, "ar").startswith("Egypt's exports to Jordan rose markedly by 12.5%")
    assert _rows(text) == {("exports", "EGY", "JOR", "2030-01-01", "2030-12-31", 12.5, "percent")}
    # near miss: "بشكل" (in a way) is no "شكل" (accounted for)
    assert "accounted" not in gloss("ارتفعت الصادرات بشكل تدريجي", "ar")


@pytest.mark.parametrize("months", ["الأشهر الـ10 الأولى", "الشهور الـ 10 الأولى"])
def test_the_first_months_with_a_digit_count_after_the_noun(months: str) -> None:
    text = f"بلغ حجم التبادل التجاري بين مصر والأردن 415 مليون دولار خلال {months} من العام الماضي."
    assert _rows(text) == {("turnover", "EGY", "JOR", "2030-01-01", "2030-10-31", 415e6, "USD")}
