"""Round 35 (direction breaking pass): "procured", "sourced" and "procurement of" with the amount
between the verb and its origin are imports ("Chile procured $4.1bn of energy products from
Peru", "Goods sourced by Chile from Peru totalled $61bn", "Chile's procurement of goods from Peru
totalled $3.1bn"). Made-up sentences; the near miss is a source of news, no flow."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-10-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_procured_and_sourced_amounts_are_imports() -> None:
    for text in (
        "Chile procured $4.1 billion of energy products from Peru in 2030.",
        "Chile sourced $4.1 billion of goods from Peru in 2030.",
        "Goods sourced by Chile from Peru totalled $4.1 billion in 2030.",
        "Chile's procurement of goods from Peru totalled $4.1 billion in 2030.",
    ):
        assert _rows(text) == {("imports", "CHL", "PER", 4.1e9)}, text


def test_near_miss_sources_who_speak_are_no_flow() -> None:
    assert not _rows("Sources in Chile said a $4.1 billion bond sale in Peru was delayed.")
