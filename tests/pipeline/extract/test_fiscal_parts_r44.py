"""Round 44: parts of a fiscal year as South Asian, Australian and Japanese business pages write
them, settled by the figure's country's fiscal calendar (``fiscal_years.csv``: Pakistan and
Australia July-June, India and Japan April-March):

- "the first two (three) quarters of" a fiscal year are its first six (nine) months;
- a later quarter or half of a fiscal year named relative to the page's date ("the second half
  of the last fiscal year", "the third quarter of the current fiscal year") is those months, no
  longer that whole year;
- calendar months of a relative fiscal year ("July-March of the current fiscal year") are those
  months wherever the phrase stands, also before the figure's clause;
- "H1 FY2030-31", "Q3 FY 2030-31": a half or quarter of the split year that starts in 2030.

Made-up sentences; the page dates are the header's.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str) -> set[tuple]:
    out = figures(f"date {date}\nTrade\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), str(r.period_end), r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        (
            "Pakistan's exports to Kenya rose to $318 million in the first three quarters of"
            " fiscal 2030-31.",
            "2031-05-10",
            ("exports", "PAK", "KEN", "2030-07-01", "2031-03-31", 318e6),
        ),
        (
            "Australia's exports to Vietnam reached A$2.7 billion in the first two quarters of"
            " the current financial year.",
            "2031-02-20",
            ("exports", "AUS", "VNM", "2030-07-01", "2030-12-31", 2.7e9),
        ),
        (
            "Pakistan's imports from Malaysia fell to $640 million in the second half of the last"
            " fiscal year.",
            "2031-09-15",
            ("imports", "PAK", "MYS", "2031-01-01", "2031-06-30", 640e6),
        ),
        (
            "India's exports to Peru stood at $410 million in the third quarter of the current"
            " financial year.",
            "2031-02-25",
            ("exports", "IND", "PER", "2030-10-01", "2030-12-31", 410e6),
        ),
        (
            "During July-March of the current fiscal year, Pakistan's exports to Kenya rose to"
            " $295 million.",
            "2031-05-10",
            ("exports", "PAK", "KEN", "2030-07-01", "2031-03-31", 295e6),
        ),
        (
            "In April-December of the current financial year, India's imports from Peru came to"
            " $515 million.",
            "2031-02-10",
            ("imports", "IND", "PER", "2030-04-01", "2030-12-31", 515e6),
        ),
        (
            "Pakistan's exports to Kenya rose to $171 million in H1 FY2030-31.",
            "2031-03-02",
            ("exports", "PAK", "KEN", "2030-07-01", "2030-12-31", 171e6),
        ),
        (
            "Pakistan's exports to Kenya rose to $251 million in Q3 FY 2030-31.",
            "2031-05-02",
            ("exports", "PAK", "KEN", "2031-01-01", "2031-03-31", 251e6),
        ),
    ],
)
def test_a_part_of_a_fiscal_year_is_those_months(text: str, date: str, expected: tuple) -> None:
    assert _rows(text, date) == {expected}


@pytest.mark.parametrize(
    ("text", "date", "expected"),
    [
        # calendar quarters stay calendar quarters where no fiscal year is named
        (
            "Pakistan's exports to Kenya rose to $318 million in the first three quarters of 2030.",
            "2031-05-10",
            ("exports", "PAK", "KEN", "2030-01-01", "2030-09-30", 318e6),
        ),
        # the first half of a relative fiscal year was read before: unchanged
        (
            "Pakistan's exports to Kenya rose to $171 million in the first half of the current"
            " fiscal year.",
            "2031-03-02",
            ("exports", "PAK", "KEN", "2030-07-01", "2030-12-31", 171e6),
        ),
    ],
)
def test_near_miss_calendar_parts_and_earlier_readings_stay(
    text: str, date: str, expected: tuple
) -> None:
    assert _rows(text, date) == {expected}


def test_a_code_whose_second_year_is_not_the_next_names_no_split_year() -> None:
    # (before round 44 "FY2030-" was read as the year named 2030, July 2029 to June 2030)
    rows = _rows("Pakistan's exports to Kenya rose to $171 million in H1 FY2030-34.", "2031-03-02")
    assert rows == {("exports", "PAK", "KEN", "2030-01-01", "2030-06-30", 171e6)}
