"""Round 18: a sector named after an amount's conversion in brackets ("$52 million (KSh6.7
billion) of machinery", "244 milhões de dólares (220 milhões de euros) em produtos agrícolas"):
both amounts count that sector, as the amount alone would. Made-up sentences; near misses: a
bracketed change or a bracket followed by a clause of its own leave the figure's scope total.
"""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-09-10\n"


def _scopes(text: str) -> dict[float, str]:
    return {r.value: r.scope for r in figures(_DATE + text).itertuples()}


def test_a_sector_after_a_bracketed_conversion() -> None:
    got = _scopes(
        "In 2030, Kenya imported $52 million (KSh6.7 billion) of machinery from Japan, the "
        "bureau said."
    )
    assert got == {52_000_000.0: "machinery", 6_700_000_000.0: "machinery"}
    got = _scopes(
        "In the first eight months of the year, Angola bought from Brazil about 244 million "
        "dollars (220 million euros) in agricultural products, the ministry said."
    )
    assert got == {244_000_000.0: "agriculture", 220_000_000.0: "agriculture"}


def test_near_misses_stay_total() -> None:
    got = _scopes(
        "In 2030, Kenya imported goods worth $52 million (up 12%) in a year of drought from "
        "Japan, the bureau said."
    )
    assert got[52_000_000.0] == "total"
    got = _scopes(
        "In 2030, Kenya imported goods worth $52 million (KSh6.7 billion) from Japan, and $3 "
        "million of tea went to Uganda, the bureau said."
    )
    assert got[52_000_000.0] == "total"
