"""Round 24: French forms of Moroccan and West African trade pages. Made-up sentences:

- "une hausse de 11,4% sur 2017": a change over a base year ("sur"/"sobre" + a year after a
  percentage), dated with the amount's year, not the base's;
- "atteignent", "atteint", "ont bondi à": the reaching verbs in the present and past;
- "5,5 milliards de DH": the dirham written DH after its amount, the dirham of the page's
  economy (Morocco's here, the UAE's on an Emirati page).

Near misses: "sur" before a word that is no year stays as it was; "DH" with no amount is no
currency.
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_foreign import rows

D = dt.date
_PAGE = (
    "date 2032-03-01\nRabat. Selon l'Office des changes, les exportations du Maroc vers la "
    "Turquie atteignent 5,5 milliards de DH en 2031, soit un repli de 20,3% sur 2030 et de "
    "25,7% sur 2029. Les importations depuis la Turquie ont bondi à 21,5 milliards de DH en "
    "2031, soit une hausse de 11,4% sur 2030.\n"
)


def test_a_change_over_a_base_year_is_dated_with_the_amount_s_year() -> None:
    got = rows(_PAGE)
    year = (D(2031, 1, 1), D(2031, 12, 31))
    assert got[-20.3] == ("exports", "MAR", "TUR", "pct_change", "percent", *year)
    assert got[-25.7] == ("exports", "MAR", "TUR", "pct_change", "percent", *year)
    assert got[11.4] == ("imports", "MAR", "TUR", "pct_change", "percent", *year)


def test_reaching_verbs_and_dirhams_after_the_amount() -> None:
    got = rows(_PAGE)
    year = (D(2031, 1, 1), D(2031, 12, 31))
    assert got[5.5e9] == ("exports", "MAR", "TUR", "level", "MAD", *year)
    assert got[21.5e9] == ("imports", "MAR", "TUR", "level", "MAD", *year)


def test_near_misses() -> None:
    assert " over " not in gloss("une hausse de 12% sur le marché turc", "fr")
    assert " over 2030" in gloss("une hausse de 12% sur 2030", "fr")
    assert [m for m in find_mentions("the DH team won") if m.kind == "money"] == []
