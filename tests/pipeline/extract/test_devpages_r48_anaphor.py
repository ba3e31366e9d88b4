"""Round 48, a subject pointing back at the last figure (made-up sentences, made-up figures).

Kind: a number with no flow word of its own whose subject names the figure just stated is that
figure's (``follow_up._ANAPHOR``): besides "the figure rose", "it stood at", a copula after the
figure noun ("The value is 12% higher than in 2029", "That value is only $9m"), a contracted
"That's" opening the sentence ("That's up 14% on the year"), "its/their value" with "is" or
"recorded", and "that amount is equivalent to $X" (a conversion). Glossed languages name the
same noun with their own demonstrative ("esta cifra", "angka itu", "nilainya", Portuguese
"essa soma", "o indicador": ``foreign_words.csv``). Near miss: when the sentence in between read
no figure and names another flow ("B ranks 40th among A's investment destinations"), the
pronoun means that nearer flow, not the older figure (``_other_flow_between``); round 49 reads it
as that flow's, with the pair its sentence gives (``_nearer_topic``)."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # a copula after the figure noun
            "Trade between Chile and Peru grew 12% in 2030. The value is estimated at $4.2 billion.",
            "Chile and Peru",
            ("turnover", "CHL", "PER", *_Y30, "level", 4200000000.0, "USD"),
        ),
        (  # ... a level
            "Ghana's exports to Togo fell 8% in 2030. That value is only $310 million.",
            "Ghana and Togo",
            ("exports", "GHA", "TGO", *_Y30, "level", 310000000.0, "USD"),
        ),
        (  # a contracted "That's" in a quote
            "Exports from Kenya to Rwanda grew 14% in 2030. "
            '"That\'s a record $96 million," the minister said.',
            "Kenya and Rwanda",
            ("exports", "KEN", "RWA", *_Y30, "level", 96000000.0, "USD"),
        ),
        (  # "its value recorded"
            "Trade between Nepal and Bhutan grew strongly in 2030. Its value recorded $72 million.",
            "Nepal and Bhutan",
            ("turnover", "BTN", "NPL", *_Y30, "level", 72000000.0, "USD"),
        ),
    ],
)
def test_anaphor_subject(text: str, title: str, expected: tuple) -> None:
    assert expected in _rows(text, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Spanish "esta cifra"
            "El comercio entre Bolivia y Paraguay alcanzó los 410 millones de dólares en 2029, "
            "según el ministerio de comercio exterior. Para 2030, esta cifra superó los 520 "
            "millones de dólares, según las estadísticas oficiales del país.",
            ("turnover", "BOL", "PRY", *_Y30, "level", 520000000.0, "USD"),
        ),
        (  # Indonesian "angka itu"
            "Nilai perdagangan Indonesia dan Filipina mencapai US$6,1 miliar pada tahun 2029, "
            "menurut data Kementerian Perdagangan. Kemudian, pada tahun 2030 angka itu naik "
            "menjadi US$7,4 miliar, kata menteri tersebut kepada wartawan di Jakarta.",
            ("turnover", "IDN", "PHL", *_Y30, "level", 7400000000.0, "USD"),
        ),
    ],
)
def test_glossed_demonstrative(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


def test_other_flow_between_is_no_antecedent() -> None:
    text = (
        "Trade between Chile and Peru rose 20% to $50 million in 2030. "
        "Peru ranks 40th among the destinations of Chilean investment. "
        "That value is only $9 million."
    )
    rows = _rows(text, "Chile and Peru")
    # not the older turnover figure's; round 49: the nearer flow's, with the pair its sentence
    # gives (``follow_up._nearer_topic``; dev hn16's gold reads it so)
    assert not any(row[0] == "turnover" and row[-2] == 9000000.0 for row in rows)
    assert ("investment", "PER", "CHL", *_Y30, "level", 9000000.0, "USD") in rows


def test_flow_of_its_own_keeps_its_reading() -> None:
    # near miss: a figure noun with a flow word of its own is no anaphor
    text = "Trade between Chile and Peru reached $4.2 billion in 2030. The value of exports is $1.1 billion."
    assert ("exports", "CHL", "PER", *_Y30, "level", 1100000000.0, "USD") in _rows(
        text, "Chile and Peru"
    )
