"""A change whose sentence goes on with the levels it runs between, and another clause after it:
the change is dated with the level it reaches, not with a base of the next clause. Made-up
sentences, other countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_a_change_from_one_level_to_another_takes_the_later_year_beside_another_clause() -> None:
    rows = dated(
        "Peruvian imports from Chile have more than tripled, from $2.08 billion in 2003 to "
        "$7.06 billion in 2023, while Peruvian exports to Chile grew moderately from $1.71 "
        "billion in 2003 to $2.83 billion in 2023."
    )
    assert ("multiple", 3.0, D(2023, 1, 1), D(2023, 12, 31)) in rows
    assert ("level", 2_080_000_000.0, D(2003, 1, 1), D(2003, 12, 31)) in rows


def test_near_miss_a_change_between_two_named_bases_still_takes_the_later() -> None:
    # no level of its own between the bases: "rose 79% from $17m in May 2030, against $31m in
    # May 2031" is dated with the later base, as before
    rows = dated(
        "Peru's exports to Chile rose 64% from $14m in May 2027, against $23m in May 2028."
    )
    assert ("pct_change", 64.0, D(2028, 5, 1), D(2028, 5, 31)) in rows
