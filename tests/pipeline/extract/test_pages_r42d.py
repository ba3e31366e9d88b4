"""Round 42 (fourth part): a list's second part written as a bare decimal before its flow word
("53.6 million dollars of imports, and 14.1 of exports", Arabic "و14.1 صادرات"); ", then rose
to $X" after an "of which" breakdown goes on with the total, not the last part; Indonesian
"transaksi dagang" (trade), "dua negara" (the two countries), "angka tersebut" (the figure).
Made-up sentences; near misses keep the old reading."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str = "Chile and Peru") -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {(r.flow, str(r.period_start), r.measure, r.value) for r in out.itertuples()}


def test_a_bare_decimal_part_takes_the_first_parts_scale_and_currency() -> None:
    text = (
        "Trade between Chile and Peru reached 81.2 million dollars in 2029, of which 60.4 million"
        " dollars Chile's imports from Peru, and 20.8 Chile's exports to Peru."
    )
    assert ("exports", "2029-01-01", "level", 20.8e6) in _rows(text)


def test_a_bare_whole_number_before_a_flow_word_stays_a_count() -> None:
    # near miss: "14 export licences" is no amount
    text = "Chile's imports from Peru were 60.4 million dollars in 2029 and 14 export licences were issued."
    assert {r[3] for r in _rows(text)} == {60.4e6}


def test_then_rose_after_a_breakdown_goes_on_with_the_total() -> None:
    text = (
        "Trade between Chile and Peru reached 81.2 million dollars in 2029, of which 60.4 million"
        " dollars were imports and 20.8 million dollars exports, then rose in 2030 to 95 million"
        " dollars."
    )
    assert ("turnover", "2030-01-01", "level", 95e6) in _rows(text)


def test_arabic_and_written_on_a_number() -> None:
    assert "and 14.1" in gloss("منها 53.6 مليون دولار مستوردات و14.1 صادرات", "ar")


def test_indonesian_trade_transactions_of_the_two_countries() -> None:
    glossed = gloss(
        "Pada tahun 2030, transaksi dagang antara dua negara Chile-Peru tercatat bernilai 5 miliar dolar AS.",
        "id",
    )
    assert "trade between the two countries" in glossed, glossed


def _full(text: str, date: str = "2031-05-13", title: str = "Chile and Peru") -> list[tuple]:
    out = figures(f"date {date}\n{title}\n\n{text}\n")
    return [
        (r.flow, str(r.period_start), str(r.period_end), r.value, r.status)
        for r in out.itertuples()
    ]


def test_a_target_at_the_end_of_this_fiscal_year_is_a_deadline() -> None:
    text = "An official said Chile's exports to Peru might reach $140 million at the end of this fiscal year."
    assert _full(text, title="Chile and Peru") == [
        ("exports", "None", "2031-12-31", 140e6, "target")
    ]


def test_a_target_for_this_fiscal_year_keeps_the_whole_year() -> None:
    # near miss: "in this fiscal year" is the year the target is for
    text = "An official said Chile's exports to Peru might reach $140 million in this fiscal year."
    assert _full(text) == [("exports", "2031-01-01", "2031-12-31", 140e6, "target")]


def test_what_each_item_earned_is_no_figure() -> None:
    text = (
        "Chile's exports to Peru rose 8% to $109.6 million in 2030. Wine, fruit and copper wire were"
        " among the items that each earned more than a million dollars in Peru."
    )
    assert [r[3] for r in _full(text)] == [8.0, 109.6e6]
