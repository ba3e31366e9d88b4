"""Round 17: a bare "from $Z to $W" change written after a dated "from $X in P to $Y" change of the
same sentence is in the first one's frame: its base takes P ("exports to A fell from $4m in
January to $3m, while exports to B fell from $2m to $1.5m": $2m is January's). Before, a base
with no period of its own always took the main period a year earlier (right when nothing frames
it: "down from $768 million", NOTES), so the second base got the new value's month of the year
before. Near misses keep the year-earlier base: no dated base before it, a clause with a period
of its own, a base with no "to" level after it. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-09\n"


def periods(text: str) -> dict[tuple[str, float], tuple[str, str]]:
    out = figures(_DATE + text)
    return {
        (r.partner, r.value): (str(r.period_start), str(r.period_end)) for r in out.itertuples()
    }


_JAN = ("2031-01-01", "2031-01-31")
_FEB = ("2031-02-01", "2031-02-28")
_FEB_BEFORE = ("2030-02-01", "2030-02-28")


def test_a_bare_base_after_a_dated_one_takes_its_month() -> None:
    got = periods(
        "Ghana's exports to Togo in February dropped from $400 million in January to $300 "
        "million, while exports to Benin dropped from $200 million to $150 million."
    )
    assert got == {("TGO", 4e8): _JAN, ("TGO", 3e8): _FEB, ("BEN", 2e8): _JAN, ("BEN", 1.5e8): _FEB}
    got = periods(
        "Ghana's exports to Togo dropped from $400 million in January to $300 million in "
        "February, and exports to Benin rose from $200 million to $250 million."
    )
    assert got[("BEN", 2e8)] == _JAN and got[("BEN", 2.5e8)] == _FEB, got


def test_near_miss_no_dated_base_before_keeps_the_year_earlier() -> None:
    got = periods(
        "Ghana's exports to Togo reached $300 million in February, while exports to Benin "
        "dropped from $200 million to $150 million."
    )
    assert got[("BEN", 2e8)] == _FEB_BEFORE and got[("BEN", 1.5e8)] == _FEB, got


def test_near_miss_a_base_with_no_level_after_it_keeps_the_year_earlier() -> None:
    got = periods(
        "Ghana's exports to Togo dropped from $400 million in January to $300 million in "
        "February, while exports to Benin fell 8% from $200 million."
    )
    assert got[("BEN", 2e8)] == _FEB_BEFORE, got


def test_amounts_with_their_conversions_in_brackets() -> None:
    """ "from $41.2m (GH¢500m) in January to $30.5m (GH¢370m)": the level reached is the
    sentence's month, not the base's (a comparison base is never the period a later figure
    inherits, brackets or not); the parallel clause's base is January, its level February."""
    got = periods(
        "Ghana's exports in February to Togo dropped from $41.2m (GH¢500m) in January to $30.5m "
        "(GH¢370m), while exports to Benin dropped from $22.4m (GH¢272m) to $18.6m (GH¢226m)."
    )
    assert got == {
        ("TGO", 4.12e7): _JAN,
        ("TGO", 5e8): _JAN,
        ("TGO", 3.05e7): _FEB,
        ("TGO", 3.7e8): _FEB,
        ("BEN", 2.24e7): _JAN,
        ("BEN", 2.72e8): _JAN,
        ("BEN", 1.86e7): _FEB,
        ("BEN", 2.26e8): _FEB,
    }, got
