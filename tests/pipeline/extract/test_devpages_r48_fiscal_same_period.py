"""Round 48, "the same period of last fiscal year" as a figure's own period (made-up sentences,
made-up figures).

Kind: "in the same period of last fiscal year, exports were $X" dates X to the figure's main
period a year back, in the fiscal calendar the main period is in (Pakistan's July-June: the first
eight months of FY2030-31 -> July 2029 to February 2030), as "the same period of last year" does
(``period_patterns`` ``same_period``: "last fiscal year" after "the same period of" is no fiscal
year of its own). Near miss: "last fiscal year" alone stays that whole fiscal year.
"""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"date 2031-03-20\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


_NOW = ("2030-07-01", "2031-02-28")
_BEFORE = ("2029-07-01", "2030-02-28")


def test_same_period_of_last_fiscal_year() -> None:
    rows = _rows(
        "In the first eight months of this fiscal year, Pakistan's exports to Kenya stood at "
        "$610 million. In the same period of last fiscal year, Pakistan's exports to Kenya were "
        "$480 million."
    )
    assert ("exports", "PAK", "KEN", *_NOW, "level", 610000000.0, "USD") in rows
    assert ("exports", "PAK", "KEN", *_BEFORE, "level", 480000000.0, "USD") in rows


def test_same_period_of_the_previous_financial_year() -> None:
    rows = _rows(
        "Pakistan's imports from Kenya reached $95 million in the first eight months of the "
        "current fiscal year. During the same period of the previous financial year, Pakistan's "
        "imports from Kenya totalled $70 million."
    )
    assert ("imports", "PAK", "KEN", *_BEFORE, "level", 70000000.0, "USD") in rows


def test_last_fiscal_year_alone_is_the_whole_year() -> None:
    """Near miss: no "same period of": the whole previous fiscal year."""
    rows = _rows("Pakistan's exports to Kenya were $900 million in the last fiscal year.")
    assert (
        "exports",
        "PAK",
        "KEN",
        "2029-07-01",
        "2030-06-30",
        "level",
        900000000.0,
        "USD",
    ) in rows
