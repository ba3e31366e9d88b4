"""Round 51 hunt (hunt51b), a country's name as the modifier of its whole trade (made-up sentences
and figures).

Kind: "world or region total read as bilateral" (the outcome kind of round 50's hunt50c kind 1
and hunt50b K4), on 2 of the 30 hunted pages of this round. The sub-mechanism fixed here, on 1
hunted page (3 wrong rows): "the value of Ruritania merchandise trade stood at $9bn" names the
country without "'s" before a kind of its whole trade ("merchandise", "foreign", "total" ...
trade, exports, imports), which ``roles.is_subject`` read only as "Ruritania's"; the amount took the
page's pair (from a ranking of its partners) instead of staying out as a world total
(``roles._NAME_WHOLE_FLOW``).

Near miss: a hyphened pair before the same words ("Kenya-Uganda merchandise trade") stays the
pair's figure."""

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures

_FIELDS = ("flow", "reporter", "partner", "measure", "value")


def _rows(text: str, date: str) -> set[tuple]:
    return tuples(figures(f" date {date}\nTrade\n\n{text}\n"), _FIELDS, unordered_turnover=True)


def test_name_before_merchandise_trade_is_the_country_total() -> None:
    text = (
        "Chile imported the most from Peru, Bolivia and Brazil in the second quarter of 2030, "
        "data from the trade office have shown.\n\n"
        "The value of Chile merchandise trade in that quarter stood at $9.2 billion, lower by 27 "
        "per cent than in the first quarter.\n\n"
        "Almost a third of all imports came from Peru alone, which recorded $2.0 billion."
    )
    assert _rows(text, "2030-08-01") == {("imports", "CHL", "PER", "level", 2.0e9)}


def test_name_before_goods_exports_and_imports_is_the_country_total() -> None:
    text = (
        "Kenya's exports to Uganda reached $640 million in 2030, the bureau said. Uganda, Rwanda "
        "and Tanzania were its main markets. Kenya merchandise exports in the year were up 6 "
        "percent, and Kenya goods imports up 4 percent."
    )
    assert _rows(text, "2031-02-01") == {("exports", "KEN", "UGA", "level", 6.4e8)}


def test_hyphened_pair_before_merchandise_trade_stays_the_pair() -> None:
    text = (
        "Kenya's exports to Uganda reached $640 million in 2030, the bureau said. Kenya-Uganda "
        "merchandise trade rose 8 percent to $1.1 billion over the year."
    )
    assert _rows(text, "2031-02-01") == {
        ("exports", "KEN", "UGA", "level", 6.4e8),
        ("turnover", "KEN", "UGA", "level", 1.1e9),
        ("turnover", "KEN", "UGA", "pct_change", 8.0),
    }
