"""Round 57 kind (English): months without a year after a relative year fronted as the
sentence's own phrase ("In the current year, for the period from January to June, two-way trade
is about EUR 2.5 billion", dev page iw11 bcci) took the year of the page's last period (2023), not
the fronted year's; "January-June this year" written together was already right. Built for
every fronted form (``period_joins._fronted_relative_year``): "This year, ...", "In the current
year, ...", "So far this year, ...", "Last year, ...", with any month span after it. Made-up
sentences with forms no dev page uses ("This year, between March and August", "So far this
year, in the January-May period"); a relative year inside a clause ("Trade fell last year, but
from January to June ...") is no fronted phrase and stays as it was."""

from tests.pipeline.extract.test_extract import figures


def _period(sentence: str, date: str | None = None) -> tuple[str, str]:
    head = f" date {date}\n" if date else ""
    text = (
        f"{head}Trade news\n\nIn 2029 trade between Chile and Japan amounted to $4.5 billion. "
        f"{sentence}\n"
    )
    rows = {r["value"]: r for r in figures(text).to_dict("records")}
    row = rows[2.5e9]
    return str(row["period_start"])[:10], str(row["period_end"])[:10]


def test_fronted_this_year_on_an_undated_page() -> None:
    got = _period("This year, between March and August, trade between them was $2.5 billion.")
    assert got == ("2030-03-01", "2030-08-31")
    got = _period("So far this year, in the January-May period, their trade was $2.5 billion.")
    assert got == ("2030-01-01", "2030-05-31")


def test_fronted_year_on_a_dated_page_stays_right() -> None:
    got = _period(
        "In the current year, from January to May, trade between them was $2.5 billion.",
        "2030-09-01",
    )
    assert got == ("2030-01-01", "2030-05-31")


def test_near_miss_relative_year_inside_a_clause() -> None:
    # not fronted: the months keep the reading they had (the page's running year)
    got = _period(
        "Trade fell last year, but from January to May it rose to $2.5 billion.", "2030-09-01"
    )
    assert got == ("2030-01-01", "2030-05-31")
