"""Round 57, Dutch and Swedish verbs and word order. Dev pages: hi11 cbs ("In 2010 werd voor 32
miljard euro aan goederen uit België ingevoerd. Ten opzichte van 2009 is dat 16 procent meer.")
and, for the verbs, a plain gap of both languages' grammar the pages expose: a flow verb's
tenses were no rows ("exporteerde", "exporterade" stayed Dutch and Swedish), so a sentence
that states its flow with the verb alone was not read.

- ``foreign_words.csv``: the paradigm of the flow and change verbs (Dutch "exporteren",
  "importeren", "bereiken", "overschrijden", "verdubbelen" in the present, past and participle,
  the passive auxiliaries "werd", "werden", "wordt"; Swedish "exportera", "importera",
  "leverera", "sälja", "köpa", "nå", "överstiga", "växa", "stiga", "sjunka", "falla" in the
  present, past, supine and passive).
- :func:`pipeline.extract.dutch.prepare`: the passive "werd voor X aan goederen uit B ingevoerd"
  in every tense and with no "er"; a demonstrative subject after its verb before an amount
  ("is dat 16 procent meer" -> "that is").
- :func:`pipeline.extract.german.reorder` (which Dutch and Swedish share): a source fronted in
  lower case ("volgens", "enligt": "according to") before a flow verb and its subject.

Made-up sentences, with forms no dev page writes ("exporteerde", "wordt ... geëxporteerd", "was
dit", "exporterade", "sålde").
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def test_a_dutch_flow_verb_after_its_source() -> None:
    out = figures(
        " date 2031-02-01\nChili\nVolgens het Centraal Bureau voor de Statistiek exporteerde "
        "Nederland in 2030 voor 5 miljard euro aan goederen naar Chili."
    )
    assert list(zip(out["flow"], out["reporter"], out["partner"], out["value"], strict=True)) == [
        ("exports", "NLD", "CHL", 5e9)
    ]


def test_a_swedish_flow_verb_after_its_source() -> None:
    out = figures(
        " date 2031-02-01\nChile\nEnligt Statistiska centralbyrån exporterade Sverige varor för 5 "
        "miljarder kronor till Chile under 2030."
    )
    assert list(zip(out["flow"], out["reporter"], out["partner"], strict=True)) == [
        ("exports", "SWE", "CHL")
    ]
    assert "sold" in gloss("Sverige sålde varor till Norge", "sv")


def test_the_dutch_passive_and_its_demonstrative() -> None:
    out = figures(
        " date 2031-02-01\nNederland Chili\nDe Nederlandse handel met Chili groeit. In 2030 wordt "
        "voor 3 miljard euro aan goederen naar Chili geëxporteerd. Ten opzichte van 2029 was dit "
        "12 procent meer."
    )
    assert set(zip(out["flow"], out["reporter"], out["partner"], strict=True)) == {
        ("exports", "NLD", "CHL")
    }
    assert set(out["measure"]) == {"level", "pct_change"}
    assert set(out["period_start"]) == {dt.date(2030, 1, 1)}


def test_near_misses_stay_as_they_are() -> None:
    # "dat" the conjunction (no amount after it) stays after its verb
    assert gloss("Het punt is dat de uitvoer groeit", "nl").startswith("the punt is that")
    # a question opens with its verb: nothing before it to put the subject after
    assert gloss("Is dat 16 procent meer?", "nl").startswith("is that")
