"""Round 52 hunt (hunt52c), outcome kind "world/region total read as the page's pair", sub-mechanism
"an unnamed figure after a region-side figure takes a country named before": "exports to CARICOM
were valued at $72m ... At the same time, imports declined to $665m" gave the $665m to the United
States, named two sentences earlier (a region that is no listed bloc was left out, but unlike a
world total it did not mark the next unnamed figure as its continuation). 1 of 28 hunted pages
(2 rows); the outcome kind pools with hunt50b 23, hunt50c 05/07/13/24, hunt51b 16/17. Made-up
sentences and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-02-10") -> set[tuple]:
    out = figures(f" date {date}\nTrade news\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_unnamed_imports_after_exports_to_a_bloc_not_listed() -> None:
    got = _rows(
        "Chile's trade with Norway grew in 2029. At the end of October exports to CARICOM were"
        " valued at $72 million, up from $65 million a year before. At the same time, imports"
        " declined to $665 million."
    )
    assert not any(r[4] == 665e6 for r in got)


def test_unnamed_imports_after_exports_to_a_region() -> None:
    got = _rows(
        "Chile's exports to Norway rose to $40 million in 2029. Exports to the Middle East were"
        " valued at $72 million in 2029. Imports declined to $665 million."
    )
    assert ("exports", "CHL", "NOR", "level", 40e6) in got
    assert not any(r[4] == 665e6 for r in got)


def test_near_miss_named_partner_after_a_region_keeps_its_row() -> None:
    # near miss: the next sentence names its partner again
    got = _rows(
        "Chile's exports to Norway rose to $40 million in 2029. Exports to the Middle East were"
        " valued at $72 million in 2029. Imports from Norway declined to $665 million in 2029."
    )
    assert ("imports", "CHL", "NOR", "level", 665e6) in got
