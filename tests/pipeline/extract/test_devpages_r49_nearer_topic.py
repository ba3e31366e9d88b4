"""Round 49, a pronoun for the flow the sentence before names (made-up sentences, made-up figures).

Kind: a figure with no flow word of its own whose subject points back ("That value is only $15m",
"It rose by 190%", "the indicator reached $9.1bn") after a sentence that names a flow but reads
no figure. ``follow_up`` left it out when that flow differs from the last figure's
(``_other_flow_between``) or when that sentence names one counterpart only; now the nearer flow is
the antecedent, with the pair its sentence gives (``follow_up._nearer_topic``: an investment's
owner is the investor, the other economy the host; an export's last counterpart and its trader;
the one period that sentence states) and "trade with B" pairs B with the page's main economy
(``follow_up.topic_of``). Dev pages: hn16 (cmjornal), hr14 (rtvi), hx06 (uol). Near misses keep
their output: a flow sentence that speaks of the world, and one naming two investors."""

import pytest

from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures

_Y29 = ("2029-01-01", "2029-12-31")
_Y28 = ("2028-01-01", "2028-12-31")
_TRADE = {
    ("turnover", "BRA", "MOZ", *_Y29, "pct_change", 27.0, "percent"),
    ("turnover", "BRA", "MOZ", *_Y29, "level", 40000000.0, "USD"),
}


def _rows(text: str, title: str = "Trade") -> set[tuple]:
    return tuples(figures(f"date 2030-03-01\n{title}\n\n{text}\n"), CORE, unordered_turnover=True)


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        (  # investment named after a turnover figure: the investor owns the flow word
            "Trade between Brazil and Mozambique rose 27% to $40 million in 2029. Mozambique "
            "ranks 71st among the destinations of Brazilian investments abroad, in figures that "
            "go back to 2028. That value is only 15 million dollars.",
            "Trade",
            _TRADE | {("investment", "MOZ", "BRA", *_Y28, "level", 15000000.0, "USD")},
        ),
        (  # the nearest counterpart of two export clauses, after a turnover change
            "Trade between Russia and Argentina rose by 33% in 2029. Not only do exports to "
            "Russia grow: Russian exports to Argentina grow too. It rose by 190% compared with "
            "the previous year.",
            "Trade",
            {
                ("turnover", "ARG", "RUS", *_Y29, "pct_change", 33.0, "percent"),
                ("exports", "RUS", "ARG", *_Y29, "pct_change", 190.0, "percent"),
            },
        ),
        (  # "trade with B" and no figure before: the page's main economy trades
            "Brazil's economy grew fast. Brazil courts European partners. The trade with France "
            "keeps rising. In 2029, the indicator reached US$ 9.1 billion.",
            "Brazil looks to Europe",
            {("turnover", "BRA", "FRA", *_Y29, "level", 9100000000.0, "USD")},
        ),
    ],
)
def test_nearer_flow_is_the_antecedent(text: str, title: str, expected: set[tuple]) -> None:
    assert _rows(text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # near miss: the flow sentence speaks of the world
            "Trade between Brazil and Mozambique rose 27% to $40 million in 2029. Mozambique "
            "ranks 71st among the world's destinations of Brazilian investments. That value is "
            "only 15 million dollars.",
            _TRADE,
        ),
        (  # near miss: two investors named, no pair
            "Trade between Brazil and Mozambique rose 27% to $40 million in 2029. Mozambique "
            "draws Brazilian and Chinese investments alike. That value is only 15 million "
            "dollars.",
            _TRADE,
        ),
    ],
)
def test_no_pair_no_figure(text: str, expected: set[tuple]) -> None:
    assert _rows(text) == expected
