"""Round 50 hunt leftovers (hunt50b, hunt50c), two kinds:

- a short currency word after the amount and its scale ("97.97 billion RM", "45 billion DH") as
  the sentence's only money cue: the prefilter's cue scan skips short words and its symbol cue
  looks before a digit only, so the sentence was never extracted (``prefilter``);
- "between the year 2016 and 2021" (singular "year") is the same two-year span as "between 2016
  and 2021" and "between the years 2016 and 2021" (``period_patterns`` year_range).

Made-up sentences and pairs."""

from tests.pipeline.extract.figure_tuples import tuples
from tests.pipeline.extract.test_extract import figures


def _rows(sentence: str, date: str = "2030-02-01") -> set[tuple]:
    return tuples(figures(f" date {date}\nTrade news\n\n{sentence}\n"))


def test_ringgit_written_after_the_scale_is_the_only_cue() -> None:
    got = _rows("Malaysia's exports to Brunei reached 8.41 billion RM in 2029.")
    assert got == {("exports", "MYS", "BRN", "2029-01-01", "2029-12-31", "level", 8.41e9, "MYR")}


def test_a_turnover_in_ringgit_after_the_scale() -> None:
    got = _rows("Bilateral trade between Malaysia and Vietnam stood at 33 billion RM last year.")
    assert got == {("turnover", "MYS", "VNM", "2029-01-01", "2029-12-31", "level", 3.3e10, "MYR")}


def test_a_sentence_with_short_letters_but_no_amount_stays_out() -> None:
    assert (
        _rows("Officials from Malaysia and Vietnam met in 2029 at the RM tower, 12 floors up.")
        == set()
    )


def test_between_the_year_and_a_later_year_is_the_plain_span() -> None:
    # a change over two named years is dated with the later one (NOTES, ``change_span``); before
    # round 50 "the year" hid the span and the change took 2016
    worded = _rows(
        "Trade between Senegal and Mali grew by 35% between the year 2016 and 2021.", "2023-02-01"
    )
    plain = _rows("Trade between Senegal and Mali grew by 35% between 2016 and 2021.", "2023-02-01")
    assert worded == plain
    assert {(r[3], r[4], r[5]) for r in worded} == {("2021-01-01", "2021-12-31", "pct_change")}


def test_from_the_year_to_a_later_year_is_the_plain_span() -> None:
    worded = _rows(
        "From the year 2017 to 2022, trade between Senegal and Mali rose by 20 percent.",
        "2023-02-01",
    )
    plain = _rows(
        "From 2017 to 2022, trade between Senegal and Mali rose by 20 percent.", "2023-02-01"
    )
    assert worded == plain
    assert {(r[3], r[4]) for r in worded} == {("2022-01-01", "2022-12-31")}


def test_in_the_year_alone_stays_one_year() -> None:
    got = _rows(
        "Trade between Senegal and Mali reached $90 million in the year 2016.", "2023-02-01"
    )
    assert {(r[3], r[4]) for r in got} == {("2016-01-01", "2016-12-31")}
