"""Round 47, a comparison base that dropped its scale word before "a year earlier"
(:mod:`~.numbers`).

Kind: "up 12% from $725 a year earlier" beside "$812.4 million": the base writes no "million",
and the amount takes the sentence's stated scale (``numbers._dropped_scale``) as "slid from
$227.3 billion to $211.4" does. "A year earlier", "a year before", "a year ago" after the bare
amount date it; they are no per-unit rate ("$460 a tonne", "$5 a bottle"), which never borrows
a scale (dev page: "trade hit $758.7 million, up 23% from $617 a year earlier").

Made-up sentences, made-up figures; near misses keep what is no such form."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str, title: str) -> set[tuple]:
    out = figures(f"date 2031-02-10\n{title}\n\n{text}\n")
    return {
        (r.flow, r.reporter, r.partner, str(r.period_start), r.measure, r.value, r.unit)
        for r in out.itertuples()
    }


def test_base_a_year_earlier_takes_the_stated_scale() -> None:
    rows = _rows(
        "Trade between Ghana and Togo reached $812.4 million in 2030, up 12% from $725 a year "
        "earlier.",
        "Ghana and Togo",
    )
    assert ("turnover", "GHA", "TGO", "2029-01-01", "level", 725_000_000.0, "USD") in rows


def test_base_a_year_before_takes_the_stated_scale() -> None:
    rows = _rows(
        "Chile's exports to Peru climbed to €96.3 million in 2030, against €88 a year before.",
        "Chile and Peru",
    )
    assert rows == {
        ("exports", "CHL", "PER", "2030-01-01", "level", 96_300_000.0, "EUR"),
        ("exports", "CHL", "PER", "2029-01-01", "level", 88_000_000.0, "EUR"),
    }


def test_a_per_unit_price_borrows_no_scale() -> None:
    # near miss: "$725 a tonne" is a price, never 725 million
    rows = _rows(
        "Trade between Ghana and Togo reached $812.4 million in 2030, with cocoa sold at $725 a "
        "tonne.",
        "Ghana and Togo",
    )
    assert all(r[5] != 725_000_000.0 for r in rows)
    assert ("turnover", "GHA", "TGO", "2030-01-01", "level", 812_400_000.0, "USD") in rows
