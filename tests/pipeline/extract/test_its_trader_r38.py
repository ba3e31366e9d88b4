"""Round 38: "Its exports to ..." opening a sentence after a sentence with a directed figure is
that figure's trader, even where the sentence names the partner's statistics office as its source
(fi03). Made-up pages; near misses keep their reading."""

from tests.pipeline.extract.test_extract import figures


def _pairs(text: str) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()]


def test_its_exports_after_a_figure_are_that_traders_beside_the_partners_source() -> None:
    got = _pairs(
        "date 2031-12-01\nPeru's exports to Norway climbed by 12 per cent to $690 million in the "
        "first eight months of this year, Statistics Norway figures show. Its exports to the "
        "Nordic nation were $616 million in January-August, 2030, going by data from "
        "Statistics Norway, which is Norway's national statistical agency.\n"
    )
    assert ("exports", "PER", "NOR", 616e6) in got, got


def test_its_exports_after_an_opening_adverbial_and_an_imports_figure() -> None:
    got = _pairs(
        "date 2031-12-01\nPeru's imports from Norway climbed by 12 per cent to $690 million this "
        "year, Statistics Norway figures show. In 2030, its exports to the Nordic nation were "
        "$210 million, going by data from Statistics Norway, which is Norway's national "
        "statistical agency.\n"
    )
    assert ("exports", "PER", "NOR", 210e6) in got, got


def test_its_after_a_figureless_sentence_keeps_the_sources_side() -> None:
    # near miss: the sentence before has no figure, so "its" may be the economy it describes
    got = _pairs(
        "date 2031-12-01\nPeru's exports to Norway climbed by 12 per cent to $690 million this "
        "year. Norway is a large fish market. Its exports to Peru were $210 million in 2030, "
        "according to Norway's statistics agency.\n"
    )
    assert ("exports", "NOR", "PER", 210e6) in got, got
