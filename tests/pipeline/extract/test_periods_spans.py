"""Period phrases of round 7 (x15-per), each kind on made-up sentences in several outlets' styles:
spans named by the month they end with, calendar days, "the past year", split-year month ranges,
bases named by one month or by "the same time in", "the same period (Jan-Dec 2030)".

Countries, numbers and years differ from any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date
REF = D(2031, 8, 1)


def spans(text: str, ref: dt.date | None = REF) -> list[tuple]:
    return [(p.period_start, p.period_end) for p in find_periods(text, ref)]


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


# --- a span named by the month it ends with ----------------------------------------------------


def test_months_ended_with_a_month_are_that_many_months() -> None:
    assert spans("sales in the six months ended June 30, 2030 were") == [
        (D(2030, 1, 1), D(2030, 6, 30))
    ]
    assert spans("in the half-year period ending in June 2030") == [(D(2030, 1, 1), D(2030, 6, 30))]
    assert spans("for the nine months through September") == [(D(2030, 1, 1), D(2030, 9, 30))]
    assert spans("in the quarter to March 2029") == [(D(2029, 1, 1), D(2029, 3, 31))]
    # a year and twelve months cross into the year before
    assert spans("the year ended 30 June 2029") == [(D(2028, 7, 1), D(2029, 6, 30))]
    assert spans("over the last 12 months to February 2030") == [(D(2029, 3, 1), D(2030, 2, 28))]


def test_month_year_and_month_quarter_of_new_zealand_statistics() -> None:
    assert spans("worth $3.1 billion in the March 2030 year") == [(D(2029, 4, 1), D(2030, 3, 31))]
    assert spans("rose in the September 2029 quarter") == [(D(2029, 7, 1), D(2029, 9, 30))]
    # without a year: the latest such span before the article (August 2031)
    assert spans("fell in the June quarter") == [(D(2031, 4, 1), D(2031, 6, 30))]


def test_a_level_and_its_base_in_a_half_year_ended() -> None:
    text = (
        "date 2031-08-20\nImports from Malawi rose to Sh40.5 billion in the half-year "
        "period ended June 2031, from Sh33.2 billion a year ago, Zambia's statistics office "
        "said."
    )
    assert dated(text) == {
        ("level", 40.5e9, D(2031, 1, 1), D(2031, 6, 30)),
        ("level", 33.2e9, D(2030, 1, 1), D(2030, 6, 30)),
    }


# --- a calendar day ----------------------------------------------------------------------------


def test_a_day_a_statement_was_made_dates_no_figure() -> None:
    assert spans("the report, released on February 9, 2031, shows") == []
    assert spans("Valletta, 3 November 2030 (MNA) - The ministry said") == []
    assert spans("in a statement on the 14th of May 2031 trade in 2030 reached") == [
        (D(2030, 1, 1), D(2030, 12, 31))
    ]


def test_a_period_up_to_a_day_has_an_open_start() -> None:
    assert spans("from the time the cabinet took office till June 22, 2031, trade was") == [
        (None, D(2031, 6, 22))
    ]
    assert spans("as of 30 September 2030, its investment stood at") == [(None, D(2030, 9, 30))]


def test_a_range_of_days() -> None:
    assert spans("(March 21, 2030 - January 20, 2031)") == [(D(2030, 3, 21), D(2031, 1, 20))]
    assert spans("between 1 April and 30 September 2030") == [(D(2030, 4, 1), D(2030, 9, 30))]


def test_the_present_iranian_year_counts_its_months() -> None:
    found = find_periods(
        "in the first eight months of the present Iranian calendar year", D(2030, 12, 1)
    )
    # 1409 began on 21 March 2030; eight months of 31, 31, 31, 31, 31, 31, 30, 30 days
    assert [(p.period_start, p.period_end) for p in found] == [(D(2030, 3, 21), D(2030, 11, 21))]


# --- "the past year": twelve months, no calendar year ------------------------------------------


def test_the_past_year_is_no_calendar_year() -> None:
    assert spans("exports grew 40 percent in the past year") == [(None, None)]
    assert spans("over the past year") == [(None, None)]
    # "last year" and "past years" keep their readings
    assert spans("exports grew 40 percent last year") == [(D(2030, 1, 1), D(2030, 12, 31))]


# --- months of a split year written right after the range --------------------------------------


def test_month_range_then_split_year() -> None:
    assert spans("between July-March 2029-30 exports rose") == [(D(2029, 7, 1), D(2030, 3, 31))]
    assert spans("in July-December, 2029-30") == [(D(2029, 7, 1), D(2029, 12, 31))]
    # a plain year after the months keeps its reading
    assert spans("in July-March 2030") == [(D(2029, 7, 1), D(2030, 3, 31))]


# --- a base named by one month, or by "the same time in" ---------------------------------------


def test_a_base_named_by_the_month_a_span_ends_with() -> None:
    text = (
        "date 2031-07-04\nTrade between Zambia and Malawi hit KSh 90.2 billion in the "
        "last 12 months to March 2031. This is a 40.5% rise from KSh 64.2 billion reported at the "
        "same time in March 2030."
    )
    assert dated(text) == {
        ("level", 90.2e9, D(2030, 4, 1), D(2031, 3, 31)),
        ("pct_change", 40.5, D(2030, 4, 1), D(2031, 3, 31)),
        ("level", 64.2e9, D(2029, 4, 1), D(2030, 3, 31)),
    }


def test_the_same_time_in_a_month_is_one_base() -> None:
    found = find_periods("up from $2m at the same time in May 2030", REF)
    assert [(p.kind, p.comparison) for p in found] == [("month", True)]
    # "during the same period" opening a sentence is no base
    found = find_periods("During the same period (Jan-Dec 2030), imports reached", REF)
    assert [(p.period_end, p.comparison) for p in found if p.kind == "month_range"] == [
        (D(2030, 12, 31), False)
    ]
    # after an amount it is one
    found = find_periods("rose to $3m from $2m in the same period (Jan-Mar 2030)", REF)
    assert [p.comparison for p in found if p.kind == "month_range"] == [True]


def test_a_change_from_a_year_names_its_base() -> None:
    found = find_periods("a 4% increase from 2029 (€1.1 billion)", REF)
    assert [p.comparison for p in found] == [True]
    found = find_periods("a decline from 2028 levels", REF)
    assert [p.comparison for p in found] == [True]


# --- fiscal years that move with another calendar ----------------------------------------------


def test_nepal_fiscal_year_starts_on_1_shrawan() -> None:
    from pipeline.extract.period_settle import _fiscal_span

    # 1 Shrawan fell on 17 July 2023 and on 16 July 2024
    assert _fiscal_span(("split", 2023, 12), ["NPL"]) == (D(2023, 7, 17), D(2024, 7, 15))
    assert _fiscal_span(("split", 2024, 12), ["CHN", "NPL"]) == (D(2024, 7, 16), D(2025, 7, 16))
    # a year the table does not list (it runs 1993-2034): the usual day
    assert _fiscal_span(("split", 2041, 12), ["NPL"]) == (D(2041, 7, 17), D(2042, 7, 16))


# --- months without a year beside a split year, on an undated page ------------------------------


def test_months_without_a_year_beside_a_split_year() -> None:
    found = find_periods(
        "The export goal for FY 2030-31 is $900 million and for July-January $510 million", None
    )
    assert [(p.period_start, p.period_end) for p in found if p.kind == "month_range"] == [
        (D(2030, 7, 1), D(2031, 1, 31))
    ]
    found = find_periods("In FY2029-30 exports in April-June were $50 million", None)
    assert [(p.period_start, p.period_end) for p in found if p.kind == "month_range"] == [
        (D(2029, 4, 1), D(2029, 6, 30))
    ]


# --- an actual never takes a horizon past the article's year -----------------------------------


def test_an_actual_beside_a_future_horizon_is_undated() -> None:
    text = (
        "date 2026-05-14\nTrade between Chile and Ecuador is $700 million and the aim is to "
        "take it to $1.5 billion by 2029, the envoy said."
    )
    out = figures(text)
    by_value = {
        round(v): (s, e, st)
        for v, s, e, st in zip(
            out["value"], out["period_start"], out["period_end"], out["status"], strict=True
        )
    }
    assert by_value[700_000_000] == (None, None, "actual")
    assert by_value[1_500_000_000] == (None, D(2029, 12, 31), "target")
    # a horizon already past is the actual's year ("had crossed $2bn by 2024")
    found = find_periods("exports had crossed $2 billion by 2024", D(2026, 5, 14))
    assert [p.future for p in found] == [False]


# --- a flow summed up to a named month ("until August 2030") -------------------------------------


def test_a_flow_up_to_a_named_month_runs_from_january() -> None:
    for text in (
        "Until August 2030, trade between Laos and Cambodia reached $1.2 billion.",
        "Two-way trade stood at $1.2 billion as of end-August 2030, the ministry said.",
        "Bilateral trade up to the end of August 2030 came to $1.2 billion.",
        "Shipments through August 2030 were worth $1.2 billion, the ministry said.",
    ):
        assert spans(text) == [(D(2030, 1, 1), D(2030, 8, 31))], text


def test_a_range_a_day_or_a_plain_month_is_not_a_year_to_date() -> None:
    # the range is the month range's; a day is the date pattern's; "in August" is one month
    assert spans("from March through August 2030 trade rose") == [(D(2030, 3, 1), D(2030, 8, 31))]
    assert spans("Trade reached $1bn until June 22, 2030.") == [(None, D(2030, 6, 22))]
    assert spans("In August 2030 trade reached $1bn.") == [(D(2030, 8, 1), D(2030, 8, 31))]


def test_an_investment_up_to_a_named_month_is_a_stock_with_an_open_start() -> None:
    out = figures(
        "date 2030-10-02\n\nThai investment in Laos totalled USD 3 billion as of August 2030."
    )
    assert list(zip(out["flow"], out["period_start"], out["period_end"], strict=True)) == [
        ("investment", None, D(2030, 8, 31))
    ]
