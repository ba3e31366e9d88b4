"""Round 22: amounts as Uzbek statistics releases write them, read through the gloss
(``pipeline.extract.uzbek``) and the English amount rules (``pipeline.extract.compound``).

Every sentence is made up (real countries, invented numbers and years):

- a compound amount whose last part has decimals, "1 mlrd 254,6 mln dollar" (the glossed
  "1 billion 254.6 million dollars"; Russian and Azerbaijani presses write "1 млрд 254,6 млн"
  too) is one amount, not its last part;
- an amount and the flow it is, closing its clause ("3,1 mlrd dollari eksport", "... dollar
  qismi import hisoblanadi": of a sum, so much is exports, so much imports): the flow first;
- a currency's case suffix away from its amount ("4,1 mlrd (+30 %) AQSh dollarini tashkil etdi"):
  the currency, so "AQSh" (the United States) is no partner there.

Near misses: a decimal in an earlier part ("1.5 billion 300 million") is no compound amount; an
amount followed by a flow that opens the next clause keeps its order; "AQShga eksport" (exports
to the United States) keeps its partner.
"""

import datetime as dt

import pytest

from pipeline.extract.foreign import gloss
from pipeline.extract.numbers import find_mentions
from tests.pipeline.extract.test_foreign import rows

D = dt.date


def _money(text: str) -> list[float]:
    return [m.value for m in find_mentions(text) if m.kind == "money"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("exports to Georgia came to 1 billion 254.6 million dollars", 1_254.6e6),
        ("imports from Poland reached 2 billion 7.25 million euros", 2_007.25e6),
        ("the trade was worth 3 billion 48 million 12.5 thousand dollars", 3_048_012.5e3),
    ],
)
def test_a_compound_amount_with_decimals_in_its_last_part(text: str, value: float) -> None:
    assert _money(text) == [pytest.approx(value)]


def test_a_decimal_before_the_last_part_is_no_compound_amount() -> None:
    assert pytest.approx(1.8e9) not in _money("sales of 1.5 billion 300 million dollars")


def _page(text: str) -> str:
    return "date 2032-02-10\n" + text + " Bu haqda agentlik va vazirlik bilan birga xabar berildi."


def test_the_parts_of_a_sum_its_flows_in_either_script() -> None:
    got = rows(
        _page(
            "2031 yilda Oʻzbekiston va Turkiya oʻrtasidagi tovar aylanmasi 3 mlrd 612,4 mln "
            "dollarni tashkil etdi. Ushbu summaning 1 mlrd 254,6 mln dollar qismi eksport, "
            "2 mlrd 357,8 mln dollar qismi import hisoblanadi."
        )
    )
    period = (D(2031, 1, 1), D(2031, 12, 31))
    assert got[3_612_400_000.0] == ("turnover", "UZB", "TUR", "level", "USD", *period)
    assert got[1_254_600_000.0] == ("exports", "UZB", "TUR", "level", "USD", *period)
    assert got[2_357_800_000.0] == ("imports", "UZB", "TUR", "level", "USD", *period)
    assert gloss("2,1 млрд доллари экспорт, 1,4 млрд доллари импорт.", "uz") == (
        "exports 2.1 billion dollars, imports 1.4 billion dollars."
    )
    # near miss: the flow opens the next clause ("3 billion dollars; exports grew ...")
    assert gloss("3 mlrd dollar, eksport 12 foizga oʻsdi", "uz").startswith("3 billion dollars,")


def test_a_currency_in_its_case_away_from_its_amount() -> None:
    assert gloss("Import – 2,6 mlrd (+14,2 %) AQSh dollarini tashkil etdi.", "uz") == (
        "imports – 2.6 billion (+14.2 %) US dollars amounted to."
    )
    assert gloss("Импорт – 2,6 млрд (+14,2 %) АҚШ долларини ташкил этди.", "uz") == (
        "imports – 2.6 billion (+14.2 %) US dollars amounted to."
    )
    got = rows(
        _page("2031 yilda Oʻzbekiston importi 2,6 mlrd (+14,2 %) AQSh dollarini tashkil etdi.")
    )
    assert not [row for row in got.values() if row[2] == "USA"]
    # near miss: the United States with its own case suffix stays a partner
    assert gloss("AQShga eksport 12 foizga oʻsdi", "uz") == (
        "exports to United States grew by 12 percent"
    )
