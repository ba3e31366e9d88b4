"""Round 59, South Asian pages (batch jf: Hindi, Urdu, Bengali, Nepali, Gujarati; and the older
dev pages in these languages). Kinds, each built for all five languages or for a language whole:

- fraction words (jf07 "ڈیڑھ ارب", jf10 "প্রায় সাড়ে ৭ বিলিয়ন"): one and a half, two and a
  half, N and a half, N and a quarter, a quarter less than N as digits before a scale, a currency
  or a percent word (:mod:`pipeline.extract.south_asian_numbers`, ``lexicon/fraction_words.csv``);
- an Indian-system amount in several scales as one number (jf13 "१० अर्व ४२ करोड", jf14 "१ खर्ब ४७
  अर्ब ७४ करोड ६० लाख ६६ हजार", jf08 "10کروڑ 35لاکھ", jf11 "৯৬৫ কোটি ৫৮ লাখ"): none of its parts
  read as an amount of its own;
- a span of two years with the languages' postpositions (jf06 "سال 2000 سے لے کر2015", jf11
  "১৯৭৭ থেকে ২০১৫ সাল পর্যন্ত"): "from Y1 to Y2" (:mod:`pipeline.extract.south_asian_spans`);
- a flow's source and destination before it (jf08 "پاکستان سے افغانستان کیلئے برآمدات", jf15
  "ભારતથી યુએસમાં થતી નિકાસ", "ભારતે યુએસથી કરેલી આયાત"), "for"/"towards" before a flow (jf04 "चीन के
  प्रति ... निर्यात/आयात"): :func:`pipeline.extract.urdu.reorder`;
- Gujarati (jf15, ii12): scales, the change verbs with their auxiliaries, "X પર હતી" (stood at),
  the previous year, sources, pronouns, the ergative of a name;
- Nepali (jf13, jf14, ii07): va/ba spellings ("बर्ष", "अर्व"), the first N months, change,
  import and export verbs ("भित्रिएको", "पठाएको"), product words;
- Bengali (jf09, jf10, jf11, jf12): a fiscal year joined to its year by a hyphen, the clitics
  -ও/-ই, a money's goods, a rate against its standard ("তুলনায় যা N শতাংশ বেশি").

Made-up sentences with forms no dev page uses: "ساڑھے تین", "سوا 8", "पौने 6", "আড়াই",
"દોઢ અબજ", "२ खर्ब ३ अर्ब ५ करोड २० लाख", "2 ارب 15 کروڑ 40 لاکھ", "से लेकर ... तक" (Hindi),
"કરેલી આયાત ... સુધી ઘટી હતી", "کے لیے", "भारत के प्रति बांग्लादेश का", "রপ্তানিও", "थी ... નિકાસ ... પર
હતી", "आर्थिक वर्ष २०८७/८८ मा ... ५ अर्व ३० करोड".
"""

from __future__ import annotations

import pytest

from pipeline.extract import bengali, nepali
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-07-01") -> list[tuple]:
    out = figures(f" date {date}\n" + text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 3), str(r.period_start))
        for r in out.itertuples()
    ]


def _values(text: str) -> set[float]:
    return {row[4] for row in _rows(text)}


_HINDI = (
    "नई दिल्ली: वर्ष 2030 में भारत और नेपाल के बीच व्यापार सवा 8 अरब डॉलर रहा। भारत का नेपाल को निर्यात"
    " पौने 6 अरब डॉलर रहा।"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "اسلام آباد: رواں مالی سال کے پہلے 6 ماہ میں پاکستان کی چین کو برآمدات ساڑھے تین ارب"
            " ڈالر رہیں۔",
            3.5e9,
        ),
        (_HINDI, 8.25e9),
        (_HINDI, 5.75e9),
        ("ঢাকা: ২০৩০ সালে বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য আড়াই বিলিয়ন ডলারে দাঁড়িয়েছে।", 2.5e9),
        (
            "અમદાવાદ: વર્ષ 2030માં ભારત અને જાપાન વચ્ચેનો દ્વિપક્ષીય વેપાર દોઢ અબજ ડોલર નોંધાયો હતો.",
            1.5e9,
        ),
    ],
)
def test_fraction_words_read(text: str, value: float) -> None:
    assert value in _values(text)


