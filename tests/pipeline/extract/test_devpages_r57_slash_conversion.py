"""Round 57 kind (English): an amount restated in a second currency after a slash ("Agri food
exports to Mexico have increased by around 20% from €47.1m/$52.7m (10,300MT (metric tons)) in
2012 to €57.4m/$64.2m (15,900MT) in 2016", dev page iw14 dairyreporter): the first currency lost
the year after the slash (the base became "a year earlier": 2011; the level reached took 2012),
and the change was dated with the base's year. A bracketed conversion was already read so; the
slash now is too (``figure_period``: the period after the slashed amount, and after a bracket
behind it, is both amounts'; a base "from A/B in YEAR" dates the base; a thousands comma in a
bracket is no clause break). Made-up sentences with forms no dev page uses (pounds and dollars,
spaces around the slash, a bracket of tonnes with a thousands comma)."""

from tests.pipeline.extract.test_extract import figures


def _periods(sentence: str) -> dict[float, tuple[str, str]]:
    text = f" date 2031-02-01\nTrade news\n\n{sentence}\n"
    return {
        r["value"]: (str(r["period_start"])[:10], str(r["period_end"])[:10])
        for r in figures(text).to_dict("records")
    }


def test_slashed_conversions_keep_their_years() -> None:
    got = _periods(
        "British exports to Chile rose by 25% from £1.2bn / $1.4bn in 2026 to £1.5bn / $1.9bn in 2030."
    )
    assert got[1.2e9] == got[1.4e9] == ("2026-01-01", "2026-12-31")
    assert got[1.5e9] == got[1.9e9] == ("2030-01-01", "2030-12-31")
    assert got[25.0] == ("2030-01-01", "2030-12-31")


def test_slash_then_a_bracket_with_a_thousands_comma() -> None:
    got = _periods(
        "British exports to Chile rose from £1.2bn/$1.6bn (12,500 tonnes) in 2026 to £1.7bn/$2.1bn "
        "(18,200 tonnes) in 2030."
    )
    assert got[1.2e9] == ("2026-01-01", "2026-12-31")
    assert got[1.7e9] == ("2030-01-01", "2030-12-31")


def test_near_miss_plain_amounts_stay_as_they_are() -> None:
    got = _periods("British exports to Chile rose by 25% from £1.2bn in 2026 to £1.5bn in 2030.")
    assert got[1.2e9] == ("2026-01-01", "2026-12-31")
    assert got[25.0] == ("2030-01-01", "2030-12-31")
