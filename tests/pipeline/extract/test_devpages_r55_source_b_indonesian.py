"""Round 55 (src55b), kind: Indonesian attributions. "Menurut X," (according to X), "Berdasarkan data
X" (according to data of X), the speech verbs after a quote ("ujar/tutur/ucap X", "ujarnya",
"tuturnya", "katanya", "berkata", "Ia menjelaskan/mengatakan") and the national officials and
bodies they name (Kementerian Perdagangan / Luar Negeri, Badan Pusat Statistik, Duta Besar /
Dubes, Kedutaan Besar, Konsulat, Menteri Perdagangan, Wakil Presiden / Wapres) are glossed
(``lexicon/foreign_words.csv``), so the English attribution rules read them. Dev pages: hl03
(okezone), hp03 (republika), if02 (fnn), if08 (tvsarawak, Malay): four pages, four outlets.
Made-up sentences (other pairs, figures).
"""

from __future__ import annotations

from tests.pipeline.extract.test_extract import sources as _sources


def test_according_to_data_of_the_foreign_ministry() -> None:
    got = _sources(
        "date 2029-03-01\nPerdagangan Indonesia-Peru\n\nBerdasarkan data Kementerian Luar Negeri, "
        "volume perdagangan bilateral Indonesia dan Peru tercatat sebesar 2,41 miliar dolar AS "
        "pada 2028."
    )
    assert got[2_410_000_000.0] == "IDN"


def test_quote_said_by_the_consulate_of_a_country() -> None:
    got = _sources(
        'date 2029-03-01\nPerdagangan Malaysia-Kenya\n\n"Nilai perdagangan antara Malaysia dan '
        'Kenya pada 2028 mencapai 730 juta dolar AS," ujar Konsulat Malaysia, Ahmad Rahman, di '
        "Nairobi."
    )
    assert got[730_000_000.0] == "MYS"


def test_near_miss_according_to_an_analyst_is_no_authority() -> None:
    got = _sources(
        "date 2029-03-01\nPerdagangan Indonesia-Peru\n\nMenurut analis bank, volume perdagangan "
        "bilateral Indonesia dan Peru tercatat sebesar 2,41 miliar dolar AS pada 2028."
    )
    assert got[2_410_000_000.0] is None
