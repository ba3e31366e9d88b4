"""Round 14, the period field on pages without a publication date: a year-on-year base written
"a similar period in 2028" is "the same period of 2028" (NOTES: such a base fixes an undated
page's year), as Kenyan, Jamaican and other outlets write it. Made-up sentences: other countries,
numbers and years than any real page.
"""

import datetime as dt

from pipeline.extract.periods import find_periods
from tests.pipeline.extract.test_extract import figures

D = dt.date


def dated(text: str) -> set[tuple]:
    out = figures(text)
    values = [round(v, 2) for v in out["value"]]
    return set(zip(out["measure"], values, out["period_start"], out["period_end"], strict=True))


def test_a_similar_period_is_a_same_period_base() -> None:
    found = find_periods("Imports dipped 6 per cent compared to a similar period in 2028.", None)
    assert [(p.kind, p.comparison, p.same_year) for p in found] == [("same_period", True, 2028)]
    # near miss: "a similar amount" names no period
    assert find_periods("A similar amount was shipped, officials said.", None) == []


def test_a_similar_period_base_fixes_the_undated_half_year() -> None:
    rows = dated(
        "Ghana's exports to Togo fell 7.5 per cent to $31.4 million during the half year "
        "compared to a similar period in 2028."
    )
    assert rows == {
        ("pct_change", -7.5, D(2029, 1, 1), D(2029, 6, 30)),
        ("level", 31_400_000.0, D(2029, 1, 1), D(2029, 6, 30)),
    }
