"""Round 57, two French constructions a row's gloss missed. Dev pages: "au-delà du niveau de
2019", "au-dessus du niveau de 2019" (ih04 tresor, three times), "leur niveau de 2017" (hx09
tresor): the period of the figures around them was read as 2019.

- The contracted article: "de le" is "du", "de les" "des", "à le" "au", "à les" "aux"; a
  prepositional row ending in "de" or "à" ("au-delà de", "en deçà de", "comparé à") is glossed
  with it too (:func:`pipeline.extract.french.contracted_rows`), not only as the page wrote it.
- The year of a level after it ("le niveau de 2019"): English writes it first ("the 2019
  level"), where the rules read a base's year, not the period (:func:`~.french.reorder`).

Made-up sentences, with forms no dev page writes ("en deçà des", "aux alentours du", "comparées
aux", "plus des", "le record de", "des niveaux de").
"""

from __future__ import annotations

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.extract.french import contracted_rows
from tests.pipeline.extract.test_extract import figures


def test_every_prepositional_row_contracts() -> None:
    rows = dict(
        contracted_rows(
            {"en deçà de": "below", "comparées à": "compared with", "plus de": "more than"}
        )
    )
    assert rows["en deçà des"] == rows["en deçà du"] == "below the"
    assert rows["comparées aux"] == "compared with the"
    assert rows["plus des"] == "more than the"


def test_glossed_on_a_page() -> None:
    assert "below the" in gloss("un montant en deçà des prévisions", "fr")
    assert "around the" in gloss("aux alentours du seuil symbolique", "fr")
    assert "the 2027 record" in gloss("en deçà du record de 2027", "fr")


def test_the_figures_keep_their_year() -> None:
    out = figures(
        " date 2031-02-01\nMaroc Sénégal\n"
        "Les échanges entre le Maroc et le Sénégal se sont renforcés en 2030 : avec 9 milliards "
        "de dirhams de biens échangés, soit 12% de plus qu'en 2029, ils dépassent un nouveau "
        "sommet, en deçà des niveaux de 2026. Les exportations marocaines vers le Sénégal (5 "
        "milliards de dirhams ; +8%) ont progressé plus vite que les importations."
    )
    assert len(out) == 4
    assert set(out["period_start"]) == {dt.date(2030, 1, 1)}


def test_near_misses_stay_as_they_are() -> None:
    # a verb's or an amount's row: its "à", "de" open an amount, "au", "des" another phrase
    assert not contracted_rows({"s'élève à": "amounts to", "milliards de": "billion"})
    assert not contracted_rows({"prévoient de": "plan to", "une hausse de": "an increase of"})
    got = gloss("les exportations s'élèvent au total à 5 milliards de dollars", "fr")
    assert got == "the exports s'élèvent in the total to 5 billion dollars"
    # a level of an amount, not of a year, stays as it is
    assert "level of 2.5 billion" in gloss("un niveau de 2,5 milliards", "fr")
