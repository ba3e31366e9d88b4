"""Round 58, kind: a Russian flow phrase or group of countries the phrase table did not list, so
the flow's owner was lost. Dev page: iz03 vvptoday ("По прочим шести государствам СНГ
двухсторонний товарооборот Таджикистана ... сократился": the variant spelling "двухсторонний"
and "государствам" unglossed, "countries CIS" read as the trader, so the next sentence's
partners went to the CIS; seven rows).

Built for the language, not the page (:mod:`pipeline.extract.russian_flows`): the adjectives
"двусторонний", "двухсторонний", "взаимный", "совокупный", "суммарный", "общий" in every
case, gender and number before every flow noun in the same case, the owner written after
"ADJ flow" put before it, "государство" and "прочий" in every form, a group (СНГ, ЕАЭС, ЕС,
АСЕАН) after "страны", "государства" or "-члены" in every case, and "экспортный" / "импортный"
before a noun of goods moved in every case (ho16 regnum: "Экспортные поставки ... упали на 18,9%, а
импортные поступления — на 9,9%" gave -9.9 to exports).

Every sentence is made up, with forms no dev page uses (the feminine "двусторонняя торговля",
"суммарного импорта", "общим экспортом", "государствами-членами ЕАЭС", "прочих", "пяти", "импортных закупок", "экспортной
поставкой", "в страны СНГ").
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\nТорговля\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], r["measure"], round(float(r["value"]), 2))
        for r in out.to_dict("records")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Двусторонняя торговля Армении с Грузией выросла",
            "Armenia's bilateral trade with Georgia",
        ),
        ("рост суммарного импорта Молдовы из Румынии", "Moldova's total imports from Romania"),
        ("с общим экспортом Литвы", "Lithuania's total exports"),
        ("двухсторонних связей", "bilateral"),
        ("торговля с государствами-членами ЕАЭС", "Eurasian Economic Union countries"),
        ("по прочих государств АСЕАН", "other ASEAN countries"),
        ("импортных закупок", "imports"),
        ("экспортной поставкой", "exports"),
        ("поставки в страны СНГ", "to CIS countries"),
    ],
)
def test_gloss_ru(text: str, expected: str) -> None:
    assert expected in gloss(text, "ru")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # two owners are the pair, not one flow's owner
        ("взаимной торговли Армении и Грузии", "bilateral trade Armenia and Georgia"),
        ("двусторонний товарооборот Армения–Грузия", "bilateral trade Armenia–Georgia"),
        ("общий рынок", "общий"),  # "общий" alone (common) is not "total"
        ("торговля в странах СНГ", "in CIS countries"),  # the prepositional: where, not whither
        ("товарно-экспортных операций", "экспортных"),  # half a compound: no flow of its own
    ],
)
def test_ru_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "ru")


def test_owner_of_the_remaining_group_owns_the_next_partners() -> None:
    text = (
        "Помимо этого, товарооборот вырос. По прочим пяти государствам ЕАЭС двусторонняя"
        " торговля Армении, напротив, сократилась. За 2030 год товарооборот с Белоруссией"
        " снизился на 12,5%, с Киргизией – на 3,1%."
    )
    reporters = {r[4]: r[1] for r in _rows(text)}
    assert reporters[-12.5] == "ARM"
    assert reporters[-3.1] == "ARM"


def test_owner_after_total_exports() -> None:
    """Read right before too (the English rules took "total exports Moldova"); kept so."""
    rows = _rows("В 2030 году совокупный экспорт Молдовы в Румынию вырос на 7,5%.")
    assert rows == [("exports", "MDA", "ROU", "pct_change", 7.5)]


def test_import_receipts() -> None:
    rows = _rows(
        "В 2030 году экспортные поставки Молдовы в Румынию выросли на 4,5%, а импортные"
        " закупки — на 2,5%."
    )
    assert {r[0]: r[4] for r in rows} == {"exports": 4.5, "imports": 2.5}


def test_farm_machinery_in_another_case() -> None:
    """hx10 afn ("поставок сельхозтехники", farm machinery, read as all goods): the noun and
    "сельскохозяйственная техника" in every case (rows); made up in the instrumental."""
    out = figures(
        " date 2031-09-01\nТорговля\n\nВ 2030 году торговля сельскохозяйственной техникой"
        " между Молдовой и Румынией выросла на 9,5%.\n"
    )
    assert list(out["scope"]) == ["machinery"]
