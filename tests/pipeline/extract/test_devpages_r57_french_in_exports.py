"""Round 57, the French "à l'export", "à l'import" (in exports, in imports) that the gloss read as
"to export". Dev page: ig10 lematin ("pour près de 1,1 milliard à l'export et 86,5 millions à
l'import"); a plain gap of the register: rows for both nouns of both flows ("à l'exportation",
"à l'importation" too), written as the rows read them, the elided article dropped.

Made-up sentences, with forms no dev page writes ("à l'exportation", "à l'importation" with
amounts; euros and a partner no dev page pairs so).
"""

from __future__ import annotations

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def test_both_flows_both_nouns() -> None:
    got = gloss("soit 2,4 milliards à l'exportation et 900 millions à l'importation", "fr")
    assert got == "or 2.4 billion in exports and 900 million in imports"


def test_read_as_the_flows() -> None:
    out = figures(
        " date 2031-02-01\nFrance Pérou\nEn 2030, les échanges entre la France et le Pérou ont "
        "atteint 3,3 milliards d'euros, soit 2,4 milliards d'euros à l'exportation et 900 "
        "millions d'euros à l'importation."
    )
    assert {("exports", 2.4e9), ("imports", 9e8)} <= set(
        zip(out["flow"], out["value"], strict=True)
    )


def test_near_misses_stay_as_they_are() -> None:
    # "à" before another noun keeps its own gloss
    assert gloss("à l'exception du pétrole", "fr").startswith("to exception")
