"""Round 57, German forms of the rows' own words that no row spelled. Dev pages: the reported
speech of ia06 kleinezeitung ("Der Warenaustausch erreiche damit ...", "habe", "sei"), the dative
plural of ia06 ("mit Gütern"), ie03 vovendis ("auf den Märkten"), ih03 ots ("den Exporteuren");
a separable verb's particle before a dash, ho02 dazasia ("Damit legte der Handel ... um 79% auf
4,11 Mrd. Euro zu – Kasachstan rückte ..."); and the source fronted before a flow verb with no
comma, hx04 hna ("Nach Angaben der Gesellschaft
Germany Trade & Invest importierte Deutschland 2021 Waren ...").

- :func:`pipeline.extract.german.grammar_rows`: the Konjunktiv I of every present verb row
  ("-t" -> "-e", the strong verbs' umlaut undone: "wächst" -> "wachse") and the auxiliaries
  ("sei", "habe", "werde"); the dative plural of every plural noun row ("-e", "-er", "-el" +
  "n").
- :func:`~.german.reorder`: "According to <source> <flow verb> <Subject>": the source closed by a
  comma, so the verb-second reorder puts the subject first.

- :func:`~.german.prepare`: a dash ends the clause of a separable verb's particle, as a comma
  does.

Made-up sentences, with forms no dev page writes ("gingen ... zurück —", "wachse", "sinke", "übersteige",
"Erzeugnissen", "Medikamenten", "lieferte").
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.extract.german import grammar_rows
from tests.pipeline.extract.test_extract import figures


def test_the_konjunktiv_of_every_present_row() -> None:
    rows = dict(
        grammar_rows(
            {"wächst": "grows", "sinkt": "falls", "beläuft sich auf": "amounts to", "ist": "is"},
            {},
        )
    )
    assert rows["wachse"] == "grows" and rows["sinke"] == "falls"
    assert rows["belaufe sich auf"] == "amounts to"
    assert rows["sei"] == "is"


def test_the_dative_plural_of_every_plural_noun() -> None:
    rows = dict(grammar_rows({}, {"Erzeugnisse": "products", "Medikamente": "medicines"}))
    assert rows == {"Erzeugnissen": "products", "Medikamenten": "medicines"}
    assert "products" in gloss("Der Handel mit Erzeugnissen", "de")


def test_reported_speech_is_read() -> None:
    out = figures(
        " date 2031-02-01\nPolen\nDer Handel zwischen Polen und Österreich wachse 2030 um 12 "
        "Prozent auf 5 Milliarden Euro, sagte der Botschafter."
    )
    assert set(out["measure"]) == {"pct_change", "level"}
    assert set(out["period_start"]) == {dt.date(2030, 1, 1)}
    assert "exceeds" in gloss("Die Ausfuhr übersteige erstmals 5 Milliarden Euro", "de")


def test_a_fronted_source_before_a_flow_verb() -> None:
    got = gloss("Nach Angaben der Kammer Swiss Trade & Co lieferte Deutschland 2030 Waren", "de")
    assert got.startswith("According to the Kammer Swiss Trade & Co, Germany supplied 2030")


def test_a_particle_before_a_dash() -> None:
    got = gloss("Die Exporte gingen 2030 um 4% auf 2 Mrd. Euro zurück — ein Tiefstand.", "de")
    assert got.startswith("the exports fell 2030 by 4% to 2 billion euros —")


def test_near_misses_stay_as_they_are() -> None:
    # a dash between the verb and its particle is a boundary: nothing is joined across it
    assert gloss("Der Handel ging – wie erwartet – zurück.", "de").startswith("the trade ging –")
    # a participle ("zugelegt", "gestiegen"), an adverb ("insgesamt"), a numeral give no form
    rows = dict(
        grammar_rows(
            {"zugelegt": "increased", "gestiegen": "risen", "insgesamt": "in total"},
            {"Dollar": "dollars", "Export": "exports", "Waren": "goods"},
        )
    )
    assert rows == {}
    # a source closed by its comma, or a lower-case word after the verb, stays as it is
    assert gloss("Nach Angaben des Amtes, exportierte Deutschland", "de").count(",") == 1
    assert "," not in gloss("Nach Angaben des Amtes exportierte man Waren", "de")
