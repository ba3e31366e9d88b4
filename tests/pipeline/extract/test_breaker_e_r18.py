"""Round 18 breaker (wt-e): made-up sentences this round's rules got wrong, each with a near miss."""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"


def _rows(text: str) -> dict[float, tuple]:
    out = figures(_DATE + text)
    return {
        v: (r, p, s.year, e.year)
        for v, r, p, s, e in zip(
            out["value"],
            out["reporter"],
            out["partner"],
            out["period_start"],
            out["period_end"],
            strict=True,
        )
    }


def test_parallel_economy_keeps_its_own_stated_year() -> None:
    # "against $Y for C in 2029": C's counterpart, in the year stated after it (was 2030)
    got = _rows(
        "Exports from Kenya to Uganda reached $700 million in 2030, against $650 million for "
        "Tanzania in 2029."
    )
    assert got[6.5e8] == ("KEN", "TZA", 2029, 2029)
    assert got[7e8] == ("KEN", "UGA", 2030, 2030)
    # near miss: no year of its own, the earlier figure's period
    got = _rows(
        "Exports from Kenya to Uganda reached $700 million in 2030, against $650 million for "
        "Tanzania."
    )
    assert got[6.5e8] == ("KEN", "TZA", 2030, 2030)
