"""Round 51 hunt (hunt51b), a country's totals read as the page's main pair after the page went
on to other partners (made-up sentences and figures).

Kind: "world or region total read as bilateral" (the outcome kind of round 50's hunt50c kind 1
and hunt50b K4), on 2 of the 30 hunted pages of this round (Nigerian outlets, 9 wrong rows) and 5
of round 50's. The sub-mechanism fixed here, on 1 hunted page (6 wrong rows) and 1 dev page (a
spurious row): a page lists its main partner, then other partners ("Imports from Bolivia were
$1bn"), then regions, and a sentence naming no economy ("The major products imported during the
quarter were machinery, worth $4.7bn") fell back to the main pair; it is the country's imports
from the world (``stray_pair._main_pair_left``). The whole page decides it (which figures came
before, which sentence is just before), so the rule is tested on ``without_stray_pairs`` with the
decided figures of made-up pages; other round-51 kinds are left (results/hunt51-hunt51b.md).

Near misses: the sentence before names the main partner again, a figure naming the main pair
comes back first, and an unnamed figure with no side pair before it stay as they were."""

from pipeline.extract.stray_pair import without_stray_pairs

_MAIN = "flow=own;pair=2;period=sentence;main=yes"
_SIDE = "flow=own;pair=1;period=document;main=no"
_UNNAMED_MAIN = "flow=own;pair=0;period=inferred;main=yes"


def _figure(sentence: int, partner: str, value: float, evidence: str, scope: str = "total") -> dict:
    return {
        "sentence_id": f"doc#s{sentence:04d}",
        "flow": "imports",
        "scope": scope,
        "reporter": "PER",
        "partner": partner,
        "value": value,
        "evidence": evidence,
    }


def _rows(*texts: str) -> list[dict]:
    return [{"sentence_id": f"doc#s{i:04d}", "text": text} for i, text in enumerate(texts)]


def _kept(figures: list[dict], rows: list[dict]) -> set[float]:
    return {f["value"] for f in without_stray_pairs(figures, rows)}


def test_products_after_side_partners_and_regions_leave_the_main_pair() -> None:
    rows = _rows(
        "Peru's imports from Chile in the third quarter of 2030 stood at $6.1 billion.",
        "Imports from Brazil were valued at $1.2 billion and from Bolivia at $0.8 billion.",
        "Other imports came from Asia ($3.3 billion) and Europe ($2.9 billion).",
        "The major products imported during the quarter were machinery, worth $2.2 billion.",
        "Fuels followed with $1.5 billion and chemicals with $0.7 billion.",
    )
    figures = [
        _figure(0, "CHL", 6.1e9, _MAIN),
        _figure(1, "BRA", 1.2e9, _SIDE),
        _figure(1, "BOL", 0.8e9, _SIDE),
        _figure(3, "CHL", 2.2e9, _UNNAMED_MAIN, "machinery"),
        _figure(4, "CHL", 1.5e9, _UNNAMED_MAIN, "energy"),
    ]
    assert _kept(figures, rows) == {6.1e9, 1.2e9, 0.8e9}


def test_unnamed_change_after_a_ranking_of_suppliers_is_no_main_pair_figure() -> None:
    rows = _rows(
        "Trade between Peru and Chile reached $9 billion in 2030, officials said.",
        "Ecuador came next among suppliers, with imports worth $2.4 billion.",
        "The statistics office did not break the rest down by country.",
        "Imports of farm goods rose 6 per cent over the year.",
    )
    figures = [
        _figure(0, "CHL", 9e9, _MAIN),
        _figure(1, "ECU", 2.4e9, _SIDE),
        _figure(3, "CHL", 6.0, _UNNAMED_MAIN, "agriculture"),
    ]
    assert _kept(figures, rows) == {9e9, 2.4e9}


def test_near_misses_keep_the_main_pair() -> None:
    # the sentence before names the main partner again
    rows = _rows(
        "Peru's imports from Chile in the third quarter of 2030 stood at $6.1 billion.",
        "Imports from Brazil were valued at $1.2 billion.",
        "Chile, however, stays the main supplier of equipment to Peru.",
        "Machinery imports reached $2.2 billion in the quarter.",
    )
    figures = [
        _figure(0, "CHL", 6.1e9, _MAIN),
        _figure(1, "BRA", 1.2e9, _SIDE),
        _figure(3, "CHL", 2.2e9, _UNNAMED_MAIN, "machinery"),
    ]
    assert _kept(figures, rows) == {6.1e9, 1.2e9, 2.2e9}
    # a figure naming the main pair comes back before the unnamed one
    rows = _rows(
        "Peru's imports from Chile in 2030 stood at $6.1 billion.",
        "Imports from Brazil were valued at $1.2 billion.",
        "Exports to Chile reached $4.2 billion.",
        "The office did not say more.",
        "Imports grew 5 per cent.",
    )
    figures = [
        _figure(0, "CHL", 6.1e9, _MAIN),
        _figure(1, "BRA", 1.2e9, _SIDE),
        _figure(2, "CHL", 4.2e9, _MAIN),
        _figure(4, "CHL", 5.0, _UNNAMED_MAIN),
    ]
    assert _kept(figures, rows) == {6.1e9, 1.2e9, 4.2e9, 5.0}
    # no side pair on the page: an unnamed figure goes on with the main pair
    rows = _rows("Peru's imports from Chile in 2030 stood at $6.1 billion.", "They grew 5%.")
    figures = [_figure(0, "CHL", 6.1e9, _MAIN), _figure(1, "CHL", 5.0, _UNNAMED_MAIN)]
    assert _kept(figures, rows) == {6.1e9, 5.0}
