"""Round 29: a change's base named with "on" (British: "up 11.2 percent on the first six months
of last year", "up 4% on last year"), a base that belongs to a later change of the sentence, and
German half-years ("in der ersten Jahreshälfte 2031 auf 7,2 Milliarden Euro").

Every sentence is made up, in the shape of a chamber-of-commerce release on a German pair.
Near misses: "on" before anything but the period ("up 11.2 percent on strong demand in the
first half of 2031") names no base; "of 9.6 to 21.7 million" stays a range of two amounts.
"""

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures

_LEAD = "Trade between Austria and Slovakia rose to 6.1 billion euros in the first half of 2031. "


def _changes(text: str) -> dict[float, tuple[str, str]]:
    out = figures(text)
    return {
        r.value: (str(r.period_start), str(r.period_end))
        for r in out.itertuples()
        if r.measure == "pct_change"
    }


@pytest.mark.parametrize(
    "tail",
    [
        "up 8.3 percent on the first six months of last year",
        "up 8.3 percent on the first half of 2030",
        "up 8.3% on last year",
    ],
)
def test_a_base_after_on_is_no_period_of_the_change(tail: str) -> None:
    text = f"date 2031-08-20\n{_LEAD}Austrian imports from Slovakia amounted to 2.8 billion euros, {tail}."
    assert _changes(text) == {8.3: ("2031-01-01", "2031-06-30")}


def test_on_before_a_cause_names_no_base() -> None:
    text = (
        "date 2031-08-20\nAustrian imports from Slovakia rose 8.3 percent on strong demand in "
        "the first half of 2031."
    )
    assert _changes(text) == {8.3: ("2031-01-01", "2031-06-30")}


def test_a_later_changes_base_is_not_an_earlier_changes_period() -> None:
    text = (
        f"date 2031-08-20\n{_LEAD}Austrian exports to Slovakia amounted to 3.3 billion euros, "
        "an increase of 5.6 percent compared with the same period in 2030, while Austrian "
        "imports from Slovakia amounted to 2.8 billion euros, 8.3 percent more than in the "
        "first six months of last year."
    )
    assert _changes(text) == {
        5.6: ("2031-01-01", "2031-06-30"),
        8.3: ("2031-01-01", "2031-06-30"),
    }


def test_german_half_years_and_the_same_period_in_the_dative() -> None:
    assert gloss("in der ersten Jahreshälfte 2031", "de") == "in the first half of 2031"
    assert gloss("gegenüber dem gleichen Zeitraum", "de") == "compared with the same period"
    # a year before "auf" is the period, not the first amount of a range
    assert gloss("in der ersten Jahreshälfte 2031 auf 7,2 Milliarden Euro", "de") == (
        "in the first half of 2031 to 7.2 billion euros"
    )
    # near miss: two amounts stay a range
    assert gloss("von 9,6 auf 21,7 Mio. Euro", "de").startswith("from 9.6 to 21.7")


def test_a_german_half_year_dates_the_turnover_and_its_parts() -> None:
    out = figures(
        "date 2031-08-20\nWien (AHK) - Das Handelsvolumen zwischen Österreich und der Slowakei ist "
        "in der ersten Jahreshälfte 2031 auf 6,1 Milliarden Euro weiter angestiegen, wie die "
        "Statistik meldet. Die Ausfuhren aus Österreich in die Slowakei beliefen sich somit auf "
        "3,3 Mrd. Euro, was einem Anstieg von 5,6 Prozent gegenüber dem gleichen Zeitraum im "
        "Jahr 2030 entspricht."
    )
    got = {
        (r.flow, r.measure, r.value, str(r.period_start), str(r.period_end))
        for r in out.itertuples()
    }
    assert got == {
        ("turnover", "level", 6.1e9, "2031-01-01", "2031-06-30"),
        ("exports", "level", 3.3e9, "2031-01-01", "2031-06-30"),
        ("exports", "pct_change", 5.6, "2031-01-01", "2031-06-30"),
    }
