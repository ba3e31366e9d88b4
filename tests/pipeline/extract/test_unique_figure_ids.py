"""Figure ids unique in a document even where two sentences are written alike (round 53).

A figure's id hashes its sentence's text and span. In a cell-per-line table (an HTML table
flattened, ``trade_tables``) two cells holding the same number ("104,2" as both the exports and
the imports index) are two sentences written alike: their two figures shared one id, and a
real-news run failed the figures schema check (``figure_id`` unique) and published nothing.
Made-up tables.
"""

from pipeline.contract.schemas import FiguresSchema
from tests.pipeline.extract.figure_tuples import CORE, tuples
from tests.pipeline.extract.test_extract import figures


def _cells(*cells: str) -> str:
    return "\n\n".join(cells) + "\n"


def _table(row_2029: list[str]) -> str:
    header = ["Vývoz", "Dovoz"] + ["mil. Kč", "index"] * 2
    return (
        " date 2031-02-01\nMaďarsko: obchodní spolupráce s ČR\n\n"
        "Podle dostupných údajů obchod mezi oběma zeměmi v roce 2030 dále rostl.\n"
        "Vzájemný obchod se zbožím mezi ČR a HU\n\n"
        + _cells(*header)
        + _cells("2029", *row_2029)
        + _cells("2030", "21 300", "103,5", "18 900", "99,1")
        + "Zdroj: Český statistický úřad\n"
    )


def test_two_cells_written_alike_give_two_figures_with_their_own_ids() -> None:
    frame = figures(_table(["20 580", "104,2", "17 340", "104,2"]))
    rows = tuples(frame, CORE)
    assert (
        "exports",
        "CZE",
        "HUN",
        "2029-01-01",
        "2029-12-31",
        "pct_change",
        4.2,
        "percent",
    ) in rows
    assert (
        "imports",
        "CZE",
        "HUN",
        "2029-01-01",
        "2029-12-31",
        "pct_change",
        4.2,
        "percent",
    ) in rows
    assert len(frame) == 8 and frame["figure_id"].is_unique
    FiguresSchema.validate(frame)


def test_ids_already_unique_do_not_change() -> None:
    """The second same-looking cell is renamed; every other figure keeps the id it had."""
    alike = figures(_table(["20 580", "104,2", "17 340", "104,2"]))
    apart = figures(_table(["20 580", "104,2", "17 340", "101,7"]))
    shared = set(alike["figure_id"]) & set(apart["figure_id"])
    assert len(shared) == 7
