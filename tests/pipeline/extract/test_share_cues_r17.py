"""A percentage after "made up the bulk of" is the part's share of a whole, not a change (NOTES:
shares are not figures): "exports made up the bulk of the trade turnover, which is 64.5 percent".
Before round 17 "made up" lent the percentage a rising direction. "made up for" (a compensation)
and "made up ground" name no share: a change after them stays read. Made-up sentences, never
page text."""

from tests.pipeline.extract.test_extract import figures

_LEAD = "Trade between Ghana and Togo reached $3.1 billion in 2030. "


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + _LEAD + text)
    return {(r.flow, r.measure, r.value) for r in out.itertuples()}


def test_made_up_the_bulk_which_is_a_percentage_is_a_share() -> None:
    rows = _rows("Exports made up the bulk of the trade turnover, which is 64.5 percent.")
    assert rows == {("turnover", "level", 3.1e9)}, rows


def test_made_up_the_largest_part_at_a_percentage_is_a_share() -> None:
    rows = _rows("Exports made up the largest part of the trade, at 64.5 percent.")
    assert rows == {("turnover", "level", 3.1e9)}, rows


def test_near_miss_made_up_ground_keeps_the_change() -> None:
    rows = _rows("Ghana's exports to Togo made up ground, rising 12 percent.")
    assert ("exports", "pct_change", 12.0) in rows, rows


def test_near_miss_a_change_after_the_bulk_stays_read() -> None:
    # the part made up the bulk; the whole's own change comes after it ("which rose 12%")
    rows = _rows("Cocoa made up the bulk of Ghana's exports to Togo, which rose 12 percent.")
    assert ("exports", "pct_change", 12.0) in rows, rows
