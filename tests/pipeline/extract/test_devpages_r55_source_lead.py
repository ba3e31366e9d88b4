"""Round 55, kind: a lead figure with no source right before the page's first attribution ("Trade
rose 8% to $2.1bn in 2028. Exports were $1.2bn, the trade ministry said"): the lead and the
breakdown are one dataset, and the lead takes the authority's country too (NOTES "A lead figure
with no source", the fk lead rule; ``sentence._attribute_back``, which already did so for "this
figure, according to ..."). Only the sentence right before the page's first attribution: a later
attribution starts a new paragraph's account, and a lead further back stays the outlet's. Dev
pages: hq02 (djazairess), hz14 (alweeam), hk01 (ghanaiantimes), hn01 (graphic), hn18 (dinero),
hp08 (dawn), hu08 (24kg), hx08 (reportaz), ig10 (lematin), hi08 (bahrainmirror), hm15 (azernews),
hx09 (tresor), hy15 (phnompenhpost), in English, Arabic, French, Spanish and Russian. Made-up
sentences (other pairs, other figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_english_lead_before_a_ministry_breakdown() -> None:
    got = _sources(
        "date 2029-03-01\nPeru and Chile\n\nTrade between Peru and Chile rose to $2.1 billion in "
        "2028. Peru's exports to Chile were $1.2 billion, Peru's Ministry of Foreign Trade said."
    )
    assert got[2_100_000_000.0] == "PER"
    assert got[1_200_000_000.0] == "PER"


def test_spanish_lead_before_according_to_the_ministry() -> None:
    got = _sources(
        "date 2029-03-01\nPerú y Bolivia\n\nEl comercio entre Perú y Bolivia alcanzó 900 millones "
        "de dólares en 2028. Según el Ministerio de Comercio Exterior de Perú, las exportaciones "
        "peruanas a Bolivia sumaron 610 millones de dólares en 2028."
    )
    assert got[900_000_000.0] == "PER"


def test_near_miss_a_lead_two_sentences_back_stays_the_outlets() -> None:
    got = _sources(
        "date 2029-03-01\nPeru and Chile\n\nTrade between Peru and Chile rose to $2.1 billion in "
        "2028. The two countries signed a new port agreement. Peru's exports to Chile were $1.2 "
        "billion, Peru's Ministry of Foreign Trade said."
    )
    assert got[2_100_000_000.0] is None
    assert got[1_200_000_000.0] == "PER"
