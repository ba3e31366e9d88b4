"""Economies that buy or sell as the subject of a coordinated or a participle clause (issue 15,
the kind "wrong pair"): "B and C imported goods worth $5m and $4m, respectively" (each is the
importer of its amount), "Importing goods worth $5m, B was A's top market" (the participle's
subject comes after the amount). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures

_HEAD = "date 2031-03-02\nKenya trade\nKenya sells tea abroad. "


def _rows(text: str) -> set[tuple]:
    return {(r.flow, r.reporter, r.partner, r.value) for r in figures(_HEAD + text).itertuples()}


def test_coordinated_importers_each_import_their_amount() -> None:
    got = _rows("Ghana and Egypt imported products worth 57 and 54 million USD, respectively.")
    assert ("imports", "GHA", "KEN", 57e6) in got, got
    assert ("imports", "EGY", "KEN", 54e6) in got, got


def test_destinations_in_a_respective_run_stay_partners() -> None:
    # near miss: the run is no subject of a trade verb ("exports to B and C were")
    got = _rows("Exports to Ghana and Egypt were $57 million and $54 million, respectively.")
    assert ("exports", "KEN", "GHA", 57e6) in got, got
    assert ("exports", "KEN", "EGY", 54e6) in got, got


def test_a_fronted_participles_subject_after_the_amount_trades_it() -> None:
    got = _rows(
        "The minister said that importing goods worth $5.2 billion, Ghana was Kenya's top market."
    )
    assert ("imports", "GHA", "KEN", 5.2e9) in got, got


def test_a_participle_that_is_no_fronted_clause_names_no_subject() -> None:
    # near miss: "reported importing" has its subject before it; Ghana is the one who said so
    got = _rows("Kenya reported importing goods worth $5.2 billion, Ghana said on Monday.")
    assert not any(r[1] == "GHA" for r in got), got
