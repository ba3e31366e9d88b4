""" "Toward(s) B" names a destination as "to B" does (issue 15, the kind "wrong pair"): "$5m
directed toward B, $2m toward C", "exports towards B rose 9%". Made-up sentences, never page
text."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nGhana's exports\n"


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_HEAD + text).itertuples()}


def test_amounts_directed_toward_economies_are_exports_to_them() -> None:
    got = _rows(
        "In May 2030, among the sectors that exported goods, the textile industry stood out, with "
        "$7.3 million directed toward Togo, $3.1 million toward Benin, and $1.9 million towards "
        "Niger."
    )
    assert ("exports", "GHA", "TGO", 7.3e6) in got, got
    assert ("exports", "GHA", "BEN", 3.1e6) in got, got
    assert ("exports", "GHA", "NER", 1.9e6) in got, got


def test_toward_a_non_economy_names_no_side() -> None:
    # "towards the end of 2030": a time, the page's pair stays
    got = _rows("Ghana's exports to Togo reached $81 million towards the end of 2030.")
    assert ("exports", "GHA", "TGO", 81e6) in got, got
