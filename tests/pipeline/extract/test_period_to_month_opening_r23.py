"""A clause that opens with a month and no year, "As of September, ..." (round 23).

"Through September, imports reached $X" and "As of September, ..." on a page of October are the
year to date, January-September, as "as of July 2031" is (NOTES, gs 9) and as "... reached $X
through September" already was; without the comma's clause opening the month needs its year
("until May" alone may date anything). Spanish "A septiembre," and "En el acumulado a
septiembre," gloss to the same. Every sentence is made up.
"""

import datetime as dt

import pytest

from tests.pipeline.extract.test_extract import figures

D = dt.date


@pytest.mark.parametrize(
    "sentence",
    [
        "As of September, Chile's purchases from Peru reached $1,500 million.",
        "Through September, Chile's imports from Peru reached $1,500 million.",
        "Up to September, Chile's imports from Peru reached $1,500 million.",
        "Cumulatively through September, Chile's imports from Peru reached $1,500 million.",
    ],
)
def test_a_month_opening_the_clause_is_the_year_to_date(sentence: str) -> None:
    out = figures(
        f"date 2031-10-15\n{sentence}".replace("Ruritania", "Chile").replace("Freedonia", "Peru")
    )
    assert list(zip(out["period_start"], out["period_end"], strict=True)) == [
        (D(2031, 1, 1), D(2031, 9, 30))
    ]


def test_spanish_a_septiembre_is_the_year_to_date() -> None:
    out = figures(
        "date 2031-10-15\nEn el periodo enero-julio, el comercio bilateral entre Chile y Perú "
        "sumó US$ 2.800 millones, según la Subsecretaría.\nA septiembre, las compras de Chile a "
        "Perú alcanzaron US$ 1.500 millones."
    )
    got = {
        v: (s, e)
        for v, s, e in zip(out["value"], out["period_start"], out["period_end"], strict=True)
    }
    assert got[1_500_000_000.0] == (D(2031, 1, 1), D(2031, 9, 30))
    assert got[2_800_000_000.0] == (D(2031, 1, 1), D(2031, 7, 31))


def test_a_month_without_year_or_comma_still_needs_its_year() -> None:
    out = figures(
        "date 2031-10-15\nThe agreement signed until May lifted Chile's imports from Peru to "
        "$1,500 million in 2030."
    )
    assert list(zip(out["period_start"], out["period_end"], strict=True)) == [
        (D(2030, 1, 1), D(2030, 12, 31))
    ]
