"""A part named as included in the flow, not as the flow: "exports to B, including re-exports,
rose to $X" is the total, like the bracket "(including re-exports)" (``subsets``). A flow named
as re-exports or domestic exports, or a part that describes the flow ("mostly re-exports"),
stays a subset with no row. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple[str, str, float]]:
    out = figures("date 2031-03-09\n" + text)
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_exports_including_reexports_are_the_total() -> None:
    rows = _rows("Ghana's exports to Togo, including re-exports, rose to $42 million in 2030.")
    assert rows == {("exports", "total", 42e6)}, rows


def test_near_miss_reexports_named_as_the_flow_stay_a_subset() -> None:
    assert (
        _rows("Ghana's exports to Togo, mostly re-exports, rose to $42 million in 2030.") == set()
    )
    assert _rows("Ghana's re-exports to Togo rose to $42 million in 2030.") == set()
    assert _rows("Ghana's domestic exports to Togo rose to $42 million in 2030.") == set()
