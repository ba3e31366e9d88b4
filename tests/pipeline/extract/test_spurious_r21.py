"""Figures that are no bilateral figure, round 21 (spurious kind).

``pipeline.extract.own_pointer``: "the country" as the trader of its own sentence ("the country in
2030 exported goods worth $X", "the country annually exports", "the country's imports") with no
economy named is that country's trade with all partners (NOTES: a country's trade with the world
is not a figure). Made-up pages; near misses: the same pointer as a partner ("exports to the
country"), and a pointer sentence that restates the pair's figure just stated (it continues it).
"""

from pipeline.extract.own_pointer import own_ref, pointer_trader
from tests.pipeline.extract.test_foreign import rows

_LEAD = (
    "date 2031-03-02\nRuritania Daily: trade between Bhutan and India.\n"
    "Bhutan's exports to India reached Nu 31.6B in 2030, Bhutan Trade Statistics said.\n"
    "The weather in the capital was mild that year.\n"
)


def test_the_country_as_trader_with_a_year_between_is_the_world_total() -> None:
    found = rows(
        _LEAD + "The country in 2030 exported goods worth Nu 41.2B and imported Nu 77B worth of "
        "goods, meaning that its import bill exceeded its exports.\n"
    )
    assert found[31_600_000_000.0][:3] == ("exports", "BTN", "IND")
    assert 41_200_000_000.0 not in found and 77_000_000_000.0 not in found


def test_the_country_annually_exports_is_the_world_total() -> None:
    found = rows(
        "date 2031-03-02\nRuritania Daily: Bhutan looks at its trade with India.\n"
        "The country annually exports goods worth more than Nu 5B, mostly timber and cement.\n"
    )
    assert 5_000_000_000.0 not in found


def test_a_pointer_that_restates_the_pairs_figure_continues_it() -> None:
    found = rows(
        "date 2031-03-02\nKenya's exports to Tanzania rose 12% to KSh 40.2 billion in 2030, the "
        "statistics bureau said.\nKenya's exports\nThe country exported goods worth KSh 40.2 "
        "billion in the same period, representing a 12% growth in the value of exports.\n"
    )
    assert found[40_200_000_000.0][:3] == ("exports", "KEN", "TZA")


def test_a_pointer_as_partner_is_no_trader() -> None:
    # near misses: "exports to the country", "the country's largest partner"
    assert not pointer_trader("Exports to the country in 2030 rose 5% to $9m.")
    assert not pointer_trader("China is the country's largest partner, with $9m of trade.")
    assert pointer_trader("The country in 2030 imported goods worth $9m.")
    assert pointer_trader("The country's imports rose 5% to $9m.")
    sentence = "Exports to the country in 2030 rose 5%."
    start = sentence.index("the country")
    assert not own_ref(sentence, start, start + len("the country"))


_SHARE_LEAD = "date 2031-03-02\nOman's exports to Japan reached $9.1 billion in 2030.\n"


def test_a_share_verb_before_a_bare_percentage_is_no_change() -> None:
    found = rows(
        _SHARE_LEAD + "Petroleum products make up most of Oman's exports to Japan, while crude "
        "oil constitutes roughly 64 per cent.\n"
    )
    assert 64.0 not in found
    found = rows(
        "date 2031-03-02\nSlovakia's foreign trade in January-August 2030.\nExports to EU states "
        "took a 41.5 percent bite of total exports, increasing by 22 percent year-to-year.\n"
    )
    assert 41.5 not in found


def test_a_share_verb_before_a_change_keeps_the_change() -> None:
    # near misses: the verb introduces a change ("representing a 31% increase", "17% more")
    found = rows(
        "date 2031-03-02\nOman's exports to Japan reached $9.1 billion in 2030, representing "
        "31 percent growth over 2029.\n"
    )
    assert found[31.0][:4] == ("exports", "OMN", "JPN", "pct_change")
    found = rows(
        "date 2031-03-02\nOman's exports to Japan reached $9.1 billion in 2030, which represents "
        "17 percent more than in 2029.\n"
    )
    assert found[17.0][:4] == ("exports", "OMN", "JPN", "pct_change")


