"""A country's whole trade named so ("total exports", "foreign trade") leaves its own amount out
as a world total, but not the figures of partners around it (issue 15, the kind "value never
read" after a national-total word): a ranking among "foreign trade partners" ranks partners.
Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_DATE = "date 2031-03-02\n"


def _rows(text: str) -> set[tuple]:
    got = figures(_DATE + text).itertuples()
    return {(r.flow, r.reporter, r.partner, r.value) for r in got}


def test_a_ranking_among_foreign_trade_partners_reads_each_ranked_partner() -> None:
    got = _rows(
        "Peru ($412.5 million) ranks first among Chile's foreign trade partners in 2030, "
        "followed by Bolivia ($318.2 million) and Ecuador ($205.1 million)."
    )
    assert ("turnover", "CHL", "BOL", 318.2e6) in got
    assert ("turnover", "CHL", "ECU", 205.1e6) in got


def test_a_countrys_foreign_trade_total_stays_out() -> None:
    # near miss: "foreign trade" with no partner noun after it is the country's world total
    assert not _rows("Chile's total foreign trade reached $5.2 billion in 2030.")
    assert not _rows("Chile's foreign trade with all partners reached $5.2 billion in 2030.")
