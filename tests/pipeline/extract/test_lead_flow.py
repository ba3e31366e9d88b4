"""A flow named by a sentence's lead-in ("In terms of imports, ...", "As for exports, ...", "On
the import side, ...") is the flow of the figures after it whose own clause names no direction
("shipments", "deliveries", or no flow word). Made-up sentences, never page text."""

from tests.pipeline.extract.test_extract import figures


def _rows(out) -> list[tuple]:
    return [(r.flow, r.reporter, r.partner, r.measure, r.value) for r in out.itertuples()]


def test_a_lead_in_names_the_flow_of_a_directionless_shipment_word() -> None:
    for lead in ("In terms of imports,", "As for imports,", "On the import side,"):
        out = figures(
            f"date 2031-06-10\nChile's trade with its partners grew in May 2031. {lead} Peru was "
            "the fourth largest partner of Chile with shipments of $412.5 million in May 2031."
        )
        assert [r[0] for r in _rows(out)] == ["imports"], (lead, out.to_string())


def test_a_lead_in_names_the_flow_where_the_clause_has_no_flow_word() -> None:
    out = figures(
        "date 2031-06-10\nChile's trade with Peru grew in May 2031. As for exports, the total "
        "value was $215.4 million in May 2031."
    )
    assert [r[0] for r in _rows(out)] == ["exports"], out.to_string()


def test_near_miss_the_clauses_own_export_or_import_word_wins() -> None:
    # the clause names its own direction: the lead-in does not turn it round
    out = figures(
        "date 2031-06-10\nAs for imports, Peru's exports to Chile rose to $412.5 million in "
        "May 2031."
    )
    assert ("exports", "PER", "CHL", "level", 412.5e6) in _rows(out), out.to_string()


def test_near_miss_without_a_lead_in_shipments_stay_exports() -> None:
    out = figures(
        "date 2031-06-10\nChile's trade with its partners grew in May 2031. In particular, Peru "
        "was the fourth largest partner of Chile with shipments of $412.5 million in May 2031."
    )
    assert "imports" not in [r[0] for r in _rows(out)], out.to_string()
