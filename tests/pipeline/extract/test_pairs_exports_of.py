"""Mutual-trade sentences naming each direction's trader with "of" (round 15): "exports of A to B
were $X and those of B to A $Y" (as Spanish, Portuguese and French pages write "las
exportaciones de A a B ... y las de B a A"). "exports of A" is A's, like "A's exports"; "those of
B" opens a clause with its own trader, as "while exports from B" does. Made-up sentences, never
page text."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> list[tuple]:
    out = figures("date 2031-02-10\nTrade news\n\n" + text)
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


def test_exports_of_a_country_are_its_own_before_a_reversed_clause() -> None:
    found = _pairs(
        "Exports of Poland to Uzbekistan rose 2.5 times in 2030 and Uzbekistan to Poland "
        "grew 7 times."
    )
    assert ("exports", "POL", "UZB", 2.5) in found, found


def test_those_of_the_partner_open_the_reversed_direction() -> None:
    found = _pairs(
        "In 2030, exports of Ecuador to Peru totaled $483 million and those of Peru to Ecuador "
        "$253 million."
    )
    assert ("exports", "ECU", "PER", 483e6) in found, found
    assert ("exports", "PER", "ECU", 253e6) in found, found


def test_those_of_after_a_possessive_exporter() -> None:
    found = _pairs(
        "In 2030, Ecuador's exports to Peru totaled $483 million and those of Peru to Ecuador "
        "$253 million."
    )
    assert ("exports", "PER", "ECU", 253e6) in found, found


def test_those_to_another_destination_keep_the_first_exporter() -> None:
    # near miss: "and those to Chile" names a new destination, not a new exporter
    found = _pairs(
        "In 2030, Ecuador's exports to Peru totaled $483 million and those to Chile $253 million."
    )
    assert ("exports", "ECU", "CHL", 253e6) in found, found


def test_exports_of_goods_name_no_exporter() -> None:
    # near miss: "exports of goods to Peru" names no exporter; the destination stays Peru
    found = _pairs("In 2030, Ecuador said exports of goods to Peru totaled $483 million.")
    assert ("exports", "ECU", "PER", 483e6) in found, found


def test_spanish_las_de_reads_as_those_of() -> None:
    # "y las de B a A": the pronoun "las de" is "those of", not "the of"
    assert gloss("y las de Perú a Ecuador", "es") == "and those of Peru to Ecuador"
    assert gloss("las exportaciones de Perú", "es") == "Peru's exports"  # near miss
