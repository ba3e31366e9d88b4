"""Round 41: an amount of the other flow after "as against" ("..., 50 percent more than in 2010,
as against 135.9 million euros of imports from Israel") is that flow in the main period, not a
base dated by the comparison before it. Made-up sentences; the near miss is a base of the same
flow ("up from last year's figure of ...")."""

from tests.pipeline.extract.test_extract import figures


def _periods(sentence: str) -> dict[float, str]:
    out = figures(f"date 2031-10-06\nCyprus and Malta\n\n{sentence}\n")
    return {r.value: str(r.period_start) for r in out.itertuples()}


def test_the_other_flow_as_against_is_the_main_periods() -> None:
    got = _periods(
        "Cypriot exports to Malta reached a value of 48 million euros in 2030, 20 percent more"
        " than in 2029, as against 35.9 million euros of imports from Malta."
    )
    assert got[35.9e6] == "2030-01-01"


def test_a_base_of_the_same_flow_keeps_the_base_year() -> None:
    got = _periods(
        "Cypriot exports to Malta reached 48 million euros in 2030, up from last year's figure of"
        " 39 million euros."
    )
    assert got[39e6] == "2029-01-01"
