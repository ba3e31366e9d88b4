"""A pronoun points at the nearest noun it fits: right after a sentence that names a company and
reads no figure, "It rose to $X" is that company's, not the trade figure further back
(``follow_up._company_between``). Sentences made up."""

import pytest
from test_extract import figures  # the helper beside this file

BASE = "date 2031-01-01\nChilean exports to Peru reached $14.2 billion in 2029. "


def values(text: str) -> set[float]:
    return {round(r.value, 2) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "between",
    [
        "Codelco, the state copper company, announced a new mine.",  # wire style
        "The firm's revenue grew strongly.",  # business daily
        "Andes Mining Ltd opened a plant in Arequipa.",
    ],
)
def test_it_after_a_company_is_the_company(between: str) -> None:
    assert 3.5e9 not in values(f"{BASE}{between} It rose to $3.5 billion in 2030.")


@pytest.mark.parametrize(
    "between",
    [
        "",  # right after the figure
        "A sharp rise was seen last year. ",  # a sentence between with no other subject
    ],
)
def test_it_after_the_figure_continues_it(between: str) -> None:
    assert 3.5e9 in values(f"{BASE}{between}It rose to $3.5 billion in 2030.")
