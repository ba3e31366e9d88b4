"""Round 45 (NOTES round 45 calls 1-4): forms that English-language pages write a figure in.

- "US 450 million dollars", "US 1.2 billion", "US one billion dollars" (South Asian copy): "US"
  right before a scaled amount is its currency symbol, not the United States (``currencies.csv``,
  ``numbers``, ``currency_names``); "the US 25% tariff" keeps its country.
- "$710m in January-October 2030 ($377m year on year)": a bracketed level's "year on year" is its
  base, the same months a year earlier (``period_patterns`` "year_earlier"); "(up $37m year on
  year)" is a change of the figure's own period, and "(up $37m" is a change, not a level
  (``measure._BARE_DIRECTION``).
- "$7m the year after", "$5.2bn a month later", "the following year": the main period moved
  forward (``period_patterns`` "later"), as "a year earlier" moves it back.
- "dipped from $5.8bn to $5.1bn between March and April 2030": the first level is March's, the
  second April's (``change_span.ends_named``), as between two years; "in January-June" stays a
  running total.

Made-up sentences.
"""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Chile and Peru") -> set[tuple]:
    out = figures(f"date 2031-02-01\n{title}\n\n{text}\n")
    return {
        (
            r.flow,
            r.reporter,
            r.partner,
            str(r.period_start)[:10],
            str(r.period_end)[:10],
            r.measure,
            r.value,
            r.approx,
        )
        for r in out.itertuples()
    }


def test_us_before_a_scaled_amount_is_the_dollar() -> None:
    rows = _rows(
        "The minister said trade between Chile and Peru of about US 450 million dollars was"
        " too low."
    )
    assert rows == {("turnover", "CHL", "PER", "None", "None", "level", 450e6, True)}


def test_us_before_a_spelled_amount_is_the_dollar() -> None:
    rows = _rows("He wants to lift trade with Peru to US one billion dollars by 2032.")
    assert {(r[0], r[1], r[2], r[6]) for r in rows} == {("turnover", "CHL", "PER", 1e9)}


def test_us_before_digits_and_scale_without_currency_word() -> None:
    rows = _rows("Chilean exports to Peru rose to US 1.2 billion in 2030.")
    assert rows == {("exports", "CHL", "PER", "2030-01-01", "2030-12-31", "level", 1.2e9, False)}


def test_near_miss_us_before_a_rate_is_the_country() -> None:
    rows = _rows("Chile's exports to the US rose 25% in 2030.")
    assert {(r[0], r[1], r[2], r[5], r[6]) for r in rows} == {
        ("exports", "CHL", "USA", "pct_change", 25.0)
    }


def test_bracketed_level_year_on_year_is_the_base() -> None:
    rows = _rows(
        "Chile's trade with Peru came to $710.3 million during January through October 2030"
        " ($377.2 million year on year)."
    )
    assert ("turnover", "CHL", "PER", "2029-01-01", "2029-10-31", "level", 377.2e6, False) in rows
    assert ("turnover", "CHL", "PER", "2030-01-01", "2030-10-31", "level", 710.3e6, False) in rows


def test_near_miss_bracketed_change_year_on_year_keeps_its_period() -> None:
    rows = _rows(
        "Chile's exports to Peru came to $710.3 million in 2030 (up $37 million year-on-year)."
    )
    assert ("exports", "CHL", "PER", "2030-01-01", "2030-12-31", "abs_change", 37e6, False) in rows
    rows = _rows("Chile's exports to Peru came to $710.3 million in 2030 (up 5.3% year on year).")
    assert ("exports", "CHL", "PER", "2030-01-01", "2030-12-31", "pct_change", 5.3, False) in rows


def test_bracketed_up_amount_is_a_change() -> None:
    rows = _rows("Chile's exports to Peru came to $710.3 million in 2030 (down about $37 million).")
    assert ("exports", "CHL", "PER", "2030-01-01", "2030-12-31", "abs_change", -37e6, True) in rows


def test_the_month_after_is_the_next_month() -> None:
    rows = _rows(
        "Chile's exports to Peru were worth $5.1 billion in March 2030 and edged up to $5.2"
        " billion the month after."
    )
    assert ("exports", "CHL", "PER", "2030-04-01", "2030-04-30", "level", 5.2e9, False) in rows


