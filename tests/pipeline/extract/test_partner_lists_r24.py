"""Round 24: a ranked list of one economy's partners with bracketed amounts, and the "up" of a
verb of composition. Made-up sentences with the difficulty of real pages; near misses last."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


_LIST = "China ($9.1 billion), Russia ($7.5 billion) and Kazakhstan ($2.9 billion)."
_PAIRS = {
    ("turnover", "UZB", "CHN", "level", 9.1e9),
    ("turnover", "UZB", "RUS", "level", 7.5e9),
    ("turnover", "UZB", "KAZ", "level", 2.9e9),
}


def test_trading_partners_list_is_the_owner_s_turnover_with_each() -> None:
    # "trading partners" names no flow word as "trade partners" does; the list is still the
    # owner's trade with each partner, both directions
    for lead in (
        "Uzbekistan's main trading partners were ",
        "The main trading partners of Uzbekistan were ",
        "Uzbekistan's key trading partners included ",
    ):
        assert _rows("date 2031-10-01\n" + lead + _LIST) == _PAIRS, lead


def test_partners_list_after_the_owner_s_world_total_takes_its_owner_and_period() -> None:
    rows = figures(
        "date 2031-10-01\nUzbekistan's foreign trade turnover in January-August amounted to "
        "$42.3 billion. The main partners were " + _LIST
    )
    got = {(r.reporter, r.partner, r.value, str(r.period_end)) for r in rows.itertuples()}
    assert got == {
        ("UZB", "CHN", 9.1e9, "2031-08-31"),
        ("UZB", "RUS", 7.5e9, "2031-08-31"),
        ("UZB", "KAZ", 2.9e9, "2031-08-31"),
    }, rows.to_string()


def test_export_partners_keep_their_flow_word() -> None:
    # near miss: a flow word of the clause outranks the partners' list
    got = _rows("date 2031-10-01\nUzbekistan's main export partners were " + _LIST)
    assert {flow for flow, *_ in got} == {"exports"}, got


def test_made_up_is_no_rise_so_its_share_is_no_change() -> None:
    # "made up $3.3bn, or 35 percent": the percentage is the amount's share of the total, not a
    # rise ("up" is the particle of "made up")
    for verb in ("made up", "makes up", "added up to"):
        got = _rows(
            "date 2031-10-01\nKyrgyzstan's foreign trade in January-August reached $9.4 billion. "
            f"Trade with China {verb} $3.3 billion, or 35 percent."
        )
        # (turnover has no direction: the pair in either order)
        assert {(f, frozenset((r, p)), m, v) for f, r, p, m, v in got} == {
            ("turnover", frozenset(("KGZ", "CHN")), "level", 3.3e9)
        }, (verb, got)


def test_up_after_an_amount_is_still_a_rise() -> None:
    # near miss: "up" as the direction of a change stays one
    got = _rows(
        "date 2031-10-01\nKyrgyzstan's trade with China reached $3.3 billion in January-August, "
        "up 35 percent."
    )
    assert ("pct_change", 35.0) in {(m, v) for *_, m, v in got}, got
