"""Arabic verb and noun forms generated from the ``ar`` rows' one form
(:mod:`pipeline.extract.arabic_verbs`): perfect and imperfect in every third person, "ل" + the
imperfect as the result of a change ("reaching"), the article and possessive endings on flow
nouns. Sentences are made up (real countries, made-up numbers and years); near misses: the
form I "صدر" (issued) is no export, and a row's own form keeps its own gloss.
"""

import datetime as dt

from pipeline.extract.arabic_verbs import arabic_forms
from pipeline.extract.foreign import gloss
from pipeline.lexicon import foreign_words
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def _ar_rows() -> dict[str, str]:
    return {p: e for lang, p, e in foreign_words() if lang == "ar"}


def test_forms_follow_the_verb_patterns() -> None:
    forms = dict(arabic_forms(_ar_rows()))
    # VIII, VII, X drop their alif in the imperfect; V and VI keep their "ت"; I keeps its root
    assert forms["يرتفع"] == "rises"
    assert forms["ترتفعان"] == "rise"
    assert forms["ارتفعا"] == "rose"
    assert forms["تنخفض"] == "falls"
    assert forms["يستورد"] == "imports"
    assert forms["تتراجع"] == "falls"
    assert forms["يبلغ"] == "reaches"
    # assimilated "وصل" -> "يصل"; hollow "زاد" -> "يزيد"
    assert forms["تصل"] == "reaches"
    assert forms["تزيد"] == "increases"
    assert forms["لتصل"] == "reaching"
    # nouns: the article on a masdar, possessives on the flow plurals
    assert forms["الارتفاع"] == "rise"
    assert forms["صادراتها"] == "exports"
    assert forms["زيادتها"] == "increase"
    # the indefinite accusative of a masdar: "سجلت ارتفاعا" (recorded a rise)
    assert forms["ارتفاعا"] == "rise" and forms["انخفاضاً"] == "decline"
    assert "زيادةا" not in forms  # near miss: a feminine masdar takes no alif
    # near misses: "صدر" is also "issued"; a row keeps its own gloss
    assert "صدر" not in forms and "يصدر" not in forms
    assert "تراجع" not in forms and "ليبلغ" not in forms


def test_gloss_of_generated_forms() -> None:
    assert gloss("وترتفع صادرات مصر", "ar") == "and rises Egypt's exports"
    assert gloss("وتبلغ وارداتها", "ar") == "and reaches imports"
    # near miss: a report "صدر عن" a ministry exports nothing
    assert "exported" not in gloss("تقرير صدر عن الوزارة", "ar")


def test_result_of_a_change_is_actual_level() -> None:
    got = rows(
        "وارتفعت صادرات مصر إلى إيطاليا خلال عام 2031 لتصل إلى 3.4 مليار دولار مقارنة مع "
        "2.9 مليار دولار في عام 2030."
    )
    assert got[3.4e9] == ("exports", "EGY", "ITA", "level", "USD", D(2031, 1, 1), D(2031, 12, 31))
    assert got[2.9e9] == ("exports", "EGY", "ITA", "level", "USD", D(2030, 1, 1), D(2030, 12, 31))
    got = rows("وانخفضت واردات مصر من الهند في عام 2032 لتصل إلى 1.8 مليار دولار.")
    assert got[1.8e9] == ("imports", "EGY", "IND", "level", "USD", D(2032, 1, 1), D(2032, 12, 31))
    # "لتصل" read as "reaching": the result of the rise, a figure of the year, no target
    out = figures("ارتفعت صادرات الأردن إلى العراق في عام 2031 لتصل إلى 740 مليون دينار.")
    assert out[["value", "status"]].values.tolist() == [[740e6, "actual"]]


def test_verb_before_its_subject() -> None:
    assert gloss("وسجلت الصادرات المغربية إلى إسبانيا 7.2 مليار يورو", "ar") == (
        "and Moroccan exports to Spain recorded 7.2 billion euros"
    )
    assert gloss("وتراجعت صادرات تونس إلى فرنسا بنسبة 4%", "ar") == (
        "and Tunisia's exports to France fell by 4%"
    )
    got = rows(
        "وسجلت الصادرات المغربية إلى إسبانيا 6.3 مليار يورو خلال النصف الأول من عام 2033. "
        "وقالت وزارة التجارة المغربية إن الصادرات إلى إسبانيا ارتفعت."
    )
    assert got[6.3e9] == ("exports", "MAR", "ESP", "level", "EUR", D(2033, 1, 1), D(2033, 6, 30))
    # near misses: no amount after the flow, or no flow after the verb: the order stays
    assert gloss("وارتفعت الصادرات والواردات", "ar") == "and rose exports and imports"
    assert gloss("وارتفعت أسعار النفط بنسبة 5%", "ar").startswith("and rose")