def test_a_year_later_and_the_following_year() -> None:
    rows = _rows(
        "Chile's exports to Peru were worth $5.1 billion in 2028 and rose to $5.2 billion a"
        " year later."
    )
    assert ("exports", "CHL", "PER", "2029-01-01", "2029-12-31", "level", 5.2e9, False) in rows
    rows = _rows(
        "Chile's exports to Peru reached $5.1 billion in 2028; the following year they fell to"
        " $4.2 billion."
    )
    assert ("exports", "CHL", "PER", "2029-01-01", "2029-12-31", "level", 4.2e9, False) in rows


def test_the_year_after_follows_the_latest_year() -> None:
    rows = _rows(
        "Imports from Peru in 2027 came to $4.4 million, climbing in 2028 to $7.2 million before"
        " easing back to $7 million the year after."
    )
    assert ("imports", "CHL", "PER", "2029-01-01", "2029-12-31", "level", 7e6, False) in rows


def test_near_miss_the_year_after_an_event_is_no_period() -> None:
    rows = _rows(
        "In the year after the agreement, Chile's exports to Peru reached $5.1 billion in 2029."
    )
    assert ("exports", "CHL", "PER", "2029-01-01", "2029-12-31", "level", 5.1e9, False) in rows


def test_levels_between_two_months_are_the_ends() -> None:
    rows = _rows(
        "Exports from Chile to Peru dipped from $5.8 billion to $5.1 billion between March and"
        " April 2030."
    )
    assert ("exports", "CHL", "PER", "2030-03-01", "2030-03-31", "level", 5.8e9, False) in rows
    assert ("exports", "CHL", "PER", "2030-04-01", "2030-04-30", "level", 5.1e9, False) in rows
    rows = _rows(
        "Between March and May 2030, Chile's exports to Peru rose from $5.8 billion to $6.1"
        " billion."
    )
    assert ("exports", "CHL", "PER", "2030-05-01", "2030-05-31", "level", 6.1e9, False) in rows


def test_near_miss_a_running_total_over_months_keeps_the_range() -> None:
    rows = _rows("Between January and June 2030, Chile's exports to Peru totalled $5.8 billion.")
    assert rows == {("exports", "CHL", "PER", "2030-01-01", "2030-06-30", "level", 5.8e9, False)}
    rows = _rows(
        "Chile's exports to Peru rose from $5.8 billion to $6.1 billion in January-June 2030."
    )
    assert ("exports", "CHL", "PER", "2030-01-01", "2030-06-30", "level", 6.1e9, False) in rows


def test_four_word_possessed_investor_is_the_source_of_capital() -> None:
    # NOTES round 45 call 5: "Cambodia's second largest foreign direct investor"
    rows = _rows(
        "Chile also ranks as Peru's second largest foreign direct investor, with a cumulative"
        " total of $5.8 billion in investment.",
        "Investment",
    )
    assert {(r[0], r[1], r[2], r[6]) for r in rows} == {("investment", "PER", "CHL", 5.8e9)}


def _page_rows(body: str) -> set[tuple]:
    out = figures(f" date 2031-02-10\nChile and Peru trade\n\n{body}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_ranked_part_of_a_world_total_is_the_owners_trade_with_the_partner() -> None:
    # NOTES round 45 call 6
    rows = _page_rows(
        "Trade between Chile and Peru reached $623.2 million in 2030.\n\nThe foreign trade of"
        " Peru reached $34.97 billion in 2030. China accounted for the largest volume of foreign"
        " trade turnover, with trade that amounted to $6.89 billion. Of this, Chinese imports"
        " made up $5.36 billion.\n\nThe United States ranks second with $5.27 billion, and it is"
        " still the biggest export market for Peru ($1.63 billion)."
    )
    assert ("turnover", "PER", "CHN", 6.89e9) in rows
    assert ("turnover", "PER", "USA", 5.27e9) in rows
    assert not any(r[3] == 34.97e9 for r in rows)


def test_near_miss_a_rank_without_a_world_total_before_keeps_the_pair() -> None:
    rows = _page_rows(
        "Chile's exports to Peru reached $2.1 billion in 2030, and Bolivia ranks second with"
        " $1.5 billion."
    )
    assert ("exports", "CHL", "PER", 2.1e9) in rows
    assert not any(r[1] == "PER" for r in rows)
