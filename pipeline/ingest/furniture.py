"""Page furniture and hard wraps: what a page carries besides its article, dropped before
sentences are cut so that its numbers never become figures, and lines a site wrapped inside a
paragraph joined again so that an amount or a sentence is not cut in two.

Furniture (a whole line unless said otherwise): currency tickers ("USD 1.234 EUR 0.9"), menus of
short items ("Home | World | Business"), bylines and editor lines ("Editor: ..."), share buttons
("Share", "Tweet", "Follow us on ..."), photo captions ("Photo: ...", "FILE PHOTO: ...") and a
photo credit at the end of a line ("... in 2030. Photo: Agency" keeps the sentence).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import currencies, scales

# "USD 470.52 ▲ EUR 512.10", "USD/KZT 470.5 EUR/KZT 510.2": two or more code-value pairs.
_TICKER_PAIR = (
    r"(?:[A-Z]{3}(?:/[A-Z]{3})?|[$€£¥₽₸])\s?[-+]?\d[\d.,]*"
    r"(?:\s?[▲▼↑↓])?(?:\s?[+−-]\s?[\d.,]+%?)?(?:\s?[▲▼↑↓])?"
)
_TICKER = re.compile(rf"^(?:{_TICKER_PAIR}[\s|,;•]*){{2,}}$")

# "Editor: ...", "Reporter: ...", "Edited by ...", "Written by ..." (short lines only).
_BYLINE = re.compile(
    r"^(?:Editor|Editors|Edited by|Author|Authors|Reporter|Reporting by|Written by|Writing by|"
    r"Translated by|Compiled by|Photo credit|Image credit)\b\s*:?",
    re.IGNORECASE,
)
_BYLINE_MAX = 90

# Share buttons: a short line made only of these words.
_SHARE_WORDS = (
    "share", "share on", "share this", "share this article", "tweet", "facebook", "twitter", "x",
    "linkedin", "whatsapp", "telegram", "viber", "vk", "email", "e-mail", "print", "copy link",
    "copy", "pin", "reddit", "comments", "comment", "save", "bookmark", "like",
)  # fmt: skip
_SHARE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(w) for w in sorted(_SHARE_WORDS, key=len, reverse=True)) + r")"
    r"\s*[:|•/,]?\s*)+$",
    re.IGNORECASE,
)
_FOLLOW = re.compile(r"^(?:Follow us|Subscribe|Sign up|Join us)\b", re.IGNORECASE)
_SHORT_LINE = 80
_FURNITURE_MAX = 400  # furniture is short: longer lines are article text
_CREDIT_MAX = 100

# Photo captions: a line that starts as one, and a credit closing a line.
_CAPTION = re.compile(r"^\(?(?:FILE\s)?(?:PHOTO|Photo|Image|Picture|Pictured)\s?(?::|by\b)")
_CREDIT = re.compile(r"(?<=[.!?”\"\s])\s*\(?(?:Photo|PHOTO|Image)\s?:\s?[^.!?]{1,60}\.?\)?\s*$")

# A menu: three or more short items between "|", "•" or "»" with no sentence in them.
_MENU_SEPARATORS = re.compile(r"\s[|•»›/]\s|\s?\|\s?")
_MENU_ITEM_WORDS = 4


def _is_menu(line: str) -> bool:
    items = [i.strip() for i in _MENU_SEPARATORS.split(line) if i.strip()]
    if len(items) < 3:
        return False
    return all(
        len(i.split()) <= _MENU_ITEM_WORDS and not i.endswith((".", "!", "?")) for i in items
    )


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture (see the module docstring)."""
    if _TICKER.match(line) or _CAPTION.match(line):
        return True
    if len(line) <= _BYLINE_MAX and _BYLINE.match(line):
        return True
    if len(line) <= _SHORT_LINE and (_SHARE.match(line) or _FOLLOW.match(line)):
        return True
    return _is_menu(line)


# A table row between "|": two or more of its cells hold a number ("2030 | 120.5 | 80.2")
_NUMBER_CELL = re.compile(r"\d")


def _numeric_row(line: str) -> list[str] | None:
    """The cells of a "|"-separated line with numbers in two or more of them, else None."""
    cells = [c.strip() for c in line.split("|")]
    cells = [c for c in cells if c] if "|" in line else []
    return cells if sum(1 for c in cells if _NUMBER_CELL.search(c)) >= 2 else None


