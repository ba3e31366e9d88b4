"""Round 35 (direction breaking pass): two partners and two amounts joined by "and" with only
their units between ("Imports from Chile and Peru into Bolivia were 155 billion euros and 95
billion euros") pair in order, as "respectively" would say; a gapped clause after a verb's
subject ("Chile bought $129m of Peruvian goods and Bolivia $65m") replaces the subject. One
amount after two partners stays their joint figure (no row), and a pair "between A and B" is no
list. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nBolivia's trade\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_two_partners_and_two_amounts_pair_in_order() -> None:
    assert _rows(
        "Imports from Chile and Peru into Bolivia were 155 billion euros and 95 billion euros in"
        " 2030."
    ) == {("imports", "BOL", "CHL", 155e9), ("imports", "BOL", "PER", 95e9)}
    assert _rows("Bolivia's exports to Chile and Peru were $5 billion and $3 billion in 2030.") == {
        ("exports", "BOL", "CHL", 5e9),
        ("exports", "BOL", "PER", 3e9),
    }


def test_near_miss_one_amount_for_two_partners_is_their_joint_figure() -> None:
    assert not _rows("Bolivia's exports to Chile and Peru rose 5% to $8 billion in 2030.")


def test_near_miss_trade_between_two_economies_is_no_list() -> None:
    got = _rows("Trade between Chile and Peru was $500 million and $600 million in 2029 and 2030.")
    assert {r[1:3] for r in got} == {("CHL", "PER")}


def test_a_gapped_clause_after_a_verbs_subject_replaces_the_subject() -> None:
    # "China bought $129bn of Russian goods and India $65bn": India bought the $65bn
    assert _rows(
        "Chile bought $129 million of Peruvian goods in 2030 and Bolivia $65 million."
    ) == {
        ("imports", "CHL", "PER", 129e6),
        ("imports", "BOL", "PER", 65e6),
    }
    assert _rows("Chile imported $129 million from Peru in 2030, Bolivia $65 million.") == {
        ("imports", "CHL", "PER", 129e6),
        ("imports", "BOL", "PER", 65e6),
    }


def test_near_miss_a_gapped_clause_after_a_possessive_is_a_new_counterpart() -> None:
    assert _rows("Bolivia's exports to Chile were $100 million in 2030 and Peru $50 million.") == {
        ("exports", "BOL", "CHL", 100e6),
        ("exports", "BOL", "PER", 50e6),
    }
