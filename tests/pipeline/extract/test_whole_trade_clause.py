"""A clause naming a country's whole trade ("Total imports in the country hit $X") is left out,
and so are the later figures of its sentence that name no partner ("while exports stood at $Y",
"when the country exported $Z": the country as the flow's own side, not a partner). The next
sentence is not continued: pages also write "total trade" for the pair's. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_PAIR = "date 2031-11-20\nKenya's exports to Rwanda rose 12 per cent to $41 million in October 2031.\n\n"


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


def test_the_other_flow_after_a_whole_trade_clause_is_no_row() -> None:
    got = values(
        _PAIR + "Total imports in the country hit $520 million while exports stood at $230 "
        "million in October."
    )
    assert not {520e6, 230e6} & got


def test_the_country_as_subject_after_a_whole_trade_clause_is_no_row() -> None:
    got = values(
        _PAIR + "Total exports in October only reached $3.1 billion compared to October 2030 "
        "when the country exported $3.6 billion."
    )
    assert not {3.1e9, 3.6e9} & got


def test_exports_to_the_country_after_a_whole_trade_clause_stay() -> None:
    # near miss: "to the country" points at the partner
    got = values(
        _PAIR + "Total imports in the country hit $520 million while exports to the country "
        "stood at $30 million in October."
    )
    assert 30e6 in got and 520e6 not in got


def test_the_next_sentence_is_not_continued() -> None:
    # near miss: the whole-trade clause holds for its own sentence only
    got = values(
        _PAIR + "Total imports hit $520 million in October.\n\nExports stood at $39 million."
    )
    assert 39e6 in got
