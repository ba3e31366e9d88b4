"""Round 58, kind: Polish years named by the noun before them or by an adjective after it. kresy
jd11 wrote "To wzrost o 26,3 proc. w porównaniu z analogicznym okresem roku poprzedniego i o
38,4 proc. w porównaniu z pierwszymi trzema kwartałami roku 2019": "To wzrost" (this is a rise)
opened no figure, "roku poprzedniego" and "roku 2019" stayed as written, and neither change
was read.

``polish.prepare``: "To" before the change it names ("To wzrost", "To spadek", any case) is
"This is"; the year's noun before a year ("roku 2019", "rokiem 2019", "w roku 2019") dropped; the
abbreviations "br."/"b.r." (this year) and "ub.r." (last year) written out. ``period_rows``: a
relative year ("ubiegły", "zeszły", "poprzedni", "bieżący", "obecny", "przyszły") in each case of
the year noun and in either order ("roku ubiegłego", "w roku bieżącym", "rokiem poprzednim").
Rows for the change nouns "przyrost", "zwiększenie", "zmniejszenie", "zwyżka", "zniżka". Made-up
sentences with forms no dev page uses ("To przyrost", "To zwiększenie", "roku ubiegłego",
"ub.r.", "w roku ubiegłym", "roku bieżącego", "rokiem poprzednim").
"""

from __future__ import annotations

import pytest

from pipeline.extract.polish import period_rows
from tests.pipeline.extract.test_extract import figures

_LEAD = (
    "Handel Polski z Litwą rozwija się szybko, co jest widoczne w danych. Eksport Polski na Litwę "
    "w pierwszym półroczu 2030 r. wyniósł 2,5 mld euro. "
)


def _rows(text: str) -> set[tuple]:
    out = figures(" date 2030-09-15\n" + _LEAD + text)
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start)[:10], str(r.period_end)[:10], r.value)
        for r in out.itertuples()
    }


@pytest.mark.parametrize(
    "change",
    [
        "To przyrost o 4,5 proc. w porównaniu z analogicznym okresem roku ubiegłego.",
        "To zwiększenie o 4,5 proc. w porównaniu z analogicznym okresem ub.r.",
        "To przyrost o 4,5 proc. w porównaniu z analogicznym okresem roku 2029.",
    ],
)
def test_this_is_a_change(change: str) -> None:
    rows = _rows(change)
    assert ("exports", "POL", "LTU", "2030-01-01", "2030-06-30", 4.5) in rows


def test_relative_year_rows() -> None:
    rows = dict(period_rows())
    assert rows["w roku ubiegłym"] == "last year"
    assert rows["roku bieżącego"] == "this year"
    assert rows["rokiem poprzednim"] == "the previous year"


def test_year_noun_before_a_year() -> None:
    rows = _rows("W roku 2029 eksport Polski na Litwę wyniósł 4,1 mld euro.")
    assert ("exports", "POL", "LTU", "2029-01-01", "2029-12-31", 4.1e9) in rows


def test_to_before_no_change_stays() -> None:
    """Near miss: "To" before a noun of no change ("To rekord", a record) adds no figure."""
    rows = _rows("To rekord.")
    assert {r[5] for r in rows} == {2.5e9}
