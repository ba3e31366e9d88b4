"""Values never read and spurious figures (issue 15, value recall and precision), on made-up
sentences in several outlets' styles."""

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.extract.compound import chain_value, compound_mentions
from pipeline.extract.digits import symbol_before
from pipeline.extract.numbers import find_mentions


def rows(text: str) -> list[tuple]:
    out = figures(text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in out.itertuples()
    ]


def money(text: str) -> list[tuple[float, str, str]]:
    return [
        (m.value, m.unit, text[m.start : m.end]) for m in find_mentions(text) if m.kind == "money"
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # translated Spanish "mil millones": a thousand-count of millions
        ("sales reached 612 thousand 305 million dollars by October", 612_305e6, "USD"),
        # Turkish/Balkan wire style: falling scales are added
        ("shipments to Hungary came to 3 billion 48 million dollars", 3_048e6, "USD"),
        ("the sector earned 7 billion 12 million 500 thousand euros", 7_012_500e3, "EUR"),
        ("Latvia bought goods worth 915 million 640 thousand dollars", 915_640e3, "USD"),
        # a symbol before the first digits
        ("turnover hit $2 billion 206 million last year", 2_206e6, "USD"),
    ],
)
def test_compound_amounts_read_whole(text: str, value: float, unit: str) -> None:
    found = money(text)
    assert len(found) == 1, found
    assert found[0][:2] == (pytest.approx(value), unit)


def test_compound_amounts_left_alone() -> None:
    # two amounts joined by "and" ("respectively"), a range, scales out of order, no currency
    values = [v for v, *_ in money("exports and imports were 3 billion and 400 million dollars")]
    assert 3.4e9 not in values
    assert len(money("between 5 billion and 6 billion euros")) == 1  # the range reading
    assert chain_value([(2, 1e6), (3, 1e9)]) is None
    assert money("a market of 1 billion 400 million people") == []


@pytest.mark.parametrize(
    ("single", "compound", "unit"),
    [
        # a symbol in its own case is read alike before one scale word or several
        ("sales of Rs 5 billion", "sales of Rs 2 billion 300 million", "INR"),
        ("sales of US$ 5 billion", "sales of US$ 2 billion 300 million", "USD"),
        ("sales of USD 5 billion", "sales of USD 2 billion 300 million", "USD"),
        # in another case it is a word, not a currency, for both readers
        ("the yrs 5 billion", "the yrs 2 billion 300 million", None),
        ("sales of rs 5 billion", "sales of rs 2 billion 300 million", None),
        ("sales of usd 5 billion", "sales of usd 2 billion 300 million", None),
        ("sales of MOP$ 5 billion", "sales of MOP$ 2 billion 300 million", None),
        # one space at most between symbol and digits (the compound reader allowed more)
        ("sales of Rs  5 billion", "sales of Rs  2 billion 300 million", None),
    ],
)
def test_one_symbol_reader_for_single_and_compound_amounts(
    single: str, compound: str, unit: str | None
) -> None:
    units = {m.unit for m in find_mentions(single) if m.kind == "money"}
    assert units == ({unit} if unit else set())
    found = compound_mentions(compound)
    assert [m.unit for m in found] == ([unit] if unit else [])
    if unit:  # the mention starts at the symbol, as a single amount's does
        assert compound[found[0].start :].startswith(("Rs", "US"))


def test_symbol_before_is_case_exact_and_not_a_word_tail() -> None:
    text = "worth Rs. 2 billion, rs 3 billion, Mrs 4 billion"
    at = text.index("2")
    currency, start = symbol_before(text, at) or (None, -1)
    assert currency is not None and currency.code == "INR" and text[start:at] == "Rs. "
    assert symbol_before(text, text.index("3")) is None  # lower case: a word
    assert symbol_before(text, text.index("4")) is None  # "rs" ends a word


