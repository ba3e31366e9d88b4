"""Round 48, a group of economies named as a whole (made-up sentences, made-up figures).

Kind: a group of economies written as a whole ("Pacific Island Countries", "the 12 countries of
the Southern Reef Forum", "Gulf states", "island nations") is neither one of its members nor the
page's pair: NOTES says trade with a grouping outside the bloc list is no figure. On a page whose
pair is Japan and one member (Tonga here), the group was read as that member, as the other side of
"between" when its name is title-cased ("Pacific Island Countries": ``world.region_partner`` took
only lower-case group nouns) or as the flow's own subject ("the 12 countries of ... exported $X to
Japan": ``world.group_subject``, and a later clause with no flow word of its own, "up from $Y",
goes on with it). Near misses: a country whose name ends in the noun ("the United
States", "the Solomon Islands") and "Both countries" stay figures."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_PAGE = (
    "Tonga and Japan signed a cooperation plan. Tonga welcomed Japanese investors and Tonga "
    "officials met in Tokyo."
)


def _rows(text: str) -> set[tuple]:
    page = f"date 2031-02-10\nJapan trade news\n\n{text}\n\n{_PAGE}\n"
    return tuples(figures(page), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Japan and Pacific Island Countries (PICs) rose to US$4.1 billion in 2030.",
        "The 12 countries of the Southern Reef Forum exported goods worth $1.7 billion to Japan in"
        " 2030.",
        "Pacific island nations exported goods worth $1.9 billion to Japan in 2030.",
        # the base of the change goes on with the group ("up from $Y": no flow word of its own)
        "Gulf states imported goods worth $3.4 billion from Japan in 2030, up from $2.8 billion in"
        " 2029.",
    ],
)
def test_group_is_no_member(text: str) -> None:
    assert _rows(text) == set()


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Japan's exports to the United States reached $6.2 billion in 2030.", "USA"),
        ("Japan's exports to the Solomon Islands reached $6.2 billion in 2030.", "SLB"),
    ],
)
def test_country_named_with_group_noun_stays(text: str, partner: str) -> None:
    rows = _rows(text)
    assert rows and all(r[1] == "JPN" and r[2] == partner for r in rows), rows


def test_both_countries_stays() -> None:
    assert _rows("Both countries exported goods worth $2.2 billion in 2030.")


def test_member_after_group_keeps_its_clause() -> None:
    """A clause with its own flow word and member is that member's figure."""
    rows = _rows(
        "Gulf states imported goods worth $3.4 billion from Japan in 2030, while Tonga's imports"
        " from Japan rose to $0.2 billion."
    )
    assert {(r[1], r[2], r[6]) for r in rows} == {("TON", "JPN", 200000000.0)}


_FR_PAGE = (
    "Les Tonga et le Japon ont signé un plan de coopération. Les Tonga ont accueilli des "
    "investisseurs japonais et les responsables des Tonga se sont rendus à Tokyo."
)


@pytest.mark.parametrize(
    "text",
    [
        # French "les pays" is plural (it was glossed "the country", a pointer to the pair)
        "Les échanges entre le Japon et les pays insulaires du Pacifique ont atteint 4,1 milliards"
        " de dollars en 2030.",
        "Les pays du Golfe ont importé du Japon des biens d'une valeur de 3,4 milliards de dollars"
        " en 2030.",
    ],
)
def test_french_group_is_no_member(text: str) -> None:
    page = f"date 2031-02-10\nCommerce Japon-Tonga\n\n{text}\n\n{_FR_PAGE}\n"
    assert tuples(figures(page), CORE, unordered_turnover=True) == set()


def test_french_country_stays() -> None:
    """Near miss: a page's own "the country" (singular "le pays") keeps its figure."""
    page = (
        "date 2031-02-10\nCommerce Japon-Tonga\n\nLes exportations des Tonga vers le Japon ont "
        f"atteint 4,1 milliards de dollars en 2030.\n\n{_FR_PAGE}\n"
    )
    rows = tuples(figures(page), CORE, unordered_turnover=True)
    assert {(r[1], r[2]) for r in rows} == {("TON", "JPN")}


def test_group_of_a_named_region() -> None:
    """ "the countries of Central America" (glossed Spanish "los países de ...") is a group; "the
    countries of the European Union" is the listed bloc."""
    assert (
        _rows("Japan's exports to the countries of Central America reached $2.1 billion in 2030.")
        == set()
    )
    rows = _rows(
        "Japan's exports to the countries of the European Union reached $2.1 billion in 2030."
    )
    assert {(r[1], r[2]) for r in rows} == {("JPN", "EU")}
