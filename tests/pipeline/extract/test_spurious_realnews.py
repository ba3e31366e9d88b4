"""Numbers that are no bilateral trade figure, as real pages write them, each rule on made-up
sentences in several outlets' styles (NOTES.md, "What is a figure"): a group of partners that is
no listed bloc, a sub-national region trading, the whole a share is taken of.
"""

import pytest

from tests.pipeline.extract.test_extract import figures


def values(text: str) -> set[float]:
    return {float(round(r.value)) for r in figures(text).itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        # wire style, a count of partners
        "date 2031-05-02\nPeru's exports to Chile rose to $4.1 billion in 2030, while its "
        "imports from the seven Andean nations totalled $9.3 billion.",
        # business daily, a demonstrative after the countries were listed
        "date 2031-05-02\nTrade between Ghana and Togo reached $2.2 billion in 2030. Exports "
        "to these countries reached $5.6 billion, official data show.",
        # ministry release, a named region with "trading partners"
        "date 2031-05-02\nFiji's exports to Samoa were $80 million in 2030; imports from its "
        "Melanesian trading partners came to $610 million.",
    ],
)
def test_a_group_of_partners_that_is_no_listed_bloc_is_no_figure(text: str) -> None:
    got = values(text)
    assert got & {9_300_000_000.0, 5_600_000_000.0, 610_000_000.0} == set()
    assert got & {4_100_000_000.0, 2_200_000_000.0, 80_000_000.0}  # the pair's figure stays


def test_a_listed_bloc_a_demonym_or_the_two_countries_stay_one_partner() -> None:
    got = values(
        "date 2031-05-02\nKazakhstan's exports to the CIS countries reached $9.9 billion in "
        "2030, and trade between these two countries was $2.4 billion.\nKazakhstan's imports "
        "from the five member states of the EAEU were $7.7 billion in 2030.\nArmenia's trade with "
        "other member states of the Eurasian Economic Union reached $3.3 billion in 2030."
    )
    assert {9_900_000_000.0, 2_400_000_000.0, 7_700_000_000.0, 3_300_000_000.0} <= got
