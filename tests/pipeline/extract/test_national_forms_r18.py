"""A country's whole trade is no pair's figure (NOTES: a country's trade with the world is not a
figure): "national exports" is the country's total, like "total exports"; before round 18 it was
read as the pair's the sentence names later. "National exports to X" stays the pair's.
Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_national_exports_are_the_countrys_total() -> None:
    rows = _rows(
        "From January to August 2030, national exports of Bolivia reached 5.2 billion dollars, "
        "and Bolivia sold goods worth 300 million dollars to India."
    )
    assert rows == {("exports", "BOL", "IND", 3e8)}, rows


def test_near_miss_national_exports_to_a_partner_stay_read() -> None:
    rows = _rows("Bolivia's national exports to India reached 300 million dollars in 2030.")
    assert rows == {("exports", "BOL", "IND", 3e8)}, rows
