"""Round 49, a number that compares two different series (made-up sentences, made-up figures).

Kind (spurious figures): "exceeding its exports to B by N", "imports ... outstripping ... by N",
"the rise of imports was 4 times greater than that of exports" (Portuguese "4 vezes maior do
que", glossed "4 times maior than"), "imports (X) are double of the exports" (Spanish "son el
doble de las exportaciones", glossed): the number is the margin or ratio between two figures of
different flows or partners, not a level or a change of one pair's trade over time, so it is no
figure (``compared.compares_other``, which already dropped "31% higher than the exports of
Mexico"). Dev pages: hi13 (sverigesradio, English), ht10 (elboletin, Spanish), ih06
(cartacampinas, Portuguese). Near misses: a base that names a time stays a change or level."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Last year Peru exported goods to Ecuador worth $3.1 billion, exceeding its exports "
            "to Colombia by $400 million.",
            ("exports", "PER", "ECU", *_Y30, "level", 3100000000.0, "USD"),
            400000000.0,
        ),
        (
            "In 2030 Kenya's imports from India reached $2.2 billion, outstripping its imports "
            "from Egypt by some $150 million.",
            ("imports", "KEN", "IND", *_Y30, "level", 2200000000.0, "USD"),
            150000000.0,
        ),
        (
            "Em 2030, as exportações do Peru para o Chile subiram 12%. A alta das importações do "
            "Peru vindas do Chile foi 4 vezes maior do que a das exportações.",
            ("exports", "PER", "CHL", *_Y30, "pct_change", 12.0, "percent"),
            4.0,
        ),
        (
            "En 2030 las importaciones peruanas desde Chile (3.400 millones de dólares) son el "
            "doble de las exportaciones de Perú al país (1.700 millones de dólares).",
            ("imports", "PER", "CHL", *_Y30, "level", 3400000000.0, "USD"),
            2.0,
        ),
    ],
)
def test_comparison_of_two_series_is_no_figure(text: str, kept: tuple, dropped: float) -> None:
    rows = _rows(text)
    assert kept in rows
    assert not any(row[6] == dropped for row in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports from Peru to Chile in 2030 were 3 times higher than in 2025.",
            ("exports", "PER", "CHL", *_Y30, "multiple", 3.0, "times"),
        ),
        (
            "Exports from Peru to Chile in 2030 were twice the level of 2025.",
            ("exports", "PER", "CHL", *_Y30, "multiple", 2.0, "times"),
        ),
        (
            # the base names a time: the margin over an earlier year is no comparison of series
            "Exports from Peru to Chile reached $2 billion in 2030, exceeding the 2029 level by "
            "$300 million.",
            ("exports", "PER", "CHL", *_Y30, "level", 2000000000.0, "USD"),
        ),
    ],
)
def test_comparison_with_a_time_stays(text: str, expected: tuple) -> None:
    assert expected in _rows(text)
