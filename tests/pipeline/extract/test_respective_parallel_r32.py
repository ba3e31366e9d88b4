"""Round 32 (fw01): a run of amounts before "respectively" with no period of its own takes, in
order, the periods of the parallel amounts earlier in the sentence ("Exports rose to $1.8bn in
FY2030 from $1.6bn in FY2029, while imports came to $9.4bn and $9.0bn, respectively"); not when
its own clause lists what the amounts are "respectively" of. Made-up sentences."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-08-20") -> set[tuple]:
    out = figures(f"date {date}\nChile and Peru\n{text}\n")
    return {(r.flow, r.partner, str(r.period_end), r.value) for r in out.itertuples()}


def test_respectively_takes_the_parallel_clause_periods() -> None:
    got = _rows(
        "Exports to Peru rose to $1.77 billion in 2030 from $1.57 billion in 2029, while imports"
        " from Peru came to $9.44 billion and $9.0 billion, respectively."
    )
    assert ("imports", "PER", "2030-12-31", 9.44e9) in got
    assert ("imports", "PER", "2029-12-31", 9.0e9) in got


def test_respectively_of_a_country_list_keeps_the_clause_period() -> None:
    got = _rows(
        "Chile's exports rose to $5 billion in 2029 from $4 billion in 2028, with Peru and Brazil"
        " taking $3 billion and $1 billion, respectively."
    )
    assert ("exports", "BRA", "2029-12-31", 1e9) in got
    assert not {r for r in got if r[3] == 1e9 and r[2] == "2028-12-31"}


def test_respectively_with_its_own_periods_is_left_alone() -> None:
    got = _rows(
        "Exports to Peru rose to $1.77 billion in 2030 from $1.57 billion in 2029, while imports"
        " from Peru came to $9.44 billion and $9.0 billion in 2028 and 2027, respectively."
    )
    assert ("imports", "PER", "2028-12-31", 9.44e9) in got
    assert ("imports", "PER", "2027-12-31", 9.0e9) in got
