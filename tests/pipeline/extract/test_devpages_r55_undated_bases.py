"""Round 55 kind: a comparison base moved back from a main period that the page's missing date
leaves pending ("the first half of this year", "nine months of this fiscal year") is a base as on
a dated page: the change after it is the main period's, never the base's
(``period_settle.settle``), and beside a relative fiscal year read as of the page's reference
day the base is read with that day too (``period_anchor.with_fiscal_resolved``). Seen on
undated dev pages of three outlets: hq02 djazairess (ar: "rose during the first half of this
year to $1.29bn, after ... $492m during the same period of last year, i.e. up 162%": the 162%
took last year), hp08 dawn (en: "rose ... in nine months of this fiscal year to $109.6m from
$60.8m", "... to $86.8m from $71.6m a year earlier": the bases stayed empty), hs12 wowneta (ja,
a base moved off "this year"). Made-up sentences, other pairs and years."""

from tests.pipeline.extract.test_extract import figures


def _periods(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {
        r["value"]: (str(r["period_start"]), str(r["period_end"])) for r in out.to_dict("records")
    }


def test_change_after_an_after_clause_base_keeps_the_main_period_undated() -> None:
    got = _periods(
        "Trade news\n\nTrade between Chile and Peru rose during the first half of this year to "
        "$1.29 billion, after it had been about $492 million during the same period of last "
        "year, i.e. up 162%.\n\nChile's imports from Peru from January until July reached "
        "$465 million, after $243 million during the same period of 2031.\n"
    )
    assert got[162.0] == ("2032-01-01", "2032-06-30")
    assert got[492000000.0] == ("2031-01-01", "2031-06-30")


def test_change_after_a_quarter_base_keeps_the_main_quarter_undated() -> None:
    got = _periods(
        "Trade news\n\nExports from Kenya to Ghana climbed in the first quarter of this year to "
        "$88 million, after they had stood at $61 million in the same quarter a year earlier, up "
        "44%.\n\nKenya's imports from Ghana in January-March 2030 reached $12 million.\n"
    )
    assert got[44.0] == ("2030-01-01", "2030-03-31")


def test_near_miss_a_change_on_the_base_period_alone_keeps_the_main_period() -> None:
    got = _periods(
        "Trade news\n\nExports from Kenya to Ghana climbed in the first quarter of this year to "
        "$88 million, up 44% on the same quarter a year earlier.\n\nKenya's imports from Ghana "
        "in January-March 2030 reached $12 million.\n"
    )
    assert got[44.0] == ("2030-01-01", "2030-03-31")


def test_base_of_a_relative_fiscal_year_is_read_with_it() -> None:
    got = _periods(
        "Trade news\n\nNAIROBI, May 13: Kenya's exports to Uganda rose 30 per cent in nine months "
        "of this fiscal year to $130 million from $100 million.\n\nKenya's exports to Ethiopia "
        "climbed to $375 million in July-March 2030-31 from $229 million in July-March "
        "2029-30.\n"
    )
    assert got[130000000.0] == ("2030-07-01", "2031-03-31")
    assert got[100000000.0] == ("2029-07-01", "2030-03-31")


def test_base_a_year_earlier_than_the_current_fiscal_year_is_read_with_it() -> None:
    got = _periods(
        "Trade news\n\nNAIROBI: Kenya's exports to Uganda rose 30 per cent in the first nine "
        "months of the current fiscal year to $130 million, compared with $100 million a year "
        "earlier.\n\nExports to Ethiopia reached $375 million in July-March 2030-31.\n"
    )
    assert got[100000000.0] == ("2029-07-01", "2030-03-31")


def test_near_miss_a_base_with_its_own_year_keeps_it() -> None:
    got = _periods(
        "Trade news\n\nNAIROBI: Kenya's exports to Uganda rose to $130 million in the first nine "
        "months of the current fiscal year from $100 million in 2025.\n\nExports to Ethiopia "
        "reached $375 million in July-March 2030-31.\n"
    )
    assert got[100000000.0] == ("2025-01-01", "2025-12-31")
