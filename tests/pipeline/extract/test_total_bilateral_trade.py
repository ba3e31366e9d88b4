"""A "total" before a flow word that itself names a pair ("total bilateral trade") is the pair's
total, not a country's trade with the world (``national.names_national``), even when the
sentence before names no economy. Near miss: a bare "total trade" there stays a national total.
Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_LEAD = "date 2031-02-10\nPeru and Chile sign a new accord. The leaders met in Lima on Monday. "


def test_total_bilateral_trade_is_the_pairs() -> None:
    out = figures(
        _LEAD + "The total bilateral trade that was at US$ 12 million in 2027 rose to "
        "US$ 31 million by 2030."
    )
    rows = [(r.flow, r.value) for r in out.itertuples()]
    assert rows == [("turnover", 12e6), ("turnover", 31e6)], out.to_string()


def test_a_bare_total_trade_stays_national() -> None:
    # near miss: no pair word in the flow's phrase
    out = figures(
        _LEAD + "The total trade that was at US$ 12 million in 2027 rose to US$ 31 million by 2030."
    )
    assert out.empty, out.to_string()
