"""Figures whose value was never read (issue 15 round 5, recall kinds), on made-up sentences."""

from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


def test_percent_as_compound_adjective() -> None:
    # "a 4.7-percent rise": the hyphen joins number and unit, still a percentage
    (m,) = find_mentions("It posted a 4.7-percent rise.")
    assert (m.kind, m.value) == ("percent", 4.7)
    assert [(m.kind, m.value) for m in find_mentions("a 12 percent gain")] == [("percent", 12.0)]


def test_world_cue_with_partner_in_clause_is_bilateral() -> None:
    text = (
        "Chile's trade with Peru grew in 2022.\n\n"
        "The overall exports to Peru were recorded at $9.5 million in 2023."
    )
    assert ("exports", "CHL", "PER", "level", 9.5e6, "USD") in rows(text)


def test_world_cue_without_partner_in_clause_stays_world() -> None:
    text = (
        "Chile's trade with Peru grew in 2022.\n\n"
        "Exports to Peru rose 3% in 2023, while overall exports fell by $5 million."
    )
    assert all(value != 5e6 for *_, value, _ in rows(text))


def test_pronoun_subject_of_level_verb_follows_previous_figure() -> None:
    text = (
        "Chile's exports to Peru reached $9.5 million in 2023.\n\n"
        "It has reached 334 million dollars compared to 239 million dollars a year earlier."
    )
    found = rows(text)
    assert ("exports", "CHL", "PER", "level", 334e6, "USD") in found
    assert ("exports", "CHL", "PER", "level", 239e6, "USD") in found


def test_this_represents_and_this_was_follow_previous_figure() -> None:
    base = "Chile's exports to Peru reached $9.5 million in 2023.\n\n"
    found = rows(base + "This represents a 6.1% growth from $8.9 million in 2022.")
    assert ("exports", "CHL", "PER", "pct_change", 6.1, "percent") in found
    found = rows(base + "This was 7.2 per cent higher than the $8.86 million logged in 2022.")
    assert ("exports", "CHL", "PER", "pct_change", 7.2, "percent") in found


def test_pronoun_with_adverb_and_change_verb() -> None:
    base = "Chile's exports to Peru reached $9.5 million in 2023.\n\n"
    found = rows(base + "It reportedly dropped by 6.5 percent from the year before.")
    assert ("exports", "CHL", "PER", "pct_change", -6.5, "percent") in found


def test_this_inside_a_clause_is_not_the_previous_figure() -> None:
    base = "Chile's exports to Peru reached $9.5 million in 2023.\n\n"
    found = rows(base + "The company said this was a $3 million order.")
    assert all(value != 3e6 for *_, value, _ in found)


def test_total_investment_in_a_named_host_is_the_pairs() -> None:
    # "total" makes a national total only when no partner follows the flow word
    text = "So far, Brazil's total investment in Peru reached $2.2 billion by 2023."
    assert ("investment", "PER", "BRA", "level", 2.2e9, "USD") in rows(text)
    assert rows("Brazil's total exports in May were $3 billion.") == []


def test_passive_estimated_is_no_speaker() -> None:
    # "X ... is estimated at $Y": the sentence's figure, not a source; the host stays a party
    text = "Brazil's total investment in the Peruvian economy is estimated at $1.7 billion."
    assert rows(text) == [("investment", "PER", "BRA", "level", 1.7e9, "USD")]


def test_bracketed_restatement_keeps_the_pair() -> None:
    text = (
        "Brazil's total investment in the Peruvian economy is about €1.7 billion ($2 billion),"
        " with Peru investing €770 million in Brazil."
    )
    found = rows(text)
    assert ("investment", "PER", "BRA", "level", 2e9, "USD") in found
    assert ("investment", "BRA", "PER", "level", 7.7e8, "EUR") in found


def _measures(text: str) -> list:
    from pipeline.extract.measure import measure_of
    from pipeline.extract.slots import slots

    return [(s.mention.value, measure_of(s)) for s in slots(text, find_mentions(text))]


def test_change_word_governs_a_list_of_percentages() -> None:
    text = (
        "The rise was driven by an increase in the supplies to Peru of farm products by 13.7%,"
        " raw energy products - 58%, chemical products - 25.2%."
    )
    assert [measure for _, measure in _measures(text)] == [
        ("pct_change", 13.7),
        ("pct_change", 58.0),
        ("pct_change", 25.2),
    ]


def test_list_of_tonnage_changes_is_not_carried() -> None:
    text = (
        "Last year the trade between the two countries increased in physical terms by 13% and"
        " came to a record of 678 million tons in all, exports - by 11% (542 million tons)."
    )
    assert _measures(text)[-1] == (11.0, None)


