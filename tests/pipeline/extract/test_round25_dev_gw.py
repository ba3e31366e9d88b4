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
