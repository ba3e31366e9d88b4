"""'Over the past N years' on a page with no date: the years before the one the page's own text
fixes (NOTES: every relative period of the page is resolved with it), except in a sentence that
relays an earlier report, whose date is unknown (NOTES, fk decisions). Made-up sentences, other
countries, numbers and years than any real page.
"""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_past_years_count_back_from_the_year_the_text_fixes() -> None:
    rows = dated(
        "In the first eight months of 2029, Peru's exports to Chile were $3.1 billion.\n\n"
        "Over the past three years, Peru's exports to Chile grew by 37 percent."
    )
    assert ("pct_change", 37.0, D(2026, 1, 1), D(2028, 12, 31)) in rows


def test_near_miss_a_relayed_earlier_report_keeps_its_period_empty() -> None:
    rows = dated(
        "In the first eight months of 2029, Peru's exports to Chile were $3.1 billion.\n\n"
        "It was earlier reported that over the past three years, Peru's exports to Chile grew "
        "by 37 percent."
    )
    assert ("pct_change", 37.0, None, None) in rows
