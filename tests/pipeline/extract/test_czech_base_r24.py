"""Round 24: a Czech change against a named year, "klesl v roce 2031 proti roku 2030 o 20,2
procenta na hodnotu 44,6 miliardy korun": dated with 2031 (the year it fell in), not the base
year that "roku" ("in the year") had glossed into a period of its own. Made-up sentences."""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_a_change_against_a_named_year_is_dated_with_the_later_year() -> None:
    got = rows(
        "date 2032-03-01\nObchod mezi Českem a Ukrajinou. Celkový obrat mezi Českou republikou "
        "a Ukrajinou klesl v roce 2031 proti roku 2030 o 20,2 procenta na hodnotu 44,6 miliardy "
        "korun, uvedlo ministerstvo průmyslu a obchodu.\n"
    )
    year = (D(2031, 1, 1), D(2031, 12, 31))
    assert got[-20.2] == ("turnover", "CZE", "UKR", "pct_change", "percent", *year)
    assert got[44.6e9] == ("turnover", "CZE", "UKR", "level", "CZK", *year)


def test_the_base_phrases_gloss_as_a_comparison() -> None:
    assert "compared with 2030" in gloss("oproti roku 2030", "cs")
    assert "to 44.6" in gloss("na hodnotu 44,6 miliardy korun", "cs")
