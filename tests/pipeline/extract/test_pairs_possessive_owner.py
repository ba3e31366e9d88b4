"""Which possessive owns a flow (round 13): "X's" owns a figure's flow only when it opens a trade
noun phrase ("X's exports", "X's total trade surplus", "X's largest export market"); "despite
X's slowdown, exports to Y rose" is no exporter X. And "export earnings/sales from X" on a page
about another economy are that economy's exports to the market X (while "exports from X",
"imports from X" keep X as the origin). Made-up sentences in several outlets' styles, never
page text."""

from tests.pipeline.extract.test_extract import figures


def _pairs(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()]


_PAGE = (
    "date 2031-03-04\nPeru's trade with Korea\n\n"
    "Peru's exporters and Peru's ports had a busy year, officials said.\n\n{body}"
)


def test_a_possessive_on_no_trade_noun_owns_no_flow() -> None:
    # "despite Korea's slowdown": Korea owns a slowdown, not the exports; the page's Peru
    # exports to Korea
    out = figures(
        _PAGE.format(
            body="In 2030, Korea became Peru's top buyer, with exports to Korea up 14% to "
            "$2.35 billion, despite Korea's economic slowdown."
        )
    )
    assert ("exports", "PER", "KOR", 2.35e9) in _pairs(out), out.to_string()


def test_a_possessive_growth_problem_before_the_flow_owns_no_flow() -> None:
    out = figures(
        _PAGE.format(
            body="Despite Korea's growth problems, exports to Korea rose 9% to $1.72 billion in 2030."
        )
    )
    assert ("exports", "PER", "KOR", 1.72e9) in _pairs(out), out.to_string()


def test_a_possessive_on_a_trade_noun_still_owns_the_flow() -> None:
    # near miss: "Korea's exports to Peru", "Korea's total merchandise shipments to Peru",
    # "Korea's import bill from Peru": Korea's own trade, whatever page it is on
    for body, expected in (
        ("Korea's exports to Peru rose 9% to $1.72 billion in 2030.", ("KOR", "PER")),
        (
            "Korea's total merchandise shipments to Peru reached $1.72 billion in 2030.",
            ("KOR", "PER"),
        ),
        ("Korea's $1.72 billion import bill from Peru grew 4% in 2030.", ("KOR", "PER")),
    ):
        out = figures(_PAGE.format(body=body))
        assert ("exports" if "import" not in body else "imports", *expected, 1.72e9) in _pairs(
            out
        ), (body, out.to_string())


def test_a_possessive_largest_market_still_owns_the_flow() -> None:
    # near miss: "Korea's largest export market" is Korea's trade
    out = figures(
        _PAGE.format(
            body="Peru became Korea's largest export market in the region, with exports "
            "of $1.72 billion in 2030."
        )
    )
    assert ("exports", "KOR", "PER", 1.72e9) in _pairs(out), out.to_string()


_EARNINGS = (
    "date 2031-03-04\nGhana's cocoa sales to Japan grow\n\n"
    "Ghana's exporters, Ghana's farmers and Ghana's ports gained from the cocoa season.\n\n{body}"
)


def test_export_earnings_from_a_market_are_the_pages_exports_to_it() -> None:
    for body in (
        "Export earnings from Japan rose 12.4% to $842.6 million in 2030.",
        "The statistics office said export sales from Japan reached $842.6 million in 2030.",
    ):
        out = figures(_EARNINGS.format(body=body))
        assert ("exports", "GHA", "JPN", 842.6e6) in _pairs(out), (body, out.to_string())


def test_exports_and_imports_from_a_country_keep_it_the_origin() -> None:
    # near miss: "exports from Japan", "imports from Japan": Japan's goods
    out = figures(_EARNINGS.format(body="Exports from Japan rose 12.4% to $842.6 million in 2030."))
    assert ("exports", "JPN", "GHA", 842.6e6) in _pairs(out), out.to_string()
    out = figures(_EARNINGS.format(body="Imports from Japan rose 12.4% to $842.6 million in 2030."))
    assert ("imports", "GHA", "JPN", 842.6e6) in _pairs(out), out.to_string()
