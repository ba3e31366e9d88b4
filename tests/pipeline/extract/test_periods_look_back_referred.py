""" "In the period" names the period the page named last, even a look back to an earlier year:
"Trade stood at $X in January-December 2030. The figure was 9% up ... Exports in the period were
$Y": Y is 2030's, not the article's own months again (which a figure with no period of its own,
two sentences after a look back, returns to). Made-up sentences, other countries, numbers and
years than any real page.
"""

import datetime as dt

from pipeline.extract.stated_period import refers_back
from tests.pipeline.extract.test_extract import figures

D = dt.date
_PAGE = (
    "date 2031-04-06\n"
    "Trade between Peru and Chile reached $1.38 billion in January-February, 4.1 percent less "
    "than in the first two months of last year.\n"
    "Trade between Peru and Chile stood at $9.85 billion in January-December 2030.\n"
    "The figure indicates a rise of 12.6 percent on the preceding year.\n"
)


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {
        round(v, 2): (s, e)
        for v, s, e in zip(out["value"], out["period_start"], out["period_end"], strict=True)
    }


def test_in_the_period_after_a_look_back_is_the_look_back() -> None:
    rows = _periods(_PAGE + "Peru's exports to Chile in the period amounted to $4.26 billion.\n")
    assert rows[4_260_000_000.0] == (D(2030, 1, 1), D(2030, 12, 31))
    rows = _periods(_PAGE + "Peru's exports to Chile during this period were $4.26 billion.\n")
    assert rows[4_260_000_000.0] == (D(2030, 1, 1), D(2030, 12, 31))


def test_near_miss_no_reference_returns_to_the_articles_period() -> None:
    rows = _periods(_PAGE + "Peru's exports to Chile amounted to $4.26 billion.\n")
    assert rows[4_260_000_000.0] == (D(2031, 1, 1), D(2031, 2, 28))
    # "the period of", "the period from": a period of its own follows, no reference
    assert not refers_back("exports in the period from March to May rose")
    assert not refers_back("exports in the period of 2029 rose")
    assert refers_back("exports in the mentioned three months rose")
