"""Round 30: an importer's goods named by their origin ("imported 2.5 billion dirhams of Peruvian
goods") after a topic sentence naming the pair: the demonym is the origin (the partner), the
importer the pair's other side; and "could only sell" as an export verb, in English and in the
first person of a national outlet's French ("nous n'avons pu vendre que pour"). Every sentence is
made up; the near miss (an exporter's own goods) keeps its reading."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> set[tuple]:
    out = figures(text)
    return {(r.flow, r.reporter, r.partner, r.value) for r in out.itertuples()}


def test_imported_goods_of_a_demonym_come_from_it() -> None:
    got = _rows(
        "date 2032-03-01\nTrade\nTrade between Ghana and Peru is marked by a heavy deficit. "
        "In 2031, the country imported 740 million cedis of Peruvian goods while it could only "
        "sell 35 million cedis.\n"
    )
    assert got == {("imports", "GHA", "PER", 740e6), ("exports", "GHA", "PER", 35e6)}


def test_exported_goods_of_a_demonym_are_the_exporters() -> None:
    got = _rows(
        "date 2032-03-01\nTrade\nTrade between Ghana and Peru is marked by a heavy surplus. "
        "In 2031, Ghana exported 740 million cedis of Ghanaian goods.\n"
    )
    assert got == {("exports", "GHA", "PER", 740e6)}


def test_a_french_outlets_first_person() -> None:
    got = _rows(
        "date 2032-03-01\nCommerce\nSoulignons que les échanges commerciaux entre le Maroc et "
        "le Pérou sont marqués par un lourd déficit au détriment de notre pays. En 2031, nous "
        "avons importé pour 1,8 milliard de dirhams de marchandises péruviennes alors que nous "
        "n'avons pu vendre que pour 41 millions de dirhams.\n"
    )
    assert got == {("imports", "MAR", "PER", 1.8e9), ("exports", "MAR", "PER", 41e6)}
