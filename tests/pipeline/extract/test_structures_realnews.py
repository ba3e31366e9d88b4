"""Structures and amounts of real-news kinds, round 2 (issue 15, items 3 and 5): each rule on a
made-up sentence that carries the difficulty of a real page, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.measure, r.value, r.unit) for r in out.itertuples()}


def test_a_ranking_with_at_continues_the_first_figure_of_its_sentence() -> None:
    # The ranked countries take the place of the first one; the other side (the page's
    # country, not named in the sentence) stays.
    out = figures(
        "date 2031-02-01\nKenya draws investors from Europe and the Americas.\n\n"
        "Over 2026-2030, foreign direct investment from Spain was valued at 31.5 billion rand, "
        "followed by Chile at 22.25 billion rand, Canada at 9.1 billion rand and the United "
        "States at 4.75 billion rand."
    )
    assert _rows(out) == {
        ("investment", "KEN", "ESP", "level", 31.5e9, "ZAR"),
        ("investment", "KEN", "CHL", "level", 22.25e9, "ZAR"),
        ("investment", "KEN", "CAN", "level", 9.1e9, "ZAR"),
        ("investment", "KEN", "USA", "level", 4.75e9, "ZAR"),
    }, out.to_string()


def test_a_repeated_separator_before_a_short_group_is_a_rescaled_figure() -> None:
    # "1.204.37 trillion" is "1,204.37 billion" with the scale word changed: 1.20437 trillion.
    out = figures(
        "date 2031-02-01\nIn 2030, Ghana's exports to Kenya were valued at N1.204.37 trillion, "
        "while imports from Kenya stood at N2.015.6trillion."
    )
    assert _rows(out) == {
        ("exports", "GHA", "KEN", "level", 1.20437e12, "NGN"),
        ("imports", "GHA", "KEN", "level", 2.0156e12, "NGN"),
    }, out.to_string()


def test_export_trade_is_exports_not_turnover() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030, Ghana's export trade to Kenya stood at $2.5 billion and its "
        "import trade from Kenya at $1.5 billion."
    )
    assert _rows(out) == {
        ("exports", "GHA", "KEN", "level", 2.5e9, "USD"),
        ("imports", "GHA", "KEN", "level", 1.5e9, "USD"),
    }, out.to_string()


def test_a_sentence_naming_no_economy_continues_the_last_figures_direction() -> None:
    # The page mentions Kenya most, but Ghana reports these imports: the sentence with no
    # country keeps the previous figure's reporter and partner, not the page's order.
    out = figures(
        "date 2031-02-01\nKenya and Ghana: Kenya sells tea, Kenya buys cocoa, Kenya grows.\n\n"
        "In 2030, Ghana's imports from Kenya were valued at $800 million. Imported fuel came "
        "first with a value of $120 million."
    )
    assert {(r.flow, r.reporter, r.partner, r.value, r.scope) for r in out.itertuples()} == {
        ("imports", "GHA", "KEN", 8e8, "total"),
        ("imports", "GHA", "KEN", 1.2e8, "energy"),
    }, out.to_string()


def test_total_trade_of_a_named_partnership_is_bilateral() -> None:
    # "total" after "X is Y's largest trading partner, with" is the pair's total, and "total
    # exports to Kenya" names its partner: neither is the country's trade with the world.
    out = figures(
        "date 2031-02-01\nKenya is Ghana's largest trading partner, with total trade (goods and "
        "services) in 2030 valued at $8.5 billion. Ghana's total merchandise exports to Kenya "
        "were valued at $4.4 billion in 2030."
    )
    # turnover is symmetric (CONTRACT.md): its pair compares unordered
    assert {
        (
            r.flow,
            r.scope,
            frozenset((r.reporter, r.partner)) if r.flow == "turnover" else (r.reporter, r.partner),
            r.value,
        )
        for r in out.itertuples()
    } == {
        ("turnover", "goods_services", frozenset(("KEN", "GHA")), 8.5e9),
        ("exports", "total", ("GHA", "KEN"), 4.4e9),
    }, out.to_string()


def test_a_countrys_total_trade_stays_out() -> None:
    out = figures(
        "date 2031-02-01\nGhana's total exports reached $14 billion in 2030, and its total "
        "trade to rise further, the minister of Ghana said."
    )
    assert out.empty, out.to_string()


def test_to_reach_after_a_change_that_happened_is_actual() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030, Ghana's imports from Kenya grew 4.5 percent year-on-year to "
        "reach $3.3 billion. Ghana aims to reach $5 billion in trade with Kenya by 2035."
    )
    assert {(r.flow, r.measure, r.value, r.status) for r in out.itertuples()} == {
        ("imports", "pct_change", 4.5, "actual"),
        ("imports", "level", 3.3e9, "actual"),
        ("turnover", "level", 5e9, "target"),
    }, out.to_string()


def test_items_under_a_list_header_take_its_flow_pair_period_and_currency() -> None:
    # Only items that name a sector are figures; single products are not annotated.
    out = figures(
        "date 2031-02-01\nMain goods shipped from Peru to Chile in 2030 in terms of rand value "
        "were:\n\n• Frozen and canned foods: 41 billion (+3.5%)\n\n• Toys: 12 billion (+1.1%)"
        "\n\nMain goods imported by Peru from Chile in 2030:\n\nRefined copper – $310 million;"
        "\n\nWine – $95 million;\n\nDiesel fuel – $42.5 million.\n\nPeru also sends llamas."
    )
    rows = {
        (r.flow, r.scope, r.reporter, r.partner, r.measure, r.value, r.unit)
        for r in out.itertuples()
    }
    assert rows == {
        ("exports", "agriculture", "PER", "CHL", "level", 41e9, "ZAR"),
        ("exports", "agriculture", "PER", "CHL", "pct_change", 3.5, "percent"),
        ("imports", "metals", "PER", "CHL", "level", 310e6, "USD"),
        ("imports", "energy", "PER", "CHL", "level", 42.5e6, "USD"),
    }, out.to_string()
    assert set(out.period_end.astype(str)) == {"2030-12-31"}, out.to_string()
    # positions point into the item's own line
    copper = out[out.value == 310e6].iloc[0]
    assert (copper.char_start, copper.char_end) == (
        len("Refined copper – "),
        len("Refined copper – $310 million"),
    )


def test_a_line_ending_in_a_colon_with_its_own_amount_is_no_list_header() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030 Peru's exports to Chile reached $4 billion, as follows:\n\n"
        "Refined copper – $310 million;"
    )
    assert {(r.flow, r.value) for r in out.itertuples()} == {("exports", 4e9)}, out.to_string()


def test_demonym_imports_to_a_country_are_that_countrys_imports() -> None:
    out = figures(
        "date 2031-02-01\nChilean imports to Peru fell from $410 million in 2029 to $380 "
        "million in 2030."
    )
    assert {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("imports", "PER", "CHL", 410e6),
        ("imports", "PER", "CHL", 380e6),
    }, out.to_string()


def test_a_country_naming_a_currency_is_not_one_of_the_pages_countries() -> None:
    # "U.S. dollars" three times does not make the United States the page's second country.
    out = figures(
        "date 2031-02-01\nChile was the main source of goods bought by Peru in 2030, Peru's "
        "statistics office said, quoting values in U.S. dollars, not in U.S. dollars of 2020 or "
        "U.S. dollars of 2010.\n\nImport payments to this country stood at 1.5 billion U.S. "
        "dollars in 2030."
    )
    assert {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("imports", "PER", "CHL", 1.5e9)
    }, out.to_string()


def test_gapped_clauses_repeat_the_first_clauses_verb_and_partner() -> None:
    out = figures(
        "date 2031-02-01\nIn 2030 Peru increased its trade turnover with Japan by 12%, Chile by 9% "
        "and Ecuador by 4.5%."
    )
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("PER", "JPN", 12.0),
        ("CHL", "JPN", 9.0),
        ("ECU", "JPN", 4.5),
    }, out.to_string()
