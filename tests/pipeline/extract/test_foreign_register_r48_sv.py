"""Round 48: Swedish ("sv") glossed, and its trade-news register (its pages were read as German,
which shares "den", "in"). Detection by function words no other glossed language writes ("och",
"att", "för", "från", "är", "till" ...; Danish and Norwegian, unglossed, write "og", "til", "fra",
"er", "ikke" instead); "exporten till Danmark uppgick till 149 miljarder kronor", "ökade med",
"minskade med"; the verb second after a fronted period ("År 2031 uppgick Sveriges export ...");
a sentence opening with "År" is a sentence of its own. Made-up sentences; near misses stay
unread."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Swedish, so that every sentence is a page of its own language
_TAIL = " Det visar siffror från myndigheten, som också säger att det inte är första gången."


def _rows(text: str, title: str = "Handel") -> set[tuple]:
    out = figures(f"date 2032-02-10\n{title}\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_swedish_paragraph_is_swedish() -> None:
    text = (
        "Ministern sa att handeln med grannlandet har vuxit kraftigt under de senaste åren och att"
        " regeringen vill ge mer stöd till företag som exporterar."
    )
    assert language(["Handeln växer", text]) == "sv"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # German writes "den" and "in" too
        (
            [
                "Handel wächst",
                "Die Exporte Deutschlands nach Schweden sind im Jahr 2031 um 5 Prozent auf 20"
                " Milliarden Euro gestiegen, teilte das Statistische Bundesamt mit.",
            ],
            "de",
        ),
        # Danish (unglossed) writes "som", "har", "år", but "og", "til", "er", "ikke"
        (
            [
                "Handel",
                "Eksporten til Sverige er steget og har ikke været så høj som i år, siger"
                " ministeren, og det er godt for Danmark og for virksomhederne.",
            ],
            None,
        ),
    ],
)
def test_neighbouring_languages_are_not_swedish(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


def test_exports_to_amounted_to() -> None:
    text = "Exporten till Danmark uppgick till 153 miljarder kronor år 2031."
    assert _rows(text, "Svensk export") == {
        ("exports", "SWE", "DNK", "2031-01-01", "2031-12-31", "level", 153e9, "SEK", "actual")
    }


def test_a_fronted_year_and_the_verb_second() -> None:
    text = "År 2031 uppgick Sveriges import från Norge till 118 miljarder kronor."
    assert _rows(text) == {
        ("imports", "SWE", "NOR", "2031-01-01", "2031-12-31", "level", 118e9, "SEK", "actual")
    }


def test_rose_by_and_fell_by() -> None:
    text = "Sveriges export till Tyskland ökade med 7,5 procent under 2031."
    assert _rows(text) == {
        (
            "exports",
            "SWE",
            "DEU",
            "2031-01-01",
            "2031-12-31",
            "pct_change",
            7.5,
            "percent",
            "actual",
        )
    }
    text = "Sveriges import från Kina minskade med 4 procent under 2031."
    assert _rows(text) == {
        (
            "imports",
            "SWE",
            "CHN",
            "2031-01-01",
            "2031-12-31",
            "pct_change",
            -4.0,
            "percent",
            "actual",
        )
    }


def test_first_half() -> None:
    text = "Under första halvåret 2031 ökade Sveriges export till Finland med 3 procent."
    assert _rows(text) == {
        (
            "exports",
            "SWE",
            "FIN",
            "2031-01-01",
            "2031-06-30",
            "pct_change",
            3.0,
            "percent",
            "actual",
        )
    }


def test_a_sentence_opening_with_ar_is_its_own() -> None:
    # "för tjänster" (for services) in the sentence before does not make the next one's
    # goods and services a services figure
    text = (
        "Danmark är en stor marknad för varor och för tjänster. År 2031 utgjorde Sveriges export"
        " av varor och tjänster till Danmark 215 miljarder kronor."
    )
    rows = _rows(text, "Sverige och Danmark")
    assert rows == {
        ("exports", "SWE", "DNK", "2031-01-01", "2031-12-31", "level", 215e9, "SEK", "actual")
    }


def test_gloss_of_the_register() -> None:
    assert gloss("ökade med 12 procent", "sv", commas=True) == "rose by 12 percent"
    assert gloss("uppgick till 149 miljarder kronor", "sv", commas=True) == (
        "amounted to 149 billion Swedish kronor"
    )


# --- near misses ------------------------------------------------------------------------------


def test_a_share_is_no_trade_level() -> None:
    text = "Danmarks andel av Sveriges samlade export var 6,7 procent år 2031."
    assert not {r for r in _rows(text) if r[5] == "level"}


def test_a_count_of_people_is_no_figure() -> None:
    text = "År 2031 ägde över 10 000 danskar ett fritidshus i Sverige."
    assert not _rows(text)


def test_a_world_total_has_no_partner() -> None:
    text = "Sveriges samlade export uppgick till 2 100 miljarder kronor år 2031."
    assert not {r for r in _rows(text) if r[2] not in (None, "", "WLD")}
