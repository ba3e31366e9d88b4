"""A figure inside a bracket takes its sides from inside the bracket and before it, never from
after the bracket closes: "trade reached $3.1bn (of which $512m of Egyptian goods imported by
Brazil and $2.59bn of Brazilian goods exported), behind only Algeria, with $4.4bn" (round 31,
he15): Algeria, after the bracket, ranks the pair against another partner; it is no side of the
bracketed parts, which are the pair's own (NOTES: parts of a total)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (a type only: ``bare`` imports this module, and countries reads numbers)
    from pipeline.extract.countries import CountrySpan

# A bracket that lists the parts of the figure before it: "(of which", "(including", "(out of
# which"; not a list item's own bracket ("Chile ($57.6bn), Brazil ($50.8bn) ... with Peru")
_PARTS_OPEN = re.compile(
    r"\(\s?(?:of\swhich|out\sof\swhich|including|comprising|among\swhich)\b", re.IGNORECASE
)


def enclosing_bracket(sentence: str, start: int) -> tuple[int, int] | None:
    """(index of "(", index of ")") of the bracket that holds position ``start`` of
    ``sentence``, or None when ``start`` is in no bracket or its bracket never closes."""
    opened = sentence.rfind("(", 0, start)
    if opened < 0 or ")" in sentence[opened:start]:
        return None
    close = sentence.find(")", start)
    return (opened, close) if close >= 0 else None


def bracket_close(sentence: str, start: int) -> int | None:
    """Where the bracket of parts that holds position ``start`` of ``sentence`` closes (the
    index of its ")"), or None when ``start`` is in no such bracket or it never closes."""
    span = enclosing_bracket(sentence, start)
    if span is None or not _PARTS_OPEN.match(sentence, span[0]):
        return None
    return span[1]


def before_close(sentence: str, countries: list[CountrySpan], start: int) -> list[CountrySpan]:
    """``countries`` without those after the close of the bracket of parts holding ``start``;
    unchanged when ``start`` is in no closed bracket of parts or every country lies after it."""
    close = bracket_close(sentence, start)
    if close is None:
        return countries
    kept = [c for c in countries if c.start < close]
    return kept if kept else countries
