"""Round 48: Dutch ("nl") glossed, and its trade-news register (it was an unglossed language:
its pages were read as none). Detection by function words no other glossed language writes
("het", "een", "naar", "met", "niet" ...); "met" is "with", but "by" before a change's number
("steeg met 5 procent tot 12,3 miljard euro"); separable verbs ("kwam in 2031 uit op", "nam toe",
"nam af"); "is er voor X aan goederen uit B ingevoerd" (goods worth X imported from B); the
verb-second order as German's. Made-up sentences; near misses stay unread."""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.page_language import language
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

# a made-up tail of ordinary Dutch, so that every sentence is a page of its own language
_TAIL = " Dat blijkt uit cijfers van het bureau, dat ook meldt dat het niet de eerste keer is."


def _rows(text: str, title: str = "Handel") -> set[tuple]:
    out = figures(f"date 2032-02-10\n{title}\n\n{text}{_TAIL}\n")
    return tuples(out, (*CORE, "status"))


def test_a_dutch_paragraph_is_dutch() -> None:
    text = (
        "De minister zei dat de handel met het buurland de afgelopen jaren sterk is gegroeid en"
        " dat de regering de komende maanden meer steun wil geven aan bedrijven die exporteren."
    )
    assert language(["Handel groeit", text]) == "nl"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # German writes "die", "den", "mit", "von": none a Dutch marker
        (
            [
                "Handel wächst",
                "Die Exporte Deutschlands in die Niederlande sind im Jahr 2031 um 5 Prozent auf"
                " 120 Milliarden Euro gestiegen, teilte das Statistische Bundesamt mit.",
            ],
            "de",
        ),
        # French writes "de", "en", "les": none a Dutch marker
        (
            [
                "Commerce",
                "Les exportations de la France vers les Pays-Bas ont augmenté de 5 % en 2031,"
                " selon les douanes, et le commerce avec la Belgique est stable.",
            ],
            "fr",
        ),
        # Afrikaans-like English quoting a Dutch name
        (
            [
                "Dutch trade",
                "The Dutch statistics office said exports to Belgium rose, and the minister Van"
                " den Berg will meet the traders of the region in Rotterdam.",
            ],
            None,
        ),
    ],
)
def test_neighbouring_languages_are_not_dutch(texts: list[str], expected: str | None) -> None:
    assert language(texts) == expected


def test_a_change_with_met_and_tot() -> None:
    text = "De uitvoer naar Duitsland steeg in 2031 met 6,5 procent tot 98,4 miljard euro."
    assert _rows(text, "Nederlandse export") == {
        (
            "exports",
            "NLD",
            "DEU",
            "2031-01-01",
            "2031-12-31",
            "pct_change",
            6.5,
            "percent",
            "actual",
        ),
        ("exports", "NLD", "DEU", "2031-01-01", "2031-12-31", "level", 98.4e9, "EUR", "actual"),
    }


def test_trade_between_amounted_to() -> None:
    text = "De handel tussen Nederland en China bedroeg in 2031 ruim 47 miljard euro."
    assert _rows(text) == {
        ("turnover", "NLD", "CHN", "2031-01-01", "2031-12-31", "level", 47e9, "EUR", "actual")
    }


def test_a_fall_of_imports_from() -> None:
    text = "De invoer uit Frankrijk daalde in 2031 met 3,2 procent."
    assert _rows(text, "Nederlandse invoer") == {
        (
            "imports",
            "NLD",
            "FRA",
            "2031-01-01",
            "2031-12-31",
            "pct_change",
            -3.2,
            "percent",
            "actual",
        )
    }


def test_a_separable_verb() -> None:
    text = "De export naar België kwam in 2031 uit op ongeveer 52 miljard euro."
    assert _rows(text, "Nederlandse export") == {
        ("exports", "NLD", "BEL", "2031-01-01", "2031-12-31", "level", 52e9, "EUR", "actual")
    }


def test_goods_worth_imported_from() -> None:
    text = "In 2031 is er voor 27 miljard euro aan goederen uit Duitsland ingevoerd."
    rows = _rows(text, "Nederlandse invoer")
    assert rows == {
        ("imports", "NLD", "DEU", "2031-01-01", "2031-12-31", "level", 27e9, "EUR", "actual")
    }


def test_first_quarter() -> None:
    text = "In het eerste kwartaal van 2031 groeide de uitvoer naar het Verenigd Koninkrijk met 4 procent."
    assert _rows(text, "Nederlandse export") == {
        (
            "exports",
            "NLD",
            "GBR",
            "2031-01-01",
            "2031-03-31",
            "pct_change",
            4.0,
            "percent",
            "actual",
        )
    }


def test_gloss_of_met() -> None:
    assert gloss("de handel met België", "nl", commas=True) == "the trade with Belgium"
    assert gloss("steeg met 5 procent", "nl", commas=True) == "rose by 5 percent"


# --- near misses ------------------------------------------------------------------------------


def test_a_share_is_no_trade_level() -> None:
    text = "Het Belgische aandeel in de Nederlandse invoer was in 2031 9,6 procent."
    assert not {r for r in _rows(text) if r[5] == "level"}


def test_a_world_total_has_no_partner() -> None:
    text = "De totale Nederlandse uitvoer steeg in 2031 tot 640 miljard euro."
    assert not {r for r in _rows(text) if r[2] not in (None, "", "WLD")}


def test_a_population_is_no_figure() -> None:
    text = "Het aantal inwoners van Nederland steeg in 2031 tot 18 miljoen."
    assert not _rows(text)
