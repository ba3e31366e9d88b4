"""Round 52 (hunt52a K6, 6 hunted pages in Hindi, Korean, Indonesian, Japanese and Vietnamese;
English shows it too): a list of partners with their amounts whose owner the sentence names after
"partners of" or leaves to the page ("Other top trading partners: A ($9bn), B ($4bn)"), after a
sentence that paired the list's first item with its owner. The first item's pair came from that
sentence with the item first, and each next item took the owner's place: "A–B", "A–C" instead of
"X–B", "X–C". Now the side that is an earlier item of the list is the one the next item replaces
(turnover only: its order says nothing), and a list headed by a colon is a partner list like one
headed by "were". Made-up sentences, made-up figures."""

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str, date: str = "2031-05-30") -> set[tuple]:
    out = figures(f" date {date}\nTrade figures\n\n{text}\n")
    return {(r.flow, frozenset((r.reporter, r.partner)), r.value) for r in out.itertuples()}


def _p(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def test_partners_of_x_after_a_colon() -> None:
    got = _pairs(
        "Peru and Chile traded goods worth $21.4 billion in 2030. Other top trading partners of"
        " Chile: Peru ($21.4 billion), Brazil ($11.2 billion) and Argentina ($7.5 billion)."
    )
    assert ("turnover", _p("CHL", "BRA"), 11.2e9) in got
    assert ("turnover", _p("CHL", "ARG"), 7.5e9) in got
    assert not any(p == _p("PER", "BRA") or p == _p("PER", "ARG") for _, p, _ in got)


def test_owner_left_to_the_page_singular_partner() -> None:
    # a glossed page's singular "partner:" heads the list as well
    got = _pairs(
        "Tanzania and Kenya traded goods worth $1.9 billion in 2030, the ministry said."
        " Other main trading partner: Tanzania ($1.9 billion), Uganda ($1.3 billion), Rwanda"
        " ($0.4 billion)."
    )
    assert ("turnover", _p("KEN", "UGA"), 1.3e9) in got
    assert ("turnover", _p("KEN", "RWA"), 0.4e9) in got


def test_near_miss_list_after_an_unrelated_owner_keeps_the_first_side() -> None:
    # the previous pair's first side is no item of the list: it owns the list, as before
    got = _pairs(
        "Chile's trade with Peru reached $21.4 billion in 2030. Its other top trading partners"
        " were Brazil ($11.2 billion) and Argentina ($7.5 billion)."
    )
    assert ("turnover", _p("CHL", "BRA"), 11.2e9) in got
    assert ("turnover", _p("CHL", "ARG"), 7.5e9) in got


def test_near_miss_directed_list_unchanged() -> None:
    # exports: the order is the direction; a list of destinations after "exports to A" keeps
    # the exporter
    got = _pairs(
        "Chile's exports to Peru were $3.1 billion in 2030. Exports to other partners: Brazil"
        " ($2.2 billion) and Argentina ($1.5 billion)."
    )
    assert ("exports", _p("CHL", "BRA"), 2.2e9) in got
