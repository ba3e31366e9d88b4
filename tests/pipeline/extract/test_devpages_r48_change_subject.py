"""Round 48, a change noun as the subject of a percentage (made-up sentences, made-up figures).

Kind: "to" before a percentage makes it a level ("the share rose to 14%": no change), unless a
change noun is the subject of the verb of amount before it ("overall growth amounted to 162%",
"an increase equal to 25.5%", "the fall was equal to 8%"; a Russian "рост составил" glossed):
then the percentage is that change (``measure._CHANGE_SUBJECT``, which already made an amount
after such a subject an abs_change). Near misses: a share reached with "to" stays no figure."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y30 = ("2030-01-01", "2030-12-31")


def _rows(text: str) -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\nTrade\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2030 Namibian exports to Angola reached $84 million, and overall growth "
            "amounted to 37.5%.",
            ("exports", "NAM", "AGO", *_Y30, "pct_change", 37.5, "percent"),
        ),
        (
            "In 2030 Latvia's imports from Norway fell to 410 million euros, a decline "
            "equivalent to 12.2%.",
            ("imports", "LVA", "NOR", *_Y30, "pct_change", -12.2, "percent"),
        ),
        (
            "Trade between Oman and Kenya came to $230 million in 2030, an increase equal to 6.4%.",
            ("turnover", "KEN", "OMN", *_Y30, "pct_change", 6.4, "percent"),
        ),
    ],
)
def test_change_subject_percent(text: str, expected: tuple) -> None:
    assert expected in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2030 Namibia's share of Angola's imports rose to 14%.",
        "Namibian exports to Angola amounted to 14% of its total exports in 2030.",
    ],
)
def test_share_reached_stays_no_change(text: str) -> None:
    assert not any(row[5] == "pct_change" for row in _rows(text))
