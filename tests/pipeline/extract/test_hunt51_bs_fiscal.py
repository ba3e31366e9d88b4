"""Round 51 hunt (hunt51a), kind "a Bikram Sambat fiscal year on an English page read as a
Gregorian one": Nepali outlets writing in English date figures "in fiscal year 2080/81 BS", "in
2063-64 BS" or "in fiscal year 2077/78", and the extractor dated them in the years 2080, 2063 or
2077 AD. 3 hunted pages from 3 outlets (round 50's fiscalnepal page, 13 rows; round 51's
himalayantimes page, 2 rows, and earnmoney page, 2 rows); no dev page (dev ga14 writes the year
only beside a balance). Now the year is read as its Gregorian split year (1 Shrawan 2080 BS is
in July 2023: "2023/24"), read with Nepal's fiscal year start as before. Made-up sentences, made-up
figures, another partner."""

from pipeline.extract.bikram_sambat import bs_fiscal_years
from pipeline.ingest.clean import normalise
from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2025-03-20") -> set[tuple]:
    out = figures(f" date {date}\nNepal and Chile\n\n{text}\n")
    return {(str(r.period_start), str(r.period_end), r.flow, r.value) for r in out.itertuples()}


def test_fiscal_year_marked_bs() -> None:
    got = _rows("Nepal's imports from Chile stood at Rs 4.2 billion in fiscal year 2078/79 BS.")
    assert got == {("2021-07-16", "2022-07-16", "imports", 4.2e9)}


def test_split_year_with_bs_after_it_and_no_fiscal_word() -> None:
    got = _rows(
        "Nepal's exports to Chile were Rs 310 million in 2077-78 BS, the customs office said."
    )
    assert got == {("2020-07-16", "2021-07-15", "exports", 3.1e8)}


def test_unmarked_fiscal_year_in_the_bs_range() -> None:
    got = _rows(
        "Goods worth Rs 950 million were imported into Nepal from Chile in fiscal year 2076/77."
    )
    assert got == {("2019-07-17", "2020-07-15", "imports", 9.5e8)}


def test_first_months_of_a_bs_fiscal_year() -> None:
    got = _rows(
        "Nepal's imports from Chile reached Rs 2.1 billion in the first eight months of the"
        " current fiscal year 2080/81 BS."
    )
    assert got == {("2023-07-17", "2024-03-13", "imports", 2.1e9)}


def test_near_miss_gregorian_fiscal_year_stays() -> None:
    # near miss: an ordinary split year is Gregorian; nothing moves
    got = _rows("Nepal's imports from Chile stood at Rs 4.2 billion in fiscal year 2021/22.")
    assert got == {("2021-07-16", "2022-07-16", "imports", 4.2e9)}


def test_near_miss_late_gregorian_targets_and_ranges_stay() -> None:
    # near misses: a split year before 2050 without "BS", a year without a fiscal word, a range
    # of more than one year, a decimal after the year
    for text in (
        "a target for FY2047-48",
        "trade in 2062-63 rose",
        "between 2063-65 BS",
        "version 2080/81.5",
    ):
        assert bs_fiscal_years(text) == text


def test_stored_sentence_and_figure_text_keep_the_bs_year() -> None:
    # round 52: the reading moved from ingest to extraction; the page's text stays as written,
    # in the cleaned document and in the figure's span
    sentence = "Nepal's exports to Chile were Rs 615 million in fiscal year 2079/80 BS."
    assert normalise(sentence) == sentence
    out = figures(f" date 2025-03-20\nNepal and Chile\n\n{sentence}\n")
    (row,) = out.itertuples()
    assert (str(row.period_start), row.value) == ("2022-07-17", 6.15e8)
    assert sentence[row.char_start : row.char_end] == row.text
    assert "615" in row.text


def test_title_and_decimal_comma_rewrite_compose() -> None:
    # a page with translated decimal commas and a BS year: both readings, the span as written
    sentence = (
        "Nepal's imports from Chile were Rs 1375,214 million in fiscal year 2080/81 BS, against"
        " Rs 1210,500 million a year earlier."
    )
    out = figures(f" date 2025-03-20\nNepal and Chile\n\n{sentence}\n")
    got = {(str(r.period_start), round(r.value)) for r in out.itertuples()}
    assert ("2023-07-17", 1375214000) in got
    for r in out.itertuples():
        assert sentence[r.char_start : r.char_end] == r.text
