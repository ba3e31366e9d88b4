"""Round 55, kind: a speech verb before its speaker (verb-subject order, Arabic "وأوضح الوزير أن
...", "وصرح سفير ... بأن", "شدد سفير ... على أن", "أفاد ... بأن": explained/stated/stressed/reported
the minister that ...). The speaker is the words between the verb and the complementizer
"أن"/"بأن" ("that"); the speech verbs صرح, أوضح, ذكر, أكد, أضاف, شدد, أشار, أفاد are glossed in
every form (``arabic_verbs``), the complementizer after them is "that" (``arabic.reorder``), and
``attribution._speech_first`` reads the speaker: a state official's country is the source, a
chamber of commerce ("الغرفة التجارية") is none, a phrase opening with a preposition ("بمناسبة
زيارة ...": on the occasion of the visit of ...) is no speaker. Dev pages: hq15 (sauress), hq02
and ig13 (djazairess), ig02 (marsalqatar), hk15 (atlp), hn15 (ltv), hq10 (mugtama), ic07 (alaraby):
eight pages, seven outlets. Made-up sentences (other pairs, other figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_explained_the_attache_at_an_embassy_that() -> None:
    got = _sources(
        "date 2029-03-01\nالمغرب والأردن\n\nوأوضح كريم العلوي، الملحق التجاري بالسفارة المغربية "
        "في عمان، في تصريح صحفي، أن الصادرات المغربية إلى الأردن بلغت 320 مليون دولار خلال 2028."
    )
    assert got[320_000_000.0] == "MAR"


def test_stressed_the_ambassador_of_a_country_that() -> None:
    got = _sources(
        "date 2029-03-01\nتونس والسودان\n\nشدد سفير تونس لدى السودان سامي الحداد على أن التبادل "
        "التجاري بين البلدين بلغ 75 مليون دولار في 2028."
    )
    assert got[75_000_000.0] == "TUN"


def test_stated_the_chamber_head_that_is_no_authority() -> None:
    got = _sources(
        "date 2029-03-01\nعمان والكويت\n\nوصرح رئيس الغرفة التجارية العمانية بأن التبادل "
        "التجاري بين عمان والكويت بلغ 940 مليون دولار خلال 2028."
    )
    assert got[940_000_000.0] is None


def test_near_miss_said_on_the_occasion_of_a_visit_names_no_speaker() -> None:
    # the subject is left unsaid (he): the phrase after the verb is a preposition's, and the
    # country in it (the visiting ruler's) is no source
    got = _sources(
        "date 2029-03-01\nالكويت والبحرين\n\nوقال بمناسبة زيارة أمير الكويت إلى البحرين، إن "
        "التبادل التجاري بين البلدين بلغ 610 مليون دولار في 2028."
    )
    assert got[610_000_000.0] is None
