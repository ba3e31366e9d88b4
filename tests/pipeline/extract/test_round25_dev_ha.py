"""Round 25, kinds seen on the round-24 `ha` pages (now dev), each with made-up sentences:

- Croatian/Serbian: a destination before a passive export ("u Sloveniju je izvezeno": exported
  to Slovenia), a month range "od siječnja do listopada" (from January to October), "milijardu"
  with no number before it (one billion), "udvostručena" (doubled).
"""

import datetime as dt

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def test_croatian_passive_export_and_month_range() -> None:
    got = rows(
        "date 2032-02-10\nGospodarska suradnja Hrvatske i Slovenije ide dobro, a robna razmjena "
        "raste iz godine u godinu.\nKako pokazuju podaci Državnog zavoda za statistiku, od "
        "siječnja do listopada prošle godine u Sloveniju je izvezeno 812 milijuna eura, uz "
        "godišnji rast od 6,2 posto, dok je uvoz iz te zemlje porastao 4,1 posto, na 903,5 "
        "milijuna eura.\n"
    )
    oct31 = D(2031, 10, 31)
    assert got[812e6] == ("exports", "HRV", "SVN", "level", "EUR", D(2031, 1, 1), oct31)
    assert got[903.5e6] == ("imports", "HRV", "SVN", "level", "EUR", D(2031, 1, 1), oct31)


def test_croatian_words() -> None:
    assert gloss("premašila milijardu eura", "sh") == "exceeded 1 billion euros"
    assert gloss("više je nego udvostručena", "sh") == "more than doubled"
    # near miss: "milijardu" after a number keeps that number ("21 milijardu dinara")
    assert gloss("21 milijardu dinara", "sh") == "21 billion dinars"
    assert gloss("od siječnja do studenog", "sh") == "from January to November"


def test_goods_that_went_to_or_arrived_from_a_country() -> None:

    out = figures(
        "date 2032-09-20\nTrade between Latvia and Vietnam grew again. In the first half of this "
        "year, €31.5 million worth of Latvian goods went to Vietnam. Before the Taiwan dispute, "
        "goods worth €0.84 billion arrived from Vietnam in 2030 and €0.61 billion in 2029.\n"
    )
    got = {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}
    assert got == {
        ("exports", "LVA", "VNM", 31.5e6),
        ("imports", "LVA", "VNM", 0.84e9),
        ("imports", "LVA", "VNM", 0.61e9),
    }, out.to_string()


def test_money_that_came_from_a_service_is_not_goods() -> None:

    # near miss: no goods word before the movement verb
    out = figures(
        "date 2032-09-20\nLatvia's economy grew in 2031; €31.5 million came from Vietnamese "
        "tourists, the ministry said.\n"
    )
    assert out.empty, out.to_string()


def test_the_name_of_a_political_matter_is_no_party() -> None:
    from pipeline.extract.countries import find_countries

    assert [c.iso3 for c in find_countries("Before the Taiwan dispute, goods from China")] == [
        "CHN"
    ]
    assert [c.iso3 for c in find_countries("exports to Taiwan rose")] == ["TWN"]
