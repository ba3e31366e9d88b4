"""The owner of the counter flow in a figure's clause is its other side (issue 15, the
wrong-pair kind): in an exports figure "..., or a quarter of all Peruvian imports" names the
destination, not the exporter. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_a_share_of_the_partners_imports_keeps_the_exporter() -> None:
    out = figures(
        "date 2031-03-02\nChile remained the biggest supplier to Peru in 2030, with exports "
        "reaching $1.41 billion, compared to $1.32 billion the previous year, or a quarter of "
        "all Peruvian imports."
    )
    assert ("exports", "CHL", "PER", 1.32e9) in _pairs(out), out.to_string()
    out = figures(
        "date 2031-03-02\nChile remained the biggest supplier to Peru in 2030, with exports "
        "reaching $1.41 billion, against $1.32 billion a year before, or 9% of Peru's imports."
    )
    assert ("exports", "CHL", "PER", 1.32e9) in _pairs(out), out.to_string()


def test_a_share_of_the_exporters_own_exports_keeps_the_exporter() -> None:
    # near miss: a share of the same flow's total ("all Chilean exports") names the exporter
    out = figures(
        "date 2031-03-02\nChile remained the biggest supplier to Peru in 2030, with exports "
        "reaching $1.41 billion, compared to $1.32 billion the previous year, or a quarter of "
        "all Chilean exports."
    )
    assert ("exports", "CHL", "PER", 1.32e9) in _pairs(out), out.to_string()


def test_the_value_of_a_counter_flow_is_no_share() -> None:
    # near miss: "the value of Chilean exports" is no share of a total: roles stay as they were
    out = figures(
        "date 2031-03-02\nThe value of Chilean merchandise exports to Peru and Peruvian "
        "merchandise imports to Chile fell by 12.4% and 3.1% respectively in 2030."
    )
    assert ("imports", "CHL", "PER", -3.1) in _pairs(out), out.to_string()
