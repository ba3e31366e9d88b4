"""Round 31 (gs04, gs07): Spanish and French target words ("aspiran a llevar sus intercambios
hasta", "a affiché son ambition de porter le volume des échanges à": a target), and an economy a
rank after the amount places above the pair ("..., el segundo de Asia en importancia, tras
China", "the second in Asia in importance, after China") is no side of the amount. Made-up
sentences."""

import datetime as dt

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2031-04-11") -> set[tuple]:
    out = figures(f"date {date}\nChile y Perú\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, r.period_end, r.value, r.status) for r in out.itertuples()
    }


def test_an_economy_ranked_above_after_the_amount_is_no_side() -> None:
    got = _rows(
        "Last year the bilateral trade exceeded 310 million dollars, with which Lima was"
        " confirmed among the main partners of Chile and as the second in Asia, after Japan."
    )
    assert {r[:3] for r in got} == {("turnover", "CHL", "PER")}
    got = _rows(
        "El año pasado el comercio bilateral superó los 310 millones de dólares, con lo que Lima"
        " se confirmó entre los principales socios de Chile y como el segundo de América en"
        " importancia, tras Brasil."
    )
    assert {r[:3] for r in got} == {("turnover", "CHL", "PER")}


def test_near_miss_after_without_a_rank_stays_a_side() -> None:
    got = _rows(
        "Chile's exports went up to $310 million in 2030, right after Peru cut its tariffs."
    )
    assert ("exports", "CHL", "PER") in {r[:3] for r in got}


def test_spanish_aspire_to_bring_trade_is_a_target() -> None:
    got = _rows(
        "Pero Lima y Santiago aspiran a llevar sus intercambios comerciales hasta 700 millones"
        " de dólares en el 2033."
    )
    assert {(r[3], r[4], r[5]) for r in got} == {(dt.date(2033, 12, 31), 700e6, "target")}


def test_french_ambition_to_bring_trade_is_a_target() -> None:
    got = _rows(
        "Le président, de passage à Lima, a affiché son ambition de porter le volume des échanges"
        " entre le Chili et le Pérou à 2 milliards de dollars."
    )
    assert {(r[4], r[5]) for r in got} == {(2e9, "target")}
