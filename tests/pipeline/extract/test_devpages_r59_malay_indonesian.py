"""Round 59, kind: Malay and Indonesian constructions the gloss left unread (je13 mstar: a
respective list written "masing-masing RM136.1 bilion dan RM56.9 bilion", the nation's exports
"eksport negara bagi China ... dan bagi Korea sebanyak tiga peratus"; je12 gerbangfakta: "nilai
perdagangan Korea Selatan ke Indonesia", "ekspornya/impornya/perdagangannya"; je13 and hv06-like
number words before a percent).

Built for the constructions, not the pages: number words in every shape (units, teens with
"belas", tens with "puluh", hundreds), "respectively" before any list of amounts, "this
country's" for every flow noun of "negara"/"nasional", the "-nya" flow nouns, the owner after
"trade value". Every sentence is made up, with forms no dev page uses (dua puluh lima, dua belas,
Vietnam, Indonesia and the Philippines, "nilai impornya", years 2029-2030).
"""

from __future__ import annotations

import pytest

from pipeline.extract.indonesian import prepare, reorder
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-02-01\nPerdagangan\n\n{text}\n")
    return sorted(
        (r["flow"], r["reporter"], r["partner"], str(r["period_start"]), r["measure"], r["value"])
        for _, r in out.iterrows()
    )


@pytest.mark.parametrize(
    ("words", "number"),
    [
        ("tiga peratus", "3 peratus"),
        ("dua puluh lima persen", "25 persen"),
        ("dua belas kali", "12 kali"),
        ("sebelas juta", "11 juta"),
        ("seratus lima juta", "105 juta"),
    ],
)
def test_number_words_before_a_unit(words: str, number: str) -> None:
    assert prepare(f"naik {words} tahun ini") == f"naik {number} tahun ini"


def test_near_miss_number_words_without_a_unit_stay() -> None:
    assert prepare("dua negara itu") == "dua negara itu"


def test_the_nations_exports_are_this_countrys() -> None:
    text = (
        "KUALA LUMPUR: Menteri Perdagangan Malaysia berkata, eksport negara ke Vietnam telah "
        "meningkat sebanyak dua puluh lima peratus kepada RM12.4 bilion pada 2030 berbanding "
        "tahun sebelumnya."
    )
    assert _rows(text) == [
        ("exports", "MYS", "VNM", "2030-01-01", "level", 12.4e9),
        ("exports", "MYS", "VNM", "2030-01-01", "pct_change", 25.0),
    ]


@pytest.mark.parametrize(
    "text",
    ["eksport negara-negara ASEAN", "eksport negara lain", "eksport negara China"],
)
def test_near_miss_other_nations_exports_stay(text: str) -> None:
    assert "this country's" not in prepare(text)


def test_respectively_before_its_amounts() -> None:
    assert reorder("worth respectively RM40.2 billion and RM31.5 billion.") == (
        "worth RM40.2 billion and RM31.5 billion respectively."
    )
    text = (
        "Indonesia dan Filipina ialah rakan dagang Malaysia kelima dan keenam terbesar pada 2030 "
        "dengan nilai dagangan masing-masing RM40.2 bilion dan RM31.5 bilion."
    )
    assert _rows(text) == [
        ("turnover", "MYS", "IDN", "2030-01-01", "level", 40.2e9),
        ("turnover", "MYS", "PHL", "2030-01-01", "level", 31.5e9),
    ]


def test_the_nya_flows_and_the_owner_after_trade_value() -> None:
    text = (
        "JAKARTA - Menurut Kim, nilai perdagangan Korea Selatan ke Indonesia pada 2029 mencapai "
        "USD 20,5 miliar. Pada 2030, nilai impornya naik menjadi USD 12,1 miliar, dan "
        "perdagangannya USD 22,4 miliar."
    )
    assert _rows(text) == [
        ("imports", "KOR", "IDN", "2030-01-01", "level", 12.1e9),
        ("turnover", "KOR", "IDN", "2029-01-01", "level", 20.5e9),
        ("turnover", "KOR", "IDN", "2030-01-01", "level", 22.4e9),
    ]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("sebesar Ringgit Malaysia (RM) 12,5 miliar", "sebesar RM12,5 miliar"),
        ("senilai dolar AS (US$) 7 juta", "senilai US$7 juta"),
    ],
)
def test_a_currency_named_before_its_bracketed_symbol(written: str, read: str) -> None:
    # hp03 republika: "Ringgit Malaysia (RM) 55,92 miliar" read as dollars
    assert prepare(written) == read


def test_a_dollar_sign_with_its_country_after_the_amount() -> None:
    # hv06 bisnis: "$3,55 miliar Selandia Baru" (New Zealand dollars) read as US dollars
    assert prepare("setara $4.2 miliar Australia") == "setara 4.2 miliar dolar Australia"
    text = (
        "Perdagangan Indonesia dan Australia pada 2030 mencapai US$3,1 miliar atau setara $4,2 "
        "miliar Australia."
    )
    units = {r["unit"] for _, r in figures(f" date 2031-02-01\nPerdagangan\n\n{text}\n").iterrows()}
    assert units == {"USD", "AUD"}


def test_namely_after_a_change_verb_is_its_size() -> None:
    # hp03: "naik cukup jauh, yakni sekitar RM8,42 miliar" read as a level
    assert (
        prepare("naik cukup jauh, yakni sekitar RM3 miliar")
        == "naik cukup jauh, by sekitar RM3 miliar"
    )
    text = (
        "Perdagangan Indonesia dan Thailand pada 2030 naik tajam, yaitu sekitar US$1,5 miliar "
        "dibandingkan 2029."
    )
    out = figures(f" date 2031-02-01\nPerdagangan\n\n{text}\n")
    assert [(r["measure"], r["value"]) for _, r in out.iterrows()] == [("abs_change", 1.5e9)]


def test_near_miss_namely_after_a_noun_stays() -> None:
    assert prepare("dua produk, yaitu sekitar 40 jenis") == "dua produk, yaitu sekitar 40 jenis"
