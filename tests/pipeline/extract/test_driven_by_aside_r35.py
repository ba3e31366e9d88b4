"""Round 35 (direction breaking pass and its kind): a cause set off by commas ("..., driven by
exports of 54 billion euros, ...") belongs to the clause around it. The amount after it is that
clause's: a balance ("Chile's surplus with Peru, driven by exports of 54bn euros, reached 40bn
euros") or its flow ("Chile's trade with Peru, driven by ..., reached 80bn euros"); a product or
sector named in the aside is the total's cause, not its scope ("Chile's exports to Peru, driven
by pharmaceuticals, reached 54bn euros"). Made-up sentences; near misses keep theirs."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(f"date 2031-05-01\nChile and Peru\n{text}\n")
    return {(r.flow, r.scope, r.value) for r in out.itertuples()}


def test_the_amount_after_a_cause_aside_is_the_clauses() -> None:
    assert _rows(
        "Chile's surplus with Peru, driven by exports of 54 billion euros, reached 40 billion euros"
        " in 2030."
    ) == {("exports", "total", 54e9)}
    assert _rows(
        "Chile's trade with Peru, driven by exports of 54 billion euros, reached 80 billion euros"
        " in 2030."
    ) == {("exports", "total", 54e9), ("turnover", "total", 80e9)}


def test_a_product_or_sector_in_a_cause_aside_is_no_scope() -> None:
    for cause in ("pharmaceuticals", "machinery"):
        assert _rows(
            f"Chile's exports to Peru, driven by {cause}, reached 54 billion euros in 2030."
        ) == {("exports", "total", 54e9)}


def test_near_miss_a_later_clause_and_a_sector_of_the_amount_keep_theirs() -> None:
    got = _rows(
        "Chile's exports to Peru rose 5% to 54 billion euros, driven by pharmaceuticals, while"
        " imports fell 2% to 30 billion euros."
    )
    assert ("imports", "total", 30e9) in got
    assert _rows("Chile's exports of machinery to Peru reached 54 billion euros in 2030.") == {
        ("exports", "machinery", 54e9)
    }
