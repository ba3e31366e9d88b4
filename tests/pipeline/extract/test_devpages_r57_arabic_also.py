"""Round 57, kind: an Arabic verb-first clause after "كما" (also, moreover) kept its verb before
its subject. Dev pages: "كما نمت الصادرات المغربية بنسبة 36٪" (hw08 yabiladi: the rate unread),
"كما ارتفع التبادل التجاري بين البلدين إلى 147 مليون دولار" (ic13 msr2030).

Built for the language: "كما" opens a clause as "and", "then" and "while" do, so the verb after
it goes after its subject (``arabic._VERB_FIRST``), for every verb and flow that rule knows.

Every sentence is made up, with forms no dev page uses (تراجعت, سجلت, Qatari imports, Sudan).
"""

from __future__ import annotations

import re

from pipeline.extract.foreign import gloss


def test_the_verb_after_its_subject() -> None:
    got = gloss("كما تراجعت الواردات القطرية من السودان بنسبة 12%.", "ar")
    assert re.search(r"Qatari imports from Sudan (?:declined|fell) by 12%", got)
    got = gloss("كما سجلت الصادرات التونسية إلى قطر 40 مليون دولار.", "ar")
    assert "Tunisian exports to Qatar recorded 40 million dollars" in got


def test_near_miss_kama_as_as() -> None:
    # "كما" before no verb ("as", "like") is left as it is
    got = gloss("كما هو الحال في الصادرات التونسية", "ar")
    assert "Tunisian exports" in got
