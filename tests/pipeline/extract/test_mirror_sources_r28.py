"""Mirror statistics as news states them: each side's own figures named by their country's
data ("Chinese customs data show exports to Pakistan of $X. Pakistani figures put imports from
China at $Y"). The demonym before "figures"/"data" is the source, not a product modifier of the
flow ("Ghanaian cocoa exports" still is one), and "put ... at", "show" report a source's figure as
"showed" does. Made-up sentences.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {
        (r.flow, r.reporter, r.partner, r.value, str(r.period_end), r.source_country)
        for r in figures(text).itertuples()
    }


def test_each_side_in_its_own_data() -> None:
    got = rows(
        "date 2031-06-01\nChinese customs data show exports to Nepal of $3.2 billion in 2030. "
        "Nepalese figures put imports from China at $2.1 billion in 2030."
    )
    assert got == {
        ("exports", "CHN", "NPL", 3.2e9, "2030-12-31", "CHN"),
        ("imports", "NPL", "CHN", 2.1e9, "2030-12-31", "NPL"),
    }


def test_a_named_product_before_the_flow_is_still_one_product() -> None:
    assert not rows(
        "date 2031-06-01\nGhanaian cocoa exports to the Netherlands reached $1.1 billion in 2030."
    )