def test_compound_amount_is_the_figure() -> None:
    text = (
        "date 2031-06-02\nBetween January and May 2031, Spain's exports to Peru amounted to "
        "1 billion 233 million euros."
    )
    assert rows(text) == [("exports", "ESP", "PER", "level", 1_233e6, "EUR")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between Peru and Japan grew at an average annual rate of 12 percent between 2011 "
        "and 2016.",
        "Peru's exports to Japan have risen by 8% per year over the past decade.",
        "Over the last six years, trade between Peru and Japan has grown 7.5 per cent on average.",
        "Peruvian shipments to Japan expanded 9 per cent annually during 2010-2016.",
        "Trade between Peru and Japan posted a CAGR of 6.1% from 2012 to 2017.",
    ],
)
def test_average_growth_rates_are_not_figures(sentence: str) -> None:
    # NOTES: average annual growth rates over several years are not annotated
    assert rows("date 2031-03-01\n" + sentence) == []


def test_year_on_year_and_year_earlier_changes_stay() -> None:
    found = rows(
        "date 2031-03-01\nPeru's exports to Japan rose 14% a year-on-year in 2030, and imports "
        "from Japan were 6% lower than a year earlier."
    )
    assert ("exports", "PER", "JPN", "pct_change", 14.0, "percent") in found
    assert ("imports", "PER", "JPN", "pct_change", -6.0, "percent") in found


def test_amount_after_an_average_rate_keeps_the_flow() -> None:
    found = rows(
        "date 2031-03-01\nTrade between Peru and Japan rose by an average of 11 percent a year "
        "since 2024, reaching $5.2 billion in 2030."
    )
    assert found == [("turnover", "PER", "JPN", "level", 5.2e9, "USD")] or found == [
        ("turnover", "JPN", "PER", "level", 5.2e9, "USD")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's exports to Japan were 27.4 percent higher than the shipments Chile sends there.",
        "Japan's purchases from Peru are 18% higher compared to Ecuador.",
        "Peru's trade with Japan is about twice the volume with Korea, the ministry said.",
        "Peru's copper sales to Japan were nearly double the amount shipped by Chile.",
        "Peruvian goods sold to Japan fetched prices 1.4 times higher than the average price "
        "paid elsewhere.",
        "Japanese statistics show trade with Peru $40 million more than Peruvian data.",
    ],
)
def test_comparison_with_another_figure_is_not_a_change(sentence: str) -> None:
    values = [value for *_, value, _ in rows("date 2031-03-01\n" + sentence)]
    assert not any(value in (27.4, 18.0, 2.0, 1.4, 40e6) for value in values), values


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Peru's exports to Japan were 27.4 percent higher than in 2029.", 27.4),
        ("Trade between Peru and Japan rose 18% compared with the same period last year.", 18.0),
        (
            "Peru's imports from Japan were 9.5 per cent higher than the $1.2 billion logged in "
            "January-March 2030.",
            9.5,
        ),
        ("Trade between Peru and Japan grew 12 percent compared to the previous month.", 12.0),
        ("Trade between Peru and Japan in 2030 was double the level of a decade ago.", 2.0),
    ],
)
def test_comparison_with_an_earlier_time_stays_a_change(sentence: str, value: float) -> None:
    values = [v for *_, v, _ in rows("date 2031-03-01\n" + sentence)]
    assert value in values, values


def test_subject_flow_continues_the_pair_just_stated() -> None:
    found = rows(
        "date 2031-03-01\nTrade between Peru and Chile reached $2.5 billion in 2030.\n\n"
        "Peruvian exports totalled $1.2 billion, whereas imports reached $1.3 billion in the "
        "same period."
    )
    assert ("exports", "PER", "CHL", "level", 1.2e9, "USD") in found
    assert ("imports", "PER", "CHL", "level", 1.3e9, "USD") in found
    found = rows(
        "date 2031-10-05\nBilateral trade between Kenya and Ghana stood at $300 million in "
        "September.\n\nKenya's exports totaled $120 million in September, compared to $90 "
        "million in September last year."
    )
    assert ("exports", "KEN", "GHA", "level", 120e6, "USD") in found
    assert ("exports", "KEN", "GHA", "level", 90e6, "USD") in found