def _table_line(lines: list[str], k: int) -> bool:
    """Whether ``lines[k]``, read as a menu, is a table's row or its header row: a header has
    the same number of cells as the numeric row under it (``pipeline.extract.trade_tables``
    reads such tables; a menu holds no numbers)."""
    if "|" not in lines[k]:
        return False
    if _numeric_row(lines[k]):
        return True
    after = next((line for line in lines[k + 1 : k + 3] if line), "")
    below = _numeric_row(after)
    return below is not None and len(below) == len([c for c in lines[k].split("|") if c.strip()])


def strip_furniture(lines: list[str]) -> list[str]:
    """The lines without furniture; a photo credit closing a line is cut from it. A table's
    rows between "|" are no menu (``_table_line``)."""
    out = []
    for k, line in enumerate(lines):
        if (
            line
            and len(line) <= _FURNITURE_MAX
            and is_furniture(line)
            and not _table_line(lines, k)
        ):
            continue
        tail = line[-_CREDIT_MAX:]
        if "hoto" in tail or "HOTO" in tail or "Image" in tail:
            line = line[: -len(tail)] + _CREDIT.sub("", tail)
        out.append(line)
    return out


# Hard wraps.

_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*$")
_CONNECTIVE_END = re.compile(
    r"(?:^|\s)(?:the|a|an|of|to|from|in|on|at|by|for|with|and|or|between|than|about|around|"
    r"nearly|reached|totalled|totaled|amounted|stood|was|were|is|are|its|their|his|her)$",
    re.IGNORECASE,
)
_TABLE_ROW = re.compile(r"(?:\S+\s+){0,3}?(?:[-\d.,%]+\s+){2,}[-\d.,%]+\s*$")
_MIN_WRAPPED_LINES = 3
_WIDTH_SLACK = 2


@cache
def _amount_words() -> re.Pattern[str]:
    """A line that starts with a scale or currency word continues an amount ("billion")."""
    words = [w for w in scales() if len(w) > 2] + list(currencies().by_word)
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"^(?:{alternation})\b", re.IGNORECASE)


def _ends_in_amount(line: str) -> bool:
    symbols = currencies().by_symbol
    return line[-1].isdigit() or any(line.endswith(s) for s in symbols)


def _ends_in_symbol(line: str) -> bool:
    """A line ending with a currency symbol written as a word, maybe with its stop ("Rs.",
    "Shs", "US$"), which the amount on the next line completes."""
    word = line.rsplit(None, 1)[-1].rstrip(".")
    # (not "US", nor a one-letter symbol: "... trade with the US" / "2030 saw" is two lines)
    return len(word) > 1 and word != "US" and word in currencies().by_symbol


def _wrap_width(lines: list[str]) -> int | None:
    """The width a site wrapped its paragraphs at: many lines of nearly the same, greatest
    length, none much longer; None for a page of long paragraph lines."""
    lengths = sorted(len(ln) for ln in lines if ln)
    if len(lengths) < _MIN_WRAPPED_LINES or lengths[-1] > 160:
        return None
    width = lengths[-1]
    near = sum(1 for n in lengths if n >= width - 12)
    return width if near >= _MIN_WRAPPED_LINES and width >= 40 else None


def _wrapped(previous: str, line: str, width: int | None) -> bool:
    """Whether ``line`` continues ``previous`` inside one paragraph."""
    if not previous or not line or _TABLE_ROW.match(previous) or _TABLE_ROW.match(line):
        return False
    first = line[0]
    if _ends_in_amount(previous) and _amount_words().match(line):
        return True  # "$2.203" / "billion"
    if first.isdigit() and _ends_in_symbol(previous):
        return True  # "... came to only Rs." / "169 million.": the symbol's amount follows
    if _SENTENCE_END.search(previous[-8:]):
        # A full line in a wrapped page ends where the width ran out, not where the paragraph did.
        return width is not None and len(previous) + 1 + len(line.split()[0]) > width
    if first.islower() or first == "(" or _CONNECTIVE_END.search(previous[-16:]):
        return True  # "(" opens a bracket of the sentence the line before left unended
    return width is not None and len(previous) + 1 + len(line.split()[0]) > width - _WIDTH_SLACK


def join_wrapped(lines: list[str]) -> list[str]:
    """Lines with each hard-wrapped paragraph joined into one line (blank lines, headings and
    short closing lines of a paragraph stay where they are)."""
    width = _wrap_width(lines)
    out: list[str] = []
    previous = ""  # the previous line as it was on the page (``out[-1]`` may be several)
    for line in lines:
        if not line and previous and _CONNECTIVE_END.search(previous[-16:]):
            continue  # "... against the imports of" / "" / "$4.80 million.": one sentence
        if out and _wrapped(previous, line, width):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out
