"""Markdown tables: the one table layout of the project (``report.md`` and the UI's previews in
asset metadata both use it). Cells are escaped here, so a pipe or a line break in a quoted
sentence never breaks a table.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd


def md_cell(value: object) -> str:
    """One Markdown table cell: no line breaks, pipes escaped, null as empty."""
    if pd.isna(value):
        return ""
    return " ".join(str(value).split()).replace("|", "\\|")


def md_table(rows: list[dict], columns: list[str]) -> str:
    """A Markdown table of ``rows`` (dicts) with ``columns`` as header; ``_none_`` when empty."""
    return md_table_of_lines(columns, [md_row(row, columns) for row in rows])


def md_row(row: Mapping, columns: list[str]) -> str:
    """The line of ``row`` (a dict: column -> value) in :func:`md_table` of ``columns``:
    ``| cell | cell |``, each cell :func:`md_cell`."""
    return _line([md_cell(row.get(c)) for c in columns])


def md_table_of_lines(columns: list[str], lines: list[str]) -> str:
    """:func:`md_table` from its rows' lines already made (:func:`md_row`, e.g. kept by a
    memo): the header, the separator, ``lines``; ``_none_`` when there are none."""
    if not lines:
        return "_none_"
    return "\n".join([*md_lines(columns, []), *lines])


def md_lines(header: list[str], cells: list[list[str]]) -> list[str]:
    """The lines of a Markdown table: ``header``, the separator, one line per row of ``cells``
    (already escaped). The one Markdown table layout of the project: report.md and the UI's
    previews both use it."""
    lines = [_line(header), "|" + "---|" * len(header)]
    return lines + [_line(row) for row in cells]


def _line(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