@pytest.mark.parametrize(
    "second",
    [
        # far above the pair's level: the country's total with the world
        "In 2030, Kenyan exports totalled about 537 billion shillings.",
        # the country on its own side of the flow: its national total
        "In 2030, the import of goods to Kenya increased by 6% to 2,100 billion shillings.",
        # a country's trade alone is its world total
        "The volume of Kenya's trade operations amounted to 90 billion shillings in 2030.",
    ],
)
def test_national_totals_after_a_bilateral_figure_stay_out(second: str) -> None:
    found = rows(
        "date 2031-03-01\nUganda imported goods worth 60 billion shillings from Kenya in 2030."
        "\n\n" + second
    )
    assert [r for r in found if r[4] not in (60e9,)] == [], found


@pytest.mark.parametrize(
    ("text", "base"),
    [
        # wire style: the second amount of a pair drops its currency
        ("Exports rose to $7.9 billion from 6.2 billion a year earlier.", 6.2e9),
        # translated style: "compared to the N billion reported"
        (
            "Imports reached 12.4 billion euros, 9 percent more compared to the 11.3 billion "
            "reported in the same period of 2029.",
            11.3e9,
        ),
        # statistics-office style: "from N million recorded"
        ("Sales grew 3.1 percent to Rs 880 crore from 853.5 crore recorded in March.", 8.535e9),
        ("Shipments came to 410 million yuan, against 388 million in 2029.", 388e6),
    ],
)
def test_comparison_base_without_currency_takes_the_amount_before(text: str, base: float) -> None:
    found = money(text)
    assert len(found) == 2, found
    assert found[1][0] == pytest.approx(base)
    assert found[1][1] == found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose to $5 billion as the population grew from 1.3 billion people.",
        "Output fell from 4.2 million tonnes, while exports were $3 billion.",  # no amount before
        "Exports were 2 billion from 4 billion",  # no currency anywhere
    ],
)
def test_bare_numbers_that_are_no_comparison_base(text: str) -> None:
    assert len(money(text)) <= 1


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # currencies of smaller economies, by code, symbol or word, before or after the digits
        (
            "Maldives' imports from Sri Lanka reached MVR 1.2 billion in 2030.",
            ("imports", "MDV", "LKA", "level", 1.2e9, "MVR"),
        ),
        (
            "In 2030, Bhutan exported goods worth Nu 2.15 billion to India.",
            ("exports", "BTN", "IND", "level", 2.15e9, "BTN"),
        ),
        (
            "Iceland's exports to Norway amounted to 4.5 billion ISK in 2030.",
            ("exports", "ISL", "NOR", "level", 4.5e9, "ISK"),
        ),
        (
            "Oman's imports from India stood at OMR12,345,678 in 2030.",
            ("imports", "OMN", "IND", "level", 12_345_678, "OMR"),
        ),
        (
            "In 2030 Latvia's exports to Lithuania came to 345.6 million lats.",
            ("exports", "LVA", "LTU", "level", 345.6e6, "LVL"),
        ),
        (
            "Ghana's imports from Togo cost GH¢25m in 2030.",
            ("imports", "GHA", "TGO", "level", 25e6, "GHS"),
        ),
        (
            "Senegal's exports to Mali reached 150 billion CFA francs in 2030.",
            ("exports", "SEN", "MLI", "level", 150e9, "XOF"),
        ),
    ],
)
def test_smaller_economies_currencies_are_read(text: str, row: tuple) -> None:
    assert rows("date 2031-03-01\n" + text) == [row]