def test_scale_chains_read_whole() -> None:
    assert _values(
        "اسلام آباد: گزشتہ مالی سال پاکستان اور ایران کے درمیان تجارت کا حجم 2 ارب 15 کروڑ 40 لاکھ"
        " ڈالر رہا۔"
    ) == {2.154e9}
    nepal = (
        "काठमाडौं । गत आर्थिक वर्ष नेपालबाट भारततर्फ २ खर्ब ३ अर्ब ५ करोड २० लाख रुपैयाँ बराबरको माल"
        " निर्यात भएको छ । आर्थिक वर्ष २०८७/८८ मा नेपालबाट भारततर्फको निर्यात ५ अर्व ३० करोड रुपैयाँ"
        " पुगेको छ ।"
    )
    rows = _rows(nepal)
    assert {(r[0], r[1], r[2], r[4]) for r in rows} == {
        ("exports", "NPL", "IND", 203.052e9),
        ("exports", "NPL", "IND", 5.3e9),
    }


def test_year_span_hindi() -> None:
    rows = _rows("नई दिल्ली: साल 2001 से लेकर 2019 तक भारत और रूस के बीच कुल व्यापार 150 अरब डॉलर रहा।")
    assert rows == [("turnover", "IND", "RUS", "level", 1.5e11, "2001-01-01")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "અમદાવાદ: નાણાકીય વર્ષ 2030-31માં ભારતે જાપાનથી કરેલી આયાત 9.5 અબજ ડોલર સુધી ઘટી હતી.",
            ("imports", "IND", "JPN", 9.5e9),
        ),
        (
            "اسلام آباد: رواں مالی سال پاکستان سے ایران کے لیے برآمدات 80 کروڑ ڈالر رہیں۔",
            ("exports", "PAK", "IRN", 8e8),
        ),
        (
            "नई दिल्ली: वर्ष 2030 में भारत के प्रति बांग्लादेश का कुल निर्यात 2 अरब डॉलर रहा।",
            ("exports", "BGD", "IND", 2e9),
        ),
    ],
)
def test_source_and_destination_before_the_flow(text: str, row: tuple) -> None:
    assert row in {(r[0], r[1], r[2], r[4]) for r in _rows(text)}


def test_gujarati_previous_fiscal_year_pronoun() -> None:
    rows = _rows(
        "અમદાવાદ: વર્ષ 2030-31માં ભારતથી જાપાનને થતી નિકાસ 7.2 અબજ ડોલર પર હતી, અગાઉના નાણાકીય"
        " વર્ષમાં તે 6.1 અબજ ડોલર પર હતી."
    )
    assert {(r[0], r[1], r[2], r[4], r[5]) for r in rows} == {
        ("exports", "IND", "JPN", 7.2e9, "2030-04-01"),
        ("exports", "IND", "JPN", 6.1e9, "2029-04-01"),
    }


def test_bengali_clitic_dropped() -> None:
    rows = _rows("ঢাকা: ২০৩০ সালে চীনে বাংলাদেশের রপ্তানিও ১২ শতাংশ বেড়েছে।")
    assert rows == [("exports", "BGD", "CHN", "pct_change", 12.0, "2030-01-01")]


# --- near misses: shapes that must stay as they are -------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ur", "ڈیڑھ سال پہلے"),  # a year and a half: no scale after it
        ("ur", "اس کے سوا 3 ملک"),  # "besides": no scale after the number
        ("hi", "120 करोड़ 5 अरब"),  # not descending: no chain
        ("hi", "लाख करोड़ों रुपये"),  # scale words with no count
        ("ur", "2030 سے تجارت"),  # one year: no span
        ("hi", "2019 से 2001 तक"),  # the later year first: no span
    ],
)
def test_near_misses_unchanged(lang: str, text: str) -> None:
    from pipeline.extract.south_asian_numbers import numbers
    from pipeline.extract.south_asian_spans import year_spans

    assert year_spans(numbers(text, lang), lang) == text


def test_bengali_word_known_whole_keeps_its_vowel() -> None:
    """ "দুই" (two) ends in ই but is no clitic; "বাণিজ্যই" is trade with the clitic."""
    assert bengali.prepare("দুই দেশের বাণিজ্যই") == "দুই দেশের বাণিজ্য"


def test_nepali_other_words_keep_their_spelling() -> None:
    """ "बर्षा" (rain) is no "बर्ष" (year): the spelling is a whole word's."""
    assert "बर्षा" in nepali.prepare("बर्षा भयो")


def test_united_states_is_no_doer() -> None:
    """Urdu "امریکا سے درآمدات" (imports from the United States): two capitalised words that are
    one name are not a doer and a seller."""
    from pipeline.extract.urdu import reorder

    assert reorder("from July to February United States from imports rose") == (
        "from July to February imports from United States rose"
    )


