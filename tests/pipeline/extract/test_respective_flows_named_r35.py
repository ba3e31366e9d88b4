"""Round 35 (fi20): in a "respectively" sentence each flow word of the run may carry its own
partner and qualifiers ("Chile's exports to Peru and imports from Peru declined by 27.1% and
4.5% respectively", "Chilean merchandise exports to Peru and Peruvian merchandise imports to
Chile"): the i-th change is the i-th flow's. Made-up sentences; a run of countries stays one."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_flow_words_with_their_own_partners_pair_in_order() -> None:
    expected = {("exports", "CHL", "PER", -27.1), ("imports", "CHL", "PER", -4.5)}
    assert (
        _rows(
            "In 2030, Chile's exports to Peru and imports from Peru declined by 27.1% and 4.5%"
            " respectively."
        )
        == expected
    )
    assert (
        _rows(
            "From 2029 to 2030, the value of Chilean merchandise exports to Peru and Peruvian"
            " merchandise imports to Chile declined by 27.1% and 4.5% respectively."
        )
        == expected
    )


def test_near_miss_a_run_of_partners_keeps_the_flow() -> None:
    assert _rows(
        "In 2030, Chile's exports to Peru and Bolivia declined by 27.1% and 4.5% respectively."
    ) == {("exports", "CHL", "PER", -27.1), ("exports", "CHL", "BOL", -4.5)}
