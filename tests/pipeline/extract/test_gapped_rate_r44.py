"""Round 44: a gapped clause that repeats the previous clause's change verb for another flow
("exports rose 15.5% compared with the same period last year to EUR 1.51bn in January-May 2030,
imports 10.5% to EUR 1.46bn"; the German "die Einfuhren um 10,5 Prozent auf 1,46 Mrd. Euro")
takes that verb's direction even where the previous clause's comparison put the verb beyond the
80 characters the direction is looked for in; its level keeps its own flow. Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTrade\n\n{text}\n")
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("verb", "sign"),
    [("rose", 1.0), ("fell", -1.0)],
)
def test_a_gapped_rate_takes_the_earlier_verb(verb: str, sign: float) -> None:
    text = (
        f"Hungary's exports to Slovenia {verb} 12.5% compared with the same period last year to"
        " €1.32 billion in January-May 2030, imports from Slovenia 7.5% to €0.96 billion."
    )
    assert _rows(text) == {
        ("exports", "pct_change", sign * 12.5),
        ("exports", "level", 1.32e9),
        ("imports", "pct_change", sign * 7.5),
        ("imports", "level", 0.96e9),
    }


def test_near_miss_a_clause_with_its_own_verb_keeps_it() -> None:
    text = (
        "Hungary's exports to Slovenia rose 12.5% compared with the same period last year to"
        " €1.32 billion in January-May 2030, while imports from Slovenia fell 7.5% to €0.96 billion."
    )
    assert ("imports", "pct_change", -7.5) in _rows(text)
