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
