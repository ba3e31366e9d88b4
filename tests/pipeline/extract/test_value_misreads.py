"""Value misreads of issue 15, round 15: the amount is read, but as another number or another
measure than the page writes.

- An English page translated from a thousands-dot original counts in millions past a thousand
  ("17,230 million euros") and leaves a "d.ddd million" amount beside them with its dot
  (``translated_thousands``): a thousands dot, when the page's own series says so. Near misses:
  "d.ddd million" amounts on a page with no "d,ddd million" series (Pakistani and Kyrgyz
  statistics write three decimals), and one no smaller than a hundredth of the series.
- German ends a perfect clause with its participle ("sind sie 2031 um 8% gestiegen"): the change
  takes the direction of its own verb after it, not of a fall named in an earlier clause
  (``german``). Near miss: a clause boundary between the percentage and the participle.

Every sentence is made up.
"""

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.translated_thousands import thousands_dots
from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[int]:
    return {round(v) for v in figures(text)["value"]}


def test_a_translated_page_counting_in_millions_writes_thousands_dots() -> None:
    text = (
        "Exports of goods from Tunisia to Malta fell by 3.5% in 2031, to 10.456 million "
        "euros. Exports from Malta to Tunisia fell by 6% to 17,230 million euros."
    )
    assert {10_456_000_000, 17_230_000_000} <= values(text)
    assert 10_456_000 not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        # no "d,ddd million" series: three decimals are decimals
        "Tunisia's exports to Malta were $455.702 million in 2031, against $410.888 "
        "million in 2030.",
        # the series is no hundred times larger: the decimal reading is no absurdity
        "Tunisia's exports to Malta were $74.193 million in 2031, while its imports from "
        "Malta reached $1,220 million.",
    ],
)
def test_three_decimals_without_a_series_that_contradicts_them_stay_decimals(text: str) -> None:
    assert thousands_dots([text]) is None


def test_the_dot_rewrite_keeps_the_sentence_length() -> None:
    text = ["Sales to Malta: 4.512 million dinars of a total of 7,100 million dinars."]
    assert thousands_dots(text) == [
        "Sales to Malta: 4,512 million dinars of a total of 7,100 million dinars."
    ]


def test_a_german_participle_gives_its_own_clause_the_direction() -> None:
    glossed = gloss(
        "Nach dem Rückgang im Jahr 2030, in dem die Exporte nach Polen um 12% zurückgegangen "
        "waren, sind sie 2031 um 8,5% angestiegen.",
        "de",
    )
    assert "declined by 12%" in glossed and "risen by 8.5%" in glossed


def test_a_clause_boundary_keeps_the_participle_in_place() -> None:
    glossed = gloss("Die Exporte sind um 8,5%, wie erwartet, gestiegen.", "de")
    assert "by 8.5%, " in glossed and "risen by" not in glossed