def test_smaller_currency_symbols_are_case_exact() -> None:
    # "Nu" is the ngultrum only as written; a band's name or "nu" in prose is no currency
    assert money("the nu 5 billion question") == []
    assert money("The Nu 3 tour") == []  # a bare number under the minimum amount


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a four-letter country name before "$" is a party, not a currency code like "US $"
        (
            "In 2030, Chile exported to Peru $2.4 billion and imported $1.9 billion.",
            ("exports", "CHL", "PER", "level", 2.4e9, "USD"),
        ),
        (
            "In 2030 Jordan exported to Iraq $1.3 billion of goods.",
            ("exports", "JOR", "IRQ", "level", 1.3e9, "USD"),
        ),
        (
            "During 2030 Senegal shipped to Mali $ 640 million worth of products.",
            ("exports", "SEN", "MLI", "level", 640e6, "USD"),
        ),
    ],
)
def test_short_country_name_before_a_dollar_sign_is_a_party(text: str, row: tuple) -> None:
    assert rows("date 2031-03-01\n" + text)[0] == row


def test_short_code_before_a_dollar_sign_is_still_a_currency() -> None:
    text = "date 2031-03-01\nIn 2030, Chile's exports to Peru reached US $2.4 billion."
    assert rows(text) == [("exports", "CHL", "PER", "level", 2.4e9, "USD")]


@pytest.mark.parametrize(
    "text",
    [
        "In 2030 Chile exported to Peru $2.4 billion and imported $1.9 billion, a positive "
        "balance of $500 million for Chile.",
        "Chile's exports to Peru were $2.4 billion in 2030, leaving a negative balance of "
        "$300 million for Peru.",
        "In 2030 Chile exported $2.4 billion to Peru—a positive balance worth $500 million.",
    ],
)
def test_a_positive_or_negative_balance_is_no_flow(text: str) -> None:
    found = rows("date 2031-03-01\n" + text)
    assert ("exports", "CHL", "PER", "level", 2.4e9, "USD") in found
    assert all(r[4] not in (500e6, 300e6) for r in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # inflected change verbs: the past and -ing forms of the listed verbs
        ("In 2030, Chile boosted its exports to Peru by 12.5%.", 12.5),
        ("Exports from Chile to Peru tumbled 12.5% in 2030.", -12.5),
        ("Chile's exports to Peru kept climbing in 2030, by 12.5 percent.", 12.5),
        ("Chile's shipments to Peru were lifted 12.5% in 2030.", 12.5),
    ],
)
def test_inflected_change_verbs(text: str, value: float) -> None:
    assert rows("date 2031-03-01\n" + text) == [
        ("exports", "CHL", "PER", "pct_change", value, "percent")
    ]


def test_a_single_product_in_the_singular_is_no_figure() -> None:
    text = (
        "date 2031-03-01\nChile's semiconductor shipments to Peru tumbled 21.5 percent to "
        "US$1.2 billion in 2030, while its import of aircraft from Peru surged 80 percent."
    )
    assert rows(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # two amounts before one scale word and a currency written after them
        ("shipments worth 839 and 587 million USD respectively", [839e6, 587e6]),
        ("which were valued at 1,800 and 780 million euros respectively", [1_800e6, 780e6]),
        ("the two ports handled 3.5 and 4.1 billion yuan of goods", [3.5e9, 4.1e9]),
    ],
)
def test_two_amounts_share_a_scale_and_currency(text: str, values: list[float]) -> None:
    assert [v for v, *_ in money(text)] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between 5 and 6 billion dollars", [5.5e9]),  # a range, as before
        ("exports of 5 and $6 billion of imports", [6e9]),  # the symbol binds its own number
        ("in 2021 and 5 billion dollars in 2022", [5e9]),  # a year
        ("a price of 12 and 15 dollars a tonne", []),  # no scale word
    ],
)
def test_and_without_a_shared_scale_is_not_split(text: str, values: list[float]) -> None:
    assert [v for v, *_ in money(text)] == [pytest.approx(v) for v in values]


