"""Round 59, field source_country: Arabic speech before its speaker, in forms the gloss missed.
Dev pages: a fronted adjunct before the verb ("وفي تصريح أدلى به لوكالة ...، أوضح ... أن": hq02
djazairess; "وفي حديث خص به ...، صرح ... أن": hq15 sauress), the unvocalized "وبين" (and
explained, read "and between": ic04 elaard, hq02), "وتابع المسؤول أن" (the official went on),
"ولفت إلى أن" (pointed out), "جهاز الإحصاء" (the statistics agency: ic04).

Built for the construction: any adjunct opened by in/on/during/at/within and closed by a comma
before any speech verb of the rule (said, stated, explained, confirmed, added, stressed,
pointed out, reported, announced, noted, revealed, showed); "بيّن" with its vowel sign, "بين"
before a subject and "أن"/"بأن".

Every sentence is made up, with forms no dev page uses ("وفي حديث للصحفيين، أكد",
"وبين وزير التجارة المغربي أن").
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> dict:
    out = figures(f" date 2031-02-01\nالتجارة\n\n{text}\n")
    return {(r["flow"], r["value"]): r["source_country"] for _, r in out.iterrows()}


def test_a_fronted_adjunct_before_the_speech_verb() -> None:
    text = (
        "وفي حديث للصحفيين، أكد سفير الأردن لدى العراق أن صادرات الأردن إلى العراق بلغت "
        "900 مليون دولار في عام 2030."
    )
    assert _sources(text) == {("exports", 900_000_000.0): "JOR"}


def test_unvocalized_explained_before_its_subject() -> None:
    text = (
        "وقالت وزارة الخارجية الجزائرية إن العلاقات جيدة.\n\n"
        "وبين وزير التجارة المغربي أن الواردات المغربية من تونس بلغت 120 مليون دولار في عام 2030."
    )
    assert _sources(text) == {("imports", 120_000_000.0): "MAR"}


def test_between_two_countries_stays_between() -> None:
    text = "بلغ حجم التبادل التجاري بين المغرب وتونس 420 مليون دولار في عام 2030."
    assert _sources(text) == {("turnover", 420_000_000.0): None}
