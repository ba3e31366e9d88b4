"""Round 55, kind: an amount held over a span of several periods is no figure of any one period
(NOTES: "A ceiling over several years is not an amount", hk 1; "A monthly threshold held over
several named months", gv 6): "imports remained less than $1bn in all these years", "exports
have hovered around $70-80m for the past few years", "it fell in the following years but stayed
above $15bn" (Arabic "في السنوات التالية ... لكنه بقي فوق", glossed). A holding verb before the
amount (remain, stay, hover, keep) with such a span, or a bound word with a span that says
"each" ("topped $1bn every year"), drops the amount (``held_bound``). Dev pages: hl14
(bstandard, English), hp08 (dawn, English), hw15 (aljazeera, Arabic): three pages, three
outlets. Made-up sentences (other pairs, other figures). Near misses: a held amount of one
named year, and a total over the span with no holding verb ("over the past 12 years inflows
have exceeded $12bn"), which stay rows.
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import figures


def _values(text: str) -> set[float]:
    return {float(v) for v in figures(text)["value"]}


def test_bound_remained_in_all_these_years_is_no_row() -> None:
    text = (
        "date 2024-05-02\nChile and Peru\n\nChile's exports to Peru rose to $4.1 billion in "
        "2023. Chile's imports from Peru remained less than $2 billion in all these years."
    )
    assert _values(text) == {4.1e9}


def test_level_hovered_for_the_past_few_years_is_no_row() -> None:
    text = (
        "date 2024-05-02\nGhana and Togo\n\nGhana's exports to Togo have hovered around $300 "
        "million for the past few years, an official said."
    )
    assert _values(text) == set()


def test_arabic_stayed_above_in_the_following_years_is_no_row() -> None:
    text = (
        "date 2024-05-02\nالأردن والعراق\n\nوصل التبادل التجاري بين الأردن والعراق إلى ذروته عام "
        "2012 ببلوغه 9 مليارات دولار ثم تراجع في السنوات التالية لكنه بقي فوق ستة مليارات دولار."
    )
    assert 6e9 not in _values(text)


def test_near_miss_held_amount_of_one_named_year_stays() -> None:
    text = (
        "date 2024-05-02\nChile and Peru\n\nChile's imports from Peru remained above $2 "
        "billion in 2023, the ministry said."
    )
    assert _values(text) == {2e9}


def test_near_miss_total_over_the_span_stays() -> None:
    text = (
        "date 2024-05-02\nChile and Peru\n\nOver the past 12 years direct investment inflows "
        "from Peru into Chile have exceeded $12 billion."
    )
    assert _values(text) == {12e9}
