"""Round 52 hunt (hunt52c), outcome kind "world total read as the page's pair" (pooled with the
round 50/51 pages: hunt50b 23, hunt50c 05/07/13/24, hunt51b 16/17; here 4 of 28 pages, 4
outlets, each its own sub-mechanism). Two sub-mechanisms fixed in ``world``/``partition``:

- the sentence's one economy is named only in a clause that splits the amount ("imports grew 1%
  to $100.9m, including $56m of footwear from Vietnam"): the amount went to Vietnam; a decimal
  point in the amount ("$100.9m") also stopped ``partition`` from seeing the clause at all;
- "Ethiopia earned $628m from the export of goods" (a whole export flow with the earner as its
  subject) took the next sentence's top destination as its partner.

1 hunted page each (shoe exports, Brazil; Ethiopia's quarterly exports). Made-up sentences and
pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-06-30") -> set[tuple]:
    out = figures(f" date {date}\nTrade news\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


_LEAD = "Chile's exports to Norway rose to $40 million in 2029. "


def test_total_split_by_including_a_part_from_one_economy() -> None:
    got = _rows(
        _LEAD + "Imports grew by 4 percent in 2029 to $210.5 million, including $60 million worth"
        " of machinery coming from Peru."
    )
    # (the $60m machinery part is Peru's, a row of its own; the total and its growth are not)
    assert not any(r[2] == "PER" and r[4] in (210.5e6, 4.0) for r in got)


def test_total_split_mostly_to_one_economy_after_a_decimal_amount() -> None:
    got = _rows(_LEAD + "Exports of fruit rose 12 percent to $310.4 million, mostly to Peru.")
    assert not any(r[2] == "PER" for r in got)


def test_near_miss_partner_before_the_part_keeps_its_row() -> None:
    # near miss: the partner is the amount's own ("imports from Peru"), the part only a product
    got = _rows(
        _LEAD + "Imports from Peru grew to $210.5 million in 2029, including $60 million of"
        " machinery."
    )
    assert ("imports", "CHL", "PER", "level", 210.5e6) in got


def test_earned_from_the_export_of_goods_is_a_world_total() -> None:
    got = _rows(
        "Chile earned 628 million dollars from the export of goods in the first quarter of 2030."
        " Out of 90 countries Chile exports to, Norway was the number one destination."
    )
    assert got == set()


def test_fetched_from_exports_is_a_world_total() -> None:
    got = _rows(
        "Peru fetched about $2.1 billion from exports in 2029. Norway was its main destination,"
        " ahead of Chile."
    )
    assert got == set()


def test_near_miss_earned_from_exports_to_a_partner_keeps_its_row() -> None:
    # near miss: the earner names the destination of its exports
    got = _rows("Chile earned $628 million from exports to Norway in the first quarter of 2030.")
    assert ("exports", "CHL", "NOR", "level", 628e6) in got
