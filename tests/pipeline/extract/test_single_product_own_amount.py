"""One product's own amount is not the total a list cue describes: a bracket opened right after
a product of the closed list ("including frozen pork (up $6m, or 4 times)") holds that
product's change, and a follow-up sentence whose own clause names a product ("Gains included
paper up 48%") is that product's, not the previous figure's flow (NOTES: a single product is
not annotated; round 12). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_a_bracket_after_a_listed_product_is_its_own_amount() -> None:
    rows = _rows(
        "Ghana's exports to Togo rose 12% in 2030 on several goods, including frozen pork (up "
        "$6.2 million, or 4.5 times), and tiles (up $2.2 million)."
    )
    assert rows == {("exports", "total", 12.0)}, rows


def test_a_follow_up_naming_a_product_is_not_the_total() -> None:
    rows = _rows("Ghana's exports to Togo rose 12% in 2030. Gains included paper up 48%.")
    assert rows == {("exports", "total", 12.0)}, rows


def test_near_miss_a_total_next_to_a_product_list_stays_total() -> None:
    rows = _rows("Ghana's exports to Togo, including cocoa and beef, rose to $900 million in 2030.")
    assert rows == {("exports", "total", 900e6)}, rows
    rows = _rows(
        "Ghana's exports to Togo (mainly cocoa and beef) reached $900 million in 2030. Gains "
        "included a 48% rise in the second half."
    )
    assert ("exports", "total", 900e6) in rows, rows
