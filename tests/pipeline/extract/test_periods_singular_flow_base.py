"""A comparison base written with a singular flow noun ("against the export of $X in May 2030",
"compared to the import of $X in April 2031") is dated by the period right after it, as the
plural form ("against the exports of $X in ...") already was. Made-up sentences; countries,
amounts and months are not those of any real page."""

import datetime as dt

from tests.pipeline.extract.test_periods_pages import dated

D = dt.date


def test_against_the_export_of_takes_its_own_month() -> None:
    rows = dated(
        "date 2031-06-07\nLaos's exports to Nepal surged to $12.345 million in May 2031 against "
        "the export of $11.222 million in May 2030, the central bank said."
    )
    assert ("level", 11_222_000.0, D(2030, 5, 1), D(2030, 5, 31)) in rows
    assert ("level", 12_345_000.0, D(2031, 5, 1), D(2031, 5, 31)) in rows


def test_compared_to_the_import_of_takes_its_own_month() -> None:
    rows = dated(
        "date 2031-06-07\nLaos's imports from Nepal rose to $12.345 million in May 2031 compared "
        "to the import of $11.222 million in April 2031, the central bank said."
    )
    assert ("level", 11_222_000.0, D(2031, 4, 1), D(2031, 4, 30)) in rows


def test_a_singular_base_without_its_own_period_keeps_the_sentences() -> None:
    # near miss: nothing dates the base after it, so it stays with the sentence's month
    rows = dated(
        "date 2031-06-07\nLaos's exports to Nepal surged to $12.345 million in May 2031 against "
        "the export of $11.222 million, the central bank said."
    )
    assert ("level", 11_222_000.0, D(2031, 5, 1), D(2031, 5, 31)) in rows
