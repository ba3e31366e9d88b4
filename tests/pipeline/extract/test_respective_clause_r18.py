"""A "respectively" list does not reach back past its own clause (issue 15, the kind "wrong
pair"): in "A's exports were $3bn, while imports from B and C fell 5% and 4% respectively" the
$3bn is no item of the run B, C. Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nCanada and Korea trade grows\n"


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_HEAD + text).itertuples()}


def test_an_amount_before_while_is_no_item_of_the_run() -> None:
    got = _rows(
        "Canadian exports were $3.3 billion in 2030, while imports from Korea and Japan fell 5% "
        "and 4% respectively."
    )
    assert ("exports", "CAN", "JPN", 3.3e9) not in got, got
    assert ("exports", "CAN", "KOR", 3.3e9) in got, got
    assert ("imports", "CAN", "JPN", -4.0) in got, got


def test_an_amount_before_a_semicolon_is_no_item_of_the_run() -> None:
    got = _rows(
        "Canadian exports rose 3% in 2030; imports from Korea and Japan were $5 billion and $4 "
        "billion respectively."
    )
    assert ("imports", "CAN", "KOR", 5e9) in got, got
    assert ("imports", "CAN", "JPN", 4e9) in got, got


def test_near_miss_items_in_the_clause_still_go_with_the_run() -> None:
    got = _rows(
        "Exports to Korea and Japan were $3.3 billion and $2.1 billion in 2030, up 5% and 4% "
        "respectively."
    )
    assert ("exports", "CAN", "KOR", 3.3e9) in got, got
    assert ("exports", "CAN", "JPN", 2.1e9) in got, got
    assert ("exports", "CAN", "JPN", 4.0) in got, got
