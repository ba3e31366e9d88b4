"""An undated page's current year fixed by a year-on-year base written anywhere on the page, and
the month and rolling-year forms of American and New Zealand usage ("March of 2030", "the year to
the end of May"). Made-up sentences: other countries, numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


def spans(text: str) -> list[tuple]:
    return [(p.period_start, p.period_end, p.comparison) for p in find_periods(text, None)]


# --- "March of 2030", "in the month of March" ----------------------------------------------------


def test_month_of_year_is_the_month() -> None:
    assert spans("Trade fell in March of 2030.") == [(D(2030, 3, 1), D(2030, 3, 31), False)]
    assert spans("It was 4 percent over April of 2029.") == [(D(2029, 4, 1), D(2029, 4, 30), True)]
    # near miss: a year after "of" with no month before it stays a year
    assert spans("The output of 2030 was higher.") == [(D(2030, 1, 1), D(2030, 12, 31), False)]


def test_in_the_month_of_a_month_is_that_month() -> None:
    found = find_periods("Exports reached $4.2 billion in the month of June this year.", None)
    assert [(p.kind, p.relative) for p in found] == [("month", ("relmonths:6:6", 0))]


# --- "the year to the end of May" -----------------------------------------------------------------


def test_year_to_the_end_of_a_month_is_a_rolling_year() -> None:
    assert spans("Trade hit $7.3 billion in the year to the end of August 2027.") == [
        (D(2026, 9, 1), D(2027, 8, 31), False)
    ]
    # near miss: "the end of" a month with no span before it is no rolling year, but the year to
    # date (as "as of the end of August 2027" and the gold of "reached at the end of September"
    # read it; test_periods_end_of_month)
    assert spans("Trade hit $7.3 billion at the end of August 2027.") == [
        (D(2027, 1, 1), D(2027, 8, 31), False)
    ]


# --- a base in another sentence fixes an undated page's year --------------------------------------


def test_same_month_base_elsewhere_fixes_the_undated_month() -> None:
    rows = dated(
        "Chile's exports to Peru rose to $61 million in August.\n\n"
        "Shipments were strong this month compared with August 2026, the agency said."
    )
    assert rows == {("level", 61_000_000.0, D(2027, 8, 1), D(2027, 8, 31))}


def test_month_base_of_another_month_fixes_nothing() -> None:
    # near miss: "from July 2026" may be the month before (month on month): August stays undated
    rows = dated(
        "Chile's exports to Peru rose to $61 million in August.\n\n"
        "Shipments were strong this month compared with July 2026, the agency said."
    )
    assert rows == {("level", 61_000_000.0, None, None)}


def test_same_period_of_a_year_fixes_the_next_year() -> None:
    rows = dated(
        "Chile was Peru's largest partner in February.\n\n"
        "Compared with the same period in 2026, trade between the two rose 9 percent "
        "to $8.8 billion.\n\n"
        "In February, Peru's exports to Chile totaled $3.1 billion."
    )
    assert ("level", 3_100_000_000.0, D(2027, 2, 1), D(2027, 2, 28)) in rows


def test_same_period_beside_a_stated_year_fixes_nothing() -> None:
    # near miss: the base is the sentence's own year's ("in 2026 ... over the same period in
    # 2025"); it says nothing of the page's current year: February is not moved to 2026+1
    rows = dated(
        "In 2026 Peru's exports to Chile rose 9 percent over the same period in 2025.\n\n"
        "In February, Peru's exports to Chile totaled $3.1 billion."
    )
    assert not any(start and start.year == 2027 for _, _, start, _ in rows)


def test_same_month_base_outranks_a_year_carried_from_an_earlier_paragraph() -> None:
    rows = dated(
        "In 2024, trade between Chile and Peru was worth $5.5 billion, the minister said.\n\n"
        "The ministry published its data on Friday.\n\n"
        "Peru's exports to Chile rose to $61 million in August.\n\n"
        "Shipments were strong this month compared with August 2026, the agency said."
    )
    assert ("level", 61_000_000.0, D(2027, 8, 1), D(2027, 8, 31)) in rows
    assert ("level", 5_500_000_000.0, D(2024, 1, 1), D(2024, 12, 31)) in rows


def test_same_month_base_leaves_a_month_whose_year_is_written() -> None:
    # near miss: "in August 2024" writes its year: the base does not move it
    rows = dated(
        "Peru's exports to Chile rose to $61 million in August 2024.\n\n"
        "Shipments were strong this month compared with August 2026, the agency said."
    )
    assert ("level", 61_000_000.0, D(2024, 8, 1), D(2024, 8, 31)) in rows