def test_urdu_partner_change_and_goods() -> None:
    """jf07's shape "X سے N فیصد اضافے سے Y کا مال منگوایا گیا" and "بر آمدات" in two words (made-up:
    Iran, "ستائیس", "بیس کروڑ", "کمی", "پر آ گئی"); jf08's "امپورٹس افغانستان سے" with other forms."""
    rows = _rows(
        "اسلام آباد: اسی عرصے میں پاکستان کی بر آمدات نو فیصد کمی سے بیس کروڑ ڈالر پر آ گئیں، جبکہ ایران سے"
        " ستائیس فیصد اضافے سے بیس کروڑ ڈالر کا مال منگوایا گیا۔ پاکستان اور ایران کے درمیان تجارت بڑھ گئی۔"
    )
    assert {(r[0], r[2], r[3], r[4]) for r in rows} >= {
        ("exports", "IRN", "pct_change", -9.0),
        ("imports", "IRN", "pct_change", 27.0),
        ("imports", "IRN", "level", 2e8),
    }


def test_urdu_flow_before_partner() -> None:
    from pipeline.extract.urdu import reorder

    assert reorder("and exports Iran to 3 crore dollars") == "and exports to Iran 3 crore dollars"


def test_compound_scales() -> None:
    """A smaller scale before a larger multiplies it: Pakistani "ہزار ارب" (thousand arab), Hindi
    "हजार करोड़" written without the nukta (made-up)."""
    rows = _rows(
        "اسلام آباد: گزشتہ مالی سال پاکستان کی چین سے درآمدات 2 ہزار ارب روپے رہیں۔ پاکستان اور چین کے"
        " درمیان تجارت بڑھ گئی۔"
    )
    assert ("imports", "PAK", "CHN", "level", 2e12) in {r[:5] for r in rows}
    from pipeline.extract.south_asian_numbers import numbers

    assert numbers("75 हजार करोड़ रुपये", "hi") == "75000 करोड़ रुपये"


@pytest.mark.parametrize(
    ("lang", "text", "read"),
    [
        ("hi", "सैंतीस अरब डॉलर", "37 अरब डॉलर"),
        ("hi", "साढ़े चार प्रतिशत", "4.5 प्रतिशत"),
        ("bn", "তেতাল্লিশ কোটি টাকা", "43 কোটি টাকা"),
        ("bn", "উনিশ শতাংশ", "19 শতাংশ"),
        ("gu", "અડતાલીસ અબજ ડોલર", "48 અબજ ડોલર"),
        ("ne", "सत्ताइस करोड", "27 करोड"),
    ],
)
def test_counts_in_words_before_a_scale(lang: str, text: str, read: str) -> None:
    """Counts in words (jf07 "تینتیس کروڑ" in Urdu; here Hindi, Bengali, Gujarati and Nepali forms
    no dev page uses) as digits before a scale, a currency or a percent word."""
    from pipeline.extract.south_asian_numbers import numbers

    assert numbers(text, lang) == read


@pytest.mark.parametrize(("lang", "text"), [("hi", "दो देशों"), ("bn", "দুই দেশের"), ("gu", "બે દેશો")])
def test_counts_alone_unchanged(lang: str, text: str) -> None:
    from pipeline.extract.south_asian_numbers import numbers

    assert numbers(text, lang) == text


def test_overall_is_the_world() -> None:
    """jf11's "সব মিলিয়ে ... আমদানি করে" (in all, Bangladesh imports ...): a world total, no pair's
    row (made-up: Hindi "कुल मिलाकर")."""
    rows = _rows(
        "नई दिल्ली: वर्ष 2030 में भारत का नेपाल को निर्यात 8 अरब डॉलर रहा। कुल मिलाकर भारत ने 2030 में 700"
        " अरब डॉलर का सामान आयात किया।"
    )
    assert {r[4] for r in rows} == {8e9}


def test_gujarati_first_months_of_current_fiscal_year_and_locative() -> None:
    """Gujarati "ચાલુ નાણાકીય વર્ષના પ્રથમ છ મહિનામાં" (the first six months of the current fiscal
    year) and "ભારતની ચીનમાં નિકાસ" (India's exports in China: to China), forms no dev page uses."""
    rows = _rows(
        "અમદાવાદ: ચાલુ નાણાકીય વર્ષના પ્રથમ છ મહિનામાં ભારતની ચીનમાં નિકાસ 12 ટકા વધીને 9.5 અબજ ડોલર થઈ"
        " છે. આ સમયગાળામાં ચીનથી ભારતની આયાત 8 ટકા ઘટી હતી.",
        date="2031-02-01",
    )
    assert {(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows} == {
        ("exports", "IND", "CHN", "pct_change", 12.0, "2030-04-01"),
        ("exports", "IND", "CHN", "level", 9.5e9, "2030-04-01"),
        ("imports", "IND", "CHN", "pct_change", -8.0, "2030-04-01"),
    }
