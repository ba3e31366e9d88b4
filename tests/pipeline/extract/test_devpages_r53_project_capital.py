"""Round 53, the total investment or registered capital of an investor's projects in its host
(made-up sentences, made-up figures, other pairs).

Kind: "A has 40 projects in B, with total investment of $X", "A has 229 projects in B, total
registered capital reached $X": the capital of the investor's projects is its investment in the
host (NOTES, "Capital of a partner's projects is registered capital"). ``project_capital`` read
it only with "capital of/totalling/reaching" right before the amount, so the clause's own verb
("capital reached", Vietnamese "vốn ... đạt" glossed) left "projects" a not-trade word; and
"total investment" after the projects was read as the investor's whole investment
(``national.names_national``), not the projects' total. Dev pages: hp11 (vietbao), hv02 (sggp);
hj15 (tapchitaichinh) states it the same way and was read already. Near misses keep their output:
a portfolio of projects "valued at" an amount, and a country's total investment abroad.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Investment") -> set[tuple]:
    return tuples(figures(f"date 2031-03-01\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "value", "pair"),
    [
        (
            "As of June 2030, Thailand has 41 projects in Cambodia, with total investment of "
            "310 million USD.",
            310_000_000.0,
            ("KHM", "THA"),
        ),
        (
            "So far, Malaysia has 87 investment projects in Laos, total registered capital "
            "reached about 1.45 billion USD.",
            1_450_000_000.0,
            ("LAO", "MYS"),
        ),
    ],
)
def test_projects_capital_is_the_investors(text: str, value: float, pair: tuple) -> None:
    got = {r for r in _rows(text) if r[6] == value}
    assert len(got) == 1
    row = got.pop()
    assert row[0] == "investment" and (row[1], row[2]) == pair


def test_glossed_vietnamese_projects_capital() -> None:
    got = _rows(
        "Đến nay, Lào có 15 dự án đầu tư còn hiệu lực tại Việt Nam, tổng vốn đăng ký đạt "
        "khoảng 72 triệu USD, xếp thứ 40 trong các nhà đầu tư."
    )
    assert {(r[0], r[1], r[2], r[6]) for r in got} == {("investment", "VNM", "LAO", 72_000_000.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Thailand registered 12 projects valued at 30 million USD in Laos last year.",
        "Thailand's total investment abroad reached 22 billion USD, in 1,600 projects.",
    ],
)
def test_near_misses_stay_out(text: str) -> None:
    assert _rows(text) == set()
