"""Ranking lists whose items each carry their own partner (round 8): "Germany with 21 million
of exports", "Italy (by 8.1%)", "Russia ( USD 310 million)". Each listed economy is the partner;
the other side is the economy the list is about. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_partners_named_with_their_amounts_are_the_destinations() -> None:
    # Without an owner before the amount, two listed countries were taken as the pair.
    out = figures(
        "date 2031-05-04\nPortugal's exports rose in March 2031, the statistics office said.\n\n"
        "Export destinations included Spain with 40 million euros of exported goods and Italy "
        "with 25 million euros of exports."
    )
    pairs = _pairs(out)
    assert ("exports", "PRT", "ESP", 40e6) in pairs, out.to_string()
    assert ("exports", "PRT", "ITA", 25e6) in pairs, out.to_string()


def test_a_partner_with_exports_worth_an_amount_is_a_list_item() -> None:
    out = figures(
        "date 2031-05-04\nFiji's exports fell in 2030, the bureau reported.\n\n"
        "Other major destinations were Samoa with exports worth $13 million and Tonga with "
        "$5 million."
    )
    pairs = _pairs(out)
    assert ("exports", "FJI", "WSM", 13e6) in pairs, out.to_string()
    assert ("exports", "FJI", "TON", 5e6) in pairs, out.to_string()


def test_changes_in_brackets_after_by_belong_to_each_listed_destination() -> None:
    out = figures(
        "date 2031-05-04\nIn the first quarter of 2031, Chile's shipments grew to France "
        "(by 12.5%), Italy (by 8.1%) and Spain (by 3.2%)."
    )
    pairs = _pairs(out)
    for partner, value in (("FRA", 12.5), ("ITA", 8.1), ("ESP", 3.2)):
        assert ("exports", "CHL", partner, value) in pairs, out.to_string()


def test_a_space_inside_the_bracket_does_not_hide_the_list() -> None:
    out = figures(
        "date 2031-05-04\nIn 2030 Georgia's largest trade partner was Turkey ( USD 1.4 billion), "
        "followed by Azerbaijan ( USD 879 million) and China ( USD 614 million)."
    )
    pairs = {(flow, frozenset((a, b)), value) for flow, a, b, value in _pairs(out)}
    for partner, value in (("TUR", 1.4e9), ("AZE", 879e6), ("CHN", 614e6)):
        assert ("turnover", frozenset(("GEO", partner)), value) in pairs, out.to_string()


def test_a_currency_code_before_the_amount_opens_a_list_item() -> None:
    # "Tonga with AUD 5 million": an ISO code, not a symbol, before the number.
    out = figures(
        "date 2031-05-04\nFiji's exports fell in 2030, the bureau reported.\n\n"
        "Other export destinations were Samoa with AUD 13 million and Tonga with AUD 5 million."
    )
    pairs = _pairs(out)
    assert ("exports", "FJI", "WSM", 13e6) in pairs, out.to_string()
    assert ("exports", "FJI", "TON", 5e6) in pairs, out.to_string()
