"""Round 37: a ranking of one economy's partners after a sentence that ranks one of them ("Among
A's trading partners, B ranked 14th by trade volume. C was the largest with $301.5bn, followed by
D ($169.1bn) ... E ($42.7bn) and F ($39.7bn) were also among the top ten"): every ranked economy
trades with A, in the flow the ranking sentence names (not the flow of the figure before it), on
the side the page ranks, sentence after sentence; the same ranking written in Korean ("B는 무역
규모로 14위에 올랐다. C가 ...로 가장 많았고 D(...), E(...) 순으로 뒤따랐다", "...도 상위 10개국 안에
포함됐다", "11~13위에는 ..."). Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Peru and Chile") -> set[tuple]:
    out = figures(f"date 2031-05-04\n{title}\n{text}\n")
    return {(r.flow, frozenset((r.reporter, r.partner)), r.value) for r in out.itertuples()}


def _pair(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


_ENGLISH = (
    "Trade between Peru and Chile reached $19.3 billion in 2030. Peru's exports were $8.6 billion"
    " and its imports $10.7 billion. Among Peru's trading partners in 2030, Chile ranked 14th by"
    " trade volume. Brazil was the largest with $301.5 billion, followed by Bolivia ($169.1"
    " billion) and Ecuador ($84.7 billion). Colombia ($42.7 billion) and Mexico ($39.7 billion)"
    " were also among the top ten."
)


def test_the_ranking_takes_the_flow_its_rank_sentence_names() -> None:
    got = _rows(_ENGLISH)
    for partner, value in (("BRA", 301.5e9), ("BOL", 169.1e9), ("ECU", 84.7e9)):
        assert ("turnover", _pair("PER", partner), value) in got
    assert not any(r[0] == "imports" and r[2] > 11e9 for r in got)


def test_the_ranking_goes_on_in_the_next_sentence_on_the_ranked_side() -> None:
    got = _rows(_ENGLISH)
    assert ("turnover", _pair("PER", "COL"), 42.7e9) in got
    assert ("turnover", _pair("PER", "MEX"), 39.7e9) in got


def test_near_miss_a_rank_sentence_without_a_flow_keeps_the_last_figure_s() -> None:
    got = _rows(
        "Peru's imports from Chile reached $10.7 billion in 2030. Among Peru's partners, Chile"
        " ranked 14th. Brazil was the largest with $301.5 billion, followed by Bolivia ($169.1"
        " billion)."
    )
    assert ("imports", _pair("PER", "BRA"), 301.5e9) in got
    assert ("imports", _pair("PER", "BOL"), 169.1e9) in got


_KOREAN = (
    "지난해 한국과 칠레 간 무역규모는 193억달러로 집계됐다. 수출 86억달러, 수입 107억달러였다.\n\n"
    "지난해 한국과 교역한 나라들 가운데 칠레는 무역 규모로 14위에 올랐다. 브라질이 3015억달러로"
    " 가장 많았고 페루(1691억달러), 멕시코(847억달러) 순으로 뒤따랐다.\n\n"
    "호주(426억달러)와 독일(331억달러)도 상위 10개국 안에 포함됐다. 11~13위에는"
    " 캐나다(248억달러)와 인도(236억달러)가 자리했다."
)


def test_a_korean_ranking_of_partners() -> None:
    got = _rows(_KOREAN, title="한국과 칠레 무역")
    for partner, value in (
        ("BRA", 301.5e9),
        ("PER", 169.1e9),
        ("MEX", 84.7e9),
        ("AUS", 42.6e9),
        ("DEU", 33.1e9),
        ("CAN", 24.8e9),
        ("IND", 23.6e9),
    ):
        assert ("turnover", _pair("KOR", partner), value) in got, partner


def test_korean_rank_glosses() -> None:
    from pipeline.extract.korean import prepare

    assert "Chile ranked 14th" in _gloss("칠레는 무역 규모로 14위에 올랐다.")
    assert "ranked 3rd" in _gloss("칠레는 3위를 차지했다.")
    assert "was the largest with" in _gloss(
        "브라질이 3015억달러로 가장 많았고 페루(1691억달러) 순이었다."
    )
    assert "were also among the top 10" in _gloss("호주(426억달러)도 상위 10개국 안에 포함됐다.")
    assert "In 11th to 13th place were" in _gloss("11~13위에는 캐나다(248억달러)가 자리했다.")
    # near misses: a rank before a noun ("3위 교역국": third trading partner) and a rank word
    # ("순위가": the rank) are no ranking
    assert "ranked" not in prepare("칠레는 한국의 3위 교역국이다.")
    assert "." not in prepare("순위가 6계단 내려앉았다")


def _gloss(text: str) -> str:
    from pipeline.extract.foreign import gloss

    return gloss(text, "ko")
