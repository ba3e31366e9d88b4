"""A relative horizon ("in the next four years", "within five years") dates only the target.

``pipeline.extract.period_resolve._horizon`` marks such a horizon ``future`` as "by 2034" in a 2030
article already was, so ``period_settle.reached_by`` leaves an actual of the same sentence ("has
now reached $3 billion") undated instead of placing it in a year that has not begun (NOTES ga 2: a
current level has no period). Made-up sentences; near misses: an actual with its own year, and
the target's own horizon.
"""

from tests.pipeline.extract.test_foreign import rows

_HEAD = "date 2030-06-12\nGhana and Togo to expand trade\n"


def test_an_actual_beside_a_relative_horizon_is_undated() -> None:
    found = rows(
        _HEAD + "Bilateral trade between Ghana and Togo has now reached $3 billion, and the two "
        "sides agreed to raise it to $6 billion in the next four years, a statement said.\n"
    )
    assert found[3_000_000_000.0][5:] == (None, None)
    target = found[6_000_000_000.0]
    assert target[5] is None and str(target[6]) == "2034-12-31"


def test_a_quoted_statement_with_the_horizon_after_the_target() -> None:
    found = rows(
        _HEAD + '"Noting that trade between the two countries has now reached $3 billion, it was '
        "agreed that the potential to expand it to $6 billion would be exploited within five "
        'years," said a statement.\n'
    )
    assert found[3_000_000_000.0][5:] == (None, None)
    assert str(found[6_000_000_000.0][6]) == "2035-12-31"


def test_near_miss_an_actual_with_its_own_year_keeps_it() -> None:
    found = rows(
        _HEAD + "Trade between Ghana and Togo reached $3 billion in 2029 and should grow to $6 "
        "billion in the next four years, the minister said.\n"
    )
    assert tuple(map(str, found[3_000_000_000.0][5:])) == ("2029-01-01", "2029-12-31")
    assert str(found[6_000_000_000.0][6]) == "2034-12-31"
