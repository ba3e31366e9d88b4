"""The calendar vocabulary (``calendar_words.csv``, count words of ``number_words.csv``): one
month-name and count-word list that period phrases read (and page dates may read: ingest may not
import extract). Sentences are made up."""

from __future__ import annotations

import datetime as dt

from pipeline.extract.periods import find_periods
from pipeline.lexicon import count_numbers, month_numbers, ordinal_numbers


def test_every_month_has_its_full_name_and_its_numbers_run_one_to_twelve() -> None:
    months = month_numbers()
    assert sorted(set(months.values())) == list(range(1, 13))
    assert months["september"] == months["sept"] == months["sep"] == 9
    # an abbreviation is the start of its month's full name
    full = {n: w for w, n in months.items() if len(w) > 4 or w in ("may", "june", "july")}
    assert all(full[n].startswith(w) for w, n in months.items())


def test_counts_and_ordinals() -> None:
    assert count_numbers()["twelve"] == 12 and "thirteen" not in count_numbers()
    assert ordinal_numbers()["3rd"] == ordinal_numbers()["third"] == 3


def test_period_phrases_read_the_vocabulary() -> None:
    ref = dt.date(2031, 3, 1)
    [p] = find_periods("Shipments reached $4bn in the first eleven months of 2030.", ref)
    assert (p.period_start, p.period_end) == (dt.date(2030, 1, 1), dt.date(2030, 11, 30))
    [p] = find_periods("Sales to Peru were $9m in Sept. 2030.", ref)
    assert (p.period_start, p.period_end) == (dt.date(2030, 9, 1), dt.date(2030, 9, 30))
