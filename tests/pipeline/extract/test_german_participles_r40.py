"""Round 40 (hk07's kind): a German perfect clause ends with its participle after the amount
("sind die Exporte um 12,4 Prozent auf 2.615 Mio. Euro zugelegt"). "zugelegt", "zugenommen"
and "abgenommen" are glossed, and a separator inside a number ("2.615 Mio.", glossed
"2,615 million") no longer stops the participle from being put before its change. Made-up
sentences; a near miss keeps its clause boundary."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Österreich und Ungarn") -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.measure, r.value)
        for r in figures(f"date 2031-08-01\n{title}\n\n{text}\n").itertuples()
    }


def test_a_participle_after_a_grouped_amount() -> None:
    got = _rows(
        "2030 haben die österreichischen Exporte nach Ungarn um 12,4 Prozent auf 2.615 Mio. Euro "
        "zugelegt, die Importe aus Ungarn wuchsen um 3,1 Prozent auf 2.208 Mio. Euro."
    )
    assert got == {
        ("exports", "AUT", "HUN", "pct_change", 12.4),
        ("exports", "AUT", "HUN", "level", 2.615e9),
        ("imports", "AUT", "HUN", "pct_change", 3.1),
        ("imports", "AUT", "HUN", "level", 2.208e9),
    }


def test_zugenommen_and_abgenommen() -> None:
    got = _rows(
        "Im Jahr 2030 haben die österreichischen Exporte nach Ungarn um 6,5 Prozent auf 1.904 "
        "Mio. Euro zugenommen, und die Importe aus Ungarn haben um 2,2 Prozent auf 1.350 Mio. "
        "Euro abgenommen."
    )
    assert ("exports", "AUT", "HUN", "pct_change", 6.5) in got
    assert ("imports", "AUT", "HUN", "pct_change", -2.2) in got
    assert ("exports", "AUT", "HUN", "level", 1.904e9) in got


def test_near_miss_a_clause_boundary_before_the_participle() -> None:
    got = _rows(
        "Die österreichischen Exporte nach Ungarn sanken 2030 um 4 Prozent auf 900 Mio. Euro, die "
        "Importe aus Ungarn sind dagegen gestiegen."
    )
    assert ("exports", "AUT", "HUN", "pct_change", -4.0) in got