def test_increment_is_a_change_word() -> None:
    text = "Imports stood at $1.5 billion, posting an increment of 57.7 percent from $977 million."
    assert (57.7, ("pct_change", 57.7)) in _measures(text)


def test_respectively_list_of_flows() -> None:
    text = (
        "Chile's trade with Peru grew in 2022.\n\n"
        "In 2023 Chile's total trade, exports and imports with Peru rose by 0.8% to $36.7 billion,"
        " 0.2% to $17.3 billion and 1.3% to $19.4 billion, respectively."
    )
    flows = {(flow, value) for flow, _, _, _, value, _ in rows(text)}
    assert {
        ("turnover", 0.8),
        ("turnover", 36.7e9),
        ("exports", 0.2),
        ("exports", 17.3e9),
        ("imports", 1.3),
        ("imports", 19.4e9),
    } <= flows


def test_bare_direction_before_amount_is_an_absolute_change() -> None:
    text = "Brazil invested $29.1 million in Peru, down $110.4 million or 79.1% from a year before."
    assert (110.4e6, ("abs_change", -110.4e6)) in _measures(text)
    assert _measures("Exports were up $2 billion.") == [(2e9, ("abs_change", 2e9))]
    assert _measures("They set up $5 billion fund.") == [(5e9, ("level", 5e9))]


def _money(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.is_range) for m in find_mentions(text) if m.kind == "money"]


def test_range_with_a_bare_first_bound() -> None:
    assert _money("trade of between $5 and $6 billion") == [(5.5e9, True)]
    assert _money("trade of between 5 and 6 billion dollars") == [(5.5e9, True)]
    assert _money("trade of around 6.5 and 7 billion dollars") == [(6.75e9, True)]
    assert _money("trade of about 5 to 6 billion dollars") == [(5.5e9, True)]


def test_no_range_without_a_cue_or_with_a_larger_first_number() -> None:
    # "from 5 to 6 billion dollars" is no range but two levels, the first sharing the second's
    # scale and currency (from_to.py, round 18)
    assert _money("it rose from 5 to 6 billion dollars") == [(5e9, False), (6e9, False)]
    # no range, but two amounts sharing the scale and currency (ranges.py, "839 and 587 million
    # USD respectively")
    assert _money("shares of 5 and 6 billion dollars") == [(5e9, False), (6e9, False)]
    assert _money("between 2021 and 5 billion dollars") == [(5e9, False)]


def test_amount_below_a_thousand_dollars_is_a_price() -> None:
    assert _money("the average price of the goods has been $460 per tonne") == []
    assert _money("trade grew by $780 thousand") == [(780e3, False)]


def test_that_is_twice_as_much_keeps_the_base_period() -> None:
    # "That is twice as much as a year earlier": the multiple is of the previous figure's
    # period; "as much as a year earlier" is the comparison base, not its own period
    text = (
        "date 2024-10-01\n\nChile and Peru\n\n"
        "Chilean companies invested $9.3 million in Peru last year."
        " That is twice as much as a year earlier."
    )
    out = figures(text)
    twice = out[out["measure"] == "multiple"].iloc[0]
    assert (twice["flow"], str(twice["period_start"])[:10]) == ("investment", "2023-01-01")


def test_percentage_of_a_base_level_is_a_change() -> None:
    # NOTES: "134.8% of last year's level" is a 34.8% rise; the base year is no own period
    text = (
        "In 2025, trade between Chile and Peru amounted to almost $855 million,"
        " representing 134.8% of the 2024 level."
    )
    out = figures(text)
    pct = out[out["measure"] == "pct_change"].iloc[0]
    assert (round(pct["value"], 2), str(pct["period_start"])[:4]) == (34.8, "2025")
    assert (96.0, ("pct_change", -4.0)) in _measures("Exports were 96% of last year's level.")
    assert _measures("Peru took 25% of the exports.") == [(25.0, None)]


# Round 9 (x15-read3): currencies written the way regional outlets write them, scale
# abbreviations, and money verbs; every sentence made up.


def test_cfa_symbol_before_and_francs_after() -> None:
    # "CFA 52.8 billion francs": the symbol before the number, the word after the scale
    text = "Chad's exports to Cameroon fell from CFA 41.2 billion francs in 2018 to CFA 30.5 billion francs in 2019."
    found = rows(text)
    assert ("exports", "TCD", "CMR", "level", 41.2e9, "XAF") in found
    assert ("exports", "TCD", "CMR", "level", 30.5e9, "XAF") in found
    assert ("exports", "SEN", "MLI", "level", 310e9, "XOF") in rows(
        "Senegal's exports to Mali reached CFA 310 billion in 2019."
    )


