"""Round 33: period, measure and status forms of wire copy that a breaking pass with made-up
sentences found misread (each test stands for its whole kind; near misses keep the old reading).
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str) -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {
        (r.measure, str(r.period_start), str(r.period_end), r.value, r.status)
        for r in out.itertuples()
    }


def test_a_level_reached_after_an_absolute_change_is_actual() -> None:
    got = _rows(
        "Ghana's imports from Togo increased by $9.5 billion in 2029 to reach $53 billion.",
        "2030-02-16",
    )
    assert ("level", "2029-01-01", "2029-12-31", 53e9, "actual") in got
    got = _rows(
        "Ghana's exports to Togo rose by GH¢15 billion last year to reach GH¢320 billion.",
        "2030-02-16",
    )
    assert {r[4] for r in got} == {"actual"}
    # near miss: a goal stays a goal
    got = _rows(
        "Ghana and Togo aim to raise trade by $9.5 billion to reach $100 billion by 2035.",
        "2030-02-16",
    )
    assert {r[4] for r in got} == {"target"}


@pytest.mark.parametrize(("verb", "sign"), [("added", 1.0), ("shed", -1.0), ("lost", -1.0)])
def test_a_gain_or_loss_verb_before_the_amount_is_a_change(verb: str, sign: float) -> None:
    got = _rows(f"Exports from Togo to Ghana {verb} $1.4 billion in 2029.", "2030-03-01")
    assert got == {("abs_change", "2029-01-01", "2029-12-31", sign * 1.4e9, "actual")}


def test_near_miss_added_as_a_speech_verb_or_added_up_to_is_no_change() -> None:
    got = _rows(
        "Exports from Togo to Ghana rose to $150 million in 2029, the minister added.",
        "2030-03-01",
    )
    assert {r[0] for r in got} == {"level"}
    got = _rows("Exports from Togo to Ghana added up to $150 million in 2029.", "2030-03-01")
    assert {r[0] for r in got} == {"level"}


@pytest.mark.parametrize(("back", "year"), [("two years earlier", 2027), ("three years ago", 2026)])
def test_a_base_counted_back_after_compared_with(back: str, year: int) -> None:
    got = _rows(
        f"Trade between Ghana and Togo was $15 billion in 2029, compared with $9 billion {back}.",
        "2030-06-01",
    )
    assert ("level", f"{year}-01-01", f"{year}-12-31", 9e9, "actual") in got


def test_near_miss_years_ago_with_no_base_dates_nothing() -> None:
    got = _rows(
        "Ghana began buying from Togo three years ago, and trade is now $9 billion.", "2030-06-01"
    )
    assert {(r[1], r[2]) for r in got} == {("None", "None")}


@pytest.mark.parametrize("which", ["final quarter of 2029", "last quarter of 2029"])
def test_the_final_quarter_of_a_year_is_its_fourth(which: str) -> None:
    got = _rows(f"In the {which}, Ghana's exports to Togo rose to $5.9 billion.", "2030-04-01")
    assert got == {("level", "2029-10-01", "2029-12-31", 5.9e9, "actual")}


def test_near_miss_the_last_quarter_with_no_year_is_not_read_as_a_fourth() -> None:
    got = _rows("Ghana's exports to Togo fell in the last quarter to $6.3 billion.", "2030-04-01")
    assert not any(r[1].endswith("-10-01") for r in got)


@pytest.mark.parametrize(
    "lead", ["this year through August", "so far this year through August", "YTD through August"]
)
def test_this_year_through_a_month_is_the_year_to_date(lead: str) -> None:
    got = _rows(f"Ghana's exports to Togo {lead} were $5.6 billion.", "2030-09-20")
    assert got == {("level", "2030-01-01", "2030-08-31", 5.6e9, "actual")}


def test_near_miss_the_year_through_a_month_stays_twelve_months() -> None:
    got = _rows(
        "Ghana's exports to Togo in the year through August were $5.6 billion.", "2030-09-20"
    )
    assert got == {("level", "2029-09-01", "2030-08-31", 5.6e9, "actual")}


@pytest.mark.parametrize("when", ["at end-2029", "at the end of 2029", "as at end-2029"])
def test_an_investment_stock_at_a_years_end_has_an_open_start(when: str) -> None:
    got = _rows(f"Togolese direct investment in Ghana stood at $3.9 billion {when}.", "2030-09-01")
    assert got == {("level", "None", "2029-12-31", 3.9e9, "actual")}


def test_near_miss_a_flow_at_the_end_of_a_year_keeps_the_year() -> None:
    got = _rows("Exports from Togo to Ghana totalled $17 billion at the end of 2029.", "2030-09-01")
    assert got == {("level", "2029-01-01", "2029-12-31", 17e9, "actual")}


@pytest.mark.parametrize(
    ("change", "value"),
    [
        ("fell by three-quarters", -75.0),
        ("fell by more than a half", -50.0),
        ("slumped by more than half", -50.0),
    ],
)
def test_a_fraction_change_keeps_its_period(change: str, value: float) -> None:
    got = _rows(f"Exports from Togo to Ghana {change} in 2029.", "2030-06-25")
    assert {(r[0], r[1], r[3]) for r in got} == {("pct_change", "2029-01-01", value)}


def test_near_miss_the_first_three_quarters_stay_nine_months() -> None:
    got = _rows(
        "Exports from Togo to Ghana in the first three quarters of 2029 were $5 billion.",
        "2030-06-25",
    )
    assert got == {("level", "2029-01-01", "2029-09-30", 5e9, "actual")}


def test_the_n_years_to_a_year_is_a_span_ending_with_it() -> None:
    got = _rows(
        "In the three years to 2029, Togolese companies invested €6.2 billion in Ghana.",
        "2030-12-01",
    )
    assert got == {("level", "2027-01-01", "2029-12-31", 6.2e9, "actual")}
    got = _rows("Trade between Togo and Ghana grew 40% in the five years to 2029.", "2030-12-01")
    assert got == {("pct_change", "2025-01-01", "2029-12-31", 40.0, "actual")}


def test_from_a_year_through_another_is_the_years_between() -> None:
    got = _rows(
        "From 2021 through 2029, Togo's exports to Ghana amounted to a combined $290 billion.",
        "2030-12-01",
    )
    assert got == {("level", "2021-01-01", "2029-12-31", 290e9, "actual")}


def test_near_miss_a_change_between_two_named_years_keeps_the_later() -> None:
    got = _rows("Trade between Togo and Ghana grew 40% between 2025 and 2029.", "2030-12-01")
    assert got == {("pct_change", "2029-01-01", "2029-12-31", 40.0, "actual")}


@pytest.mark.parametrize(
    "text",
    [
        "In March, Ghana's exports to Togo dropped to a 14-month low of $8.3 billion.",
        "Ghana's exports to Togo fell in March to their lowest level in 16 months, $8.3 billion.",
    ],
)
def test_a_months_record_reference_is_no_period(text: str) -> None:
    got = _rows(text, "2030-04-13")
    assert got == {("level", "2030-03-01", "2030-03-31", 8.3e9, "actual")}


@pytest.mark.parametrize("deadline", ["by the end of the year", "by year-end"])
def test_a_target_by_the_end_of_the_year_is_the_running_years_end(deadline: str) -> None:
    got = _rows(
        f"Trade between Togo and Ghana is expected to exceed $200 billion {deadline}.",
        "2030-10-10",
    )
    assert got == {("level", "None", "2030-12-31", 200e9, "target")}


def test_an_actual_by_the_end_of_the_year_is_the_whole_year() -> None:
    got = _rows(
        "Trade between Togo and Ghana reached $150 billion by the end of the year.", "2030-12-20"
    )
    assert got == {("level", "2030-01-01", "2030-12-31", 150e9, "actual")}
