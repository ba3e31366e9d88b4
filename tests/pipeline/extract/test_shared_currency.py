"""Whose currency a shared symbol ("Shs", "Rs", "dinars") is on a page: the page's home
economy, as its figures in that symbol show it, not each figure's reporter; and a currency
symbol's stop before its amount ("Shs. 12 billion"), which ends no sentence. Made-up sentences."""

import pytest
from test_extract import figures  # the helper beside this file

from pipeline.ingest.segment import split_line


def rows(text: str) -> list[tuple]:
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value, 2), r.unit)
        for r in figures(text).itertuples()
    ]


# -- a currency symbol's stop before its amount ------------------------------------------------


def pieces(line: str) -> list[str]:
    return [line[a:b].strip() for a, b in split_line(line)]


def test_a_symbol_with_a_stop_before_its_amount_ends_no_sentence() -> None:
    line = "Kenya sold goods worth Ksh. 4.5 billion to Tanzania. Trade then grew."
    assert pieces(line) == [
        "Kenya sold goods worth Ksh. 4.5 billion to Tanzania.",
        "Trade then grew.",
    ]
    assert pieces("Uganda earned Shs. 12.3 billion.") == ["Uganda earned Shs. 12.3 billion."]


@pytest.mark.parametrize(
    "line",
    [
        "Prices are quoted in USD. 2029 was a good year.",  # a year after it: a new sentence
        "Prices are quoted in USD. The rest is history.",
    ],
)
def test_a_symbol_at_a_sentence_end_still_ends_it(line: str) -> None:
    assert len(pieces(line)) == 2


# -- whose currency a shared symbol is: the page's home economy --------------------------------


def test_a_shared_symbol_follows_the_economy_of_the_pages_figures() -> None:
    # a Ugandan page: Kenya's exports to Uganda are in the page's shillings too
    page = (
        "Uganda's exports to South Sudan rose to Shs12.3bn in 2029.\n"
        "Uganda's imports from South Sudan were Shs4.5bn in 2029.\n"
        "Kenya's exports to Uganda were Shs45.6bn in 2029.\n"
    )
    assert {r[5] for r in rows(page)} == {"UGX"}
    # a Nepali page: India's exports to Nepal in the page's rupees
    page = (
        "Nepal imported goods worth Rs 97.2 billion from India in 2029.\n"
        "Nepal's exports to China were Rs 1.2 billion in 2029.\n"
        "India's exports to Nepal were Rs 97.2 billion in 2029, India said.\n"
    )
    assert {r[5] for r in rows(page)} == {"NPR"}


def test_a_shared_symbol_on_a_page_of_two_of_its_economies_keeps_the_reporters() -> None:
    # "Shs" on a page about Kenya and Tanzania: no economy leads, the reporter's (Kenya's)
    page = "Kenya exported goods worth Shs. 12.34 billion to Tanzania in 2029.\n"
    assert rows(page) == [("exports", "KEN", "TZA", "level", 12.34e9, "KES")]
    page = "Tunisia's exports to Libya rose to 2.1 billion dinars in 2029.\n"
    assert rows(page) == [("exports", "TUN", "LBY", "level", 2.1e9, "TND")]
    # a symbol only Uganda writes stays Ugandan
    page = "Kenya's exports to Tanzania were USh12.3bn in 2029.\n"
    assert [r[5] for r in rows(page)] == ["UGX"]


# -- one-letter symbols several economies write ("Sh", "K"): the page's home economy, round 18 ---


def test_a_bare_sh_is_the_shilling_of_the_pages_economy() -> None:
    # NOTES: the page's home economy decides a shared symbol ("Shs", fz rule 2); "Sh" is written
    # by Ugandan and Tanzanian outlets as by Kenyan ones
    page = "Uganda's exports to Rwanda rose to Sh61.5b in March 2029, up from Sh48.2b.\n"
    assert {r[5] for r in rows(page)} == {"UGX"}
    page = "Tanzania's exports to Malawi were Sh312.4 billion in 2029.\n"
    assert {r[5] for r in rows(page)} == {"TZS"}
    # near miss: a Kenyan page's "Sh" stays the Kenyan shilling, and one on a page of no shilling
    # economy keeps the symbol's default
    page = "Kenya's exports to Egypt reached Sh23.7 billion in 2029.\n"
    assert {r[5] for r in rows(page)} == {"KES"}
    page = "Ethiopia's imports from Djibouti were Sh8.9 billion in 2029.\n"
    assert {r[5] for r in rows(page)} == {"KES"}


def test_a_bare_k_is_the_currency_of_the_pages_economy() -> None:
    # NOTES fz rule 2: "K" is the kina on a Papua New Guinea page, the kwacha on a Zambian one
    page = "Zambia's exports to Angola were K8.4 billion in the first half of 2029.\n"
    assert {r[5] for r in rows(page)} == {"ZMW"}
    page = "Malawi's exports to Mozambique fell to K41.2 billion in 2029.\n"
    assert {r[5] for r in rows(page)} == {"MWK"}
    # near miss: a Papua New Guinea page keeps the kina
    page = "Papua New Guinea's exports to Fiji were K612.5 million in 2029.\n"
    assert {r[5] for r in rows(page)} == {"PGK"}
