"""Currencies a page may write that the lexicon lacked (round 18, values never read): an amount
in a currency with no row is no amount at all, so every figure of a page in meticals, Albanian
lek written by its code, kwacha or Jamaican dollars was lost. Rows now cover the world's
currencies by name and code; a code that is also an English word ("ALL") is read only in
capitals, as codes are written; "K" is the kwacha on a Zambian or Malawian page and the kyat on a
Myanmar one, as "dinars" and "shillings" follow the page's country. Near misses: "all" in lower
case after an amount stays a word. All sentences are made up."""

from tests.pipeline.extract.test_extract import figures

DATE = "date 2031-05-02\n"


def units(text: str) -> dict[float, str]:
    """value -> unit of each money figure read."""
    out = figures(DATE + text)
    return {round(r.value): r.unit for r in out.itertuples() if r.measure != "pct_change"}


def test_an_amount_in_a_currency_named_by_its_word() -> None:
    assert units("Trade between Chile and Peru reached 4.2 billion meticals in 2030.") == {
        4_200_000_000: "MZN"
    }
    assert units("Chile's exports to Peru totalled 310 million Serbian dinars in 2030.") == {
        310_000_000: "RSD"
    }
    assert units("Chile's imports from Peru were worth 95 million shekels in 2030.") == {
        95_000_000: "ILS"
    }


def test_a_code_after_the_amount_in_capitals() -> None:
    got = units("Chile's exports to Peru were 7 billion ALL in 2030, up from 5 billion ALL.")
    assert got == {7_000_000_000: "ALL", 5_000_000_000: "ALL"}
    assert units("Chile's exports to Peru were 700 million AOA in 2030.") == {700_000_000: "AOA"}


def test_all_in_lower_case_is_no_currency() -> None:
    # near miss: "all" after an amount is the English word, not the lek's code
    assert units("Chile's exports to Peru of 7 billion all went through the port in 2030.") == {}


def test_a_shared_symbol_follows_the_page_country() -> None:
    text = (
        "Zambia's exports to Namibia stood at K2.4 billion in 2030, the Zambia Statistics "
        "Agency said."
    )
    assert units(text) == {2_400_000_000: "ZMW"}
    # near miss: on a page about Papua New Guinea the same symbol stays the kina
    text = "Papua New Guinea's exports to Fiji stood at K2.4 billion in 2030, the bank said."
    assert units(text) == {2_400_000_000: "PGK"}
