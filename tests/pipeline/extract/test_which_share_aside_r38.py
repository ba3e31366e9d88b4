"""Round 38 (the fresh page hi12): a share in an aside ("Imports, of which energy makes up 61
percent, fell 12 percent to €2.1bn") is no figure and names no scope, and the flow goes on past
it to the figures after the aside. Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.scope, r.reporter, r.partner, r.measure, r.value)
        for r in figures(text).itertuples()
    }


def test_a_share_aside_with_accounts_for_keeps_the_flow_going() -> None:
    got = _rows(
        "date 2031-02-01\nPeru's imports from Chile, of which energy accounts for 61 percent, "
        "fell 12 percent to $2.1 billion in 2030.\n"
    )
    assert got == {
        ("imports", "total", "PER", "CHL", "pct_change", -12.0),
        ("imports", "total", "PER", "CHL", "level", 2.1e9),
    }


def test_a_share_aside_with_makes_up_and_a_bracket_is_no_change() -> None:
    got = _rows(
        "date 2031-02-01\nPeru's exports to Chile fell 30 percent in 2030. Import, of which "
        "energy (oil, gas and electricity) makes up 61 percent, fell 12 percent to $2.1 "
        "billion.\n"
    )
    assert ("imports", "total", "PER", "CHL", "pct_change", -12.0) in got, got
    assert not any(r[5] == -61.0 or r[5] == 61.0 for r in got), got


def test_a_share_verb_before_a_change_in_its_own_clause_stays_a_change() -> None:
    # near miss: the change word is in the percentage's own clause
    got = _rows(
        "date 2031-02-01\nEnergy represents 61 percent growth in Peru's imports from Chile in "
        "2030.\n"
    )
    assert ("imports", "energy", "PER", "CHL", "pct_change", 61.0) in got, got
