"""Round 37: the page's trader named as the owner of a directed flow after "of"/"by" in its lede
("Between 2027 and 2029 the exports of Chile to Peru moved on an upward path", "imports by
Chile") reports the page's later flows that name no economy ("Imports, worth $1.58bn in 2028,
...": Chile's), as "Chile's exports" and "exports from Chile" already did; the economy named
most often (the partner, here) does not. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-01-01\nChile - Peru Trade\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_the_owner_after_of_reports_the_bare_flows() -> None:
    got = _rows(
        "Up to the 1990s no country sold more to Chile than Peru. Between 2027 and 2029 the"
        " exports of Chile to Peru moved on an upward path. The trade balance of the two"
        " countries has leaned toward Peru. Imports, worth $1.58 billion in 2028, decreased to"
        " $0.88 billion in 2029."
    )
    assert ("imports", "CHL", "PER", 1.58e9) in got
    assert ("imports", "CHL", "PER", 0.88e9) in got


def test_near_miss_imports_from_name_the_partner() -> None:
    got = _rows(
        "Up to the 1990s no country sold more to Chile than Peru. Between 2027 and 2029 the"
        " imports from Peru moved on an upward path in Chile. The trade balance has leaned toward"
        " Peru. Exports, worth $1.58 billion in 2028, decreased to $0.88 billion in 2029."
    )
    assert not any(r[1] == "PER" and r[0] == "imports" for r in got)
