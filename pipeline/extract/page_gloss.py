"""A page as the English rules read it: an English page as written (its decimal commas
translated, :mod:`pipeline.extract.translated_commas`), a page in a glossed language through the
word-for-word gloss of :mod:`pipeline.extract.foreign`.

Why a module of its own (issue 18, round 47): ``foreign`` imports the phrase table and the
twenty-seven language modules, whose patterns are compiled at import (~0.2 CPU-s of every cold
run's start); a run that reads only English pages, such as a live feed adding one English
article, never calls them. ``foreign`` is imported on the first page in another language.
"""

from __future__ import annotations

from pipeline.extract.bikram_sambat import with_gregorian_fiscal_years
from pipeline.extract.gloss_spans import Written
from pipeline.extract.page_language import language
from pipeline.extract.translated_commas import english_decimal_commas


def page_language(title: str | None, rows: list[dict]) -> str | None:
    """The glossed language a page (title, sentence rows in order) is read in, or ``None`` for a
    page the rules read as written (:func:`pipeline.extract.page_language.language` of the title
    and the first 40 sentences)."""
    return language([title or "", *(str(r["text"]) for r in rows[:40])])


def gloss_page(
    title: str | None, rows: list[dict], lang: str | None
) -> tuple[str | None, list[dict], dict[str, Written]]:
    """A page (title, sentence rows with ``sentence_id`` and ``text``; ``lang``: its
    :func:`page_language`) as the English rules read it: for an English page its decimal commas
    translated and its Bikram Sambat fiscal years Gregorian (:mod:`~.bikram_sambat`); for a
    page in a glossed language, the title and every sentence glossed, and ``sentence_id ->
    Written(original, gloss)`` for :func:`figure_as_written`
    (:func:`pipeline.extract.foreign.glossed_page`)."""
    if lang is None:
        return with_gregorian_fiscal_years(*english_decimal_commas(title, rows))
    from pipeline.extract.foreign import glossed_page  # the gloss tables: see the module doc

    return glossed_page(title, rows, lang)
