"""Figures as comparable tuples, for tests that state the rows a made-up page must give.

``tuples(out, fields, unordered_turnover=True)`` turns a figures table (``FiguresSchema``) into
a set of tuples of ``fields`` in that order: the period columns as their ``str``, ``approx`` as a
``bool``. With ``unordered_turnover`` a turnover's reporter and partner are written in
alphabetical order, since a turnover's pair is unordered (NOTES, "Fields"), so the expected rows
need not guess which side the extractor names first.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

CORE = ("flow", "reporter", "partner", "period_start", "period_end", "measure", "value", "unit")


def tuples(
    out: pd.DataFrame, fields: Sequence[str] = CORE, *, unordered_turnover: bool = False
) -> set[tuple]:
    """The rows of ``out`` as a set of tuples of ``fields`` (see the module docstring)."""
    found = set()
    for row in out.itertuples():
        values = {name: getattr(row, name) for name in fields}
        if unordered_turnover and row.flow == "turnover" and {"reporter", "partner"} <= set(fields):
            values["reporter"], values["partner"] = sorted((row.reporter, row.partner))
        for name in ("period_start", "period_end"):
            if name in values:
                values[name] = str(values[name])
        if "approx" in values:
            values["approx"] = bool(values["approx"])
        found.add(tuple(values[name] for name in fields))
    return found
