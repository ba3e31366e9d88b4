"""A source named before its reporting verb ("data from the X agency showed ...") ends at that
verb: the clause it reports keeps its own countries, so the exporter it names is the reporter,
not the agency's country (``attribution._REPORTED``). Sentences made up."""

from tests.pipeline.extract.test_extract import figures


def _rows(text: str) -> dict[float, tuple]:
    out = figures(text)
    return {r.value: (r.flow, r.reporter, r.partner, r.source_country) for r in out.itertuples()}


def test_the_reported_clause_keeps_its_exporter() -> None:
    got = _rows(
        "date 2031-08-10\nData from the Korean trade agency showed that from January to June "
        "Ghana exported $514 million to South Korea."
    )
    assert got[514_000_000.0][:3] == ("exports", "GHA", "KOR")
    assert got[514_000_000.0][3] == "KOR"  # the agency still sources it
    got = _rows(
        "date 2031-08-10\nData from the Korean trade agency show Ghana's imports from South "
        "Korea fell to $214 million in the first half."
    )
    assert got[214_000_000.0][:3] == ("imports", "GHA", "KOR")


def test_a_participle_by_still_names_the_authority() -> None:
    # near miss: "data announced by the ... institute" is the source going on, not a clause
    got = _rows(
        "date 2031-08-10\nAccording to the trade data announced by the Ghana Statistical "
        "Service, exports to South Korea rose to $514 million in the first half."
    )
    assert got[514_000_000.0][:3] == ("exports", "GHA", "KOR")
    assert got[514_000_000.0][3] == "GHA"
