"""A comparison base written without its scale and currency takes those of the amount it is
compared with (round 16, values never read): "7.6 billion euros, compared with 7.1 in 2030",
"rose to $3.4bn from 2.9 a year earlier", "went from $2.5 billion to 2.7".

Every sentence is made up. Near misses: a count ("compared with 7 in 2030 partners"), a year
("compared with 2030"), a percentage's base ("up 5% from 4"), another unit ("7 tonnes"), a number
of another order ("compared with 150").
"""

from pipeline.extract.digits import as_written
from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_foreign import rows


def amounts(sentence: str) -> list[tuple[float, str]]:
    return [(as_written(m.value), m.unit) for m in find_mentions(sentence) if m.kind == "money"]


def test_bare_base_takes_scale_and_currency() -> None:
    assert amounts("Exports exceeded 6.4 billion euros, compared with 5.9 in 2030.") == [
        (6.4e9, "EUR"),
        (5.9e9, "EUR"),
    ]
    assert amounts("Imports rose to $3.3bn from 2.8 a year earlier.") == [
        (3.3e9, "USD"),
        (2.8e9, "USD"),
    ]
    assert amounts("Sales went from $4.5 million to 5.1 in 2031.") == [
        (4.5e6, "USD"),
        (5.1e6, "USD"),
    ]
    assert amounts("Exports were 8.2 billion euros compared with 7.7 of 2030.") == [
        (8.2e9, "EUR"),
        (7.7e9, "EUR"),
    ]


def test_bare_numbers_that_are_no_base_stay_unread() -> None:
    one = [(3e9, "USD")]
    assert amounts("Exports were $3 billion, compared with 7 in 2030 partners.") == one
    assert amounts("Exports were $3 billion, up 5% from 4 in 2030.") == one
    assert amounts("Exports were $3 billion, compared with 2030.") == one
    assert amounts("Exports were $3 billion, compared with 7 tonnes in 2030.") == one
    assert amounts("Exports of $3 billion came from 40 countries.") == one
    assert amounts("Exports were $3 billion, compared with 150 in 2030.") == one
    # "to" is a base's cue only after "from $X"
    assert amounts("Exports rose 4% to $3 billion, to 2 in 2030 terms.") == one


def test_bare_base_is_a_figure() -> None:
    got = rows(
        "date 2031-03-02\nTrade news\n\nGermany's exports to Chile rose to 4.6 billion euros in "
        "2030, compared with 4.1 in 2029."
    )
    assert 4.1e9 in got, got
