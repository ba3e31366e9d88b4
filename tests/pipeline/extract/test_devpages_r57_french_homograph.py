"""Round 57, a French noun read as a verb. Dev page: hi01 aps ("En 2019, ils ont atteint le
montant de 2,5 milliards de dollars US", glossed "they reached the rising by 2.5 billion": a
change, not a level): the gerund "montant" of "monter" (rise), generated with its "de" by
:mod:`pipeline.extract.foreign_conjugation`, is first the noun "montant" (amount), by the
dictionary, as "important" is first the adjective; it is one of ``_HOMOGRAPHS``, so "montant de"
is "amount of".

Made-up sentences, with words no dev page writes around it ("franchi", "d'euros", "Mali").
"""

from __future__ import annotations

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def test_the_noun_amount() -> None:
    got = gloss("les échanges ont franchi le montant de 4 milliards d'euros", "fr")
    assert "amount of 4 billion euros" in got


def test_a_level_not_a_change() -> None:
    out = figures(
        " date 2031-02-01\nMali Guinée\nLe commerce entre le Mali et la Guinée progresse. En "
        "2030, il a atteint le montant de 4 milliards d'euros."
    )
    assert list(out["measure"]) == ["level"]


def test_near_misses_stay_as_they_are() -> None:
    # the other gerunds of a change verb keep their "by"
    assert "rising by 5%" in gloss("les exportations, progressant de 5%", "fr")
