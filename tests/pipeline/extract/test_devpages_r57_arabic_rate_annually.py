"""Round 57, kind: an Arabic rate followed by "سنوياً" (annually) was read as no change. Dev page:
"وسجلت الصادرات الهندية إلى الكويت 2.1 مليار دولار، بارتفاع نسبته 34.78 في المئة سنوياً" (hw12
fekera: "34.78 percent annually").

Built for the language: after a rate, the adverb "سنويا"/"سنوياً" is the change on the year before,
"year-on-year", as the row "على أساس سنوي" glosses it; after an amount it stays "annually", a
rate per year (``arabic._RATE_ANNUALLY``).

Every sentence is made up, with forms no dev page uses (a fall, "%", Qatar, Morocco).
"""

from __future__ import annotations

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def test_a_rate_annually_is_year_on_year() -> None:
    text = "وتراجعت الصادرات القطرية إلى المغرب في 2030 بنسبة 9% سنويا."
    out = figures(f" date 2031-03-01\nTrade\n\n{text}\n")
    got = [(r["flow"], r["measure"], float(r["value"])) for r in out.to_dict("records")]
    assert ("exports", "pct_change", -9.0) in got


def test_near_miss_an_amount_annually() -> None:
    got = gloss("وتستهدف قطر رفع صادراتها إلى المغرب إلى 500 مليون دولار سنويا.", "ar")
    assert "500 million dollars annually" in got
