"""Round 58, kind: who states a figure on Hungarian and Kazakh pages (source_country lost on
iv04 trademagazin, iv07 infostart, iv08 gondola, iu01 baribar; iv01 and iu02 show the same
shapes).

- Hungarian and Kazakh punctuate direct speech with a dash before the speech verb ("„...” –
  mondta X", "«...», – деді X", "..., – деп атап өтті X"): :func:`pipeline.extract.kazakh.
  dash_speech` writes the comma English writes ("..., said X"), dropping the quotative "деп";
- Hungarian drops the speaker's pronoun ("– tette hozzá.", "Hangsúlyozta, hogy ..."): "he added",
  "He stressed that";
- Hungarian writes an apposition without commas ("Kovács Ferenc magyar külügyminiszter"): set off
  with commas and an article when the role names its country;
- "X szerint" inside a clause ("a két ország forgalma a Pénzügyminisztérium becslései szerint"):
  the source is the named body's phrase, not the clause before it;
- the unmarked possessor ("Lengyelország Magyarország harmadik ... partnere"): "Hungary's";
- ``hu`` rows: speech verbs in their tenses and verb-particle orders, officials and ministries.

Made-up sentences with forms no dev page uses ("szögezte le", "jelentette ki", "hangsúlyozta"
opening a sentence, "becslései szerint", "partnerének", "деп атап өтті ... Премьер-министрі").
"""

from __future__ import annotations

import pytest

from pipeline.extract import hungarian, kazakh
from tests.pipeline.extract.test_extract import figures


def _sources(text: str) -> list[tuple]:
    out = figures(" date 2031-03-01\n" + text)
    return [(r.flow, r.reporter, r.partner, r.value, r.source_country) for r in out.itertuples()]


@pytest.mark.parametrize(
    ("glossed", "english"),
    [
        ("«trade rose», – said Тоқаев.", "«trade rose», said Тоқаев."),
        ("trade rose 5%, – деп noted the minister.", "trade rose 5%, noted the minister."),
        ("„trade rose” – declared Kovács Ferenc.", "„trade rose”, declared Kovács Ferenc."),
    ],
)
def test_dash_before_speech(glossed: str, english: str) -> None:
    assert kazakh.reorder(glossed) == english


@pytest.mark.parametrize(
    "text", ["the 2029–2031 period", "trade – mainly grain – rose", "X – the minister"]
)
def test_other_dashes_stay(text: str) -> None:
    assert kazakh.dash_speech(text) == text


@pytest.mark.parametrize(
    ("glossed", "english"),
    [
        ("trade rose – added.", "trade rose, he added."),
        ("stressed, hogy trade rose", "He stressed, hogy trade rose"),
        ("pointed out: trade rose", "He pointed out: trade rose"),
        (
            "Kovács Ferenc Slovak economy minister csütörtökön said",
            "Kovács Ferenc, the Slovak economy minister, csütörtökön said",
        ),
    ],
)
def test_hungarian_speaker(glossed: str, english: str) -> None:
    assert hungarian.reorder(glossed) == english


@pytest.mark.parametrize(
    "glossed",
    ["Kovács Ferenc minister of foreign affairs and trade said", "the Hungarian foreign minister"],
)
def test_hungarian_role_without_country_stays(glossed: str) -> None:
    assert hungarian.reorder(glossed) == glossed


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Lengyelország kereskedelmi partnerének", "Poland's kereskedelmi partnerének"),
        ("Szlovákia teljes exportjában", "Slovakia's teljes exportjában"),
        ("Kína Magyarország első partnere", "Kína Hungary's első partnere"),
    ],
)
def test_unmarked_possessor(text: str, english: str) -> None:
    assert hungarian.prepare(text) == english


def test_possessor_needs_a_possessed_noun() -> None:
    assert hungarian.prepare("Lengyelországba irányuló export") == "to Poland irányuló export"


def test_according_to_a_named_body_inside_the_clause() -> None:
    assert hungarian.prepare(
        "a két ország forgalma a Pénzügyminisztérium becslései szerint nőtt"
    ) == ("according to a Pénzügyminisztérium becslései, a két ország forgalma nőtt")


def test_hungarian_minister_states_the_figure() -> None:
    rows = _sources(
        "Magyarország és Szlovákia\nKovács Ferenc magyar külügyminiszter csütörtökön Pozsonyban "
        "tárgyalt.\n„A két ország közötti kereskedelmi forgalom 2030-ban 9 milliárd euró volt” – "
        "szögezte le."
    )
    assert ("turnover", "HUN", "SVK", 9_000_000_000.0, "HUN") in rows


def test_hungarian_ministry_estimate() -> None:
    rows = _sources(
        "Magyarország és Lengyelország\nLengyelország Magyarország harmadik legnagyobb "
        "kereskedelmi partnere, a két ország kereskedelmi forgalma a Pénzügyminisztérium "
        "becslései szerint 2030-ban elérte a 12 milliárd eurót."
    )
    assert ("turnover", "HUN", "POL", 12_000_000_000.0, "HUN") in rows


def test_kazakh_prime_minister_states_the_figure() -> None:
    rows = _sources(
        "Қазақстан мен Моңғолия арасындағы тауар айналымы өсті\nЕкі ел арасындағы тауар "
        "айналымы 2030 жылы 3 миллиард долларға жетті, – деп атап өтті Қазақстан "
        "Премьер-министрі."
    )
    assert ("turnover", "KAZ", "MNG", 3_000_000_000.0, "KAZ") in rows
