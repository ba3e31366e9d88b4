"""Round 30, an export-credit agency's release: the pair named in a fronted phrase ("As for the UK
and Malawi, total trade ... came to"), a region after "the whole of", "total trade in both goods
and services between A and B" (the pair six words after the flow word), and a change "since" the
year before the level it continues. Every sentence is made up; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {
        (r.flow, r.scope, r.reporter, r.partner, r.measure, r.value, str(r.period_start))
        for r in out.itertuples()
    }


def test_a_fronted_pair_owns_its_total_trade() -> None:
    got = _rows(
        "date 2016-06-01\nExport finance\nAs for the UK and Malawi, total trade in goods and "
        "services came to £184 million in 2015, whereas trade between the UK and the whole of "
        "Africa was worth £30.8 billion that year.\n"
    )
    assert got == {
        ("turnover", "goods_services", "GBR", "MWI", "level", 184e6, "2015-01-01"),
    }


def test_a_fronted_country_alone_keeps_total_trade_a_world_total() -> None:
    got = _rows(
        "date 2016-06-01\nExport finance\nAs for the UK, total trade came to £584 billion in "
        "2015. As for the UK and Malawi, the trade balance came to £84 million.\n"
    )
    assert got == set()


def test_both_goods_and_services_between_a_pair_and_a_change_since_the_year_before() -> None:
    got = _rows(
        "date 2016-06-01\nExport finance\nTotal trade in both goods and services between the UK "
        "and Ghana stood at £2.1 billion in 2015 according to the statistics office. This was an "
        "increase of 4.2% since 2014.\n"
    )
    assert got == {
        ("turnover", "goods_services", "GBR", "GHA", "level", 2.1e9, "2015-01-01"),
        ("turnover", "goods_services", "GBR", "GHA", "pct_change", 4.2, "2015-01-01"),
    }


def test_a_change_since_an_earlier_year_is_a_span() -> None:
    got = _rows(
        "date 2016-06-01\nExport finance\nTrade between the UK and Ghana stood at £2.1 billion "
        "in 2015. This was an increase of 44% since 2010.\n"
    )
    assert ("turnover", "total", "GBR", "GHA", "pct_change", 44.0, "2010-01-01") in got
