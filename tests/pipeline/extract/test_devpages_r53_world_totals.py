"""Round 53, a country's trade with the world read as the page's pair (made-up sentences,
made-up figures).

Kind (spurious figures, NOTES "What is a figure": a country's trade with the world is no
figure): a world total whose world word the rules did not reach was kept as a bilateral row of
the page's pair:
- a period between the owner and its flow ("China's January-October foreign trade totaled ...",
  the order glossed Japanese, Korean and Chinese write), so the total and the flows of the next
  sentence that continue it ("Exports were $X") were the pair's (``roles._OWNED``);
- a gapped "those" or a change noun before the world word ("imports from the EU fell 18.6%,
  those from the whole world 21.6%", "the Austrian increase worldwide (5.8%)",
  ``world._WORLD_FLOW``);
- a sentence framed by all countries ("Somando todos os países, ...", glossed "adding up all
  countries") and the next one's "the value exported by the country" (the passive's agent is the
  trader, ``world._ALL_FRAME``, ``own_pointer._REF_AGENT``);
- glosses for general world words: German "weltweit", Portuguese "mundo", "todos os países",
  Thai "การค้าระหว่างประเทศ" (international trade; it was glossed "trade between").
Dev pages: ii03 (chinaorgjp, Japanese), hr12 and ih03 (ots, German), ih06 (cartacampinas,
Portuguese), ii11 (thansettakij, Thai). Near misses: a partner named after the period ("Peru's
January-June exports to Chile"), a gapped "those from" a country, a frame sentence followed by
"exports to Chile" keep their rows."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Peru and Chile") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    "text",
    [
        # a period between the owner and the flow
        "Peru's January-June exports rose 5% to $30 billion.",
        "Peru's 2030 foreign trade totaled $90 billion. Exports were $50 billion, up 4%, and "
        "imports were $40 billion.",
        "Peru's first-half imports reached $21 billion.",
        # a frame of all countries, and a passive's pointer agent after it
        "Across all countries, Peru's trade fell 9% in 2030. The value exported by the country "
        "fell 6%, and the value of imports fell 11%.",
        "Worldwide, Peruvian exports rose 3% in 2030.",
    ],
)
def test_world_total_is_no_row(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2030 Peru's imports from Chile fell 8%, those from the whole world even 12%.",
            ("imports", "PER", "CHL", *_Y30, "pct_change", -8.0, "percent"),
        ),
        (
            "Exports to Chile rose 15% in 2030, well above the Peruvian growth worldwide (4%).",
            ("exports", "PER", "CHL", *_Y30, "pct_change", 15.0, "percent"),
        ),
    ],
)
def test_world_change_leaves_the_partner_row(text: str, expected: tuple) -> None:
    assert _rows(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru's January-June 2030 exports to Chile rose 5% to $3 billion.",
            {
                ("exports", "PER", "CHL", "2030-01-01", "2030-06-30", "pct_change", 5.0, "percent"),
                ("exports", "PER", "CHL", "2030-01-01", "2030-06-30", "level", 3e9, "USD"),
            },
        ),
        (
            "In 2030 Peru's imports from Chile fell 8%, those from Bolivia 12%.",
            {
                ("imports", "PER", "CHL", *_Y30, "pct_change", -8.0, "percent"),
                ("imports", "PER", "BOL", *_Y30, "pct_change", -12.0, "percent"),
            },
        ),
        (
            "Across all countries, Peru's trade fell 9% in 2030. Exports to Chile fell 6%.",
            {("exports", "PER", "CHL", *_Y30, "pct_change", -6.0, "percent")},
        ),
    ],
)
def test_partner_named_keeps_its_row(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Portuguese: "adding up all countries" frames the sentence
        "Somando todos os países, a corrente de comércio do Peru diminuiu 9% em 2030. Os valores "
        "exportados pelo país recuaram 6%.",
        # German: "weltweit" is the world
        "Die Exporte nach Chile wuchsen 2030 um 15 Prozent, deutlich mehr als der peruanische "
        "Zuwachs weltweit (4 Prozent).",
    ],
)
def test_glossed_world_words(text: str) -> None:
    rows = _rows(text, "Peru e Chile" if "Peru" in text else "Peru und Chile")
    assert not {r for r in rows if r[6] in (4.0, -9.0, -6.0)}
