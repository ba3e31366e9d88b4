"""Round 41: a ranking of a country's partners that goes on with "ranks second with $X", "holds
third place ($Y)", "took fourth place with $Z", and later economies with their amounts in brackets
after an opener that ranks ("..., with D ($1.9bn) and E ($1.3bn) next"): each takes the side of
the economy ranked before it. Made-up sentences; near misses rank nothing."""

from tests.pipeline.extract.test_extract import figures

_OPENER = "China was the largest trading partner of Uzbekistan in 2030 with $6.9 billion."


def _pairs(text: str) -> set[tuple]:
    out = figures(f"date 2031-02-01\nUzbekistan's partners\n\n{_OPENER}\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_ranks_second_with() -> None:
    assert ("turnover", "UZB", "RUS", 5.3e9) in _pairs("Russia ranks second with $5.3 billion.")


def test_holds_a_place_with_later_economies_in_brackets() -> None:
    got = _pairs(
        "Russia ranks second with $5.3 billion.\n\nKazakhstan holds third place ($2.5 billion),"
        " with Turkey ($1.9 billion) and South Korea ($1.3 billion) next.\n\n"
        "India took fourth place with $1.1 billion."
    )
    assert {
        ("turnover", "UZB", "KAZ", 2.5e9),
        ("turnover", "UZB", "TUR", 1.9e9),
        ("turnover", "UZB", "KOR", 1.3e9),
        ("turnover", "UZB", "IND", 1.1e9),
    } <= got


def test_brackets_after_an_opener_that_ranks_nothing_are_not_a_ranking() -> None:
    got = _pairs(
        "Kazakhstan's exports to Uzbekistan were $2.5 billion, with Turkey ($1.9 billion) and"
        " South Korea ($1.3 billion) next."
    )
    assert not {p for p in got if p[3] in (1.9e9, 1.3e9) and "UZB" in p[1:3]}


def test_a_place_held_by_no_economy_ranks_nothing() -> None:
    got = _pairs("The copper mine holds third place with $1.2 billion of output.")
    assert not {p for p in got if p[3] == 1.2e9}


def test_a_rank_after_a_breakdown_of_the_ranked_figure_is_not_read_against_the_part() -> None:
    # near miss: the last figure is a part of China's ("Of this, ..."), so Russia's side and flow
    # are not said; no row pairs Russia with the part's sides
    got = _pairs(
        "Of this, Chinese imports made up $5.4 billion.\n\nRussia ranks second with $5.3 billion."
    )
    assert not {p for p in got if p[3] == 5.3e9 and "CHN" in p[1:3]}
