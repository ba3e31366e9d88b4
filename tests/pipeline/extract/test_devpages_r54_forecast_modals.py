"""Round 54, a forecast or wish on a glossed page read as an actual level (made-up sentences,
made-up figures, other pairs).

Kind: a modal, forecast or wish word of the page's language that the gloss left unread, so the
English status rules saw a bare level and wrote it ``actual`` (NOTES: "could reach", "is
projected to" → target). The gloss tables now read the general words: Vietnamese "có khả năng"
(could) with "vượt mốc / vượt ngưỡng" (exceed), Indonesian modal + verb "bisa/dapat/akan
melebihi|menembus" (as "bisa mencapai" already was) and "(ber)sepakat menaikkan/meningkatkan"
(agreed to raise), Arabic "رجح / يرجح" (expected) with "أن تتجاوز" (to exceed), Polish
"chce / chcą" (wants); the wish with the amount as its object ("wants $2bn in trade with B") is
a target in ``status._WANT_OBJECT``. Dev pages: ii09 (sggp, vi), hp14 (detik, id), hv06
(bisnis, id), ig02 (marsalqatar, ar), hq15 (sauress, ar), hx02 (wp, pl).
Near misses: a past level beside the forecast stays actual; "wanted exports of $X" stays actual.
"""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _status(text: str) -> dict[float, str]:
    return {r.value: r.status for r in figures(text).itertuples()}


def test_vietnamese_could_exceed() -> None:
    got = _status(
        "date 2031-02-01\nThương mại Thái Lan - Campuchia\n\n"
        "Năm 2030, kim ngạch thương mại song phương giữa Thái Lan và Campuchia đạt 9 tỷ USD. "
        "Năm 2031, kim ngạch thương mại giữa Thái Lan và Campuchia có khả năng tiếp tục vượt "
        "mốc 12 tỷ USD."
    )
    assert got[12_000_000_000.0] == "target"
    assert got[9_000_000_000.0] == "actual"  # near miss: the past level


def test_vietnamese_gloss_words() -> None:
    assert "could" in gloss("có khả năng vượt ngưỡng 5 tỷ USD", "vi")
    assert "exceed 5 billion" in gloss("có khả năng vượt ngưỡng 5 tỷ USD", "vi")


def test_indonesian_modal_and_agreement() -> None:
    got = _status(
        "date 2031-02-01\nPerdagangan Malaysia dan Fiji\n\n"
        "Menteri Perdagangan mengatakan perdagangan Malaysia dan Fiji pada 2031 bisa melebihi "
        "US$ 3 miliar, sedangkan pada 2030 perdagangan kedua negara mencapai US$ 2,1 miliar."
    )
    assert got[3_000_000_000.0] == "target"
    assert got[2_100_000_000.0] == "actual"  # near miss
    assert "agreed to raise" in gloss("Malaysia dan Fiji bersepakat menaikkan perdagangan", "id")


def test_arabic_expected_to_exceed() -> None:
    got = _status(
        "date 2031-02-01\nHandel\n\n"
        "وبعدما بلغ حجم التجارة بين المغرب وتونس 1.2 مليار دولار عام 2030، رجح الوزير أن "
        "يتجاوز 2 مليار دولار في 2031."
    )
    assert got[2_000_000_000.0] == "target"
    assert got[1_200_000_000.0] == "actual"  # near miss: the past level
    got = _status(
        "date 2031-02-01\nHandel\n\n"
        "وقال الوزير إن حجم التبادل التجاري بين المغرب وتونس بلغ 1.4 مليار دولار عام 2030، "
        "ويرجح أن يتجاوز 3 مليارات دولار في 2031."
    )
    assert got[3_000_000_000.0] == "target"


def test_wish_with_the_amount_as_object() -> None:
    got = _status("date 2031-02-01\nTrade\n\nChile wants $4 billion in trade with Vietnam.")
    assert got[4_000_000_000.0] == "target"
    got = _status(
        "date 2031-02-01\nHandel\n\nPrezydent Chile chce 2 miliardów dolarów w handlu z "
        "Wietnamem\n\nPrezydent Chile ma nadzieję, że wartość wymiany handlowej z Wietnamem wzrośnie. W 2030 "
        "roku obroty handlowe Chile z Wietnamem wyniosły 900 mln dolarów."
    )
    assert got[2_000_000_000.0] == "target"
    assert got[900_000_000.0] == "actual"
    # near miss: the wish's object is no amount
    got = _status("date 2031-02-01\nTrade\n\nChile wanted exports to Vietnam of $4 billion.")
    assert got[4_000_000_000.0] == "actual"
