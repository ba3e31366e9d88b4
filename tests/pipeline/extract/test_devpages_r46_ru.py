"""Round 46, Russian development pages: what the word-for-word gloss lost, fixed as a kind.

- An infinitive after an intent ("договорились нарастить", "стремятся наращивать"): the English
  bare verb, so the goal reads as one (:mod:`~.russian_verbs`; "договорились", "стремятся" rows).
- A relative clause between a goal's verb and the "до" of its amount ("поднять торговлю, которая
  ... приблизилась к X, до Y"): Y is the goal, without the aside's year (:mod:`~.status`).
- "X пришлось на экспорт", "X приходится на импорт", and "Y — на импорт" after it: the amount's
  flow (rows; the dash standing for the verb in :mod:`~.foreign`).
- "в N с лишним раз" (N-odd times): more than N times (:mod:`~.russian_multiples`).
- A range written "30-40 млн долларов" after a short word ("до", "составит"): its midpoint
  (:mod:`~.ranges`).
- A scale word in the singular with no number ("около миллиарда долларов"): one of it
  (:mod:`~.foreign_amounts`).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_TITLE = "Армения и Молдова"
_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = _TITLE) -> set[tuple]:
    return tuples(
        figures(f"date 2031-02-10\n{title}\n\n{text}\n"), (*CORE, "status"), unordered_turnover=True
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "договорились нарастить ... до": agreed to increase ... to
            "Стороны договорились нарастить товарооборот между Арменией и Молдовой до 300 млн "
            "долларов.",
            {("turnover", "ARM", "MDA", "None", "None", "level", 300_000_000.0, "USD", "target")},
        ),
        (  # "стремятся наращивать" (imperfective), the currency sign first
            "Правительства Армении и Молдовы стремятся наращивать взаимный товарооборот до "
            "$450 млн.",
            {("turnover", "ARM", "MDA", "None", "None", "level", 450_000_000.0, "USD", "target")},
        ),
        (  # a relative aside with its own year and past verb between the verb and "до"
            "Стороны обсудили шаги, чтобы поднять объем торговли между Арменией и Молдовой, "
            "которая в 2030 году приблизилась к 90 млн долларов, до 200 млн долларов.",
            {
                ("turnover", "ARM", "MDA", *_YEAR, "level", 90_000_000.0, "USD", "actual"),
                ("turnover", "ARM", "MDA", "None", "None", "level", 200_000_000.0, "USD", "target"),
            },
        ),
        (  # "довести ..., который ... составил X, до Y" (another verb, a past level verb)
            "Армения и Молдова намерены довести товарооборот, который в 2030 году составил "
            "70 млн долларов, до 150 млн долларов.",
            {
                ("turnover", "ARM", "MDA", *_YEAR, "level", 70_000_000.0, "USD", "actual"),
                ("turnover", "ARM", "MDA", "None", "None", "level", 150_000_000.0, "USD", "target"),
            },
        ),
        (  # "X пришлось на экспорт ..., Y — на импорт"
            "В 2030 году товарооборот Армении с Молдовой составил $75 млн, из них $31 млн "
            "пришлось на экспорт из Армении и $44 млн — на импорт.",
            {
                ("turnover", "ARM", "MDA", *_YEAR, "level", 75_000_000.0, "USD", "actual"),
                ("exports", "ARM", "MDA", *_YEAR, "level", 31_000_000.0, "USD", "actual"),
                ("imports", "ARM", "MDA", *_YEAR, "level", 44_000_000.0, "USD", "actual"),
            },
        ),
        (  # "X приходится на импорт" (present tense)
            "Товарооборот Армении и Молдовы в 2030 году составил 64 млн долларов, при этом 37 "
            "млн долларов приходится на импорт.",
            {
                ("turnover", "ARM", "MDA", *_YEAR, "level", 64_000_000.0, "USD", "actual"),
                ("imports", "ARM", "MDA", *_YEAR, "level", 37_000_000.0, "USD", "actual"),
            },
        ),
        (  # "в 12 с лишним раз": more than 12 times
            "За 2030 год товарооборот между Арменией и Молдовой вырос в 12 с лишним раз.",
            {("turnover", "ARM", "MDA", *_YEAR, "multiple", 12.0, "times", "actual")},
        ),
        (  # "в 4 с лишним раза", a goal
            "Товарооборот между Арменией и Молдовой может вырасти к 2035 году в 4 с лишним раза.",
            {("turnover", "ARM", "MDA", "None", "2035-12-31", "multiple", 4.0, "times", "target")},
        ),
        (  # "30-40 млн долларов": the midpoint
            "В 2030 году экспорт Армении в Молдову составил 30-40 млн долларов.",
            {("exports", "ARM", "MDA", *_YEAR, "level", 35_000_000.0, "USD", "actual")},
        ),
        (  # "около миллиарда долларов": about one billion
            "В 2030 году товарооборот между Арменией и Молдовой составил около миллиарда долларов.",
            {("turnover", "ARM", "MDA", *_YEAR, "level", 1_000_000_000.0, "USD", "actual")},
        ),
        (  # "превысил миллиард долларов": over one billion
            "Экспорт Армении в Молдову в 2030 году впервые превысил миллиард долларов.",
            {("exports", "ARM", "MDA", *_YEAR, "level", 1_000_000_000.0, "USD", "actual")},
        ),
    ],
)
def test_russian_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numeral before the genitive singular: two billion, not one
        (
            "В 2030 году товарооборот между Арменией и Молдовой составил два миллиарда долларов.",
            {("turnover", "ARM", "MDA", *_YEAR, "level", 2_000_000_000.0, "USD", "actual")},
        ),
        # a relative aside with no goal verb before it: the amount after it stays what happened
        (
            "Товарооборот между Арменией и Молдовой, который в 2029 году составил 80 млн "
            "долларов, вырос в 2030 году до 95 млн долларов.",
            {
                ("turnover", "ARM", "MDA", "2029-01-01", "2029-12-31", "level", 80_000_000.0,
                 "USD", "actual"),
                ("turnover", "ARM", "MDA", *_YEAR, "level", 95_000_000.0, "USD", "actual"),
            },
        ),
        # "в 3 раза" without "с лишним" stays exactly 3 times
        (
            "За 2030 год товарооборот между Арменией и Молдовой вырос в 3 раза.",
            {("turnover", "ARM", "MDA", *_YEAR, "multiple", 3.0, "times", "actual")},
        ),
    ],
)  # fmt: skip
def test_russian_dev_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
