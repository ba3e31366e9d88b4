"""Round 41: Ukrainian comparisons and changes in money: "що на 12,4% більше за показник 2029
року" (12.4% more than the 2029 figure: the change is the main year's, not the base's), "виріс
на 15% або на 80 млн дол." (grew by 15% or by $80m: a change in money, not a level), "сягнула"
(reached). Made-up sentences; near misses keep "на" before money as "worth"."""

from tests.pipeline.extract.test_extract import figures

_LEAD = "Україна та Литва домовилися розширювати торговельні зв'язки, повідомляє агентство."


def _rows(sentence: str) -> set[tuple]:
    out = figures(f"date 2031-05-14\nУкраїна і Литва\n\n{_LEAD}\n{sentence}\n")
    return {(str(r.period_start), r.measure, r.value) for r in out.itertuples()}


def test_more_than_the_base_years_figure_dates_the_change_with_the_main_year() -> None:
    got = _rows(
        "У 2030 році двостороння торгівля Україна-Литва сягнула 2,1 млрд дол., що на 12,4%"
        " більше за показник 2029 року."
    )
    assert got == {("2030-01-01", "level", 2.1e9), ("2030-01-01", "pct_change", 12.4)}


def test_a_rate_or_its_money_change() -> None:
    got = _rows(
        "За 3 місяці 2031 року обсяг товарообігу України з Литвою склав 0,6 млрд дол., тобто"
        " виріс на 15% або на 80 млн дол. у порівнянні з аналогічним періодом 2030 року."
    )
    assert ("2031-01-01", "abs_change", 8e7) in got
    assert ("2031-01-01", "level", 6e8) in got


def test_money_after_na_without_a_rate_is_worth() -> None:
    # near miss: "товарів на 80 млн дол." (goods worth $80m) stays a level
    got = _rows("У 2030 році Україна експортувала до Литви товарів на 80 млн дол.")
    assert got == {("2030-01-01", "level", 8e7)}
