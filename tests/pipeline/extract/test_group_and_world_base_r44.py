"""Round 44, two kinds of amounts that are not the pair's:

- the base of a share that a relative clause names as a country's trade with the world ("..., or
  9 per cent of the $9,020 million that Tanzania exported overall", "the $9bn it imported in
  total"): a world total, whatever partner the sentence named before it;
- one amount for a group of partners set off as an aside ("shipments to the regional countries,
  namely A, B, C, and D, add up to $812m"): the comma that closes the aside belongs to the run,
  so the amount stays the group's (NOTES, fa rule: no row), also after an Oxford comma.

Made-up sentences."""

import pytest

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-10\nTanzania's trade\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania's exports to Kenya reached $312 million in 2030, or 4 per cent of the $9 billion"
        " it exported in total.",
        "Tanzania's exports to Kenya reached $312 million in 2030, or 4 per cent of the $9 billion"
        " worth of goods Tanzania exported overall.",
        "Tanzania's imports from Kenya reached $312 million in 2030, about 3 per cent of the"
        " $10.4 billion that the country imported worldwide.",
    ],
)
def test_a_share_base_traded_overall_is_a_world_total(text: str) -> None:
    assert {r[3] for r in _rows(text)} == {312e6}


def test_near_miss_a_base_traded_with_the_partner_stays_the_pairs() -> None:
    rows = _rows(
        "Tanzania's exports to Kenya reached $312 million in 2030, against $280 million that it"
        " exported to Kenya in 2029."
    )
    assert {r[3] for r in rows} == {312e6, 280e6}


@pytest.mark.parametrize(
    "text",
    [
        "Shipments to the regional countries, namely Kenya, Uganda, Rwanda, Burundi, and Malawi,"
        " add up to a modest $812 million.",
        '"Shipments to the regional countries, namely Kenya, Uganda, Rwanda, Burundi, and the'
        ' Comoros, add up to a modest $812 million," the central bank said.',
    ],
)
def test_an_aside_group_of_partners_has_no_row(text: str) -> None:
    assert _rows(text) == set()
