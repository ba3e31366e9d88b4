"""A country's whole trade is no pair's figure (NOTES: a country's trade with the world is not a
figure), in three forms pages write it:

- its own clause, before a later clause of the same flow that names the partner ("A's exports
  rose 5%, while exports to B fell 3%": the 5% is A's total);
- a national total whose amount is in written-out dollars ("775.5 million U.S. dollars": the
  "U.S." names the currency, not a second economy), which the next sentence continues;
- "imports of goods into the country" after a world total (the country is the importer).

Near misses stay read: a later clause of the other flow ("while imports from B fell"), a first
clause that names its own partner, a partner named right after the flow ("exports to B").
Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, str, float]]:
    out = figures("date 2031-04-20\n" + text)
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_a_whole_flow_before_a_clause_of_the_same_flow_with_its_partner() -> None:
    rows = _rows("Kenya's exports rose 5% to $2 billion in 2030, while exports to Uganda fell 3%.")
    assert rows == {("exports", "KEN", "UGA", -3.0)}, rows
    rows = _rows(
        "Kenya's merchandise exports fell 9.5 per cent in May 2030, with shipments to Uganda "
        "plunging 20 per cent."
    )
    assert rows == {("exports", "KEN", "UGA", -20.0)}, rows


def test_near_miss_a_later_clause_of_the_other_flow_or_an_own_partner() -> None:
    rows = _rows(
        "Kenya's exports rose 5% to $2 billion in 2030, while imports from Uganda fell 3%."
    )
    assert ("exports", "KEN", "UGA", 5.0) in rows, rows
    rows = _rows(
        "Kenya's exports to Tanzania rose 5% to $2 billion in 2030, while exports to Uganda "
        "fell 3%."
    )
    assert {("exports", "KEN", "TZA", 5.0), ("exports", "KEN", "UGA", -3.0)} <= rows, rows
    rows = _rows(
        "Kenya's exports to the bloc rose 5% to $2 billion in 2030, while exports to Uganda "
        "fell 3%."
    )
    assert {("exports", "KEN", "UGA", 5.0), ("exports", "KEN", "UGA", 2e9)} <= rows, rows


_NATIONAL = (
    "Kenya and Uganda signed a trade deal in 2030. The foreign trade turnover of Kenya amounted "
    "to 775.5 million U.S. dollars in the first quarter of this year, which was 11.5 percent or "
    "98.5 million U.S. dollars less than a year earlier. "
)


def test_a_national_total_in_written_out_dollars_is_continued() -> None:
    rows = _rows(
        _NATIONAL + "Exports of goods in January-March amounted to 230.5 million U.S. dollars."
    )
    assert rows == set(), rows


def test_near_miss_a_partner_after_the_national_total_stays_read() -> None:
    rows = _rows(
        _NATIONAL + "Exports to Uganda in January-March amounted to 230.5 million U.S. dollars."
    )
    assert rows == {("exports", "KEN", "UGA", 230.5e6)}, rows


_WORLD = (
    "Kenya and Uganda signed a trade deal in 2030. Kenya's exports to the world fell 11.5 percent "
    "to $775.5 million in the first quarter of this year. "
)


def test_imports_of_goods_into_the_country_continue_a_world_total() -> None:
    assert _rows(_WORLD + "Imports of goods into the country amounted to $545.5 million.") == set()


def test_near_miss_imports_of_goods_from_the_country_stay_read() -> None:
    rows = _rows(_WORLD + "Imports of goods from the country amounted to $545.5 million.")
    assert ("imports", "KEN", "UGA", 545.5e6) in rows, rows
