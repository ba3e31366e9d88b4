"""A turnover figure whose sentence names no economy, after a sentence that names a trade's two
sides with no figure (issue 15, round 13, "subject carried from the sentence before"): "Trade
between A and B grew for the first time. The trade between the two countries amounted to $5m"
is A-B trade, not the pair of an older figure on the page.

Every sentence is made up; each kind comes with a near miss that must keep the older pair.
"""

from tests.pipeline.extract.test_extract import figures


def pairs(text: str) -> list[tuple[frozenset[str], float]]:
    return sorted(
        ((frozenset((r.reporter, r.partner)), r.value) for r in figures(text).itertuples()),
        key=lambda x: x[1],
    )


OLDER = "date 2031-02-01\nIn January Chile's trade with Peru came to $40 million.\n\n"


def test_the_pair_named_in_the_sentence_before_is_the_figures() -> None:
    text = (
        OLDER + "For the first time in years, trade rose between Chile and Bolivia. The trade "
        "between the two countries amounted to $3 million in January."
    )
    assert pairs(text) == [
        (frozenset({"CHL", "BOL"}), 3e6),
        (frozenset({"CHL", "PER"}), 40e6),
    ]


def test_a_sentence_before_about_no_trade_keeps_the_older_pair() -> None:
    text = (
        OLDER + "The presidents of Chile and Bolivia met in January. The trade between the two "
        "countries amounted to $3 million in January."
    )
    assert pairs(text) == [(frozenset({"CHL", "PER"}), 3e6), (frozenset({"CHL", "PER"}), 40e6)]


def test_a_sentence_before_naming_three_economies_keeps_the_older_pair() -> None:
    text = (
        OLDER + "Trade rose with Bolivia, Ecuador and Colombia. The trade between the two "
        "countries amounted to $3 million in January."
    )
    assert pairs(text) == [(frozenset({"CHL", "PER"}), 3e6), (frozenset({"CHL", "PER"}), 40e6)]
