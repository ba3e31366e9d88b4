"""Amounts read but dropped for want of a flow or with the wrong measure (round 16), by kind, on
made-up sentences: a bracketed amount right after a percentage change restates the change in
money when the change's level is stated in its clause; a noun for the amount already stated
("the amount is", "the total was") as the subject of a follow-on sentence continues the previous
figure's flow and pair. Near misses: a bracket with no level in its clause (a list item's level,
NOTES), a bracket after a share, a follow-on sentence whose subject is a new noun."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-02\n"


def rows(text: str) -> dict[str, tuple[str, str, float]]:
    """The figure text -> (flow, measure, value) of each figure read."""
    return {
        r.text: (r.flow, r.measure, round(r.value, 2)) for r in figures(DATE + text).itertuples()
    }


def test_a_bracket_after_a_change_with_the_level_before_is_the_change() -> None:
    got = rows(
        "Chile's exports to Peru were $8.0 billion in 2030, up 21.5% ($1.4 billion) on 2029."
    )
    assert got["$1.4 billion"] == ("exports", "abs_change", 1.4e9)
    got = rows(
        "Chile's imports from Peru totaled $6.2 billion in 2030, a 17.3% decrease ($1.3 billion)."
    )
    assert got["$1.3 billion"] == ("imports", "abs_change", -1.3e9)


def test_a_bracket_after_a_change_with_the_level_after_is_the_change() -> None:
    got = rows("Chile's imports from Peru fell 4.2% (US$0.9 billion) to US$20.7 billion in 2030.")
    assert got["US$0.9 billion"] == ("imports", "abs_change", -0.9e9)
    assert got["US$20.7 billion"] == ("imports", "level", 20.7e9)


def test_a_bracket_after_a_change_with_no_level_stays_the_level() -> None:
    # near miss (NOTES: a list item's bracket after its change is that trade's level)
    got = rows(
        "In 2030 Chile's trade with Peru rose 18% (US$4.7 billion), with Bolivia 6% (US$900 million)."
    )
    assert got["US$4.7 billion"] == ("turnover", "level", 4.7e9)


def test_a_bracket_after_a_share_is_no_change() -> None:
    # near miss: the percentage is a share, its bracket no change
    got = rows(
        "Chile's exports to Peru were $7 billion in 2030 and rose, making up a share of 11% ($0.8 billion) of its sales."
    )
    assert got.get("$0.8 billion", (None, "level"))[1] != "abs_change"


def test_the_total_as_subject_continues_the_trade_named_before() -> None:
    # the sentence before names the pair's trade with no figure; "the total" is that trade
    got = rows(
        "Trade between Chile and Peru has grown strongly in recent years. "
        "Amounting to $3.1 billion in 2030, the total is a 12 percent increase over 2029."
    )
    assert got["12 percent"] == ("turnover", "pct_change", 12.0)


def test_the_amount_as_subject_continues_the_previous_figure() -> None:
    got = rows(
        "Chile's imports from Peru reached $2.3 billion in 2030. "
        "Officials noted the total was up 13 percent."
    )
    assert got["13 percent"] == ("imports", "pct_change", 13.0)


def test_a_new_noun_as_subject_stays_unread() -> None:
    # near miss: remittances are no trade figure and no pronoun for the exports before
    got = rows(
        "Chile's exports to Peru totalled $4.4 billion in 2030. Remittances were $2 billion, up 8 percent."
    )
    assert "8 percent" not in got and "$2 billion" not in got
