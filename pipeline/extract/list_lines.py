"""List lines: a header line ("Top five partners in 2030:") and the item lines under it, read by
``sentence.sentence_figures`` (passed in as ``read``: the item is read as a sentence of its own, and
this module stays below ``sentence`` in the import order). See ``headers`` for what a header and
an item are."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan, find_countries
from pipeline.extract.currency_names import names_currency
from pipeline.extract.headers import header_of, is_rank_line, item_of, names_figure
from pipeline.extract.periods import Period
from pipeline.extract.slots import trigger

Read = Callable[
    [dict[str, object], list[CountrySpan], DocContext], list[tuple[dict, Period | None]]
]
"""``sentence_figures``: a row, its countries and the document context to the row's figures."""


def header_list(
    row: dict[str, object], sentence: str, ctx: DocContext, read: Read
) -> list[tuple[dict, Period | None]] | None:
    """A list header line (no figures; remembered) or an item line under one (read with its
    header: see ``headers``); None for any other sentence, which also ends a list."""
    header = ctx.list_header
    item = item_of(header, sentence) if header is not None else None
    ctx.list_header = None
    if item is None:
        ctx.list_header = header if is_rank_line(sentence) else header_of(sentence)
        return [] if ctx.list_header is not None else None
    if not names_figure(item):
        ctx.list_header = header
        if trigger("flow").search(item.label):
            return None  # "Imports from Hungary: €3.5 billion": a figure line, read as a sentence
        return []  # a single product: not annotated
    economies = [c for c in find_countries(item.text) if not names_currency(item.text, c)]
    out = read({**row, "text": item.text}, economies, ctx)
    ctx.list_header = header
    shift = item.old_rest - item.new_rest  # positions back in the item's own line
    found = []
    for figure, period in out:
        if figure["char_start"] >= item.new_rest:  # amounts of the item, not of its header
            figure["char_start"] += shift
            figure["char_end"] += shift
            found.append((figure, period))
    return found
