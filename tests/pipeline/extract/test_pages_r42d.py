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


def test_french_trade_relations_could_exceed_over_the_next_years() -> None:
    text = (
        "Le ministre a rappelé que les relations commerciales entre le Sénégal et le Mali —"
        " estimées à 240 milliards de francs CFA en 2030 — peuvent dépasser les 600 milliards de"
        " francs CFA dans les trois prochaines années."
    )
    rows = _full(text, "2031-02-10", "Sénégal et Mali")
    assert ("turnover", "2030-01-01", "2030-12-31", 240e9, "actual") in rows, rows
    assert ("turnover", "None", "2034-12-31", 600e9, "target") in rows, rows


def test_a_modal_parted_from_its_verb_by_an_aside() -> None:
    text = "Trade between Chile and Peru could, over the next three years, reach $500 million."
    assert _full(text) == [("turnover", "None", "2034-12-31", 500e6, "target")]


def test_the_egyptian_wire_decimal_sign() -> None:
    glossed = gloss("بلغت الصادرات 5ر12 مليون دولار مقارنةً بـ 3ر9 مليون دولار", "ar")
    assert "12.5 million" in glossed and "compared with 9.3 million" in glossed, glossed


def test_a_ra_inside_a_word_is_no_decimal_sign() -> None:
    # near miss: "ر" written onto a word, not between two digit groups
    assert "12.5" not in gloss("بلغت الصادرات 12 مليون دولار في شهر 5", "ar")


def test_the_cost_of_a_thing_being_built_is_no_figure() -> None:
    text = (
        "Chile's exports to Peru reached $2.1 billion in 2030. Chile and Peru plan to build another"
        " luxury hotel in Lima, with an investment of about $117 million."
    )
    assert [r[3] for r in _full(text)] == [2.1e9]


def test_an_investment_without_a_building_stays() -> None:
    # near miss: an investment stock is a figure
    text = "Chilean investment in Peru reached $117 million in 2030."
    assert [(r[0], r[3]) for r in _full(text)] == [("investment", 117e6)]


def test_exports_to_the_earlier_exporter_come_from_the_other_side() -> None:
    text = "Peru's exports to Chile were $500 million in 2030, while exports to Peru were $1.8 billion."
    out = figures(f"date 2031-02-10\nChile and Peru\n\n{text}\n")
    assert {(r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("PER", "CHL", 500e6),
        ("CHL", "PER", 1.8e9),
    }


def test_its_exports_to_a_third_country_keep_the_exporter() -> None:
    # near miss: another destination, the same exporter
    text = (
        "Peru's exports to Chile were $500 million in 2030 and its exports to Bolivia $300 million."
    )
    out = figures(f"date 2031-02-10\nChile and Peru\n\n{text}\n")
    assert {(r.reporter, r.partner) for r in out.itertuples()} == {("PER", "CHL"), ("PER", "BOL")}


def test_two_directions_in_one_sentence_keep_their_exporters() -> None:
    # near miss: the later clause's "to A" is no destination of the first amount
    text = (
        "In 2030 trade was $143 billion, among them Chile's exports to Peru $55 billion, Peru's"
        " exports to Chile $88 billion."
    )
    out = figures(f"date 2031-02-10\nChile and Peru\n\n{text}\n")
    assert ("CHL", "PER", 55e9) in {(r.reporter, r.partner, r.value) for r in out.itertuples()}
