"""Round 48, "the analogous period" and "the matching period" (made-up sentences and figures).

Kind: English written from Russian-language wires says "the analogous period of 2029" for
"аналогичный период" (glossed as "the same period"), statistics offices "the matching period":
both are the same months of another year, as "the same period" and "the corresponding period"
(``period_words.SAME_PERIOD_WORDS``, ``period_comparison``, ``period_joins``), never that whole
year. Near miss: "the same period of 2029" keeps its reading.
"""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2031-02-10\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Kazakhstan and Chile totaled $422.6 million in January-April 2030, "
        "compared to $333.7 million in the analogous period of 2029.",
        "Trade between Kazakhstan and Chile reached $422.6 million in January-April 2030, "
        "against $333.7 million in the matching period of 2029.",
        # near miss: the common words, as before
        "Trade between Kazakhstan and Chile totaled $422.6 million in January-April 2030, "
        "compared to $333.7 million in the same period of 2029.",
    ],
)
def test_analogous_period_is_the_same_months(text: str) -> None:
    assert _rows(text) == {
        ("turnover", "CHL", "KAZ", "2030-01-01", "2030-04-30", "level", 422600000.0, "USD"),
        ("turnover", "CHL", "KAZ", "2029-01-01", "2029-04-30", "level", 333700000.0, "USD"),
    }
