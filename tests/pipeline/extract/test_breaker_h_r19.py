"""Breaker h, round 19: two forms the round's rules meant to cover but missed. Made-up sentences.

- "rose 12% from March 2029 to March 2030": the "from" opens a range of two named months (as it
  does for two years, "from 2029 to 2030"), so the change is dated with the later month; it was
  read as a comparison base ("% from") and the change had no period. Near miss: "rose 12% from
  March 2029" alone is a base.
- "A's exports rose 5% to $2bn, while those to B fell 3%": "those" takes the flow noun up again,
  so the later clause names the partner of the same flow and the first amount is A's whole
  trade (``later_partner``). Near misses: a first clause with its own partner, "those from B"
  after exports.
"""

import datetime as dt

from test_extract import figures  # the helper beside this file


def _rows(text: str) -> list[tuple]:
    out = figures("date 2031-04-20\n" + text)
    return [
        (r.flow, r.reporter, r.partner, r.measure, r.value, r.period_start, r.period_end)
        for r in out.itertuples()
    ]


def test_a_change_from_a_month_to_the_same_month_a_year_later() -> None:
    rows = _rows("Kenya's exports to Uganda rose 12% from March 2029 to March 2030.")
    assert rows == [
        ("exports", "KEN", "UGA", "pct_change", 12.0, dt.date(2030, 3, 1), dt.date(2030, 3, 31))
    ], rows
    rows = _rows("Kenya's exports to Uganda grew by $20 million from March 2029 to March 2030.")
    assert [r[5:] for r in rows] == [(dt.date(2030, 3, 1), dt.date(2030, 3, 31))], rows
    # two different months stay one range
    rows = _rows("Kenya's exports to Uganda fell 8% from March 2029 to February 2030.")
    assert [r[5:] for r in rows] == [(dt.date(2029, 3, 1), dt.date(2030, 2, 28))], rows


def test_near_miss_a_month_after_from_alone_is_a_base() -> None:
    rows = _rows(
        "Kenya's exports to Uganda reached $200 million in March 2030, up 12% from March 2029."
    )
    assert ("exports", "KEN", "UGA", "pct_change", 12.0) in [r[:5] for r in rows], rows
    assert all(r[5] != dt.date(2029, 3, 1) for r in rows), rows


def test_those_takes_up_the_flow_of_the_first_clause() -> None:
    rows = _rows("Kenya's exports rose 5% to $2 billion in 2030, while those to Uganda fell 3%.")
    assert [r[:5] for r in rows] == [("exports", "KEN", "UGA", "pct_change", -3.0)], rows
    rows = _rows("Kenya's imports rose 5% to $2 billion in 2030, while those from Uganda fell 3%.")
    assert [r[:5] for r in rows] == [("imports", "KEN", "UGA", "pct_change", -3.0)], rows


def test_near_miss_those_after_an_own_partner_or_of_the_other_role() -> None:
    rows = _rows(
        "Kenya's exports to Tanzania rose 5% to $2 billion in 2030, while those to Uganda fell 3%."
    )
    assert ("exports", "KEN", "TZA", "level", 2e9) in [r[:5] for r in rows], rows
    rows = _rows("Kenya's exports rose 5% to $2 billion in 2030, while those from Uganda fell 3%.")
    assert ("exports", "KEN", "UGA", "level", 2e9) in [r[:5] for r in rows], rows
