"""A whole year a figure-less sentence says trade moved or stood in dates the figures after it
(pipeline/extract/stated_period.py). Made-up sentences in several outlets' styles; countries,
numbers and years are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date
YEAR_2030 = (D(2030, 1, 1), D(2030, 12, 31))


def test_a_year_trade_fell_in_dates_the_next_sentence() -> None:
    # a broadcaster's report: the statistics office's year first, the pair's figures after
    rows = dated(
        "date 2031-02-10\nAccording to the statistics office, Peru's exports and imports fell in "
        "2030 amid a drought.\n\n"
        "Trade between Peru and Chile bucked the trend, rising by 4 percent to $870 million."
    )
    assert ("level", 870_000_000.0, *YEAR_2030) in rows
    assert ("pct_change", 4.0, *YEAR_2030) in rows


def test_a_record_year_dates_the_paragraph_on_an_undated_page() -> None:
    # a chamber's newsletter: a one-line lead with the year, no figure
    rows = dated(
        "Kenya-Egypt trade hit an all-time high in 2030.\n\n"
        "Figures from the trade office show that bilateral trade between Kenya and Egypt grew "
        "12.5 per cent to $2.1 billion."
    )
    assert ("level", 2_100_000_000.0, *YEAR_2030) in rows


def test_an_agreement_year_dates_nothing() -> None:
    rows = dated(
        "Back in 2030 Peru and Chile signed a free trade agreement.\n\n"
        "Over the years trade between Peru and Chile has grown almost 3 times."
    )
    assert ("multiple", 3.0, None, None) in rows


def test_a_target_year_dates_nothing() -> None:
    rows = dated(
        "Trade between Kenya and Egypt is expected to grow strongly in 2031.\n\n"
        "Bilateral trade between Kenya and Egypt stands at $2.1 billion."
    )
    assert ("level", 2_100_000_000.0, None, None) in rows


def test_two_years_date_nothing() -> None:
    # a look-back across years: which one the next figure has is not said
    rows = dated(
        "Trade between Kenya and Egypt grew steadily from 2021 to 2030.\n\n"
        "Bilateral trade between Kenya and Egypt stands at $2.1 billion."
    )
    assert ("level", 2_100_000_000.0, None, None) in rows


def test_a_stated_year_no_figure_takes_up_dates_nothing_far_on() -> None:
    # a televised meeting: the year's fall, then speeches, then a figure from the past
    rows = dated(
        "However, in 2030 the volume of trade between Peru and Chile fell.\n\n"
        "The president spoke at the start of the talks.\n\n"
        "We need to build relationships and maintain them.\n\n"
        "And it was very high!\n\n"
        "We once had a turnover of $250 million between Peru and Chile."
    )
    assert ("level", 250_000_000.0, None, None) in rows


def test_a_commercial_exchange_that_rose_in_a_year_dates_the_next_sentence() -> None:
    # a trade-promotion office's release, in the wording of a translated "intercambio comercial"
    rows = dated(
        "The commercial exchange between the two countries recorded a rise in 2030.\n\n"
        "Peru's exports to Chile totalled USD 1,200 million."
    )
    assert ("level", 1_200_000_000.0, *YEAR_2030) in rows


# --- "last year" in a lead without figures (round 13) ---------------------------------------
YEAR_2029 = (D(2029, 1, 1), D(2029, 12, 31))


def test_a_record_last_year_dates_the_next_sentence_on_a_dated_page() -> None:
    # a wire story: a one-line lead, then the agency's figures with no period of their own
    rows = dated(
        "date 2030-01-08\nTrade between Laos and Nepal reached a record high last year, "
        "customs data showed.\n\n"
        "Shipments from Laos to Nepal climbed 31 percent to $4.6 million."
    )
    assert ("pct_change", 31.0, *YEAR_2029) in rows
    assert ("level", 4_600_000.0, *YEAR_2029) in rows


def test_last_year_in_a_lead_waits_for_the_year_an_undated_page_fixes() -> None:
    # an undated release: the lead says "last year", a later line gives a part of 2030
    rows = dated(
        "Laotian exports to Nepal rose to a record last year.\n\n"
        "Exports climbed 12.5 percent to 80 million euros.\n\n"
        "Somewhere else in the release: in January-March 2030, exports to Nepal totalled "
        "9 million euros."
    )
    assert ("level", 80_000_000.0, *YEAR_2029) in rows


def test_last_year_of_an_event_dates_nothing() -> None:
    # near miss: no flow moved last year, the agreement was signed
    rows = dated(
        "date 2030-01-08\nLaos and Nepal signed a free trade agreement last year.\n\n"
        "Shipments from Laos to Nepal amount to $4.6 million."
    )
    assert ("level", 4_600_000.0, None, None) in rows


def test_this_year_in_a_lead_dates_nothing() -> None:
    # near miss: "this year" is a part of a year whose span the figures must say
    rows = dated(
        "date 2030-05-08\nTrade between Laos and Nepal has risen this year.\n\n"
        "Shipments from Laos to Nepal amount to $4.6 million."
    )
    assert ("level", 4_600_000.0, None, None) in rows


# --- the change named before the flow (round 14) ----------------------------------------------


def test_a_drop_in_exports_named_first_dates_the_next_figures() -> None:
    # a wire's lead: the change as a noun before the flows, the year at the end, no figure
    rows = dated(
        "Despite a fall in both exports and imports, Chile stayed Peru's largest trading partner "
        "in South America in 2030, data released on Monday showed.\n\n"
        "Peru's exports to Chile came to $870 million."
    )
    assert ("level", 870_000_000.0, *YEAR_2030) in rows


def test_a_year_of_an_event_beside_a_noun_of_change_dates_nothing() -> None:
    # near miss: the change word is no trade flow's ("a rise in tariffs"), the year an event's
    rows = dated(
        "Despite a rise in tariffs, Chile signed a new agreement with Peru in 2030.\n\n"
        "Peru's exports to Chile came to $870 million."
    )
    assert ("level", 870_000_000.0, None, None) in rows


def test_a_year_of_a_partner_rank_dates_the_paragraph() -> None:
    # a ministry's note: the pair's rank among partners in a year, the figures after it
    rows = dated(
        "date 2031-05-02\nIn 2030, Peru was Chile's fourth largest trading partner, ahead of "
        "Japan and Korea.\n\n"
        "Exports from Peru to Chile totalled $870 million, while imports from Chile reached "
        "$640 million."
    )
    assert ("level", 870_000_000.0, *YEAR_2030) in rows
    assert ("level", 640_000_000.0, *YEAR_2030) in rows


def test_partners_since_a_year_date_nothing() -> None:
    # the year partners began trading is no year of data
    rows = dated(
        "Peru and Chile have been trading partners since 2030.\n\n"
        "Exports from Peru to Chile totalled $870 million."
    )
    assert ("level", 870_000_000.0, None, None) in rows


def test_ranks_in_other_words_date_the_paragraph() -> None:
    # the rank written as an ordinal alone, "ranked N among", "number one", a superlative of
    # importance, a rank among destinations, or a rank word after the noun (Indonesian order)
    for lead in (
        "In 2030, Peru was Chile's fifth trading partner.",
        "Peru ranked third among Chile's trading partners in 2030.",
        "In 2030, Peru was Chile's number one trade partner.",
        "Peru remained Chile's most important trading partner in 2030.",
        "In 2030, Peru became the second most important destination for Chilean exports.",
        "In 2030, Peru merupakan trading partner terbesar bagi Chile.",
    ):
        rows = dated(
            f"date 2031-05-02\n{lead}\n\nExports from Peru to Chile totalled $870 million."
        )
        assert ("level", 870_000_000.0, *YEAR_2030) in rows, lead


def test_a_trading_partner_without_a_rank_dates_nothing() -> None:
    # near misses: "trading partner(s)" in an event or a list, no rank of the pair
    for lead in (
        "Peru, a trading partner since 1990, signed the deal with Chile in 2030.",
        "The ministry listed trading partners for 2030 on its website.",
        "Peru met its trading partners in Lima in 2030.",
    ):
        rows = dated(f"{lead}\n\nExports from Peru to Chile totalled $870 million.")
        assert ("level", 870_000_000.0, None, None) in rows, lead
