"""An unowned amount for part of a period ("in June alone") that exceeds the pair's stated
trade over the whole period holding it ("in the first half") is not the pair's: a part of a
period cannot exceed the whole, so it is the country's trade with the world (NOTES.md, "What is a
figure"), and so is its sentence's change. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures

_PAIR = (
    "date 2031-08-02\nKenya's exports to Uganda reached $2.1 billion in the first half of 2031.\n\n"
)


def values(text: str) -> set[float]:
    return {float(round(r.value, 2)) for r in figures(text).itertuples()}


def test_a_month_above_the_pairs_half_year_is_no_row() -> None:
    got = values(_PAIR + "In June alone, exports totalled $4.3 billion, a drop of 5 per cent.")
    assert got == {2.1e9}


def test_a_month_below_the_pairs_half_year_stays() -> None:
    # near miss: a month's amount that fits inside the half year is the pair's
    got = values(_PAIR + "In June alone, exports totalled $0.4 billion, a drop of 5 per cent.")
    assert {0.4e9, -5.0} <= got
