"""Round 49, "from A to B over the same period" after a statement with two ends (made-up
sentences, made-up figures).

Kind (period resolution): a pair of levels "rose from A to B" (or "doubled to B from A") dated
only by a bare "the same period", after a statement that named two ends: two levels of two
years ("fell from $2bn in 2020 to $1bn in 2030"), or a span ("in the period from 2020 to
2030"). The base A takes the earlier end and the level B the later end (NOTES: "rose from X in
2021 to Y in 2022": the earlier value is a row with the earlier period). It was read as "a year
earlier" than the running period (2029), and a level reached in the same sentence as its base
took the base's year. Dev pages: hk14 (mondaq), hn03 (maghress), hr09 (gac.canada.ca), three
outlets (``same_period_ends``). Near misses: a "same period" of a statement with one period, a
"same period of 2029" (a base), a pair with its own years.
"""

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y20 = ("2020-01-01", "2020-12-31")
_Y29 = ("2029-01-01", "2029-12-31")
_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


def test_base_of_the_next_sentence_takes_the_earlier_end() -> None:
    rows = _rows(
        "Chile's exports to Vietnam dropped from $2.4 billion in 2020 to $900 million in 2030. "
        "Vietnam's exports to Chile, by contrast, rose from $3 billion to $7.5 billion over the "
        "same period."
    )
    assert ("exports", "VNM", "CHL", *_Y20, "level", 3000000000.0, "USD") in rows
    assert ("exports", "VNM", "CHL", *_Y30, "level", 7500000000.0, "USD") in rows


def test_to_from_order_after_a_base_with_its_year() -> None:
    rows = _rows(
        "In 2030, Norway's exports to Peru exceeded $1.2 billion, up from $310 million in 2020. "
        "During the same period, Norway's imports from Peru grew to $2.6 billion from $1.7 "
        "billion."
    )
    assert ("imports", "NOR", "PER", *_Y20, "level", 1700000000.0, "USD") in rows
    assert ("imports", "NOR", "PER", *_Y30, "level", 2600000000.0, "USD") in rows


def test_span_of_the_clause_before() -> None:
    rows = _rows(
        "Spanish exports to Greece grew from €1.1 billion to €3.3 billion in the period from "
        "2020 to 2030, and imports from Greece rose from €2.5 billion to €4.4 billion over the "
        "same period."
    )
    assert ("imports", "ESP", "GRC", *_Y20, "level", 2500000000.0, "EUR") in rows
    assert ("imports", "ESP", "GRC", *_Y30, "level", 4400000000.0, "EUR") in rows


def test_near_miss_one_period_before() -> None:
    """The statement before has one period: the base stays "a year earlier" than it."""
    rows = _rows(
        "In 2030, Chile's exports to Vietnam were $900 million. Vietnam's exports to Chile rose "
        "from $3 billion to $7.5 billion over the same period."
    )
    assert ("exports", "VNM", "CHL", *_Y29, "level", 3000000000.0, "USD") in rows
    assert ("exports", "VNM", "CHL", *_Y30, "level", 7500000000.0, "USD") in rows


def test_near_miss_same_period_of_a_year() -> None:
    """ "the same period of 2029" is a base of its own, not the ends before."""
    rows = _rows(
        "Chile's exports to Vietnam dropped from $2.4 billion in 2020 to $900 million in 2030. "
        "Vietnam's exports to Chile were $7.5 billion, up from $3 billion in the same period of "
        "2029."
    )
    assert ("exports", "VNM", "CHL", *_Y29, "level", 3000000000.0, "USD") in rows
