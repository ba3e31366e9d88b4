"""Round 46, Polish (and Czech) development pages: what the word-for-word gloss lost, fixed as a
kind.

- A hedge abbreviated with a stop before its number ("ok. 284 mln", Czech "přibl. 5 mld."):
  no sentence end (``ingest.segment``).
- A scale word in the singular with no number ("ok. miliarda dolarów", "przekroczyć miliard
  złotych", Czech "přes miliardu korun"): one of it (:mod:`~.foreign_amounts`).
- A multiple "-krotnie" ("dwukrotnie", "2,5-krotnie"): times (rows; :mod:`~.polish`).
- The future of a perfective verb ("sięgnie", "przekroczy") and a modal before an infinitive
  ("mogą przekroczyć"): a goal (:mod:`~.foreign_future`).

Made-up sentences, made-up figures; near misses keep what is no such form."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_YEAR = ("2030-01-01", "2030-12-31")


def _rows(text: str, title: str = "Polska i Estonia") -> set[tuple]:
    return tuples(
        figures(f"date 2031-02-10\n{title}\n\n{text}\n"), (*CORE, "status"), unordered_turnover=True
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ok. 412 mln": one sentence
            "Obroty handlowe Polski z Estonią wyniosły w 2030 r. ok. 412 mln euro.",
            {("turnover", "EST", "POL", *_YEAR, "level", 412_000_000.0, "EUR", "actual")},
        ),
        (  # "ok. miliarda euro": about one billion
            "W 2030 r. wymiana handlowa Polski z Estonią sięgnęła ok. miliarda euro.",
            {("turnover", "EST", "POL", *_YEAR, "level", 1_000_000_000.0, "EUR", "actual")},
        ),
        (  # "przekroczył miliard złotych", another verb and currency
            "Eksport Polski do Estonii przekroczył w 2030 r. miliard złotych.",
            {("exports", "POL", "EST", *_YEAR, "level", 1_000_000_000.0, "PLN", "actual")},
        ),
        (  # "trzykrotnie": three times
            "W 2030 r. eksport Polski do Estonii wzrósł trzykrotnie.",
            {("exports", "POL", "EST", *_YEAR, "multiple", 3.0, "times", "actual")},
        ),
        (  # "1,5-krotnie" in digits
            "W 2030 r. import Polski z Estonii wzrósł 1,5-krotnie, do 260 mln euro.",
            {
                ("imports", "POL", "EST", *_YEAR, "multiple", 1.5, "times", "actual"),
                ("imports", "POL", "EST", *_YEAR, "level", 260_000_000.0, "EUR", "actual"),
            },
        ),
        (  # "sięgnie" (will reach)
            "Wymiana handlowa między Polską a Estonią sięgnie w 2035 r. 2 mld euro.",
            {
                ("turnover", "EST", "POL", "2035-01-01", "2035-12-31", "level", 2e9, "EUR",
                 "target"),
            },
        ),
        (  # "mogą przekroczyć" (could exceed)
            "Obroty handlowe Polski z Estonią w 2035 r. mogą przekroczyć 3 mld euro.",
            {
                ("turnover", "EST", "POL", "2035-01-01", "2035-12-31", "level", 3e9, "EUR",
                 "target"),
            },
        ),
    ],
)  # fmt: skip
def test_polish_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "přibl. 5,2 mld. Kč": one sentence
            "Vývoz Česka do Estonska dosáhl v roce 2030 přibl. 5,2 mld. Kč.",
            {("exports", "CZE", "EST", *_YEAR, "level", 5_200_000_000.0, "CZK", "actual")},
        ),
        (  # "přes miliardu korun": over one billion
            "Vývoz Česka do Estonska v roce 2030 poprvé přesáhl miliardu korun.",
            {("exports", "CZE", "EST", *_YEAR, "level", 1_000_000_000.0, "CZK", "actual")},
        ),
    ],
)
def test_czech_dev_forms(text: str, expected: set[tuple]) -> None:
    assert _rows(text, title="Česko a Estonsko") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numeral before the scale word: two billion, not one
        (
            "W 2030 r. eksport Polski do Estonii wyniósł dwa miliardy złotych.",
            {("exports", "POL", "EST", *_YEAR, "level", 2_000_000_000.0, "PLN", "actual")},
        ),
        # a fraction before the genitive singular ("1,5 miliarda"): one and a half
        (
            "W 2030 r. eksport Polski do Estonii wyniósł 1,5 miliarda złotych.",
            {("exports", "POL", "EST", *_YEAR, "level", 1_500_000_000.0, "PLN", "actual")},
        ),
        # the past of the same verb stays what happened
        (
            "Wymiana handlowa między Polską a Estonią sięgnęła w 2030 r. 2 mld euro.",
            {("turnover", "EST", "POL", *_YEAR, "level", 2e9, "EUR", "actual")},
        ),
    ],
)
def test_polish_dev_near_misses(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
