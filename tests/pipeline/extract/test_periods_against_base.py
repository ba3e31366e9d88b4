"""A base amount named by its flow after "against" ("$X against the exports of $Y during P2"),
and the running fiscal year as the page's part of it (wrong-period kinds, round 12). Made-up
sentences: other countries, numbers and years than any real page.

- "against the exports of $Y million during July-December 2029" names a comparison base: P2 is
  no period of the figure reached, nor of the change "during the period under review";
- "the current financial year" on a page written while that fiscal year runs is the part of it
  that the page reports ("the first half of the current financial year"), and "last fiscal year"
  set against it the same months of the year before, as "this year" is on a calendar page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_base_named_by_its_flow_after_against_is_a_comparison() -> None:
    rows = dated(
        "date 2031-02-10\nExports from Chile to Peru during January-June 2030 were recorded at "
        "$820.5 million against the exports of $790.2 million during January-June 2029, showing "
        "an increase of 3.8 percent during the period under review."
    )
    assert ("pct_change", 3.8, D(2030, 1, 1), D(2030, 6, 30)) in rows
    assert ("level", 820_500_000.0, D(2030, 1, 1), D(2030, 6, 30)) in rows
    assert ("level", 790_200_000.0, D(2029, 1, 1), D(2029, 6, 30)) in rows


def test_the_next_sentences_base_last_year_follows_the_main_period() -> None:
    rows = dated(
        "date 2031-02-10\nExports from Chile to Peru during January-June 2030 were recorded at "
        "$820.5 million against the exports of $790.2 million during January-June 2029.\n\n"
        "Chile exported goods worth $412.3 million to Bolivia against $398.6 million last year."
    )
    assert ("level", 412_300_000.0, D(2030, 1, 1), D(2030, 6, 30)) in rows
    assert ("level", 398_600_000.0, D(2029, 1, 1), D(2029, 6, 30)) in rows


def test_a_base_worth_of_an_amount_takes_its_own_period() -> None:
    rows = dated(
        "date 2031-02-05\nExports from Chile to Peru fell to $41.2 million in December 2030, "
        "against the exports worth of $52.7 million in the same month of the previous year."
    )
    assert ("level", 52_700_000.0, D(2029, 12, 1), D(2029, 12, 31)) in rows
    assert ("level", 41_200_000.0, D(2030, 12, 1), D(2030, 12, 31)) in rows


def test_near_miss_against_a_backdrop_is_no_base() -> None:
    rows = dated(
        "date 2031-02-10\nExports from Chile to Peru rose 3.8 percent against the backdrop of "
        "weak demand during January-June 2030."
    )
    assert rows == {("pct_change", 3.8, D(2030, 1, 1), D(2030, 6, 30))}


_FISCAL = (
    "Exports from Pakistan to Kenya rose in the first half of the current financial year "
    "(2030-31), the central bank said.\n\nPakistan exported goods worth $86.4 million to Kenya "
    "during the current financial year against the exports of $90.1 million during last fiscal "
    "year."
)


def test_the_running_financial_year_is_the_pages_part_of_it() -> None:
    rows = dated("date 2031-01-25\n" + _FISCAL)
    assert ("level", 86_400_000.0, D(2030, 7, 1), D(2030, 12, 31)) in rows
    assert ("level", 90_100_000.0, D(2029, 7, 1), D(2029, 12, 31)) in rows


def test_near_miss_a_financial_year_that_has_ended_stays_whole() -> None:
    rows = dated(
        "date 2031-09-25\nExports from Pakistan to Kenya rose in the first half of fiscal year "
        "2030-31, the central bank said.\n\nPakistan exported goods worth $86.4 million to Kenya "
        "during fiscal year 2030-31 against the exports of $90.1 million during fiscal year "
        "2029-30."
    )
    assert ("level", 86_400_000.0, D(2030, 7, 1), D(2031, 6, 30)) in rows
    assert ("level", 90_100_000.0, D(2029, 7, 1), D(2030, 6, 30)) in rows
