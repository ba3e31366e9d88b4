"""Round 34 (breaking pass on direction): an economy's combining form glued to another
economy names the pair ("Indo-Peruvian trade", "Franco-Chilean", "Anglo-Peruvian"), as "Sino-"
did; "Indo-Pacific" names no economy after the hyphen and stays no mention. Made-up sentences
(``countries._combining_forms``, vocabulary ``combining_form``)."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-03-01") -> set[tuple]:
    out = figures(f"date {date}\nTrade figures\n{text}\n")
    return {(r.flow, tuple(sorted((r.reporter, r.partner))), r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indo-Peruvian trade reached $4.1 billion in 2029.", ("IND", "PER")),
        ("Franco-Chilean trade reached 3.2 billion euros in 2029.", ("CHL", "FRA")),
        ("Anglo-Peruvian trade reached £2.3 billion in 2029.", ("GBR", "PER")),
        ("Russo-Mongolian trade fell to $2.1 billion in 2029.", ("MNG", "RUS")),
        ("Indo-Nepal trade stood at $8.5 billion in 2029.", ("IND", "NPL")),
    ],
)
def test_a_combining_form_names_one_side_of_the_pair(text: str, pair: tuple) -> None:
    (row,) = _rows(text)
    assert row[:2] == ("turnover", pair)


def test_near_miss_indo_pacific_is_no_economy() -> None:
    assert _rows("Peru's trade with Indo-Pacific partners reached $90 billion in 2029.") == set()
