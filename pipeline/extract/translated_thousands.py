"""An English page translated from a thousands-dot original (Portuguese, Spanish, Italian wires):
"exports fell 4% to 10.456 million euros ... imports were 17,230 million euros".

Such a page counts in millions even past a thousand ("17,230 million", "3,000 million": what a
translator writes for "17.230 millones"), and a "d.ddd million" amount beside them is the same
original with its thousands dot left in: 10,456 million (NOTES.md, round 6: the thousands dot of
a translated original, where the decimal reading is absurd beside the page's own series). The
page's own series decides, not a size for the pair (a small economy's $1.748 million is real):
the dot is a thousands dot only when the page writes a plain thousands-comma million amount, the
decimal reading is less than a hundredth of the smallest of them and the thousands reading lies
within ten times of their range. Pages whose "d.ddd million" amounts are decimals
("$455.702 million", "$74.193 million" beside no "d,ddd million", or beside a dot no thousands dot
can be: "$5482.668 million") are untouched; so is a page that writes decimal commas (``translated_commas.english_decimal_commas`` reads those first).

The rewrite swaps one character (the dot for a comma), so spans stay as written.
"""

from __future__ import annotations

import re

_SCALE = r"(?=\s?(?:million|mln|mn)\b)"
# "17,230 million": a thousands comma, no decimals after it
_COMMA_MILLIONS = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{3})(?![\d,]|\.\d)" + _SCALE)
# what every ``_COMMA_MILLIONS`` match holds, found by re's scan for its first character
_COMMA_MILLIONS_CUE = re.compile(r",\d{3}\s?(?:million|mln|mn)\b")
# "10.456 million": one dot before exactly three digits
_DOT_MILLIONS = re.compile(r"(?<![\d,.])(\d{1,3})\.(\d{3})(?![\d,]|\.\d)" + _SCALE)
# ... and what every ``_DOT_MILLIONS`` match holds (a scan from its first character, "."), tested
# before the page's comma amounts are collected: most pages have neither
_DOT_MILLIONS_CUE = re.compile(r"\.\d{3}\s?(?:million|mln|mn)\b")
# "$5482.668 million": a dot after four digits or more is no thousands dot (round 50: a Pakistani
# page writes "1,107 million" beside "$5482.668 million" and "$8.959 million", all decimals)
_DECIMAL_MILLIONS = re.compile(r"(?<![\d,.])\d{4,}\.\d+\s?(?:million|mln|mn|billion|bn)\b")


def thousands_dots(texts: list[str]) -> list[str] | None:
    """The page's sentences with its translated thousands dots made commas, or ``None`` when
    the page shows none (the rule above)."""
    if not any("illion" in t or "mn" in t or "mln" in t for t in texts):
        return None
    joined = "\n".join(texts)
    if not _COMMA_MILLIONS_CUE.search(joined) or not _DOT_MILLIONS_CUE.search(joined):
        return None  # (the pattern's look-behind makes re try every position: the cue first)
    series = [int(a + b) for a, b in _COMMA_MILLIONS.findall(joined)]
    if not series or not _DOT_MILLIONS.search(joined):
        return None
    if _DECIMAL_MILLIONS.search(joined):
        return None  # the page's own dots are decimals
    low, high = min(series), max(series)

    def thousands(m: re.Match[str]) -> bool:
        whole = int(m.group(1) + m.group(2))
        return whole / 1000 < low / 100 and low / 10 <= whole <= high * 10

    def swap(m: re.Match[str]) -> str:
        return f"{m.group(1)},{m.group(2)}" if thousands(m) else m.group(0)

    out = [_DOT_MILLIONS.sub(swap, t) if "." in t else t for t in texts]
    return None if out == texts else out
