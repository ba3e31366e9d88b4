"""Lists under a header line: "Top five goods imported from A to B in 2024:" followed by one item
per line ("Copper ores and concentrates – $68.9 million;", "• Machines and parts: 185 billion
(+11.48%)").

An item line names neither flow nor countries nor period: it is read together with its header
("<header>: <product> – <amount>"), so the usual rules give it the header's flow, pair and
period. A header's currency word ("in terms of baht value") is the currency of items that state
none. An item that names no sector is a single product, which is not annotated (NOTES.md:
"table cells without a currency or scale in their own row or column header are not annotated";
single products are not annotated); only sector items ("foods", "copper ores") are figures.

A ranked list of partners under such a header ("Germany's main trading partners in 2030
(exports and imports):" then "1. USA 180.5 billion euros", "2. France: 170.2 billion euros")
is read the same way: an item may open with its rank ("1.", "2)"), a rank may stand on a line of
its own (which keeps the list open), and an item whose label is an economy needs no colon or
dash before its amount ("USA 180.5 billion euros"); the economy is the figure's partner
(``is_economy``). A ranking of products ("1. Cars 120 billion euros") has no separator and
no economy, so it is no item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.countries import find_countries
from pipeline.extract.numbers import find_mentions
from pipeline.extract.slots import trigger
from pipeline.lexicon import alternation, currencies, scales

# The longest header line we take for one (a list's title, not a paragraph ending in ":").
MAX_HEADER = 200

# "• Product name: 146 billion (+2.20%)", "Product name – $22.6 million;": a short label without
# digits, a colon or a dash, then the amount.
_ITEM = re.compile(
    r"^\s*(?:[•·*▪◦]\s*|-\s)?(?:\d{1,2}[.)]\s+)?(?P<what>[^:–—\d]{2,100}?)\s?(?::|\s[-–—])\s"
    r"(?P<rest>[^\s\d]{0,4}\s?\d.*)$"
)
# "1. USA 180.5 billion euros", "France €170.2 billion": a ranked item with no separator (read
# only when its label is an economy, ``is_economy``).
_BARE_ITEM = re.compile(
    r"^\s*(?:[•·*▪◦]\s*|-\s)?(?:\d{1,2}[.)]\s+)?(?P<what>[^:–—\d(),;]{2,40}?)\s"
    r"(?P<rest>[^\s\d]{0,4}\s?\d.*)$"
)
# "1.", "2)", "10.": a rank on a line of its own (the item follows on the next line).
_RANK_LINE = re.compile(r"^\s*\d{1,2}[.)]\s*$")


@dataclass(frozen=True)
class Header:
    """A list's header line without its colon, and the currency word it names, if any."""

    text: str
    currency: str | None


@dataclass(frozen=True)
class Item:
    """An item line read with its header: the text to extract from, where the item's amount
    part starts in it and in the original line (to map positions back), and the item's label."""

    text: str
    new_rest: int
    old_rest: int
    label: str


@cache
def _currency_word() -> re.Pattern[str]:
    words = [w for w in currencies().by_word if len(w) > 2]
    return re.compile(r"(?<![\w])(?:" + alternation(words) + r")(?![\w])", re.IGNORECASE)


@cache
def _bare_scale() -> re.Pattern[str]:
    """The first amount with a scale word and nothing after it that names a currency."""
    words = alternation([w for w, v in scales().items() if v >= 1e3 and len(w) > 1])
    return re.compile(r"^([-+]?\d[\d.,]*\s?(?:" + words + r"))(?![\w])", re.IGNORECASE)


# "... are as follows;" / "as follows." : a header line closed by another mark than a colon
_AS_FOLLOWS = re.compile(r"\bas follows\s?[;.]$", re.IGNORECASE)


def header_of(sentence: str) -> Header | None:
    """A list header: a short line ending in ":" (or "as follows" and any mark) that names a flow
    ("products exported to China", "imports from Armenia"); None otherwise."""
    text = sentence.rstrip()
    if len(text) > MAX_HEADER:
        return None
    if not text.endswith(":"):
        if not text.endswith(("follows;", "follows.")) or not _AS_FOLLOWS.search(text):
            return None
        text = text[:-1] + ":"
    if not trigger("flow").search(text) or find_mentions(text):
        return None  # a line with an amount of its own is a figure's sentence, not a title
    word = _currency_word().search(text)
    return Header(text[:-1].rstrip(), word.group(0) if word else None)


def item_of(header: Header, sentence: str) -> Item | None:
    """The line as an item of ``header``'s list, or None when it is no item (the list ended)."""
    match = _ITEM.match(sentence)
    if match is None:
        match = _BARE_ITEM.match(sentence)
        if match is None or not is_economy(match.group("what").strip()):
            return None
    label, rest = match.group("what").strip(), match.group("rest")
    if header.currency and not _currency_word().search(rest):
        rest = _bare_scale().sub(rf"\1 {header.currency}", rest, count=1)
    prefix = f"{header.text}: {label} – "
    return Item(prefix + rest, len(prefix), match.start("rest"), label)


def is_rank_line(sentence: str) -> bool:
    """A rank alone on its line ("1.", "2)"): a ranked list's item follows on the next line."""
    return len(sentence) <= 5 and _RANK_LINE.match(sentence) is not None


def is_economy(label: str) -> bool:
    """Whether an item's label is one economy's name and nothing else ("USA", "the
    Netherlands"), so the item ranks a partner."""
    found = find_countries(label)
    return (
        len(found) == 1
        and found[0].kind != "capital"
        and found[0].end == len(label)
        and label[: found[0].start].strip().lower() in ("", "the")
    )


def names_figure(item: Item) -> bool:
    """Whether an item's label names a sector ("dried foods", "copper ores") or a partner
    ("USA", ``is_economy``); other items are single products."""
    return trigger("sector").search(item.label) is not None or is_economy(item.label)
