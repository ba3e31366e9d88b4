"""Round 59, period field: how far a look back carries, and what fixes an undated page's year.

- **A look-back paragraph whose sentences take its year on** (jb05 rossaprimavera: "in 2022
  turnover was $5.79bn ... exports reached $1.61bn ... imports came to $4.18bn", on a page about
  early 2023): each sentence whose figures took the look back's year keeps it for the next one;
  before, the third sentence went back to the article's period (two sentences after the year was
  said). A sentence without figures between still ends the look back.
- **A stock as of the end of a month** ("as of the end of June 2014", jc07 people: "截至2014年6月底")
  is data up to a day of that year, as "till June 22, 2030" is: on an undated page it fixes "this
  year" ("今年1-6月份", January-June this year). A target "by the end of March", and a stock at the
  end of December (a whole year's end, read in any later year), fix nothing.

Every sentence is made up (Chile and Peru, Colombia and Ecuador, years 2028-2031, amounts no dev
page has).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f"Trade\n\n{text}\n")
    return [
        (r["flow"], str(r["period_start"]), str(r["period_end"]), r["value"])
        for _, r in out.iterrows()
    ]


_LEAD = "Chile's exports to Peru rose 12% in the first half of 2031. "


def test_a_look_back_paragraph_keeps_its_year_sentence_by_sentence() -> None:
    rows = _rows(
        _LEAD + "In 2029 trade between Chile and Peru totalled $5.2 billion, up 9% on 2028. "
        "Chile's exports to Peru reached $1.9 billion. "
        "Chile's imports from Peru came to $3.3 billion."
    )
    assert ("imports", "2029-01-01", "2029-12-31", 3300000000.0) in rows
    assert ("exports", "2029-01-01", "2029-12-31", 1900000000.0) in rows


def test_near_miss_sentences_without_figures_end_the_look_back() -> None:
    rows = _rows(
        _LEAD + "In 2029 trade between Chile and Peru totalled $5.2 billion. "
        "The two ministers met in the capital. The ministers discussed roads. "
        "Chile's imports from Peru came to $3.3 billion."
    )
    assert ("imports", "2031-01-01", "2031-06-30", 3300000000.0) in rows


def test_a_stock_at_a_months_end_fixes_this_year() -> None:
    rows = _rows(
        "As of the end of March 2030, Colombia's investment in Ecuador stood at $7 billion. "
        "In January-November this year, trade between Colombia and Ecuador reached $3 billion."
    )
    assert ("turnover", "2030-01-01", "2030-11-30", 3000000000.0) in rows


def test_near_miss_a_target_or_a_years_end_fixes_nothing() -> None:
    for first in (
        "Colombia aims to raise its investment in Ecuador to $7 billion by the end of March 2030. ",
        "By the end of December 2029, Colombia's investment in Ecuador stood at $7 billion. ",
    ):
        rows = _rows(
            first + "In January-November this year, trade between Colombia and Ecuador "
            "reached $3 billion."
        )
        assert ("turnover", "None", "None", 3000000000.0) in rows
