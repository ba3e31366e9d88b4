"""An average named as what an amount measures is no figure (NOTES: averages are not annotated):
as the clause's subject ("the average annual value of A's exports to B reached $X", "A's
average annual exports to B were valued at $X") or as the verb's object ("exports averaged an
annual value of $X"). An average the figure is only set against ("reached $X, above the average
of ...", "rose 20% above the average monthly level to $X") leaves it read. Made-up sentences,
never page text."""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return set(figures(text)["value"])


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-03-09\nPeru's exports to Chile averaged an annual value of $415 million "
        "between 2021 and 2030, the trade ministry said.",
        "date 2031-03-09\nThe minister said the average annual value of Peruvian exports to Chile "
        "over the same decade reached $415 million.",
        "date 2031-03-09\nOver the last four years, Peru's average annual exports to Chile were "
        "valued at $415 million.",
        "date 2031-03-09\nThe average monthly trade between Peru and Chile stood at $415 million "
        "in 2030.",
    ],
)
def test_an_average_the_amount_measures_is_no_figure(text: str) -> None:
    assert 415e6 not in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "date 2031-03-09\nPeru's exports to Chile reached $415 million in 2030, above the "
        "average of the previous decade.",
        "date 2031-03-09\nPeru's exports to Chile rose 20% above the average monthly level to "
        "$415 million in 2030.",
        "date 2031-03-09\nPeru's exports to Chile, well over the average annual value since "
        "2020, reached $415 million in 2030.",
    ],
)
def test_an_amount_set_against_an_average_stays_read(text: str) -> None:
    assert 415e6 in values(text)
