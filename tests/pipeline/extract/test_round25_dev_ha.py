"""Round 25, kinds seen on the round-24 `ha` pages (now dev), each with made-up sentences:

- Croatian/Serbian: a destination before a passive export ("u Sloveniju je izvezeno": exported
  to Slovenia), a month range "od siječnja do listopada" (from January to October), "milijardu"
  with no number before it (one billion), "udvostručena" (doubled).
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_croatian_passive_export_and_month_range() -> None:
    got = rows(
        "date 2032-02-10\nGospodarska suradnja Hrvatske i Slovenije ide dobro, a robna razmjena "
        "raste iz godine u godinu.\nKako pokazuju podaci Državnog zavoda za statistiku, od "
        "siječnja do listopada prošle godine u Sloveniju je izvezeno 812 milijuna eura, uz "
        "godišnji rast od 6,2 posto, dok je uvoz iz te zemlje porastao 4,1 posto, na 903,5 "
        "milijuna eura.\n"
    )
    oct31 = D(2031, 10, 31)
    assert got[812e6] == ("exports", "HRV", "SVN", "level", "EUR", D(2031, 1, 1), oct31)
    assert got[903.5e6] == ("imports", "HRV", "SVN", "level", "EUR", D(2031, 1, 1), oct31)


def test_croatian_words() -> None:
    assert gloss("premašila milijardu eura", "sh") == "exceeded 1 billion euros"
    assert gloss("više je nego udvostručena", "sh") == "more than doubled"
    # near miss: "milijardu" after a number keeps that number ("21 milijardu dinara")
    assert gloss("21 milijardu dinara", "sh") == "21 billion dinars"
    assert gloss("od siječnja do studenog", "sh") == "from January to November"
