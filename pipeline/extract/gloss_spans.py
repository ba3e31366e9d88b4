"""Where a figure read from a glossed sentence stands in the sentence as the page wrote it:
offsets carried through a character alignment of the gloss with the original, and, where the
alignment goes astray, the same number counted in order (``foreign`` glosses; this maps back)."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.serbian_cyrillic import original_span


class Written(NamedTuple):
    """One glossed sentence: the page's own text, its gloss and, for a page read through a
    transliteration (Serbian Cyrillic), the text the gloss was made from with the position in
    ``original`` of each of its characters (``serbian_cyrillic.serbian_latin``)."""

    original: str
    glossed: str
    read: str | None = None
    starts: tuple[int, ...] = ()


@lru_cache(maxsize=64)
def _opcodes(glossed: str, original: str) -> list[tuple[str, int, int, int, int]]:
    """The alignment of one sentence, once for all its figures (half of the calls on dev)."""
    return difflib.SequenceMatcher(None, glossed, original, autojunk=False).get_opcodes()


def as_written(original: str, glossed: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``original`` that ``glossed[start:end]`` was glossed from: positions are
    carried through a character alignment (``difflib``, no junk heuristic: sentences are short);
    a position inside rewritten text goes to that rewrite's edge in the original, and the span is
    widened to whole words ("millon|es" -> "millones"). Shapes: offsets into ``original``,
    ``0 <= start' <= end' <= len(original)``."""
    blocks = _opcodes(glossed, original)

    def carried(pos: int, edge: str) -> int:
        for tag, i1, i2, j1, j2 in blocks:
            if i1 <= pos < i2 or (pos == i2 and edge == "end" and i2 > i1):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j1 if edge == "start" else j2
        return len(original)

    new_start, new_end = carried(start, "start"), carried(end, "end")
    while new_start > 0 and original[new_start - 1].isalnum() and original[new_start].isalnum():
        new_start -= 1
    while (
        new_end < len(original) and original[new_end - 1].isalnum() and original[new_end].isalnum()
    ):
        new_end += 1
    if new_end <= new_start:
        # a rewrite the alignment left no characters ("tăng gấp đôi" -> "doubled"): the word
        # written where it lands, so a figure's text is never empty
        left = right = new_start
        while left > 0 and original[left - 1].isalnum():
            left -= 1
        while right < len(original) and original[right].isalnum():
            right += 1
        if left < right:
            return left, right
    return new_start, max(new_start, new_end)


def figure_as_written(figure: dict, written: dict[str, Written]) -> dict:
    """A glossed page's figure with its span and ``text`` as the page wrote them (provenance:
    offsets index the published sentence, not the gloss, nor the transliteration it was glossed
    from); other figures unchanged."""
    pair = written.get(figure["sentence_id"])
    if pair is None:
        return figure
    glossed = pair.glossed
    read = pair.original if pair.read is None else pair.read
    start, end = as_written(read, glossed, figure["char_start"], figure["char_end"])
    span = glossed[figure["char_start"] : figure["char_end"]]
    if _digits(read[start:end]) != _digits(span):
        # the alignment went astray (a sentence rewritten word for word repeats "% auf ..."
        # shapes): the same number, counted in order, anchors the span instead
        start, end = _same_number(read, glossed, figure["char_start"], span) or (start, end)
    if pair.read is not None:
        start, end = original_span(pair.starts, start, end)
    text = pair.original[start:end]
    return {**figure, "char_start": start, "char_end": end, "text": text}


_NUMBER = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(ch)) for ch in text if ch.isdigit())


def _same_number(original: str, glossed: str, start: int, span: str) -> tuple[int, int] | None:
    """The span of ``original`` holding the k-th number with the digits of the glossed span's
    number, k counted over the gloss before ``start``; as many words after it as the glossed span
    has after its number. ``None`` when the original has no such number."""
    first = _NUMBER.search(span)
    if first is None:
        return None
    digits = _digits(first.group(0))
    k = sum(
        _digits(m.group(0)) == digits for m in _NUMBER.finditer(glossed, 0, start + first.start())
    )
    found = [m for m in _NUMBER.finditer(original) if _digits(m.group(0)) == digits]
    if len(found) <= k:
        return None
    number = found[k]
    begin = number.start() - first.start()
    if begin < 0 or original[begin : number.start()].strip() != span[: first.start()].strip():
        begin = number.start()
    end = number.end()
    for _ in span[first.end() :].split():
        word = re.match(r"\s*[^\s\d,;()]+", original[end:])
        if word is None:
            break
        end += word.end()
    return begin, end
