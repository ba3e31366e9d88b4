"""An undated page's current year fixed once by its own text, then used for every relative
period of the page (NOTES round 6: "every relative period of the page is resolved with it"; gc S3
"a year fixed anywhere on the page"; the fk one-grain rule in either order and for a part of "last
year"). Made-up sentences: other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.page_base import base_fixed_year
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


# --- a base that dates its own sentence's yearless month fixes the page --------------------------


def test_base_beside_a_yearless_month_fixes_the_pages_year() -> None:
    # "in April ... the corresponding period in 2036": April is of 2037, and the base fixes the
    # page's year wherever its relative periods are
    texts = [
        "Peru's overall exports in April rose 8.3% compared to the corresponding period in 2036.",
        "Last month, Peru's exports of copper to Chile came to $9.4 million.",
    ]
    assert base_fixed_year(texts) == (2037, frozenset())
    rows = dated(
        "Peru's exports to Chile in April rose 11.2% compared to the same period of 2036, "
        "reaching $71.3 million.\n\n"
        "In April, Peru's exports of copper to Chile came to $9.4 million."
    )
    assert ("level", 9_400_000.0, D(2037, 4, 1), D(2037, 4, 30)) in rows


def test_near_miss_base_beside_a_written_year_fixes_nothing() -> None:
    # "in 2037, up 8.3% on the same period of 2036": the base is the written year's; a page
    # with whole-year 2037 data may be read in any later year
    texts = [
        "Peru's overall exports in 2037 rose 8.3% compared to the same period of 2036.",
        "Last month, Peru's exports of copper to Chile came to $9.4 million.",
    ]
    assert base_fixed_year(texts) is None
    rows = dated(
        "Peru's exports to Chile in 2037 rose 11.2% compared to the same period of 2036, "
        "reaching $71.3 million.\n\n"
        "The minister visited the port of Callao.\n\n"
        "Peru also opened a consulate in Arica.\n\n"
        "In the first quarter of this year, Peru's copper exports to Chile came to $9.4 million."
    )
    assert ("level", 71_300_000.0, D(2037, 1, 1), D(2037, 12, 31)) in rows
    assert ("level", 9_400_000.0, None, None) in rows


# --- a part of "last year" beside the statistic's named whole years ------------------------------


def test_part_of_last_year_after_the_named_whole_years_is_the_next_year() -> None:
    rows = dated(
        "Trade between Peru and Chile increased from $3.17 billion in 2034 to $3.91 billion in "
        "2035.\n\n"
        "Between March and September last year, trade between Peru and Chile amounted to "
        "$2.2 billion."
    )
    assert ("level", 2_200_000_000.0, D(2036, 3, 1), D(2036, 9, 30)) in rows
    assert ("level", 3_910_000_000.0, D(2035, 1, 1), D(2035, 12, 31)) in rows


def test_part_of_this_year_before_the_named_whole_year_is_the_next_year() -> None:
    # the fk one-grain rule in adjacent sentences, either order (NOTES, decisions for ft: "which
    # one comes first does not matter"); no forecast is needed beside them
    rows = dated(
        "Trade between Peru and Chile in the first half of this year reached $1.3 billion.\n\n"
        "In 2035, trade between Peru and Chile was $2.9 billion."
    )
    assert ("level", 1_300_000_000.0, D(2036, 1, 1), D(2036, 6, 30)) in rows


def test_near_miss_part_of_this_year_two_sentences_from_the_whole_year_stays_undated() -> None:
    # adjacency holds for "this year" as for "last year" (NOTES fu: the rule does not lift it)
    rows = dated(
        "Trade between Peru and Chile in the first half of this year reached $1.3 billion.\n\n"
        "The minister visited the port of Callao.\n\n"
        "In 2035, trade between Peru and Chile was $2.9 billion."
    )
    assert ("level", 1_300_000_000.0, None, None) in rows


def test_near_miss_whole_year_further_away_fixes_nothing() -> None:
    # adjacency holds: a look-back two sentences away does not fix the part-year
    rows = dated(
        "Between March and September last year, trade between Peru and Chile amounted to "
        "$2.2 billion.\n\n"
        "The minister visited the port of Callao.\n\n"
        "Peru also opened a consulate in Arica.\n\n"
        "Let us recall that in 2035 trade between Peru and Chile was $3.91 billion."
    )
    assert ("level", 2_200_000_000.0, None, None) in rows


def test_near_miss_two_different_years_fixed_resolves_nothing() -> None:
    # the same whole year beside a part of "this year" and a part of "last year" would make
    # the page's year both 2036 and 2037: nothing is resolved
    rows = dated(
        "Between March and September last year, trade between Peru and Chile amounted to "
        "$2.2 billion.\n\n"
        "In 2035, trade between Peru and Chile was $3.91 billion, and in the first half of this "
        "year trade between Peru and Chile reached $1.3 billion."
    )
    assert ("level", 2_200_000_000.0, None, None) in rows
    assert ("level", 1_300_000_000.0, None, None) in rows


def test_near_miss_a_whole_last_year_beside_a_named_year_stays_a_series() -> None:
    # one grain: "In 2035 ... Last year it rose": a series of two years, nothing fixed
    rows = dated(
        "In 2035, trade between Peru and Chile was $3.91 billion.\n\n"
        "Last year trade between Peru and Chile rose to $4.2 billion."
    )
    assert ("level", 4_200_000_000.0, None, None) in rows


def test_near_miss_a_part_year_carried_into_the_sentence_fixes_nothing() -> None:
    # the change "on the same period last year" carries the part-year from two sentences up: the
    # look-back beside it ("from $2m in 2030 to $46m in 2035") is not its year's neighbour
    rows = dated(
        "Trade between Peru and Chile for seven months of this year amounted to $412 million.\n\n"
        "The figures were published by the statistics office.\n\n"
        "Trade between Peru and Chile fell by 4.2% compared to the same period last year.\n\n"
        "Over the past five years, trade between Peru and Chile grew from $2 million in 2030 to "
        "$46 million in 2035."
    )
    assert ("level", 412_000_000.0, None, None) in rows


# --- "last month" on an undated page about one month's data ----------------------------------------


def test_last_month_is_the_month_the_page_reports() -> None:
    # a page on March's data (its year fixed by the base) is written after March: "last month"
    rows = dated(
        "Chile's exports to Peru in March rose 9.4% compared to the same period of 2036, "
        "reaching $83.2 million.\n\n"
        "Last month, Chile's exports to Bolivia amounted to $21.7 million."
    )
    assert ("level", 21_700_000.0, D(2037, 3, 1), D(2037, 3, 31)) in rows


def test_near_miss_last_month_beside_an_undated_month_stays_undated() -> None:
    # nothing fixes the year of "in March": "last month" stays undated too
    rows = dated(
        "Chile's exports to Peru rose to $83.2 million in March.\n\n"
        "Last month, Chile's exports to Bolivia amounted to $21.7 million."
    )
    assert ("level", 21_700_000.0, None, None) in rows
