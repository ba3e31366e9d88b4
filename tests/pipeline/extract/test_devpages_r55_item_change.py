"""Round 55, kind: a change stated right after an amount of its own clause, in a sentence with no
trade word, is that amount's change: "Bananas reached $42m, up 33%", "port fees brought revenue
of $36m, 12 per cent more than in 2022". When the amount is no figure (its subject is an item, a
product left unglossed on a page in another language, a firm's revenue: ``_follow_up`` points it
at no figure), its change is none either; before, the level was dropped and the change took the
previous figure's flow and pair (``follow_up._unfollowed_level_before``). Dev pages where the
kind occurs: ib01 (soha, Vietnamese: "Chuối đạt 42,6 triệu USD, tăng 33,47%"), hl07
(maldivestimes, English: customs revenue "10 per cent more"), and hj14 (thanhnien, Vietnamese),
whose product the closed product list already drops: three pages, three outlets. Made-up
sentences (other products, other figures). Near miss: a pronoun's level and its change ("It
reached $6bn in 2025, up 20%") stay the previous figure's.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, float]]:
    return {(r["measure"], float(r["value"])) for r in figures(text).to_dict("records")}


def test_vietnamese_unglossed_product_change_is_no_row() -> None:
    text = (
        "date 2026-01-20\nXuất khẩu sang Hàn Quốc\n\nNăm 2025, xuất khẩu từ Việt Nam sang Hàn "
        "Quốc đạt 5,2 tỷ USD, tăng 6,1%. Sầu riêng đạt 31,2 triệu USD, tăng 12,4%."
    )
    assert ("pct_change", 12.4) not in _rows(text)
    assert ("pct_change", 6.1) in _rows(text)


def test_revenue_change_after_its_level_is_no_row() -> None:
    text = (
        "date 2024-02-01\nChile and Peru\n\nChile's exports to Peru reached $4.1 billion in "
        "2023, up 8%. Port fees brought the authority revenue of $36 million in 2023, 12 per "
        "cent more than in 2022."
    )
    assert _rows(text) == {("level", 4.1e9), ("pct_change", 8.0)}


def test_near_miss_pronoun_level_and_change_stay() -> None:
    text = (
        "date 2026-02-01\nChile and Peru\n\nTrade between Chile and Peru reached $5 billion in "
        "2024. It reached $6 billion in 2025, up 20%."
    )
    assert _rows(text) == {("level", 5e9), ("level", 6e9), ("pct_change", 20.0)}
