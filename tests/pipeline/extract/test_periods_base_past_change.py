"""A comparison base written past the change it measures is still a base: past the change's amount
in brackets ("up 12.5% ($0.3bn) from 2030", "a 21.4% increase ($0.6bn) over 2030") and past the
base's own percentage ("grew 9% versus the 3% decline recorded in 2030"). The year after such a
"from"/"versus" is not the figure's own period. Made-up sentences, other countries, numbers and
years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def _bases(text: str) -> list[bool]:
    return [p.comparison for p in find_periods(text, None)]


def test_a_change_with_its_amount_in_brackets_is_dated_by_its_own_year() -> None:
    rows = dated(
        "Norway's exports to Chile in 2031 were $3.4 billion, up 12.5% ($0.3 billion) "
        "from 2030, and up 150% from 2012."
    )
    assert ("pct_change", 12.5, D(2031, 1, 1), D(2031, 12, 31)) in rows
    rows = dated(
        "Norway's imports from Chile totaled $3.4 billion in 2031, a 21.4% increase "
        "($0.6 billion) over 2030."
    )
    assert ("pct_change", 21.4, D(2031, 1, 1), D(2031, 12, 31)) in rows


def test_near_miss_a_bracketed_amount_before_the_figures_own_year_is_no_base() -> None:
    assert _bases("Norway's exports to Chile rose 12.5% ($0.3 billion) in 2031.") == [False]
    rows = dated("Norway's exports to Chile rose 12.5% ($0.3 billion) in 2031.")
    assert ("pct_change", 12.5, D(2031, 1, 1), D(2031, 12, 31)) in rows


def test_a_base_holding_its_own_percentage_is_a_base() -> None:
    assert _bases("Norway's exports to Chile grew 9% versus the 3% decline recorded in 2030.") == [
        True
    ]
    assert _bases("Norway's trade with Chile rose 7% compared with a 2% fall in 2030.") == [True]


def test_near_miss_a_year_after_a_percentage_with_no_comparison_word_stays_own() -> None:
    assert _bases("Norway's exports to Chile grew 9% to $2 billion in 2031.") == [False]
    assert _bases("Norway's exports to Chile grew 9% in 2031, after a 3% decline in 2030.") == [
        False,
        False,
    ]


# --- a base amount named as the other flow is that flow in the same period ----------------------


def test_a_base_named_as_the_other_flow_keeps_the_sentences_period() -> None:
    rows = dated(
        "In 2031, Norway's exports to Chile reached $739 million compared with $1.5 billion in imports."
    )
    assert ("level", 1_500_000_000.0, D(2031, 1, 1), D(2031, 12, 31)) in rows


def test_near_miss_a_base_of_the_same_flow_is_the_year_before() -> None:
    rows = dated(
        "In 2031, Norway's exports to Chile rose to $739 million from $650 million in exports."
    )
    assert ("level", 650_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
    rows = dated("In 2031, Norway's exports to Chile were $739 million, down from $850 million.")
    assert ("level", 850_000_000.0, D(2030, 1, 1), D(2030, 12, 31)) in rows
