"""Round 54, a country named after a figure in a later clause of its own (made-up sentences,
made-up figures, other pairs).

Kind: a figure's clause window runs past a comma into the next clause, and that clause's
counterpart took the figure's partner's place: "Sweden exported goods to neighbouring Norway
worth SEK 118bn, exceeding its exports to Germany by six billion" (Germany read as the buyer of
the 118bn), "der Handel mit Kasachstan stieg um 23 Prozent auf rund 5 Milliarden Euro, der Handel
mit Usbekistan wuchs ..." (the 5bn given to Uzbekistan), "xuất khẩu Việt sang Thái 2,7 tỉ USD,
tăng gần 23% so cùng kỳ, còn Thái sang Việt gần 5,3 tỉ USD" (the 23% given to Thailand's exports).
A country after the amount, past a comma, whose clause has a flow word before it or goes on to an
amount of its own, is no side of the amount (``other_flow.later_clause``, read in
``pairs.pair_of``). Dev pages: hi13 (sverigesradio, English), hr03 (finanzen, German), hj14
(thanhnien, Vietnamese); hy04 (fnnews, Korean) gets the right pair too. Near miss: a country
after a comma with neither ("..., mostly to Peru", "..., Peru being its top market") stays the
figure's counterpart.
"""

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> dict[float, tuple[str, str, str]]:
    out = figures(text)
    return {float(r.value): (r.flow, r.reporter, r.partner) for r in out.itertuples()}


def test_a_later_clause_with_its_own_flow_word_lends_no_partner() -> None:
    got = _pairs(
        "date 2031-03-01\nPeru is Chile's top market\n\n"
        "Last year Chile exported goods to neighbouring Peru worth a total of $4.2 billion, "
        "exceeding its exports to Bolivia by $1.1 billion."
    )
    assert got[4_200_000_000.0] == ("exports", "CHL", "PER")


def test_a_run_of_trade_with_clauses_keeps_each_amount_with_its_own_partner() -> None:
    got = _pairs(
        "date 2031-03-01\nIndia's trade in East Africa\n\n"
        "In 2030 the bilateral trade with Kenya rose by 14 percent to around $2 billion, the "
        "trade with Tanzania increased by 9 percent to $700 million."
    )
    assert got[2_000_000_000.0] == ("turnover", "IND", "KEN")
    assert got[700_000_000.0] == ("turnover", "IND", "TZA")


def test_the_same_run_on_a_german_page() -> None:
    got = _pairs(
        "date 2031-03-01\nDeutschland und Westafrika\n\n"
        "Im Jahr 2030 stieg der Handel mit Ghana um 14 Prozent auf rund 2 Milliarden Euro, der "
        "Handel mit Togo wuchs um 9 Prozent auf 700 Millionen Euro."
    )
    assert got[2_000_000_000.0] == ("turnover", "DEU", "GHA")
    assert got[700_000_000.0] == ("turnover", "DEU", "TGO")


def test_a_later_clause_with_an_amount_of_its_own_lends_no_pair() -> None:
    got = _pairs(
        "date 2031-08-01\nIndonesia Malaysia trade\n\n"
        "In the first half, exports of Indonesia to Malaysia were $3.1 billion, up 12% on the "
        "year, Malaysia to Indonesia nearly $4.4 billion, up 5%."
    )
    assert got[12.0] == ("exports", "IDN", "MYS")
    assert got[4_400_000_000.0] == ("exports", "MYS", "IDN")


def test_near_miss_a_country_after_a_comma_with_no_clause_of_its_own() -> None:
    got = _pairs(
        "date 2031-03-01\nChile exports\n\n"
        "Chile's exports to Peru rose 5% to $2 billion in 2030, Peru being its top market."
    )
    assert got[2_000_000_000.0] == ("exports", "CHL", "PER")
    got = _pairs(
        "date 2031-03-01\nChile Peru\n\n"
        "Exports from Chile to Peru reached $2 billion in 2030, up 5%, while imports fell 3%."
    )
    assert got[5.0] == ("exports", "CHL", "PER")
