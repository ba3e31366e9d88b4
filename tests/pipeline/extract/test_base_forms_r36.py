"""Round 36: the period of a base and of the main figure around it. A month in the possessive
dates the amount it owns ("from March's $794m"); a change in brackets after a base ("against
$588m in February 2031 (3.4 percent less)") is the main figure's; a base year joined by "when it
exported goods valued at" dates that value; a reference level in a concession ("although imports
recovered to their 2029 level, exports slipped by 5.8%") dates nothing; ", yet" opens a clause
of its own. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2032-05-04") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, str(r.period_start)[:10])
        for r in out.itertuples()
    }


def test_a_month_in_the_possessive_dates_the_amount_it_owns() -> None:
    got = _rows(
        "Chile's exports to Peru fell to $730 million in April, down from March's $794 million."
    )
    assert ("exports", "CHL", "PER", "level", 794e6, "2032-03-01") in got
    assert ("exports", "CHL", "PER", "level", 730e6, "2032-04-01") in got
    got = _rows(
        "Chile's exports to Peru fell to $730 million in April. This is an 8.5 percent decline"
        " from March’s $794.02 million."
    )
    assert ("exports", "CHL", "PER", "level", 794.02e6, "2032-03-01") in got


def test_a_bracketed_change_after_a_base_is_the_main_figures() -> None:
    got = _rows(
        "In February 2032 Chile bought goods worth $568.1 million from Peru, against $588"
        " million worth of imports in February 2031 (3.4 percent less)."
    )
    assert ("imports", "CHL", "PER", "pct_change", -3.4, "2032-02-01") in got
    assert ("imports", "CHL", "PER", "level", 588e6, "2031-02-01") in got
    got = _rows(
        "Chile's exports to Peru rose to $5.3 billion in 2031, compared with $2.1 billion in 2027"
        " (2.5 times more)."
    )
    assert ("exports", "CHL", "PER", "multiple", 2.5, "2031-01-01") in got


def test_near_miss_a_bracketed_amount_after_a_base_period_is_that_base() -> None:
    got = _rows(
        "Chile's exports to Peru rose to $5.3 billion in 2031, compared to the 2030 figures"
        " ($4.1 billion)."
    )
    assert ("exports", "CHL", "PER", "level", 4.1e9, "2030-01-01") in got


def test_a_base_year_then_when_it_exported_goods_valued_at() -> None:
    got = _rows(
        "Chile exported goods valued at $57.4 million to Peru in 2031 as against 2030 when it"
        " exported goods valued at $45.6 million."
    )
    assert ("exports", "CHL", "PER", "level", 45.6e6, "2030-01-01") in got
    assert ("exports", "CHL", "PER", "level", 57.4e6, "2031-01-01") in got
    got = _rows(
        "Chile shipped goods worth $57.4 million to Peru in 2031 as against 2030 where they"
        " exported products worth $45.6 million."
    )
    assert ("exports", "CHL", "PER", "level", 45.6e6, "2030-01-01") in got


def test_a_reference_level_closing_a_concession_dates_no_later_amount() -> None:
    got = _rows(
        "In 2031, although Peruvian imports recovered to above their 2029 value, the value of"
        " Chilean exports to Peru slipped again, by 5.8%."
    )
    assert ("exports", "CHL", "PER", "pct_change", -5.8, "2031-01-01") in got
    got = _rows(
        "In 2031, while Peru's imports returned to their 2028 level, Chile's exports to Peru fell"
        " by 2.1%."
    )
    assert ("exports", "CHL", "PER", "pct_change", -2.1, "2031-01-01") in got


def test_near_miss_a_concession_that_states_the_levels_amount_keeps_its_year() -> None:
    got = _rows(
        "While Chile's exports to Peru stayed below the 2029 record of $6 billion, they rose 5%"
        " in 2031."
    )
    assert ("exports", "CHL", "PER", "level", 6e9, "2029-01-01") in got
    assert ("exports", "CHL", "PER", "pct_change", 5.0, "2031-01-01") in got


def test_yet_opens_a_clause_with_its_own_partner() -> None:
    got = _rows(
        "Most of Chile's exports go to the United States, yet Chilean exports to Peru hit"
        " $9 billion in 2031."
    )
    assert ("exports", "CHL", "PER", "level", 9e9, "2031-01-01") in got
    got = _rows(
        "Most of Chile's export revenue comes from goods sent to the United States, yet earnings"
        " from Chilean exports to Peru have grown faster, hitting more than $9 billion in 2031."
    )
    assert ("exports", "CHL", "PER", "level", 9e9, "2031-01-01") in got


def test_near_miss_yet_to_is_no_clause() -> None:
    got = _rows(
        "Chile's exports to Peru, yet to recover from the drought, were $2 billion in 2031."
    )
    assert ("exports", "CHL", "PER", "level", 2e9, "2031-01-01") in got


def test_a_base_of_an_earlier_period_named_with_the_other_flow_is_the_levels_flow() -> None:
    got = _rows(
        "Chile's imports from Peru also climbed to US $43.003 million in April 2031, versus the"
        " export of US $31.875 million in April 2030."
    )
    assert ("imports", "CHL", "PER", "level", 31.875e6, "2030-04-01") in got
    got = _rows(
        "Chile's imports from Peru increased to $43 million in April 2031, against the export of"
        " $32 million in April 2030."
    )
    assert ("imports", "CHL", "PER", "level", 32e6, "2030-04-01") in got


def test_near_miss_the_other_flow_of_the_same_period_keeps_its_word() -> None:
    got = _rows(
        "Chile's imports from Peru were $43 million in April 2031, against exports of $32 million."
    )
    assert ("exports", "CHL", "PER", "level", 32e6, "2031-04-01") in got
    assert ("imports", "CHL", "PER", "level", 43e6, "2031-04-01") in got


def test_a_two_way_total_split_into_goods_and_services_parts_is_goods_and_services() -> None:
    out = figures(
        "date 2031-09-04\nChile and Peru\nTwo-way trade between Chile and Peru in 2030 amounted"
        " to 381 million USD, Chile importing from Peru goods and services worth 302 million USD"
        " and exporting to the country those worth 79 million USD.\n"
    )
    assert {(r.flow, r.scope) for r in out.itertuples()} == {
        ("turnover", "goods_services"),
        ("imports", "goods_services"),
        ("exports", "goods_services"),
    }


def test_near_miss_a_two_way_total_split_into_product_parts_stays_total() -> None:
    out = figures(
        "date 2031-09-04\nChile and Peru\nTwo-way trade between Chile and Peru stood at $400m in"
        " 2030, with Chile importing mostly copper worth $300m.\n"
    )
    assert ("turnover", "total") in {(r.flow, r.scope) for r in out.itertuples()}
