"""Spanish buying and selling in every past tense, with the clitic "le" and "por" before the
amount (round 31, he19): "el país le había comprado a Perú por X millones, mientras que le
había vendido por Y millones" is the country's imports from and exports to Peru; "se exportó
por X" is the exports' level; "las importaciones excedieron a las exportaciones en X" is a
balance, no figure. All sentences are made up."""

import datetime as dt

from tests.pipeline.extract.test_extract import figures

DATE = "date 2032-03-10\nBolivia y Paraguay: el comercio en rojo\n"


def rows(text: str) -> set[tuple]:
    out = figures(DATE + text)
    return {
        (r.flow, r.reporter, r.partner, r.period_start, r.measure, round(r.value, 1))
        for r in out.itertuples()
    }


def test_pluperfect_bought_and_sold_with_the_clitic() -> None:
    got = rows(
        "El déficit de Bolivia con Paraguay se agravó en 2031. Hasta el último mayo, el país le"
        " había comprado a Paraguay por US$ 433 millones, mientras que le había vendido por"
        " US$ 129 millones."
    )
    start = dt.date(2031, 1, 1)
    assert ("imports", "BOL", "PRY", start, "level", 433e6) in got
    assert ("exports", "BOL", "PRY", start, "level", 129e6) in got


def test_imperfect_sold_to_a_partner_por_an_amount() -> None:
    got = rows("En 2031 Bolivia le vendía a Paraguay por US$ 271 millones al año.")
    assert ("exports", "BOL", "PRY", dt.date(2031, 1, 1), "level", 271e6) in got


def test_near_miss_one_flow_exceeding_the_other_is_a_balance() -> None:
    got = rows(
        "El comercio entre Bolivia y Paraguay creció en 2031. En 2030 las importaciones"
        " excedieron a las exportaciones en US$ 388 millones."
    )
    assert not any(v == 388e6 for *_, v in got)


def test_so_far_this_year_with_its_months_in_a_bracket() -> None:
    # gv01's shape: "en lo que va del año (enero a junio de 2031)" after a sentence on 2030
    got = rows(
        "A lo largo de 2030, Bolivia le vendió a Paraguay mercadería por más de US$ 81 millones."
        " Y en lo que va del año (enero a junio de 2031), el movimiento ya suma cerca de US$ 39,2"
        " millones en exportaciones bolivianas."
    )
    assert ("exports", "BOL", "PRY", dt.date(2030, 1, 1), "level", 81e6) in got
    assert ("exports", "BOL", "PRY", dt.date(2031, 1, 1), "level", 39.2e6) in got


def test_a_change_en_an_amount_is_its_size() -> None:
    # gv07's shape: "subieron apenas en $2.5 millones" (rose only by), "disminuyeron en"
    got = rows(
        "El comercio entre Bolivia y Paraguay creció.\nEn 2031, las exportaciones bolivianas"
        " subieron apenas en $3.5 millones, en tanto que las importaciones disminuyeron en $21.3"
        " millones."
    )
    assert ("exports", "BOL", "PRY", dt.date(2031, 1, 1), "abs_change", 3.5e6) in got
    assert ("imports", "BOL", "PRY", dt.date(2031, 1, 1), "abs_change", -21.3e6) in got


def test_what_was_exported_to_that_asian_nation() -> None:
    # gv07's shape: "lo exportado a esa nación asiática alcanzó" (what was exported to that
    # Asian nation reached) names the page's partner by description; "lo que dio una diferencia
    # de" (leaving a difference of) is the balance, no flow
    got = rows(
        "El comercio entre Bolivia y Japón creció.\nSegún el banco central, en 2031 lo exportado a"
        " esa nación asiática alcanzó 12.3 millones de dólares, con $845.2 millones en"
        " importaciones, lo que dio una diferencia de $832.9 millones."
    )
    assert ("exports", "BOL", "JPN", dt.date(2031, 1, 1), "level", 12.3e6) in got
    assert ("imports", "BOL", "JPN", dt.date(2031, 1, 1), "level", 845.2e6) in got
    assert not any(r[-1] == 832.9e6 for r in got)
