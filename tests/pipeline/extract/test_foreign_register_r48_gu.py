"""Round 48: Gujarati ("gu") glossed, and its trade-news register. Detection by its script;
Gujarati digits; postpositions and the genitive glued to a number or a known word ("2031-32માં",
"ભારતનો", "ચીનથી") split off; fiscal years ("નાણાકીય વર્ષ 2029-30માં"), first months ("2031-32ના
પ્રથમ છ મહિનામાં"), month spans ("એપ્રિલથી સપ્ટેમ્બર દરમિયાન") and "by 2030" ("2030 સુધીમાં");
then Hindi's word order. Made-up sentences and figures; near misses (a country's total exports,
a share, a population) stay unread."""

import pytest

from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Gujarati, so that every sentence is a page of its own language
_TAIL = " વાણિજ્ય મંત્રાલયના આંકડા મુજબ આ માહિતી જાહેર કરવામાં આવી છે."


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\nવેપાર સમાચાર\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_gujarati_paragraph_is_gujarati() -> None:
    text = "ભારત અને અમેરિકા વચ્ચેના વેપાર સંબંધો વધી રહ્યા છે અને બંને દેશો વચ્ચે નવા કરાર અંગે ચર્ચા ચાલી રહી છે."
    assert language(["વેપાર", text]) == "gu"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # Hindi: Devanagari, not Gujarati's script
        (
            [
                "व्यापार",
                "वाणिज्य मंत्रालय के आंकड़ों के अनुसार भारत और अमेरिका के बीच व्यापार में तेजी"
                " आई है और दोनों देशों के बीच नए समझौते पर बातचीत हो रही है।",
            ],
            "hi",
        ),
        # Bengali: its own script
        (
            [
                "বাণিজ্য",
                "বাংলাদেশ ও ভারতের মধ্যে বাণিজ্য বেড়েছে এবং দুই দেশের মধ্যে নতুন চুক্তি নিয়ে আলোচনা চলছে।",
            ],
            "bn",
        ),
        # Urdu: Arabic script
        (
            [
                "تجارت",
                "وزیر تجارت نے کہا کہ پاکستان اور چین کے درمیان تجارت میں اضافہ ہوا ہے اور"
                " دونوں ملکوں کے درمیان نئے معاہدے پر بات چیت جاری ہے۔",
            ],
            "ur",
        ),
    ],
)
def test_neighbouring_languages_are_still_told(texts: list[str], expected: str) -> None:
    assert language(texts) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "નાણાકીય વર્ષ 2029-30માં ભારત અને જાપાન વચ્ચેનો દ્વિપક્ષીય વેપાર 23.4 અબજ ડોલર"
            " નોંધાયો હતો.",
            {
                (
                    "turnover", "IND", "JPN", "2029-04-01", "2030-03-31", "level", 23.4e9,
                    "USD", "actual",
                ),
            },
        ),
        (
            "વર્ષ 2030માં ભારતની બ્રાઝિલને નિકાસ 12 ટકા વધીને 7.5 અબજ ડોલર થઈ હતી.",
            {
                (
                    "exports", "IND", "BRA", "2030-01-01", "2030-12-31", "pct_change", 12.0,
                    "percent", "actual",
                ),
                (
                    "exports", "IND", "BRA", "2030-01-01", "2030-12-31", "level", 7.5e9, "USD",
                    "actual",
                ),
            },
        ),
        (
            "એપ્રિલથી સપ્ટેમ્બર દરમિયાન ભારતની ચીનથી આયાત 41.2 અબજ ડોલર રહી હતી.",
            {
                (
                    "imports", "IND", "CHN", "2030-04-01", "2030-09-30", "level", 41.2e9, "USD",
                    "actual",
                ),
            },
        ),
        (
            "આ સમયગાળા દરમિયાન ચીન સાથેનો ભારતનો દ્વિપક્ષીય વેપાર 87.07 અબજ ડોલર રહ્યો હતો.",
            {("turnover", "IND", "CHN", "None", "None", "level", 87.07e9, "USD", "actual")},
        ),
        (
            "2031-32ના પ્રથમ છ મહિનામાં ભારતની અમેરિકાને નિકાસ 9 ટકા ઘટીને 38.6 અબજ ડોલર રહી હતી.",
            {
                (
                    "exports", "IND", "USA", "2031-04-01", "2031-09-30", "pct_change", -9.0,
                    "percent", "actual",
                ),
                (
                    "exports", "IND", "USA", "2031-04-01", "2031-09-30", "level", 38.6e9, "USD",
                    "actual",
                ),
            },
        ),
        (
            "જાન્યુઆરી 2031માં ભારતની રશિયાથી આયાત ૫.૩ અબજ ડોલર નોંધાઈ હતી.",
            {
                (
                    "imports", "IND", "RUS", "2031-01-01", "2031-01-31", "level", 5.3e9, "USD",
                    "actual",
                ),
            },
        ),
        (
            "ઓક્ટોબરમાં ભારતનો બાંગ્લાદેશ સાથેનો વેપાર 1,250 કરોડ રૂપિયા રહ્યો હતો.",
            {
                (
                    "turnover", "IND", "BGD", "2030-10-01", "2030-10-31", "level", 12.5e9,
                    "INR", "actual",
                ),
            },
        ),
        (
            "ભારત અને યુએઈ વચ્ચેનો વેપાર 2030 સુધીમાં 100 અબજ ડોલર સુધી પહોંચાડવાનું લક્ષ્ય છે.",
            {("turnover", "IND", "ARE", "None", "2030-12-31", "level", 100e9, "USD", "target")},
        ),
    ],
)  # fmt: skip
def test_gujarati_trade_figures(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ગયા વર્ષે ભારતની કુલ નિકાસ 450 અબજ ડોલર રહી હતી.",  # a total to the world
        "ભારતની નિકાસમાં અમેરિકાનો હિસ્સો 18 ટકા છે.",  # a share
        "ગુજરાતની વસ્તી 7 કરોડ છે.",  # a population
    ],
)
def test_gujarati_near_misses_give_no_figure(text: str) -> None:
    assert _rows(text) == set()
