"""A span of two named years in one sentence that a later sentence refers back to ("during the
period under review", "in the same period"): the amounts of a change "from X to Y" take the
span's first and last year (``span_reference``). Near misses keep their own period.

Countries, numbers and years are made up.
"""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


_SPAN = "Trade between Peru and Chile fell by 64 per cent between 2024 and 2028. "


def test_period_under_review_takes_the_span_ends() -> None:
    got = dated(
        _SPAN + "During the period under review, trade between Peru and Chile dropped from "
        "$8.3 billion (about 7.1 billion euros) to $3.0 billion."
    )
    assert ("level", 8.3e9, D(2024, 1, 1), D(2024, 12, 31)) in got
    assert ("level", 3.0e9, D(2028, 1, 1), D(2028, 12, 31)) in got


def test_same_period_takes_the_span_ends() -> None:
    got = dated(
        _SPAN + "In the same period, Peru's exports to Chile declined from $2.2 billion to "
        "$1.1 billion."
    )
    assert ("level", 2.2e9, D(2024, 1, 1), D(2024, 12, 31)) in got
    assert ("level", 1.1e9, D(2028, 1, 1), D(2028, 12, 31)) in got


def test_a_later_sentence_with_its_own_year_keeps_it() -> None:
    got = dated(
        _SPAN + "In 2029, over the same period of the year, Peru's exports to Chile rose from "
        "$2.2 billion to $2.6 billion."
    )
    assert not any(start == D(2024, 1, 1) for _, _, start, _ in got)


def test_a_single_year_figure_in_between_ends_the_span() -> None:
    got = dated(
        _SPAN + "In 2029, trade between Peru and Chile stood at $4.4 billion. "
        "During this period, Peru's exports to Chile rose from $2.2 billion to $2.6 billion."
    )
    assert not any(start == D(2024, 1, 1) for _, _, start, _ in got)
