"""Round 25, kinds seen on the `gw` pages (dev), with made-up Arabic: compound amounts with no
count before the singular "ملياراً" (a billion and 402 million) or in millions and thousands
("916 مليوناً و800 ألف"), and "من دون احتساب" (excluding) before a sector, which is then no
scope of the figure."""

from pipeline.extract.arabic import prepare
from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def test_arabic_compound_amounts() -> None:
    assert prepare("ملياراً و215 مليون دولار") == "1,215 مليون دولار"
    assert prepare("734 مليوناً و600 ألف دولار") == "734.600 مليون دولار"
    # near miss: a count before the billion keeps it
    assert prepare("3 مليارات و215 مليون دولار") == "3,215 مليون دولار"


def test_arabic_excluding_a_sector() -> None:
    assert gloss("من دون احتساب قطاع الطاقة", "ar").startswith("excluding")
    out = figures(
        "date 2032-02-01\nارتفع حجم التبادل التجاري بين الأردن وروسيا، من دون احتساب قطاع "
        "الطاقة، إلى 1.7 مليار دولار خلال عام 2031، وفق ما أعلنته وزارة الصناعة والتجارة.\n"
    )
    assert list(zip(out.scope, out.value, strict=True)) == [("total", 1.7e9)], out.to_string()


def test_arabic_value_of_what_was_exported_and_a_comparison_opening() -> None:
    out = figures(
        "date 2032-06-01\nووفقا لبيانات الهيئة العامة للإحصاء وصلت قيمة ما صدرته السعودية إلى "
        "إيطاليا في الربع الأول من 2032 إلى نحو 5.2 مليار ريال، مقابل واردات بقيمة 3.1 مليار ريال.\n"
        "ومقارنة بالربع الأول من 2031، كانت الصادرات السعودية إلى إيطاليا قد سجلت 4.6 مليار ريال "
        "مقابل واردات قيمتها 2.9 مليار ريال.\n"
    )
    got = {(r.flow, r.reporter, r.partner, r.value, r.period_start.year) for r in out.itertuples()}
    assert ("exports", "SAU", "ITA", 5.2e9, 2032) in got, out.to_string()
    # (the 4.6bn export level of that sentence is not read here: left, see round 25's results)
    assert ("imports", "SAU", "ITA", 2.9e9, 2031) in got, out.to_string()
