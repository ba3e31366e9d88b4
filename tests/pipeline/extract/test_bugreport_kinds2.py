"""The kinds fixed from the round-9 bug-report cases (``bugreport_cases.csv`` br47-br77), each on
its case's difficulty in further made-up sentences of other outlets' styles, so a rule holds for
its kind and not for one sentence (the cases themselves run in ``test_bugreport_cases``)."""

import pytest
from test_bugreport_cases import compare, expected_rows, extracted_rows


def _right(date: str, sentence: str, expected: str) -> None:
    case = {"case_id": "kind", "article_date": date, "sentence": sentence}
    missed, spurious = compare(expected_rows(expected), extracted_rows(case))
    assert not missed and not spurious, f"missed {missed}; spurious {spurious}"


@pytest.mark.parametrize(
    ("date", "sentence", "expected"),
    [
        # an apostrophe as the thousands separator (price-parser#61), typographic or straight
        (
            "2024-04-02",
            "Liechtenstein's imports from Switzerland came to CHF 1’250.5 million in 2023.",
            "imports total LIE CHE 2023-01-01 2023-12-31 level 1250500000 CHF actual",
        ),
        (
            "2024-04-02",
            "Swiss exports to Germany rose to CHF 52'310'000'000 in 2023.",
            "exports total CHE DEU 2023-01-01 2023-12-31 level 52310000000 CHF actual",
        ),
        # "milliard", the long-scale word for 1e9 in translated prose (Numeral-js#31)
        (
            "2024-04-02",
            "Trade between Morocco and Spain hit EUR 21.4 milliards in 2023.",
            "turnover total MAR ESP 2023-01-01 2023-12-31 level 21400000000 EUR actual",
        ),
        # a decimal read aloud: "one point four billion" (w2n#54, text2num#69)
        (
            "2024-04-02",
            "Trade between Kenya and Uganda reached two point three five billion dollars in 2023.",
            "turnover total KEN UGA 2023-01-01 2023-12-31 level 2350000000 USD actual",
        ),
        (
            "2024-04-02",
            "Ghana's imports from Togo were worth zero point eight billion dollars in 2023.",
            "imports total GHA TGO 2023-01-01 2023-12-31 level 800000000 USD actual",
        ),
        # a change verb, an amount, "to" and a second amount: the first is the change
        # (spaCy#4354); the second the level reached
        (
            "2024-04-02",
            "Kenya's exports to Uganda rose KSh 12 billion to KSh 110 billion in 2023.",
            "exports total KEN UGA 2023-01-01 2023-12-31 abs_change 12000000000 KES actual"
            " | exports total KEN UGA 2023-01-01 2023-12-31 level 110000000000 KES actual",
        ),
        (
            "2024-04-02",
            "Trade between Spain and Morocco slipped €1.1bn to €19.3bn in 2023.",
            "turnover total ESP MAR 2023-01-01 2023-12-31 abs_change -1100000000 EUR actual"
            " | turnover total ESP MAR 2023-01-01 2023-12-31 level 19300000000 EUR actual",
        ),
        # "the year before last": two years before the publication year (HeidelTime#73)
        (
            "2025-02-12",
            "Turkey's imports from Iraq fell 8% the year before last, the statistics office said.",
            "imports total TUR IRQ 2023-01-01 2023-12-31 pct_change -8 percent actual",
        ),
        # ... while "the year before" alone stays a year before the figure's own period
        (
            "2025-02-12",
            "Trade between Laos and Thailand grew to $8.1 billion last year from $7.2 billion"
            " the year before.",
            "turnover total LAO THA 2024-01-01 2024-12-31 level 8100000000 USD actual"
            " | turnover total LAO THA 2023-01-01 2023-12-31 level 7200000000 USD actual",
        ),
        # the first months of "the financial year" with no year: the latest such months of the
        # country's fiscal year that ended by the publication date (natty#54)
        (
            "2024-02-10",
            "India's exports to Nepal rose 12% in the first nine months of the fiscal year,"
            " the commerce ministry said.",
            "exports total IND NPL 2023-04-01 2023-12-31 pct_change 12 percent actual",
        ),
        (
            "2024-02-10",
            "Kenya's imports from Uganda grew to KSh 60 billion in the first half of the"
            " financial year.",
            "imports total KEN UGA 2023-07-01 2023-12-31 level 60000000000 KES actual",
        ),
    ],
)
def test_round9_bug_report_kinds(date: str, sentence: str, expected: str) -> None:
    _right(date, sentence, expected)


def test_a_bare_financial_year_without_months_names_no_period() -> None:
    # "the financial year" alone does not say which: no period is invented for it
    case = {
        "case_id": "kind",
        "article_date": "2024-02-10",
        "sentence": "Trade rose in the financial year, with Chile's exports to Peru at $2 billion.",
    }
    rows = extracted_rows(case)
    assert [key[3:5] for key, _ in rows] == [("", "")]


def test_the_last_months_of_a_financial_year_are_not_its_first() -> None:
    # "the last six months of the fiscal year" are not its first six: left without a period
    case = {
        "case_id": "kind",
        "article_date": "2024-02-10",
        "sentence": "India's exports to Nepal rose 12% in the last six months of the fiscal year.",
    }
    assert [key[3:5] for key, _ in extracted_rows(case)] == [("", "")]
