"""The default reporter of a directed figure naming no economy, when no figure before it named a
reporter and no title, lede, dateline or speaker decides (round 15): the economy the page's body
names first, as pages name their own country first, not the economy mentioned most (the partner
is often named more: "buyers in B, ports in B"), when its title names no state (a title naming
states counts triple in the page's mentions); and a title or lede's "exports from A" names A as
the page's trader. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def _page(title: str, lede: str, middle: str = "") -> str:
    return (
        f"date 2031-02-10\n{title}\n\n{lede}\n\n"
        "Buyers in Chile, ports in Chile and shops in Chile ordered more goods last year.\n\n"
        f"{middle}Exports rose 12% to $2.1 billion in 2030, while imports fell to $1.4 billion."
    )


_PERU_FIRST = "Peru's farmers and Peru's miners had a good year selling to Chile."
_CHILE_FIRST = "Chile's shoppers and Chile's builders had a good year buying from Peru."


def test_the_economy_the_body_names_first_reports_a_figure_naming_none() -> None:
    # Chile is named most often, yet the body names Peru first: Peru's exports and imports
    out = figures(_page("Sales break a record", _PERU_FIRST))
    assert ("exports", "PER", "CHL", 2.1e9) in _pairs(out), out.to_string()
    assert ("imports", "PER", "CHL", 1.4e9) in _pairs(out), out.to_string()


def test_a_title_naming_exports_from_a_country_names_the_trader() -> None:
    # "Exports from Peru to Chile ...": Peru sells, though Chile is named first and most below
    out = figures(_page("Exports from Peru to Chile hit a record", _CHILE_FIRST))
    assert ("exports", "PER", "CHL", 2.1e9) in _pairs(out), out.to_string()
    assert ("imports", "PER", "CHL", 1.4e9) in _pairs(out), out.to_string()


def test_a_title_naming_the_pair_leaves_the_counts_to_decide() -> None:
    # near miss: a title naming both states without a direction ("Chile and Peru ...") counts in
    # the page's mentions; the body's first (Peru) does not decide, the most named (Chile) does
    out = figures(_page("Chile and Peru sign a port deal", _PERU_FIRST))
    assert ("exports", "CHL", "PER", 2.1e9) in _pairs(out), out.to_string()


def test_a_body_naming_the_most_mentioned_first_keeps_it() -> None:
    # near miss: the body names Chile first, which is also the most mentioned: Chile's
    out = figures(_page("Sales break a record", _CHILE_FIRST))
    assert ("exports", "CHL", "PER", 2.1e9) in _pairs(out), out.to_string()


def test_a_figure_naming_its_reporter_earlier_decides_the_later_ones() -> None:
    # near miss: an earlier figure names Chile as the exporter; the unnamed ones follow it
    middle = "Chile's exports to Peru were $3.3 billion in 2029.\n\n"
    out = figures(_page("Sales break a record", _PERU_FIRST, middle))
    assert ("exports", "CHL", "PER", 2.1e9) in _pairs(out), out.to_string()
