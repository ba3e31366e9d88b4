"""An English page translated from a decimal-comma original: "$1375,214 million", "$742,386
million" (NOTES.md: the decimal-comma rule), read by ``page_gloss.gloss_page`` for a page in no
other language before its figures are found.

A comma after four or more digits and before exactly three, then a scale word, is no thousands
comma; on a page that writes one, its one-comma scaled amounts are decimal commas, rewritten
with a decimal point. Otherwise the translated thousands dots of :mod:`translated_thousands`
are read. Both rewrites swap one character, so spans stay as written.
"""

from __future__ import annotations

import re

from pipeline.extract.gloss_spans import Written
from pipeline.extract.translated_thousands import thousands_dots

# An English page translated from a decimal-comma original: a comma after four or more digits
# and before exactly three, then a scale word ("$1375,214 million"), is no thousands comma (a
# thousands comma never follows four digits); the page's "d,ddd million" amounts are then decimal
# commas too ("$742,386 million" is 742.386 million), as NOTES.md's decimal-comma rule reads them.
_EN_SCALE = r"(?=\s?(?:million|billion|trillion|mln|mn|bn)\b)"
_EN_DECIMAL_CUE = re.compile(r"(?<![\d,.])\d{4,},\d{3}" + _EN_SCALE)
# what every cue holds, found by re's scan for its first character (the cue's look-behind makes
# re try every position): one search of the page, most pages have none
_EN_DECIMAL_GATE = re.compile(r",\d{3}" + _EN_SCALE)
_EN_AMBIGUOUS = re.compile(r"(?<![\d,.])(\d{1,4}),(\d{3})(?![\d,]|\.\d)" + _EN_SCALE)


def english_decimal_commas(
    title: str | None, rows: list[dict]
) -> tuple[str | None, list[dict], dict[str, Written]]:
    """An English page as written, unless it shows the decimal-comma cue (above): then its
    one-comma scaled amounts with a decimal point (same length, so spans stay as written); or
    the translated thousands dots of :mod:`translated_thousands` (one character each too)."""
    texts = [str(r["text"]) for r in rows]
    if not _EN_DECIMAL_GATE.search("\n".join(texts)) or not any(
        "," in t and _EN_DECIMAL_CUE.search(t) for t in texts
    ):
        dotted = thousands_dots(texts)
        if dotted is None:
            return title, rows, {}
        glossed = [{**r, "text": t} for r, t in zip(rows, dotted, strict=True)]
    else:
        glossed = [{**r, "text": _EN_AMBIGUOUS.sub(r"\1.\2", str(r["text"]))} for r in rows]
    written = {
        r["sentence_id"]: Written(str(r["text"]), g["text"])
        for r, g in zip(rows, glossed, strict=True)
        if g["text"] != r["text"]
    }
    return title, glossed, written