def test_crowns_take_the_page_country_currency() -> None:
    assert ("exports", "CZE", "AUT", "level", 61.5e9, "CZK") in rows(
        "Czech exports to Austria rose to 61.5 billion Czech crowns in 2005."
    )
    assert ("imports", "DNK", "DEU", "level", 95e9, "DKK") in rows(
        "Denmark's imports from Germany were 95 billion crowns in 2019."
    )
    assert ("exports", "SVK", "HUN", "level", 2.58e9, "SKK") in rows(
        "Slovakia's exports to Hungary were 2.58 billion crowns in 1999."
    )


def test_surplus_in_trade_with_is_a_balance() -> None:
    # the flow word "trade" sits inside the balance phrase: no flow figure
    text = "Slovakia posted its largest surplus in trade with Hungary (1.5 billion crowns) in 1999."
    assert rows(text) == []
    assert rows("Kenya ran a deficit in its trade with China of $3 billion in 2020.") == []


def test_regional_dollar_and_kina_symbols() -> None:
    assert ("turnover", "CAN", "GBR", "level", 27.1e9, "CAD") in rows(
        "In 2010 trade between Canada and Britain reached CDN$27.1 billion."
    )
    assert ("turnover", "PNG", "AUS", "level", 13e9, "PGK") in rows(
        "Trade between Papua New Guinea and Australia was K13 billion in 2022."
    )
    # a letter-number code is no amount
    assert rows("The K2 team from Pakistan and Nepal spent 12 days on the climb in 2021.") == []


def test_scale_abbreviations_mio_mrd_and_glued_iso_code() -> None:
    assert ("exports", "DEU", "POL", "level", 654e6, "EUR") in rows(
        "German exports to Poland rose to EUR 654 Mio. in March 2021."
    )
    assert ("exports", "CHE", "AUT", "level", 8.4e9, "CHF") in rows(
        "Swiss exports to Austria reached CHF 8.4 Mrd in 2020."
    )
    assert ("imports", "FIN", "SWE", "level", 40e6, "EUR") in rows(
        "Finland's imports from Sweden were 40 MEUR in May 2023."
    )
    # a glued letter needs an ISO code after it
    assert rows("Brazil's exports to China were $5 bags of coffee.") == []


def test_money_verbs_traded_sold_exchanged() -> None:
    assert ("turnover", "BRA", "CHL", "level", 647e6, "USD") in rows(
        "Brazil and Chile traded $647 million worth of goods in 2022."
    )
    assert ("turnover", "KEN", "UGA", "level", 1.2e9, "USD") in rows(
        "In 2021, Kenya and Uganda traded goods worth $1.2 billion."
    )
    assert ("exports", "ARG", "CHL", "level", 4.1e9, "USD") in rows(
        "In 2022 Argentina sold $4.1 billion of goods to Chile."
    )
    assert ("turnover", "IND", "IRN", "level", 3e9, "USD") in rows(
        "Goods worth $3 billion were exchanged between India and Iran in 2019."
    )
    # a price is no trade figure
    assert rows("Brent traded at $80 a barrel as Brazil and China met in 2022.") == []


def test_volumes_and_exchange_with_a_partner_are_turnover() -> None:
    base = "Jordan's trade with its neighbours grew in 2021.\n\n"
    found = rows(base + "Volumes with Iraq rose from $92 million to $130 million in 2021.")
    assert ("turnover", "JOR", "IRQ", "level", 130e6, "USD") in found
    found = rows(base + "The exchange with Egypt went from $14.9 million to $20.8 million.")
    assert ("turnover", "JOR", "EGY", "level", 20.8e6, "USD") in found


def test_it_has_been_and_it_stands_follow_previous_figure() -> None:
    base = "Trade between Peru and Chile rose 8% in 2023.\n\n"
    found = rows(base + "It has been around 412 million dollars, officials said.")
    assert ("turnover", "PER", "CHL", "level", 412e6, "USD") in found
    found = rows(base + "It currently stands at US$1.9 billion.")
    assert ("turnover", "PER", "CHL", "level", 1.9e9, "USD") in found
    # "it has been" with no amount after it is no pronoun for the figure
    text = base + "It has been a hard year for traders, who lost $3 million to floods."
    assert all(value != 3e6 for *_, value, _ in rows(text))


def test_indian_rupee_symbol_with_a_stop_and_dual_symbol() -> None:
    found = rows("In 2019, Nepal's imports from India reached Rs. 1,250 crore.")
    assert ("imports", "NPL", "IND", "level", 12.5e9, "NPR") in found
    found = rows("Bhutan's exports to India stood at Rs/Nu. 3,500 cr in 2019.")
    assert ("exports", "BTN", "IND", "level", 35e9, "INR") in found
    # a refund of duties is no trade figure
    text = (
        "India refunds duty on Bhutan's imports from India; the refund rose to Rs. 410 cr in 2019."
    )
    assert all(value != 4.1e9 for *_, value, _ in rows(text))
