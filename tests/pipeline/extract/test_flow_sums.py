"""A list of partners under a loose "trade with" whose amounts add up to the exports the page
states for the whole group (round 12, NOTES "A partner list whose amounts add up to another
flow"), and what such pages around it write: "Asean" for the bloc, "the fastest growth since
<month>" (a record's reference, not the period), "among Asean countries" (a ranking's group, not
a partner). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, round(r.value, 3)) for r in out.itertuples()]


_LIST = (
    "date 2030-03-05\nMalaysia's exports to Asean in February were RM7.0 billion. Trade with "
    "Singapore increased by 10 per cent (RM4.1 billion), Vietnam by 4 per cent (RM1.5 billion) "
    "and Indonesia by 3 per cent ({last}) y-o-y."
)


def test_a_partner_list_adding_up_to_the_blocs_exports_is_exports() -> None:
    rows = _rows(figures(_LIST.format(last="RM1.37 billion")))
    assert ("exports", "MYS", "ASEAN", "level", 7.0e9) in rows, rows
    for partner, level, change in (("SGP", 4.1e9, 10.0), ("VNM", 1.5e9, 4.0), ("IDN", 1.37e9, 3.0)):
        assert ("exports", "MYS", partner, "level", level) in rows, rows
        assert ("exports", "MYS", partner, "pct_change", change) in rows, rows


def test_a_partner_list_that_adds_up_to_nothing_stated_stays_trade() -> None:
    # near miss: 4.1 + 1.5 + 2.2 is no flow the page states; the flow word stands
    rows = _rows(figures(_LIST.format(last="RM2.2 billion")))
    assert [r for r in rows if r[2] != "ASEAN"] and all(
        r[0] == "turnover" for r in rows if r[2] != "ASEAN"
    ), rows


def test_a_partner_list_adding_up_to_the_blocs_trade_stays_trade() -> None:
    # near miss: the amounts add up to the stated trade, which the flow word says
    out = figures(
        "date 2030-03-05\nMalaysia's trade with ASEAN in February was RM7.0 billion, and "
        "exports to ASEAN RM4.0 billion. Trade with Singapore increased by 10 per cent (RM4.1 "
        "billion), Vietnam by 4 per cent (RM1.5 billion) and Indonesia by 3 per cent (RM1.4 "
        "billion) y-o-y."
    )
    assert {r[0] for r in _rows(out) if r[2] in ("SGP", "VNM", "IDN")} == {"turnover"}, out


def test_the_fastest_growth_since_a_month_is_no_period() -> None:
    out = figures(
        "date 2030-03-05\nMalaysia's exports to Peru were valued at RM520 million, surging by "
        "13.8 per cent, the fastest growth since November 2028."
    )
    assert len(out) == 2 and set(out.period_end.astype(str)) != {"2028-11-30"}, out.to_string()


def test_a_month_after_since_with_no_record_word_is_read_as_before() -> None:
    # near miss: no "fastest", "highest", "record" before "since": unchanged
    out = figures(
        "date 2030-03-05\nMalaysia's exports to Peru were valued at RM520 million, up 13.8 per "
        "cent since November 2028."
    )
    assert set(out.period_end.astype(str)) == {"2028-11-30"}, out.to_string()


def test_a_bloc_a_partner_is_ranked_among_is_not_the_partner() -> None:
    out = figures(
        "date 2031-02-10\nIn 2030, Indonesia was Malaysia's third largest partner among ASEAN "
        "countries with a trade volume of RM95.1 billion."
    )
    assert _rows(out) == [("turnover", "MYS", "IDN", "level", 95.1e9)], out.to_string()


def test_trade_with_the_blocs_countries_is_still_with_the_bloc() -> None:
    # near miss: "with ASEAN countries" is the partner
    out = figures("date 2031-02-10\nIn 2030, Malaysia's trade with ASEAN countries was RM95.1bn.")
    assert _rows(out) == [("turnover", "MYS", "ASEAN", "level", 95.1e9)], out.to_string()
