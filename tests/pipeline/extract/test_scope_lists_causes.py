"""Round 11: sector and flow words that describe something other than the figure, each on a
made-up sentence with a near miss that must stay as it was.

A list of several goods after a cue ("consisted largely of", "comprised") before the sentence's
one amount describes a total; "machinery and other goods" is all goods; a flow or sector word in
a closed cause phrase ("due to lower oil imports and amounted to", "because of a cut in
petroleum imports, ...") is the cause, not the figure; a coverage (services, goods and services)
holds for the other flow of its sentence ("exports of services ..., while imports were $Y").
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-01\n"


def rows(text: str) -> list[tuple]:
    out = figures(_DATE + text)
    return list(zip(out["flow"], out["scope"], out["value"], strict=True))


def test_a_list_of_goods_before_one_amount_describes_a_total() -> None:
    assert rows(
        "Peru's exports to Chile consisted largely of petroleum, chemicals, machinery and parts, "
        "which amounted to $2.9 billion in 2030."
    ) == [("exports", "total", 2.9e9)]
    assert rows(
        "Peru's imports from Chile in 2030 comprised palm oil, petroleum products and chemicals "
        "worth $3.1 billion."
    ) == [("imports", "total", 3.1e9)]
    # the near miss: each item with its own amount keeps its sector
    assert rows(
        "Peru's main exports to Chile in 2030 included machinery worth $40 million; petroleum "
        "worth $30 million."
    ) == [("exports", "machinery", 40e6), ("exports", "energy", 30e6)]


def test_a_sector_and_other_goods_is_all_goods() -> None:
    assert rows("Peru exported machinery and other goods worth $12 million to Chile in 2030.") == [
        ("exports", "total", 12e6)
    ]
    assert rows("Peru exported machinery worth $12 million to Chile in 2030.") == [
        ("exports", "machinery", 12e6)
    ]


def test_a_flow_word_in_a_closed_cause_phrase_is_not_the_figures() -> None:
    assert rows(
        "Trade between Peru and Chile shrank by 6.6 percent in 2030 due to lower oil imports and "
        "amounted to $5.8 billion."
    ) == [("turnover", "total", -6.6), ("turnover", "total", 5.8e9)]
    # the near miss: an amount the cause phrase owns is that flow's
    assert rows(
        "Trade between Peru and Chile grew 14% in 2030 due to greater exports (+14%) and imports "
        "(+13%)."
    ) == [("turnover", "total", 14.0), ("exports", "total", 14.0), ("imports", "total", 13.0)]


def test_a_sector_word_in_a_cause_phrase_is_not_the_figures() -> None:
    assert rows(
        "Because of a cut in petroleum imports, the fall in Peru's exports to Chile was 36% in "
        "2030."
    ) == [("exports", "total", -36.0)]
    assert rows("The fall in Peru's petroleum exports to Chile was 36% in 2030.") == [
        ("exports", "energy", -36.0)
    ]


def test_a_coverage_holds_for_the_other_flow_of_its_sentence() -> None:
    assert rows(
        "Peru's exports of services to Chile reached $104 million in 2030, while imports were "
        "$75 million."
    ) == [("exports", "services", 104e6), ("imports", "services", 75e6)]
    # the near miss: a product sector stays with its own flow
    assert rows(
        "Peru's exports of machinery to Chile reached $104 million in 2030, while imports were "
        "$75 million."
    ) == [("exports", "machinery", 104e6), ("imports", "total", 75e6)]
