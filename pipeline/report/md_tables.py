"""Markdown tables: the one table layout of the project (``report.md`` and the UI's previews in
asset metadata both use it). Cells are escaped here, so a pipe or a line break in a quoted
sentence never breaks a table.
"""

from __future__ import annotations

import pandas as pd


def md_cell(value: object) -> str:
    """One Markdown table cell: no line breaks, pipes escaped, null as empty."""
    if pd.isna(value):
        return ""
    return " ".join(str(value).split()).replace("|", "\\|")


def md_table(rows: list[dict], columns: list[str]) -> str:
    """A Markdown table of ``rows`` (dicts) with ``columns`` as header; ``_none_`` when empty."""
    if not rows:
        return "_none_"
    return "\n".join(md_lines(columns, [[md_cell(row.get(c)) for c in columns] for row in rows]))


def md_lines(header: list[str], cells: list[list[str]]) -> list[str]:
    """The lines of a Markdown table: ``header``, the separator, one line per row of ``cells``
    (already escaped). The one Markdown table layout of the project: report.md and the UI's
    previews both use it."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in cells]
