"""Round 38 (the fresh page hi13): an undated page that names the year under way ("So far in
2031, ...") is written in that year: its "last year" is the one before. Made-up pages; near
misses keep their reading."""

from pipeline.extract.period_anchor import so_far_year
from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, str(r.period_start), str(r.period_end))
        for r in figures(text).itertuples()
    }


def test_so_far_in_a_year_dates_last_year_on_an_undated_page() -> None:
    got = _rows(
        "Peru no longer Chile's largest export market\n\nNew figures show that Peru has lost its "
        "place. So far in 2031, Bolivia has taken over that spot.\n\nLast year Chilean exports "
        "of goods to Peru came to a total of $11.8 billion.\n"
    )
    assert got == {("exports", "CHL", "PER", 11.8e9, "2030-01-01", "2030-12-31")}


def test_the_year_under_way_in_its_forms() -> None:
    assert so_far_year(["So far in 2031, B leads.", "Exports to date in 2031 fell."]) == 2031
    assert so_far_year(["In 2031 so far, B leads."]) == 2031


def test_two_different_years_under_way_fix_nothing() -> None:
    # near miss: a look-back "so far in 2029" beside "so far in 2031"
    assert so_far_year(["So far in 2031, B leads.", "So far in 2029, A had led."]) is None
    assert so_far_year(["In 2031, B leads."]) is None
