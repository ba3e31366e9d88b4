"""Pairs of figures in sentences that rank one economy's partners, and other pair kinds of issue
15 round 10: each rule on a made-up sentence with the difficulty of a real page, never page
text, and a near miss the rule must leave alone."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_partners_ranked_with_a_possessive_trade_with_that_economy() -> None:
    # "A, with $X, and B, with $Y, are among X's key partners": A and B trade with X, not each
    # other.
    out = figures(
        "date 2031-03-02\nPeru's trade grew last year.\n"
        "Chile, with $410 million in trade, and Bolivia, with $290 million, are among Peru's "
        "main partners."
    )
    got = {(f, frozenset((r, p)), v) for f, r, p, v in _pairs(out)}
    assert got == {
        ("turnover", frozenset(("PER", "CHL")), 410e6),
        ("turnover", frozenset(("PER", "BOL")), 290e6),
    }, out.to_string()


def test_a_ranking_followed_by_others_keeps_the_ranked_economy() -> None:
    # "A remains the largest trade partner of X ($1.4bn), followed by B ($0.9bn)": B is X's
    # partner too, not A's.
    out = figures(
        "date 2031-03-02\nPeru trade report.\n"
        "Brazil remains the largest trade partner of Peru ($1.4 billion), followed by Ecuador "
        "($879 million) and Colombia ($614 million)."
    )
    got = {(frozenset((r, p)), v) for _, r, p, v in _pairs(out)}
    assert got == {
        (frozenset(("PER", "BRA")), 1.4e9),
        (frozenset(("PER", "ECU")), 879e6),
        (frozenset(("PER", "COL")), 614e6),
    }, out.to_string()


def test_a_partner_named_without_an_owner_ranks_nothing() -> None:
    # Near miss: "its largest partner" names no economy's partners; the pair stays the two named.
    out = figures(
        "date 2031-03-02\nPeru's trade with Chile, its largest partner, reached $410 million in "
        "2030."
    )
    got = {(f, frozenset((r, p)), v) for f, r, p, v in _pairs(out)}
    assert got == {("turnover", frozenset(("PER", "CHL")), 410e6)}, out.to_string()


def test_a_ranking_trailed_by_others_keeps_the_ranked_economy() -> None:
    # "trailed by", "followed closely by": the ranking verb of "followed by" (round 12): the
    # later economies are X's partners too, not the first one's.
    for verb in ("trailed by", "followed closely by"):
        out = figures(
            "date 2031-03-02\nIn 2030 Thailand was Vietnam's largest export market with US$5.2 "
            f"billion, {verb} Indonesia with US$4.1 billion and the Philippines with US$3.9 "
            "billion."
        )
        assert {(f, r, p, round(v)) for f, r, p, v in _pairs(out)} >= {
            ("exports", "VNM", "THA", 5.2e9),
            ("exports", "VNM", "IDN", 4.1e9),
            ("exports", "VNM", "PHL", 3.9e9),
        }, out.to_string()


def test_a_clause_with_its_own_pair_after_a_ranking_keeps_it() -> None:
    # near miss: no ranking verb; the later clause names its own exporter and destination
    out = figures(
        "date 2031-03-02\nIn 2030 Thailand was Vietnam's largest export market with US$5.2 "
        "billion, while Indonesia's exports to the Philippines were US$4.1 billion."
    )
    assert ("exports", "IDN", "PHL", 4.1e9) in {
        (f, r, p, round(v)) for f, r, p, v in _pairs(out)
    }, out.to_string()
