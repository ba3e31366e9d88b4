"""Round 51 hunt (hunt51a), kind "trade through a named crossing kept as the pair's trade": a
figure limited to trade "through the Xtown customs point", "via Ytown transit point", "from Ztown
custom point" or "through the Qtown border" is a subset of the pair's trade (NOTES gb 7, hg09
rule 13: no row), but the extractor kept it as the pair's exports, imports or turnover. 3 hunted
pages from 2 outlets (round 51's two himalayantimes pages, 3 rows; round 50's mizzima page, 4
rows). Now the sentence that names the crossing gives no row; an unlimited sentence after it keeps
its row (ge rule 15). Made-up towns, figures and pairs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, date: str = "2030-06-30") -> set[tuple]:
    out = figures(f" date {date}\nTrade news\n\n{text}\n")
    return {(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()}


def test_trade_through_a_named_customs_point() -> None:
    got = _rows(
        "Peru's trade with Chile through the Ravnik customs point has fallen by 6.2 per cent."
    )
    assert got == set()


def test_exports_via_a_named_transit_point() -> None:
    got = _rows(
        "Peru's exports to Chile via Ostrava transit point rose by 31 percent and imports by"
        " 12 percent in the first half of 2030."
    )
    assert got == set()


def test_trade_through_a_named_border() -> None:
    got = _rows(
        "Bilateral trade between Peru and Chile through the Kestrel border fell to $412.5"
        " million from $503 million a year earlier."
    )
    assert got == set()


def test_near_miss_unlimited_sentence_after_the_crossing_keeps_its_row() -> None:
    # near miss: the next sentence names no crossing: the pair's own figure, as before
    got = _rows(
        "Peru's trade with Chile through the Ravnik customs point has fallen by 6.2 per cent."
        " Peru's trade with Chile stood at $2.4 billion in 2029."
    )
    assert ("turnover", "PER", "CHL", "level", 2.4e9) in got


def test_near_miss_data_from_a_customs_office_is_a_source() -> None:
    # near miss: a customs office giving the data is no route
    got = _rows(
        "According to data from the Ravnik Customs Office, Peru's exports to Chile reached"
        " $75 million in 2029."
    )
    assert got == {("exports", "PER", "CHL", "level", 7.5e7)}
