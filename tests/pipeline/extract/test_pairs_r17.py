"""Pairs (issue 15, round 17). A reader takes:

- "PNG" (as pages about Papua New Guinea write it throughout: "PNG's exports") as Papua New
  Guinea;
- an import figure written as a label and a dash after "imports to B" ("Hungarian imports to
  Kazakhstan – $5m", the CIS wire form) as B's imports, like the same words with a verb
  ("Armenian imports to Georgia totalled $5m").

Every sentence is made up; each near miss must stay as it was.
"""

from tests.pipeline.extract.test_extract import figures


def rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(text).itertuples()}


def test_png_is_papua_new_guinea() -> None:
    out = rows(
        "date 2031-05-02\nIn 2030 PNG's export earnings were K125 million and import payments "
        "were K410 million, the Indonesian envoy said."
    )
    assert out == {("exports", "PNG", "IDN", 125e6), ("imports", "PNG", "IDN", 410e6)}, out


def test_a_png_file_names_no_country() -> None:
    # near miss: the word in other use names no economy, so no figure
    out = rows("date 2031-05-02\nIn 2030 the PNG image archive grew to 5 million files.")
    assert out == set(), out


def test_imports_to_a_country_before_a_dash_are_its_imports() -> None:
    out = rows(
        "date 2031-05-02\nIn 2030 the export of Kazakh products to Hungary reached 8.1 million US "
        "dollars, Hungarian imports to Kazakhstan - 52.3 million US dollars."
    )
    assert out == {("exports", "KAZ", "HUN", 8.1e6), ("imports", "KAZ", "HUN", 52.3e6)}, out


def test_imports_from_a_country_before_a_dash_stay_the_subjects() -> None:
    # near miss: "imports from B" keeps B the origin
    out = rows(
        "date 2031-05-02\nIn 2030 Hungarian imports from Kazakhstan - 52.3 million US dollars."
    )
    assert out == {("imports", "HUN", "KAZ", 52.3e6)}, out
