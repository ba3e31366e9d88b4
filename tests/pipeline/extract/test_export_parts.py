"""Domestic exports and re-exports stated apart are parts of exports with no sector scope, not
annotated (NOTES, fresh-split rules on domestic exports and re-exports); a total whose bracket
names them ("total exports (domestic + re-exports)", "(exports and re-exports)") is the pair's
exports (round 13). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def test_domestic_exports_beside_the_total_are_no_figure() -> None:
    out = figures(
        "date 2031-03-09\nThis follows the 9.5% increase in domestic Cypriot exports to Greece in "
        "2030 (€151 million, compared to €138 million in 2029). Total exports (domestic + "
        "re-exports) to Greece rose by 11%, reaching €310 million (2029: €279 million)."
    )
    values = set(out["value"])
    assert not {9.5, 151e6, 138e6} & values, out.to_string()
    assert {11.0, 310e6, 279e6} <= values, out.to_string()


def test_domestic_exports_changes_are_no_figure() -> None:
    out = figures(
        "date 2031-03-09\nIn October 2030, Rwanda's domestic exports to Kenya decreased by 12.5% "
        "compared to September 2030 and increased by 40.2% compared to October 2029."
    )
    assert out.empty, out.to_string()


def test_re_exports_are_no_figure_but_exports_are() -> None:
    out = figures(
        "date 2031-03-09\nIn 2030, Finland's re-exports to China rose by 14%, while Finland's "
        "exports to China rose by 6%."
    )
    values = set(out["value"])
    assert 14.0 not in values, out.to_string()
    assert 6.0 in values, out.to_string()


def test_exports_and_re_exports_in_a_bracket_are_the_total() -> None:
    # the near miss: the bracket describes the total, which stays
    out = figures(
        "date 2031-03-09\nOman's exports to Iran (exports and re-exports) totaled OMR 98 million "
        "in 2030."
    )
    assert 98e6 in set(out["value"]), out.to_string()
