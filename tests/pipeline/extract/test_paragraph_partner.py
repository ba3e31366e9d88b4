"""A one-country figure whose partner the sentence before gives (issue 15 round 12, NOTES: "a
partner given only by the paragraph"): made-up sentences, never page text, each with a near miss
that must stay a country's trade with the world."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


_TOPIC = "date 2031-03-02\nMonthly exports to Chile have picked up since the pact was signed.\n"


def test_a_directed_topic_gives_a_named_trader_its_partner() -> None:
    out = figures(
        _TOPIC + "In May 2030, Peru exported goods worth $8.4 million, down from $9.1 million "
        "in April 2030."
    )
    assert _rows(out) == {("exports", "PER", "CHL", 8.4e6), ("exports", "PER", "CHL", 9.1e6)}, out


def test_a_capital_as_the_topics_counterpart_is_its_country() -> None:
    out = figures(
        "date 2031-03-02\nMonthly exports to Santiago have picked up since the pact was signed.\n"
        "In May 2030, Peru exported goods worth $8.4 million."
    )
    assert _rows(out) == {("exports", "PER", "CHL", 8.4e6)}, out


def test_a_total_after_a_directed_topic_stays_the_world() -> None:
    # Near misses: "total", "to the world", "globally", "overall exports" say the figure is the
    # country's trade with all partners, whatever the sentence before names.
    for figure in (
        "In May 2030, Peru's total exports reached $840 million.",
        "In May 2030, Peru exported goods worth $840 million to the world.",
        "In May 2030, Peru exported goods worth $840 million globally.",
        "In May 2030, Peru's overall exports reached $840 million.",
    ):
        assert _rows(figures(_TOPIC + figure)) == set(), figure


def test_a_topic_of_two_partners_or_of_another_trader_gives_none() -> None:
    # Near misses: two counterparts name no one partner; another trader's exports are not the
    # named country's.
    for topic in (
        "Monthly exports to Chile and Bolivia have picked up since the pact was signed.",
        "Ecuador's exports to Chile have picked up since the pact was signed.",
    ):
        out = figures(
            f"date 2031-03-02\n{topic}\nIn May 2030, Peru exported goods worth $8.4 million."
        )
        assert _rows(out) == set(), topic


def test_a_sentences_second_amount_is_measured_against_the_level_before_it() -> None:
    # "Of the sum, A exported X and imported Y": Y is compared with the pair's turnover before
    # the sentence, not with X read in it.
    out = figures(
        "date 2031-03-02\nTrade between Peru and Chile reached $8 billion in 2030.\n"
        "Of the sum, Peru exported goods worth $1.1 billion and imported goods worth $6.9 billion."
    )
    assert {("exports", "PER", "CHL", 1.1e9), ("imports", "PER", "CHL", 6.9e9)} <= _rows(out), out


def test_amounts_far_above_the_pairs_level_stay_the_world() -> None:
    # Near miss: an amount over twice the pair's stated trade is the country's total.
    out = figures(
        "date 2031-03-02\nTrade between Peru and Chile reached $2 billion in 2030.\n"
        "Peru exported goods worth $1.1 billion and imported goods worth $6.9 billion."
    )
    assert not {r for r in _rows(out) if r[0] != "turnover"}, out


def test_a_restatement_in_another_currency_is_not_compared() -> None:
    # "US$21m (Shs78bn)": the bracket restates the amount; the pair's size is in dollars.
    out = figures(
        "date 2031-03-02\nUganda's exports to Rwanda were US$30m (Shs110bn) in March 2030.\n"
        "In April 2030, Uganda exported goods worth US$21m (Shs78bn)."
    )
    assert ("exports", "UGA", "RWA", 21e6) in _rows(out), out


def test_a_first_amount_in_another_currency_is_still_compared() -> None:
    # Near miss: the first amount is not a restatement: in shillings, it is not the pair's size.
    out = figures(
        "date 2031-03-02\nUganda's exports to Rwanda were US$30m in March 2030.\n"
        "In April 2030, Uganda exported goods worth Shs780bn (US$210m)."
    )
    assert _rows(out) == {("exports", "UGA", "RWA", 30e6)}, out


_MARKET = "date 2031-03-02\nIn 2030, Peru's exports to Chile rose to $9 million.\n"


def test_another_exporter_after_a_pairs_exports_sells_to_the_same_market() -> None:
    out = figures(_MARKET + "Bolivia exported goods worth $6 million in 2030.")
    assert ("exports", "BOL", "CHL", 6e6) in _rows(out), out


def test_another_importer_a_total_or_a_far_larger_amount_stays_the_world() -> None:
    # Near misses: imports name no shared origin; "total" and an amount far above the pair's
    # level are the country's trade with all partners.
    for text in (
        "date 2031-03-02\nIn 2030, Peru's imports from Chile rose to $9 million.\n"
        "Bolivia imported goods worth $6 million in 2030.",
        _MARKET + "Bolivia's total exports reached $6 million in 2030.",
        _MARKET + "Bolivia exported goods worth $60 million in 2030.",
    ):
        assert not {r for r in _rows(figures(text)) if r[1] == "BOL"}, text


# A trade topic naming the pair (round 16): "A's trade with B is booming", "Trade between A and
# B grew" gives a figure naming only A as its flow's subject that pair's other side.
_PAIR_TOPICS = (
    "date 2031-03-02\nPeru's trade with Chile is booming.\n",
    "date 2031-03-02\nTrade between Peru and Chile grew strongly in 2030.\n",
)


def test_a_trade_topic_naming_the_pair_gives_a_named_trader_its_partner() -> None:
    for topic in _PAIR_TOPICS:
        out = figures(topic + "In May 2030, Peruvian exports rose 14.2% to $3.1 million.")
        assert _rows(out) == {("exports", "PER", "CHL", 14.2), ("exports", "PER", "CHL", 3.1e6)}
        out = figures(topic + "In May 2030, Peru imported goods worth $8.3 million.")
        assert _rows(out) == {("imports", "PER", "CHL", 8.3e6)}, out


def test_a_trade_topic_with_a_third_economy_or_a_world_word_gives_none() -> None:
    # Near misses: a topic naming a third economy, not naming the trader, or the world, and a
    # figure saying "total" or "the rest of the world", stay a country's trade with the world.
    bought = "In May 2030, Peru imported goods worth $8.3 million."
    for topic, figure in (
        ("Peru's trade with Chile and Bolivia is booming.", bought),
        ("Chile's trade with Bolivia is booming.", bought),
        ("Peru's trade with the world is booming.", bought),
        ("Peru's trade with Chile is booming.", "In May 2030, Peru's total imports were $8.3m."),
        (
            "Peru's trade with Chile is booming.",
            "In May 2030, Peru imported goods worth $8.3 million from the rest of the world.",
        ),
    ):
        out = figures("date 2031-03-02\n" + topic + "\n" + figure)
        assert _rows(out) == set(), (topic, figure, out)
