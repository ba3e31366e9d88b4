"""Round 47, a share's aside between a flow and its change (:mod:`~.sentence`, :mod:`~.scope`).

Kind: "Imports, 74 percent of which is energy (oil, gas), were down 33 percent to €4.5bn": the
share opens a comma-closed aside ("N percent of which ...", "some N% of them ...") between the
flow and its verb. The share is no figure; the flow goes on past it to the change and the level
(as round 38 did for "Imports, of which energy makes up 61 percent, fell"), and the aside's
sector is the part's, not the amount's: the amount keeps the subject's own sector ("Energy
imports, 74% of which is oil, ..." stay energy) or none (dev page: Finnish customs figures).

Made-up sentences, made-up figures; near misses keep what is no such form."""

from tests.pipeline.extract.test_extract import figures

_H1 = ("2030-01-01", "2030-06-30")
_LEAD = "Ghana's exports to Togo rose 4 percent in the first half of 2030 to $1.2 billion. "


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2030-08-10\nGhana and Togo\n\n{_LEAD}{text}\n")
    return {
        (
            r.flow,
            r.scope,
            r.reporter,
            r.partner,
            str(r.period_start),
            str(r.period_end),
            r.measure,
            r.value,
        )
        for r in out.itertuples()
        if r.flow == "imports"
    }


def test_share_of_which_aside_then_change() -> None:
    rows = _rows(
        "Imports from Togo, 62 percent of which is machinery (engines, pumps and tools), were "
        "down 21 percent to $850 million, the statistics office said."
    )
    assert rows == {
        ("imports", "total", "GHA", "TGO", *_H1, "pct_change", -21.0),
        ("imports", "total", "GHA", "TGO", *_H1, "level", 850_000_000.0),
    }


def test_hedged_share_of_them_aside_keeps_the_subjects_sector() -> None:
    rows = _rows(
        "Ghana's energy imports from Togo, some 80% of them electricity, rose 9% to $310 million."
    )
    assert rows == {
        ("imports", "energy", "GHA", "TGO", *_H1, "pct_change", 9.0),
        ("imports", "energy", "GHA", "TGO", *_H1, "level", 310_000_000.0),
    }


def test_share_without_an_aside_stays_unread() -> None:
    # near miss: "62 percent of imports" is a share of the sentence's own subject, no aside
    # that a comma closes: the sentence keeps its current reading (no imports row)
    rows = _rows("Cocoa made up 62 percent of imports from Togo in the first half.")
    assert rows == set()