def test_an_emirate_as_a_side_of_the_trade_is_sub_national() -> None:
    # NOTES: an emirate trading with a country is sub-national, no row ("between Dubai and X",
    # "the largest trading partner of Dubai"); near misses name the federation instead
    dubai = rows(
        "date 2031-06-02\nThe trade between Dubai and Israel has reached 2 billion dirhams over "
        "the first five months of 2031, the media office said. Israel and the United Arab Emirates "
        "agreed to normalise relations in 2030.\n"
    )
    assert 2_000_000_000.0 not in dubai
    uae = rows(
        "date 2031-06-02\nThe trade between the UAE and Israel has reached 2 billion dirhams over "
        "the first five months of 2031, the media office said. Israel and the United Arab Emirates "
        "agreed to normalise relations in 2030.\n"
    )
    assert uae[2_000_000_000.0][0] == "turnover"
    dubai = rows(
        "date 2031-09-02\nIndia was the largest trading partner of Dubai in the first half of "
        "2031, with a volume of 61.3 billion dirhams of bilateral trade. The figures were "
        "released by the United Arab Emirates statistics office.\n"
    )
    assert 61_300_000_000.0 not in dubai
    uae = rows(
        "date 2031-09-02\nIndia was the largest trading partner of the UAE in the first half of "
        "2031, with a volume of 61.3 billion dirhams of bilateral trade. The figures were "
        "released by the United Arab Emirates statistics office.\n"
    )
    assert uae[61_300_000_000.0][:1] == ("turnover",)


def test_trade_through_one_route_is_a_subset() -> None:
    # NOTES gb 7 / gd 7: trade limited to named border crossings, checkpoints or a transit route
    # is a subset with no row; near misses state the pair's whole trade (a port stays read:
    # test_transport_mode_r18)
    for sentence in (
        "Jordan's exports to Iraq through the Karameh land border dropped by 6 percent in 2030.",
        "Border trade between Myanmar and China through the five checkpoints reached $4.5 billion "
        "in 2030.",
        "Trade between Nepal and Bangladesh via the Kakarbhitta transit route reached Rs 755.1 "
        "million in 2030.",
    ):
        assert rows("date 2031-03-02\n" + sentence + "\n") == {}, sentence
    found = rows(
        "date 2031-03-02\nExports from Jordan to Iraq dropped 36 percent to $33 million in 2030.\n"
    )
    assert found[33_000_000.0][:3] == ("exports", "JOR", "IRQ")
    found = rows(
        "date 2031-03-02\nTrade between Nepal and Bangladesh reached Rs 755.1 million in 2030.\n"
    )
    assert found[755_100_000.0][0] == "turnover"


def test_an_amount_whose_share_goes_to_the_partner_is_the_whole() -> None:
    # "X exported $Y, with a third going to Z": the amount is X's total that the share splits
    for sentence in (
        "In total, Ireland exported €152bn worth of goods in 2030 with almost a third going to "
        "the United States, making it the largest single export market.",
        "India had exported $163 billion worth of services by September 2030; a large chunk of "
        "it went to the United States.",
    ):
        found = rows("date 2031-03-02\n" + sentence + "\n")
        assert not any(v > 1e11 for v in found), sentence
    # near miss: the partner named in the amount's own clause keeps the figure
    found = rows(
        "date 2031-03-02\nIreland exported €15bn worth of goods to the United States in 2030, up "
        "from €12bn in 2029.\n"
    )
    assert found[15_000_000_000.0][:3] == ("exports", "IRL", "USA")


def test_the_sultanates_own_exports_are_its_total() -> None:
    # "the sultanate" is a pointer at a state as "the kingdom" is: as the owner of the flow it is
    # the exporter, and with no partner named the figure is its trade with all partners
    page = (
        "date 2030-07-02\nOman's trade in January-May 2030.\n"
        "The sultanate's non-oil exports fell 24.9 per cent to RO985.3mn in the January-May "
        "period of this year, latest statistics showed.\n"
        "Non-oil exports to China fell 18.2 per cent to RO83.2mn.\n"
    )
    found = rows(page)
    assert 985_300_000.0 not in found
    assert found[83_200_000.0][:3] == ("exports", "OMN", "CHN")
    # near miss: the sultanate as the partner ("exports to the sultanate")
    found = rows(
        "date 2030-07-02\nOman's trade with China grew in 2030.\nChina's exports to the sultanate "
        "rose 5 per cent to $1.2bn in the January-May period of 2030, Chinese customs said.\n"
    )
    assert found[1_200_000_000.0][:3] == ("exports", "CHN", "OMN")
