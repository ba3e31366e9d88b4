"""Round 38 (the fresh page hi12, a report on three economies' trade with a fourth): "Swedish
kroner", a change named back by its noun with its levels ("The fall, from X to Y, stems from
B's ban"), a cause "stems from" naming no side, a fronted "For A, ... exports fell", and an
unowned flow to the partner of the figure just read ("Sweden's imports from B fell. Exports to B
fell 32%"). Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2032-01-20\nTrade with Chile; down again\n\n"


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.unit, str(r.period_start))
        for r in figures(_HEAD + text).itertuples()
    }


def test_swedish_kroner_are_swedish_crowns() -> None:
    got = _rows(
        "Sweden's imports from Chile fell from 4.6 billion Swedish kroner in 2030 to 3.2 "
        "billion in 2031.\n"
    )
    assert ("imports", "SWE", "CHL", "level", 4.6e9, "SEK", "2030-01-01") in got, got
    assert ("imports", "SWE", "CHL", "level", 3.2e9, "SEK", "2031-01-01") in got, got


def test_the_fall_from_x_to_y_gives_the_levels_of_the_change_just_stated() -> None:
    got = _rows(
        "Norway's exports to Chile fell by 41,5 percent in 2031. The fall, from 2,2 billion "
        "Norwegian kroner in 2030 to 1,29 billion in 2031, stems mostly from Chile's own ban on "
        "imports of salmon.\n"
    )
    assert ("exports", "NOR", "CHL", "level", 2.2e9, "NOK", "2030-01-01") in got, got
    assert ("exports", "NOR", "CHL", "level", 1.29e9, "NOK", "2031-01-01") in got, got


def test_a_fronted_for_names_the_flows_owner() -> None:
    got = _rows(
        "Chile sold Norway more goods in 2031. For Finland, which has long counted Chile among "
        "its key partners, export fell 27 percent in 2031, to a value of €1,7 billions.\n"
    )
    assert ("exports", "FIN", "CHL", "level", 1.7e9, "EUR", "2031-01-01") in got, got


def test_an_unowned_flow_to_the_partner_just_read_is_that_traders() -> None:
    got = _rows(
        "Finnish Customs said Finland's exports to Chile fell 12 percent in 2031. Sweden's import "
        "from Chile fell 30 percent in 2031. The Statistics Sweden figures cover ten months. "
        "Export to Chile has fallen 32 percent in 2031.\n"
    )
    assert ("exports", "SWE", "CHL", "pct_change", -32.0, "percent", "2031-01-01") in got, got


def test_an_owner_after_for_keeps_its_flow() -> None:
    # near miss: "For Finland, Chile's exports" are Chile's
    got = _rows("For Finland, Chile's exports to it rose 5 percent in 2031, to €1,1 billion.\n")
    assert ("exports", "CHL", "FIN", "level", 1.1e9, "EUR", "2031-01-01") in got, got
