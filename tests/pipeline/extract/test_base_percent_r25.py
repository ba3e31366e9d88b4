"""Round 25: a level written as a percentage of a base period's level in Russian and Uzbek
statistics ("или 108,4% к уровню 2022 года", "(108,4% к 2022 году)", "(2022-yilga nisbatan
108,4%)") is a change of +8.4%; a percentage after "на" or before a change verb stays a change
as written. Made-up pages."""

import pytest

from pipeline.extract.base_percent import base_percent
from tests.pipeline.extract.test_extract import figures

RU = (
    "date 2032-03-01\nТоварооборот между Казахстаном и Монголией в 2031 году составил 1,6 млрд "
    "долларов, {tail} Экспорт Казахстана в Монголию составил 1,1 млрд долларов, сообщили в "
    "министерстве торговли.\n"
)


@pytest.mark.parametrize(
    ("tail", "change"),
    [
        ("или 112,5% к уровню 2030 года.", 12.5),
        ("(112,5% к 2030 году).", 12.5),
        ("или 93,5% к уровню прошлого года.", -6.5),
    ],
)
def test_russian_percentage_of_the_base(tail: str, change: float) -> None:
    out = figures(RU.format(tail=tail))
    got = {(r.flow, r.measure, round(r.value, 1)) for r in out.itertuples()}
    assert ("turnover", "pct_change", change) in got, out.to_string()
    assert ("turnover", "level", 1.6e9) in got


def test_russian_change_by_stays_a_change() -> None:
    # near miss: "вырос на 12,5% к 2030 году" is a rise *by* 12.5% (the "на" form)
    out = figures(RU.format(tail="и вырос на 12,5% к 2030 году."))
    changes = out[out.measure == "pct_change"]
    assert list(changes.value) == [12.5], out.to_string()


UZ = (
    "date 2032-03-01\nOʻzbekiston va Qozogʻiston oʻrtasidagi tashqi savdo aylanmasi 2031-yilda "
    "4,6 mlrd dollarni tashkil etdi {tail} Qozogʻistonga eksport hajmi 2,1 mlrd dollarga yetdi, "
    "import esa 2,5 mlrd dollarni tashkil etdi.\n"
)


def test_uzbek_percentage_of_the_base() -> None:
    out = figures(UZ.format(tail="(2030-yilga nisbatan 109,5%)."))
    changes = out[out.measure == "pct_change"]
    assert [(r.flow, round(r.value, 1)) for r in changes.itertuples()] == [("turnover", 9.5)], (
        out.to_string()
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("или 108.4% к уровню 2022 года", "ru", "или 108.4% of the level of 2022"),
        ("вырос на 8.4% к 2022 году", "ru", "вырос на 8.4% к 2022 году"),
        ("compared with 2022 108.4%)", "uz", "108.4% of the level of 2022)"),
        ("compared with 2022 8.4% oʻsdi", "uz", "compared with 2022 8.4% oʻsdi"),
        ("108.4% к 2022 году", "kk", "108.4% к 2022 году"),
    ],
)
def test_the_rewrite(text: str, lang: str, expected: str) -> None:
    assert base_percent(text, lang) == expected


def test_uzbek_growth_equal_to_an_amount_and_same_period_base() -> None:
    out = figures(
        "date 2032-06-01\nOʻzbekiston va Qozogʻiston oʻrtasidagi tashqi savdo aylanmasi "
        "2032-yilning birinchi toʻrt oyida 1,4 mlrd dollarni tashkil etdi. Shuningdek, "
        "Qozogʻistonga eksportning oʻsishi 35 million AQSh dollariga teng boʻldi (2031-yilning "
        "shu davriga nisbatan 118%), import esa 0,8 mlrd dollarni tashkil etdi.\n"
    )
    got = {(r.flow, r.measure, round(r.value, 1)) for r in out.itertuples()}
    assert ("exports", "abs_change", 35e6) in got, out.to_string()
    assert ("exports", "pct_change", 18.0) in got, out.to_string()
