"""A clause that repeats an earlier clause's flow with "those" and a new economy (issue 15, the
kind "wrong pair"): "A's exports to B were below those of C, at $X; D, $Y", "exports from B rose
while those from C went up", "A's exports to B were $X, while those to A were $Y". The new economy
takes the place of the earlier one written with the same word; the other side stays. Made-up
sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nKenya and its partners\n"


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_HEAD + text).itertuples()}


def test_those_of_an_economy_and_the_economies_ranked_after_it_are_the_exporters() -> None:
    got = _rows(
        "Last year, Kenya's exports to Egypt were below those of Ghana, at $4.2 billion; "
        "Nigeria, $3.9 billion; and Senegal, $1.5 billion."
    )
    assert ("exports", "GHA", "EGY", 4.2e9) in got, got
    assert ("exports", "NGA", "EGY", 3.9e9) in got, got
    assert ("exports", "SEN", "EGY", 1.5e9) in got, got


def test_those_from_an_economy_take_the_earlier_counterparts_place() -> None:
    # "export earnings from Ghana": what Kenya earns in Ghana; "those from Egypt" in Egypt
    got = _rows(
        "The bureau said export earnings from Ghana rose by 12.5% to $700.2 million in June 2030, "
        "while those from Egypt went up by only 3.1% to $510.4 million."
    )
    assert ("exports", "KEN", "GHA", 700.2e6) in got, got
    assert ("exports", "KEN", "EGY", 3.1) in got, got
    assert ("exports", "KEN", "EGY", 510.4e6) in got, got


def test_those_to_the_earlier_exporter_mirror_the_pair() -> None:
    got = _rows(
        "Kenyan exports to Ghana reached $88.3 million, while those to Kenya were $7.7 million."
    )
    assert ("exports", "KEN", "GHA", 88.3e6) in got, got
    assert ("exports", "GHA", "KEN", 7.7e6) in got, got


def test_a_clause_with_its_own_flow_or_no_economy_after_those_is_unchanged() -> None:
    # near misses: a new clause names its own flow; "those of last year" names no economy
    got = _rows(
        "Kenya's exports to Egypt were below those of Ghana, while imports from Nigeria were "
        "$3.9 billion."
    )
    assert ("imports", "KEN", "NGA", 3.9e9) in got, got
    got = _rows("Kenya's exports to Egypt were $4.2 billion, above those of last year.")
    assert ("exports", "KEN", "EGY", 4.2e9) in got, got
