"""Round 58, kind: the Russian amount, quarter, average, group and flow-phrase gaps
(``test_devpages_r58_russian_amounts``, ``test_devpages_r58_russian_flows``: iz01, iz03, iz04,
iz05, ih08 on Russian pages) in Ukrainian, which declines the same words the same way
(:mod:`pipeline.extract.ukrainian_amounts`): every case of "мільярд" and the currency nouns, "у
доларах США", quarters and halves by ordinal, numeral and digit, counts of two and three
quarters, "в середньому", groups after "країни"/"держави", flow adjectives with their nouns, a year
named relative to the page's in every case, a hedged mark ("на позначку близько у 2 млрд"),
"за півроку", "з 2024 по 2029 рік".

Every sentence is made up; no dev page is Ukrainian in these forms (the one Ukrainian dev page,
hm12, writes none of them).
"""

from __future__ import annotations

import pytest

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> list[tuple]:
    out = figures(f" date 2031-09-01\nТоргівля\n\n{text}\n")
    return [
        (r["flow"], r["reporter"], r["partner"], str(r["period_start"]), str(r["period_end"]),
         r["measure"], round(float(r["value"]), 2), r["unit"])
        for r in out.to_dict("records")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("наблизився до 3 мільярдів 250 мільйонів доларів", "3 billion 250 million dollars"),
        ("сягнув 2 мільярдам гривень", "2 billion hryvnia"),
        ("склав 4млн доларів", "4 million dollars"),
        ("близько 600 млн у доларах США", "600 million US dollars"),
        ("за перші три квартали 2030 року", "in the first three quarters of 2030"),
        ("протягом двох кварталів 2030 року", "in the first two quarters of 2030"),
        ("у III кварталі 2030 року", "the third quarter of 2030"),
        ("за 1-е півріччя 2030 року", "the first half of 2030"),
        ("в середньому зріс на 3%", "on average"),
        ("торгівля з державами-членами ЄАЕС", "Eurasian Economic Union countries"),
        ("сукупний експорт Молдови до Румунії", "Moldova's total exports to Romania"),
        ("порівняно з минулим роком", "compared with last year"),
        ("у позаминулому році", "in the year before last"),
        ("за перші півроку 2030 року", "in the first six months of 2030"),
        ("вийшла на позначку близько у 2 млрд доларів", "reached the mark of about 2 billion"),
        ("з 2024 року по 2029 рік", "from 2024 to 2029"),
    ],
)
def test_gloss_uk(text: str, expected: str) -> None:
    assert expected in gloss(text, "uk")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("за підсумками 3 кварталу 2030 року", "the third quarter of 2030"),  # Q3, not a count
        ("у трьох кварталах поспіль", "кварталах"),  # three quarters in a row: no span
        ("рівень у 2030 році", "the level in 2030"),  # a year after "у", not an amount
    ],
)
def test_uk_near_misses(text: str, kept: str) -> None:
    assert kept in gloss(text, "uk")


def test_dative_billion() -> None:
    rows = _rows(
        "Експорт Молдови до Румунії у 2030 році дорівнював 1 мільярду 200 мільйонам доларів."
    )
    assert [r[-3:] for r in rows] == [("level", 1.2e9, "USD")]


def test_three_quarters() -> None:
    rows = _rows("За перші три квартали 2030 року товарообіг Молдови з Румунією зріс на 6%.")
    assert [r[3:5] for r in rows] == [("2030-01-01", "2030-09-30")]


def test_average_gives_no_row() -> None:
    assert _rows("У середньому товарообіг Молдови з країнами ЄС у 2030 році зріс на 3,5%.") == []
