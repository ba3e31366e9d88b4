"""Amount and change forms the newest real pages write and the extractor never read (issue 15,
round 11): an abbreviated currency symbol that keeps its full stop ("Ksh.41 billion"), the
newspaper abbreviation "p.c." for per cent, the Moroccan press's "MDH"/"MMDH" (millions /
milliards de dirhams), the Spanish "se incrementaron en un 8%", "ventas externas", a
Portuguese comparison base "contra 3.150 milhões registados", "sales to" a country (exports) and
a past change verb right before an amount ("fell US$49 million": a change).

Every sentence is made up; each kind comes with a near miss that must stay unread.
"""

import datetime as dt

import pytest

from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_extract import figures

D = dt.date


def money(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in find_mentions(text) if m.kind == "money"]


def rows(text: str) -> dict[float, tuple]:
    return {
        r.value: (r.flow, r.reporter, r.partner, r.measure, r.unit, r.period_start, r.period_end)
        for r in figures(text).itertuples()
    }


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ksh.41 billion", 41e9, "KES"),
        ("Kshs.8.35 billion", 8.35e9, "KES"),
        ("Tk.1,200 crore", 12e9, "BDT"),
        ("Ush.3.4 trillion", 3.4e12, "UGX"),
        ("Dhs.80 million", 80e6, "AED"),
    ],
)
def test_letter_symbol_keeps_its_full_stop(text: str, value: float, unit: str) -> None:
    assert money(f"Shipments were worth {text} that season.") == [(pytest.approx(value), unit)]


def test_one_letter_symbol_with_a_full_stop_is_a_label() -> None:
    # "N.5", "R.2": a clause or item label, not naira or rand
    assert money("Clause N.5 and item R.2 of the treaty cover customs.") == []


def test_symbol_with_full_stop_in_a_sentence() -> None:
    got = rows(
        "date 2031-02-01\nTrade between Kenya and Uganda rose from Ksh.20.5 billion in 2029 to "
        "Ksh.41 billion in 2030."
    )
    assert got[41e9][:5] == ("turnover", "KEN", "UGA", "level", "KES")
    assert got[20.5e9][5:] == (D(2029, 1, 1), D(2029, 12, 31))


def test_per_cent_abbreviated_p_c() -> None:
    got = rows(
        "date 2031-02-01\nGeorgia's imports from Armenia reached $230 million in 2030, a rise "
        "of 57.6 p.c. on 2029."
    )
    assert got[57.6][:4] == ("imports", "GEO", "ARM", "pct_change")
    assert got[230e6][3] == "level"
    # near miss: a time of day is no percentage
    got = rows(
        "date 2031-02-01\nGeorgia's imports from Armenia reached $230 million in 2030, the "
        "office said at 5 p.m. on Monday."
    )
    assert set(got) == {230e6}


def test_moroccan_mdh_and_mmdh() -> None:
    got = rows(
        "date 2031-03-01\nLe Maroc et la Tunisie renforcent leurs liens économiques avec une "
        "visite du ministre.\nLes exportations du Maroc vers la Tunisie sont passées de 200 MDH "
        "en 2029 à 1,5 MMDH en 2030."
    )
    assert got[200e6][:5] == ("exports", "MAR", "TUN", "level", "MAD")
    assert got[1.5e9][:5] == ("exports", "MAR", "TUN", "level", "MAD")
    assert got[1.5e9][5:] == (D(2030, 1, 1), D(2030, 12, 31))


def test_spanish_se_incrementaron_and_ventas_externas() -> None:
    got = rows(
        "date 2031-03-01\nChile y Perú firman un acuerdo para el comercio de los dos países.\n"
        "Las exportaciones chilenas a Perú se incrementaron en un 7,5% en 2030, según el banco.\n"
        "En 2029, las ventas externas de Chile a Perú alcanzaron los $800 millones."
    )
    assert got[7.5][:4] == ("exports", "CHL", "PER", "pct_change")
    assert got[800e6][:4] == ("exports", "CHL", "PER", "level")
    # near miss: prices that rose are no trade figure
    got = rows(
        "date 2031-03-01\nChile y Perú firman un acuerdo para el comercio de los dos países.\n"
        "Los precios del cobre se incrementaron en un 7,5% en 2030, según el banco."
    )
    assert 7.5 not in got


def test_portuguese_base_registados_keeps_the_currency() -> None:
    text = (
        "date 2031-03-01\nAngola e Brasil reforçam relações comerciais com uma visita do "
        "ministro ao país.\nO intercâmbio comercial entre Angola e o Brasil foi de apenas 680 "
        "milhões de dólares em 2030, contra {base} registados no ano anterior."
    )
    got = rows(text.format(base="3.150 milhões"))
    assert got[3.15e9][4:] == ("USD", D(2029, 1, 1), D(2029, 12, 31))
    # near miss: a count of people is no comparison base
    assert 3.15e9 not in rows(text.format(base="3.150 milhões de habitantes"))


def test_sales_to_a_country_are_exports() -> None:
    got = rows("date 2031-02-10\nIn 2030 Dominican sales to Haiti were US$850 million.")
    assert got[850e6][:4] == ("exports", "DOM", "HTI", "level")
    # near miss: sales to consumers inside one country are no trade figure
    assert (
        rows("date 2031-02-10\nIn 2030 car sales to consumers in Haiti were US$850 million.") == {}
    )


def test_past_change_verb_right_before_an_amount() -> None:
    got = rows(
        "date 2031-02-10\nIn 2030 Dominican exports to Haiti were $1 billion.\nIn 2030 "
        "exports to Haiti fell US$49 million."
    )
    assert got[-49e6][3] == "abs_change"
    # near miss: a level verb keeps the level
    got = rows(
        "date 2031-02-10\nIn 2030 Dominican exports to Haiti were $1 billion.\nIn 2029 "
        "exports to Haiti totaled US$49 million."
    )
    assert got[49e6][3] == "level"
