"""Amounts never read because of how the currency or scale is written (issue 15 round 10,
recall kinds), on made-up sentences: each rule with a near miss it must not read."""

from test_extract import figures  # the helper beside this file

from pipeline.extract.numbers import find_mentions


def money(text: str) -> list[tuple[float, str]]:
    return [(round(m.value), m.unit) for m in find_mentions(text) if m.kind == "money"]


def rows(text: str) -> list[tuple]:
    return [
        (r.flow, r.reporter, r.partner, r.measure, round(r.value), r.unit)
        for r in figures(text).itertuples()
    ]


def test_one_letter_scale_apart_after_a_symbol() -> None:
    # "$ 2.5 m on rice": a stray space before the scale letter (East African copy)
    found = money("Buyers paid $2.5 m for rice, $ 1.2 m for beans and Ksh 40 m for tea.")
    assert found == [(2_500_000, "USD"), (1_200_000, "USD"), (40_000_000, "KES")]
    # no symbol, no money: "a 5 m wall" is a length, and "$5" alone stays a price
    assert money("A 5 m wall and a 3 m gate cost $5 each.") == []


def test_symbol_written_after_the_number_then_the_scale() -> None:
    # statistical tables: "2,310.5 US$ Mn" (number, currency symbol, scale abbreviation)
    assert money("Exports stood at 2,310.5 US$ Mn in 2031.") == [(2_310_500_000, "USD")]
    assert money("Imports were 98 US$ million.") == [(98_000_000, "USD")]
    # too small for trade without a scale: no figure
    assert money("He paid 500 US$ in cash.") == []


def test_local_symbols_of_gulf_thai_and_river_plate_copy() -> None:
    assert money("Trade reached RO812 million, or OR 90 million a month.") == [
        (812_000_000, "OMR"),
        (90_000_000, "OMR"),
    ]
    assert money("a target of $3 billion (Bt105 billion)") == [
        (3_000_000_000, "USD"),
        (105_000_000_000, "THB"),
    ]
    assert money("las ventas sumaron U$S 3,120 million") == [(3_120_000_000, "USD")]
    # capital "OR" between two bare numbers is a conjunction in a headline, not a currency
    assert money("EXPORTS MAY RISE 5 OR 6 PERCENT") == []


def test_named_dollars_beat_the_plain_word() -> None:
    assert money("about 2.1 billion Fijian dollars") == [(2_100_000_000, "FJD")]
    assert money("some 2.1 billion Fiji dollars, or FJ$ 40 million") == [
        (2_100_000_000, "FJD"),
        (40_000_000, "FJD"),
    ]


def test_dinars_are_the_reporters_currency() -> None:
    # a currency several countries use is the one of the country whose statistics state it
    # (the figure's reporter) when no speaker or dateline says otherwise
    kuwait = rows("Kuwait's exports to Iraq rose to 310 million dinars in 2031.")
    assert kuwait == [("exports", "KWT", "IRQ", "level", 310_000_000, "KWD")]
    iraq = rows("Iraq's exports to Kuwait rose to 310 billion dinars in 2031.")
    assert iraq == [("exports", "IRQ", "KWT", "level", 310_000_000_000, "IQD")]
    # a speaker's country still comes first: a Kuwaiti minister's dinars are Kuwaiti
    quoted = rows(
        "Kuwaiti Trade Minister Ali Sabah said Iraq's exports to Kuwait rose to 310 million dinars in 2031."
    )
    assert quoted == [("exports", "IRQ", "KWT", "level", 310_000_000, "KWD")]


def test_spanish_and_french_trade_verbs_are_glossed() -> None:
    # a flow written as a verb ("vendió", "exportaron", "a exporté") reads like its English twin
    spanish = (
        "Comercio entre Chile y Perú\n\n"
        "Según los datos del banco central, el comercio con los países vecinos creció en el año.\n\n"
        "Chile vendió a Perú un total de 420 millones de dólares en 2031, y las empresas "
        "peruanas exportaron a Chile 310 millones de dólares en 2031."
    )
    found = rows(spanish)
    assert ("exports", "CHL", "PER", "level", 420_000_000, "USD") in found
    assert ("exports", "PER", "CHL", "level", 310_000_000, "USD") in found
    french = (
        "Commerce entre la Tunisie et la Libye\n\n"
        "Selon les données de l'institut, le commerce avec les pays voisins est en hausse.\n\n"
        "La Tunisie a exporté vers la Libye 950 millions de dinars en 2031."
    )
    assert rows(french) == [("exports", "TUN", "LBY", "level", 950_000_000, "TND")]
    # a government that "sold" bonds sells no goods to a country: no partner, no figure
    bonds = (
        "Comercio exterior de Chile\n\n"
        "Según los datos del banco central, el comercio con los países vecinos creció en el año.\n\n"
        "El gobierno de Chile vendió bonos por un total de 420 millones de dólares en 2031."
    )
    assert rows(bonds) == []


def test_second_amount_joined_by_and_shares_the_currency() -> None:
    # "$X and Y, respectively": wire copy writes the currency once for a pair of amounts
    found = money("Exports and imports were worth $4.2 billion and 3.85 billion, respectively.")
    assert found == [(4_200_000_000, "USD"), (3_850_000_000, "USD")]
    assert money("Sales were €310 million and 95 million in 2031.") == [
        (310_000_000, "EUR"),
        (95_000_000, "EUR"),
    ]
    # "and" before a count, or not right after the money amount, lends no currency
    assert money("It earned $5 billion and 1.4 billion people live there.") == [
        (5_000_000_000, "USD")
    ]
    assert money("A $5 billion deal and 2 billion in loans.") == [(5_000_000_000, "USD")]
