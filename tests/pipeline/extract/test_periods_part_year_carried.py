"""A part-year the page states, carried to the figures that refer back to it (wrong-period kind,
round 12): "this year" and "in 2031" on pages whose current year is still under way, "the same
period of 2030" as a comparison base, "during this period" / "the reporting period". Made-up
sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date

# --- an undated page: "this year" is the year its text fixes, to date ------------------------


def test_this_year_on_an_undated_page_is_its_part_year_to_date() -> None:
    rows = dated(
        "In the first five months of 2031, trade between Peru and Chile rose 12% to $2.3 billion."
        "\n\nTrade between Peru and Bolivia this year also rose from $310 million to $415 million."
    )
    assert ("level", 415_000_000.0, D(2031, 1, 1), D(2031, 5, 31)) in rows
    # the base "from" a year earlier: the same five months of 2030
    assert ("level", 310_000_000.0, D(2030, 1, 1), D(2030, 5, 31)) in rows


def test_near_miss_last_year_on_an_undated_page_stays_a_whole_year() -> None:
    rows = dated(
        "In the first five months of 2031, trade between Peru and Chile rose 12% to $2.3 billion."
        "\n\nLast year, trade between Peru and Bolivia was $415 million."
    )
    assert ("level", 415_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_near_miss_a_target_by_the_end_of_this_year_is_no_year_to_date() -> None:
    rows = dated(
        "In the first five months of 2031, trade between Peru and Chile rose 12% to $2.3 billion."
        "\n\nTrade between Peru and Chile is expected to reach $6 billion by the end of this year."
    )
    assert not any(r[0] == "level" and r[1] == 6e9 and r[3] == D(2031, 5, 31) for r in rows)


# --- a dated page: the base of a year to date is the same months ------------------------------


def test_the_same_period_of_a_year_to_date_is_the_same_months() -> None:
    rows = dated(
        "date 2031-08-03\nTrade between Chile and Peru grew strongly in the first half of 2031."
        "\n\nIt was $418 million in 2031, and $296 million in the same period of 2030."
    )
    assert ("level", 418_000_000.0, D(2031, 1, 1), D(2031, 6, 30)) in rows
    assert ("level", 296_000_000.0, D(2030, 1, 1), D(2030, 6, 30)) in rows


def test_near_miss_a_finished_year_keeps_its_base_whole() -> None:
    rows = dated(
        "date 2031-08-03\nTrade between Chile and Peru grew strongly in the first half of 2031."
        "\n\nIt was $418 million in 2030, and $296 million in the same period of 2029."
    )
    assert ("level", 296_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


# --- "during this period", "the same period of 2030" without a comparison word ---------------


def test_this_period_refers_back_and_the_same_period_of_a_year_is_a_base() -> None:
    rows = dated(
        "Between January and May, trade between Peru and Chile rose 45%.\n\nIn this period Peru "
        "exported $1.25 billion to Chile, when in the same period of 2030 it had sold only "
        "$820 million."
    )
    assert ("level", 820_000_000.0, D(2030, 1, 1), D(2030, 5, 31)) in rows
    assert ("level", 1_250_000_000.0, D(2031, 1, 1), D(2031, 5, 31)) in rows


def test_near_miss_a_plain_year_without_the_same_period_stays_whole() -> None:
    rows = dated(
        "Between January and May, trade between Peru and Chile rose 45%.\n\nIn this period Peru "
        "exported $1.25 billion to Chile, when in 2030 it had sold only $820 million."
    )
    assert ("level", 820_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows


def test_spanish_en_este_periodo_is_this_period() -> None:
    rows = dated(
        "Entre enero y mayo, el comercio entre Perú y Chile creció 45%.\n\nEn este período Perú "
        "exportó a Chile 1.250 millones de dólares, cuando en el mismo lapso del 2030 apenas "
        "había vendido 820 millones de dólares."
    )
    assert ("level", 1_250_000_000.0, D(2031, 1, 1), D(2031, 5, 31)) in rows


# --- an investment stock in the perfect ("have totaled $X") takes no carried period ----------


def test_an_investment_that_has_totaled_takes_no_carried_period() -> None:
    rows = dated(
        "In the first half of 2031, trade between Peru and Chile rose to $2.6 billion.\n\n"
        "Chile's investments in Peru have totaled $730 million, the minister said."
    )
    assert ("level", 730_000_000.0, None, None) in rows


def test_near_miss_an_investment_flow_takes_the_carried_period() -> None:
    rows = dated(
        "In the first half of 2031, trade between Peru and Chile rose to $2.6 billion.\n\n"
        "Chile's investments in Peru rose to $730 million, the minister said."
    )
    assert ("level", 730_000_000.0, D(2031, 1, 1), D(2031, 6, 30)) in rows


# --- "In 2027 X stood at $A but by 2029 it had grown to $B": the later period is B's ----------


def test_a_period_past_a_contrast_word_is_the_next_clauses() -> None:
    rows = dated(
        "In 2027 trade between Fiji and Australia stood at $500 million but by 2029 this figure "
        "had grown to $900 million."
    )
    assert ("level", 500_000_000.0, D(2027, 1, 1), D(2027, 12, 31)) in rows
    assert ("level", 900_000_000.0, D(2029, 1, 1), D(2029, 12, 31)) in rows


def test_near_miss_a_period_right_after_the_amount_is_its_own() -> None:
    rows = dated(
        "In 2027 trade between Fiji and Australia stood at $500 million in the first half alone."
    )
    assert ("level", 500_000_000.0, D(2027, 1, 1), D(2027, 6, 30)) in rows


# --- "up 17% over February this year and 13% over March of 2030": each change has its base ---


def test_two_changes_over_two_base_months_keep_the_main_month() -> None:
    rows = dated(
        "The combined import-export figure of commerce between Peru and Chile "
        "reached $4.5 billion in the month of March this year, a record for one month.\n\nIt "
        "represents a 14 percent increase over February this year and 9 percent over March of "
        "2030."
    )
    assert ("pct_change", 14.0, D(2031, 3, 1), D(2031, 3, 31)) in rows
    assert ("pct_change", 9.0, D(2031, 3, 1), D(2031, 3, 31)) in rows


def test_near_miss_a_change_between_two_named_months_takes_the_later() -> None:
    # "from $X in May 2030, against $Y in May 2031": the bases run past the level it reaches
    rows = dated(
        "Exports from Peru to Chile rose 79% from $17 million in May 2030, against $31 million "
        "in May 2031."
    )
    assert ("pct_change", 79.0, D(2031, 5, 1), D(2031, 5, 31)) in rows
