"""Round 36: a dash that opens a list of changes each with its month right after it ("over 500%
in three months – 561.1% in June, 577.6% in July") dates each change by its own month, while a
dash that labels an amount with the period before it ("in 2028 – USD 1.2bn") still does; Arabic
copy that sets a number in brackets before its scale word ("(909.2) مليون دولار") or a rate after
"بنسبة" ("بنسبة (27%)") reads as the plain number, and "ما يقارب" is "nearly". Made-up
sentences."""

from pipeline.extract.foreign import gloss
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-10-01") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {
        (r.flow, r.measure, r.value, str(r.period_start)[:10], str(r.period_end)[:10])
        for r in out.itertuples()
    }


def test_a_dash_opening_a_list_of_months_leaves_each_change_its_own_month() -> None:
    got = _rows(
        "Chile's trade with Peru jumped to $18.2 billion in April-August 2030. An increase of over"
        " 500% was seen in three months – 561.1% in June, 577.6% in July and 642.7% in August."
    )
    assert ("turnover", "pct_change", 561.1, "2030-06-01", "2030-06-30") in got
    assert ("turnover", "pct_change", 577.6, "2030-07-01", "2030-07-31") in got


def test_near_miss_a_dash_labelling_an_amount_keeps_the_period_before_it() -> None:
    got = _rows(
        "Trade between Chile and Peru was large: in 2028 – USD 1.2 billion and in 2029 – USD 1.5"
        " billion."
    )
    assert ("turnover", "level", 1.2e9, "2028-01-01", "2028-12-31") in got
    assert ("turnover", "level", 1.5e9, "2029-01-01", "2029-12-31") in got


def test_arabic_numbers_in_brackets_before_their_scale_word() -> None:
    assert "909.2 million" in gloss("بلغت قيمتها (909.2) مليون دولار", "ar")
    assert "by 27%" in gloss("سجل نموا بنسبة (27%)", "ar")
    assert "nearly 1 billion" in gloss("ليبلغ ما يقارب (1) مليار دولار", "ar")
    out = figures(
        "date 2031-03-01\nالأردن وتشيلي\nمستوردات الأردن من تشيلي بلغت قيمتها (909.2) مليون دولار"
        " خلال 2030.\n"
    )
    assert {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()} == {
        ("imports", "JOR", "CHL", 909.2e6)
    }


def test_near_miss_an_arabic_share_in_brackets_after_an_amount_stays_bracketed() -> None:
    # a share after its amount is no rate "بنسبة": the bracket stays
    assert "(16%)" in gloss("بلغت 909 مليون دولار (16%)", "ar")