def test_shared_scale_amounts_are_figures() -> None:
    text = (
        "date 2031-03-01\nIn 2030, Chile's exports to Peru and Bolivia were worth 839 and 587 "
        "million USD respectively."
    )
    assert rows(text) == [
        ("exports", "CHL", "PER", "level", 839e6, "USD"),
        ("exports", "CHL", "BOL", "level", 587e6, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the end of a "from $X to Y" change written without its currency
        ("exports rose from $92 million to 122.4 million in 2030", [92e6, 122.4e6]),
        ("it went from €1.2 billion in 2029 to 1.5 billion.", [1.2e9, 1.5e9]),
        ("trade climbed from US$ 3.1 billion to 4 billion, officials said", [3.1e9, 4e9]),
        # "to" without a "from $X" before it is no base: "rose 5% to 4.1 billion (tonnes?)"
        ("exports rose 5% to 4.1 billion", []),
        ("a market from $2 billion to 3 billion people", [2e9]),
    ],
)
def test_from_amount_to_bare_amount(text: str, values: list[float]) -> None:
    assert [v for v, *_ in money(text)] == [pytest.approx(v) for v in values]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Trading volumes between Chile and Peru reached $4.1 billion in 2030.",
            ("turnover", "CHL", "PER", "level", 4.1e9, "USD"),
        ),
        (
            "In 2030 the trade volumes of Chile and Peru came to $4.1 billion.",
            ("turnover", "CHL", "PER", "level", 4.1e9, "USD"),
        ),
        (
            "In 2030, Chile sold to Peru goods worth $4.1 billion.",
            ("exports", "CHL", "PER", "level", 4.1e9, "USD"),
        ),
    ],
)
def test_trading_volumes_and_sold_to_are_flows(text: str, row: tuple) -> None:
    assert rows("date 2031-03-01\n" + text) == [row]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the dollar sign before the country letters (Australian and New Zealand press)
        ("Japan's exports to Australia were 1.3 trillion yen ($US12.16 billion)", 12.16e9, "USD"),
        ("Australia shipped $A4.5 billion of goods to Chile", 4.5e9, "AUD"),
        ("a $NZ 2.1bn trade with Fiji", 2.1e9, "NZD"),
    ],
)
def test_dollar_sign_before_country_letters(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in [(v, u) for v, u, _ in money(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a wire writer dropped the scale word of the second amount of a pair
        ("Peru's trade with Chile, $31.6 billion in 2028, fell to $29.8 in 2029.", 29.8e9, "USD"),
        ("exports slipped to Rs 12.40 crore from Rs 13.15 in March", 13.15e7, "INR"),
        # a conversion in brackets after an amount with a scale
        ("imports were down by €212m (£184) in May", 184e6, "GBP"),
        # the bare amount closes the sentence: its decimals show it is whole, not cut
        ("exports to Chile stood at $41.052 million against $38.9.", 38.9e6, "USD"),
        # a typed "U.S dollars" (one full stop dropped) is the US dollar
        ("trade fell from nearly 410 million U.S dollars in 2029", 410e6, "USD"),
    ],
)
def test_dropped_scale_word_borrowed_from_the_sentence(text: str, value: float, unit: str) -> None:
    assert (pytest.approx(value), unit) in [(v, u) for v, u, _ in money(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a per-unit price
        ("exports reached $1.4 billion at an average of $3.9 per kilo", ["$1.4 billion"]),
        ("beef sales hit $2.1 billion, or $5.2 a pound", ["$2.1 billion"]),
        # a thousand times off the amount with a scale: no scale lent
        ("sales rose to $3 billion from $460 in 1995", ["$3 billion"]),
        # digits cut by a stray space: the scale belongs to the lost decimals
        ("exports were USD 87 million, imports - USD 164. 5 million", ["USD 87 million"]),
        # the same cut where the splitter ended the sentence at "164.": whole digits, no scale
        ("exports were USD 87 million, imports - USD 164.", ["USD 87 million"]),
        ("the price was $460 a tonne", []),  # no amount with a scale before it
    ],
)
def test_dropped_scale_word_left_alone(text: str, read: list[str]) -> None:
    assert [span for _, _, span in money(text)] == read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "intercambio comercial" in translation: a pair's two-way trade
        (
            "The commercial exchange between Peru and Brazil reached US$4.1 billion in 2030.",
            ("turnover", "PER", "BRA", "level", 4.1e9, "USD"),
        ),
        (
            "The commercial interchange of Mexico with Argentina grew 8% in 2029.",
            ("turnover", "MEX", "ARG", "pct_change", 8.0, "percent"),
        ),
        (
            "The exchange of goods between Uruguay and Paraguay totalled $900 million in 2031.",
            ("turnover", "URY", "PRY", "level", 9e8, "USD"),
        ),
        # country names written with their Spanish accents
        (
            "Exports from Perú to México were worth $1.5 billion in 2030.",
            ("exports", "PER", "MEX", "level", 1.5e9, "USD"),
        ),
        (
            "In 2030 Costa Rica's exports to Panamá reached $212 million.",
            ("exports", "CRI", "PAN", "level", 2.12e8, "USD"),
        ),
    ],
)
def test_exchange_words_and_accented_names(text: str, expected: tuple) -> None:
    assert rows(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NOTES "Fractions in words": a change by a fraction is a percent change
        (
            "Trade between Chile and Peru grew by almost a third in 2030.",
            ("turnover", "CHL", "PER", "pct_change", 33.33, "percent"),
        ),
        (
            "Kenya's exports to Uganda fell by half in 2029.",
            ("exports", "KEN", "UGA", "pct_change", -50.0, "percent"),
        ),
        (
            "Imports from Japan rose by more than a quarter to $4 billion in 2031, Vietnam said.",
            ("imports", "VNM", "JPN", "pct_change", 25.0, "percent"),
        ),
        # a spelled multiple in its -ing form
        (
            "Trade between Laos and Thailand topped $6 billion in 2031, more than doubling.",
            ("turnover", "LAO", "THA", "multiple", 2.0, "times"),
        ),
        # "NZ dollars" (wire style) is the New Zealand currency
        (
            "New Zealand's exports to Japan were up 28 million NZ dollars in 2030.",
            ("exports", "NZL", "JPN", "abs_change", 2.8e7, "NZD"),
        ),
    ],
)
def test_fraction_changes_and_wire_currency_words(text: str, expected: tuple) -> None:
    assert expected in rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile sells a third of its copper to China, worth $20 billion in 2030.",  # a share
        "Exports to China in the first half of 2030 were $3 billion.",  # a half-year
        "Exports to China were cut by a quarter of the quota in 2030.",  # "by a quarter of"
    ],
)
def test_fraction_words_that_are_no_change(text: str) -> None:
    assert all(r[3] != "pct_change" for r in rows(text)), rows(text)


def test_flow_lines_under_a_list_header_are_figures_not_products() -> None:
    # a fact box: "Trade with X:" then "Imports from X: amount" lines, each its own figure
    page = (
        "Chile trades a lot with Peru.\n"
        "Trade with Peru:\n"
        "Imports from Peru: $3.1 billion\n"
        "Exports to Peru: $2.6 billion\n"
        "Balance: $500 million\n"
    )
    assert rows(page) == [
        ("imports", "CHL", "PER", "level", 3.1e9, "USD"),
        ("exports", "CHL", "PER", "level", 2.6e9, "USD"),
    ]


def test_product_lines_under_a_list_header_stay_out() -> None:
    page = "Chile trades a lot with Peru.\nChilean exports to Peru:\nSalmon fillets: $3.1 million\n"
    assert rows(page) == []
