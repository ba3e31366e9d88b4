"""A "respectively" run whose economies each carry their own amount ("B with $4bn and C with
$3bn, up 8% and 6%, respectively"), after a leader with amounts of its own (issue 15, the
wrong-pair kind). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_LEDE = "date 2031-03-02\nChile's exports to Peru rose to $3 billion in 2030.\n"


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()]


def test_economies_with_their_amounts_take_the_respective_changes() -> None:
    out = figures(
        _LEDE + "Peru stayed the largest export market with $6.41 billion, up 3.8%, trailed by "
        "Bolivia with $2.35 billion and the Philippines with $2.12 billion, up 14.2% and 9%, "
        "respectively, in 2030."
    )
    pairs = _pairs(out)
    assert ("exports", "CHL", "BOL", "pct_change", 14.2) in pairs, out.to_string()
    assert ("exports", "CHL", "PHL", "pct_change", 9.0) in pairs, out.to_string()
    assert ("exports", "CHL", "PER", "pct_change", 3.8) in pairs, out.to_string()


def test_economies_with_bracketed_amounts_take_the_respective_changes() -> None:
    out = figures(
        _LEDE + "Exports to Bolivia ($2.35 billion) and Ecuador ($2.12 billion) rose 14.2% and "
        "9% respectively in 2030."
    )
    pairs = _pairs(out)
    assert ("exports", "CHL", "BOL", "pct_change", 14.2) in pairs, out.to_string()
    assert ("exports", "CHL", "ECU", "pct_change", 9.0) in pairs, out.to_string()


def test_amounts_before_the_run_stay_its_items() -> None:
    # near miss: the amounts come first ("$X and $Y went to A and B respectively")
    out = figures(
        _LEDE + "Shipments of $2.35 billion and $2.12 billion went to Bolivia and Ecuador "
        "respectively in 2030."
    )
    pairs = _pairs(out)
    assert ("exports", "CHL", "BOL", "level", 2.35e9) in pairs, out.to_string()
    assert ("exports", "CHL", "ECU", "level", 2.12e9) in pairs, out.to_string()


def test_a_trader_named_with_its_partners_stays_outside_the_run() -> None:
    # near miss: "Chile's trade with A and B" has no amount between Chile and A: Chile is no item
    out = figures(
        _LEDE + "Chile's trade with Bolivia and Ecuador rose 14.2% and 9% respectively in 2030."
    )
    pairs = _pairs(out)
    assert ("turnover", "CHL", "BOL", "pct_change", 14.2) in pairs, out.to_string()
    assert ("turnover", "CHL", "ECU", "pct_change", 9.0) in pairs, out.to_string()
