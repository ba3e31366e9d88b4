"""The year of figures on a page without a publication date: what fixes the page's current year
and what keeps a relative period the figure's own. Made-up sentences: other countries, numbers
and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


# --- "the same period of 2027" is a year-ago base however the sentence leads to it ---------------


def test_same_period_of_a_year_fixes_the_year_over_dated_contrast_data() -> None:
    rows = dated(
        "In the first eight months of this year, Fiji sold Samoa goods worth $52 million, "
        "whereas in the same period of 2027 only $31 million had been shipped.\n\n"
        "Fiji's surplus with Samoa reached $20 million, while between January and August 2027 "
        "it was just $9 million."
    )
    assert ("level", 52_000_000.0, D(2028, 1, 1), D(2028, 8, 31)) in rows


def test_same_period_two_years_before_the_dated_data_fixes_nothing() -> None:
    # near miss: the page dates its data two years after the base ("January-August 2029"): the
    # base is a look-back, and "this year" is the year of the page's data
    rows = dated(
        "In the first eight months of this year, Fiji sold Samoa goods worth $52 million, "
        "whereas in the same period of 2027 only $31 million had been shipped.\n\n"
        "Fiji's surplus with Samoa reached $20 million between January and August 2029."
    )
    assert ("level", 52_000_000.0, D(2029, 1, 1), D(2029, 8, 31)) in rows


# --- "more than €20bn ... last year" is the figure's own year, not a base -------------------------


def test_more_than_an_amount_before_last_year_is_no_base() -> None:
    # the 60 characters before "last year" start inside "more than": the cut must not make it
    # read "than €20bn", a base amount
    found = find_periods(
        "Norway imported more than €27 billion worth of goods from the Czech Republic last year.",
        None,
    )
    assert [(p.relative, p.comparison) for p in found] == [(("year", -1), False)]


def test_higher_than_an_amount_before_last_year_is_a_base() -> None:
    # near miss: "higher than €27bn ... last year" sets this year's figure against last year's
    found = find_periods(
        "Imports hit €31 billion, higher than €27 billion worth of goods from the Czech Republic last "
        "year.",
        None,
    )
    assert [(p.relative, p.comparison) for p in found] == [(("year", -1), True)]
