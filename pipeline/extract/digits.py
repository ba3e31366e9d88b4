"""Digits as a number, the mention a number becomes, and the currency symbol before it: the
primitives ``numbers`` (finding amounts in a sentence), ``compound`` (amounts with several scale
words) and ``ranges`` (joining range bounds) share.

Separator rules are explained in ``numbers``' module docstring; ``parse_number`` returns the
value and ``step``, the value of one unit in the last stated digit (the precision the text
states), and whether a single comma before three digits made the reading ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.extract.caseless import literal_trie
from pipeline.lexicon import Currency, currencies, scales

# Digits with "," or "." separators, or groups of three after a space ("12 480,5", "USD 1 889.0")
# where a page uses a space as the thousands separator, or after an apostrophe, the Swiss one
# ("CHF 9'412 million", "1’250.5"; price-parser#61).
_NUM = (
    r"(?:\d{1,3}(?:(?: \d{3})+|(?:['’]\d{3})+)(?![\d])(?:[.,]\d{1,15})?"
    r"|\d{1,15}(?:[.,]\d{1,15}){0,6})"
)
# Indian grouping: lakhs and crores in pairs of digits before the last three ("1,25,000").
_INDIAN_GROUPS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}")


@dataclass(frozen=True)
class Mention:
    """A number in a sentence with its kind: ``money``, ``percent`` or ``multiple``."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    rounding: float
    is_range: bool = False
    # A currency the page's country decides ("¥", "rupees"): (iso3, code) choices, ``unit``
    # being the default; see ``currency_for``.
    choices: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ParsedNumber:
    value: float
    step: float  # value of one unit in the last stated digit
    ambiguous_thousands: bool


def as_written(value: float) -> float:
    """``value`` rounded to 15 significant digits, the most a float holds exactly: the decimal a
    page wrote, without the binary noise scaling adds ("US$4.1 billion" is 4.1 * 1e9 =
    4099999999.9999995 in floating point; this gives 4100000000.0). Any amount of at most 15
    significant digits comes back as written."""
    return float(f"{value:.15g}")


def parse_number(token: str) -> ParsedNumber:
    """Digits with separators to a number and its precision; see the module docstring."""
    if token.isascii() and token.isdigit():
        return ParsedNumber(float(token), 1.0, False)  # plain digits: what _from_parts gives
    if " " in token or "'" in token or "’" in token:
        # a space or an apostrophe separates thousands: "12 480,5" is 12480.5, "9'412" 9412
        token = token.replace(" ", "").replace("'", "").replace("’", "")
        whole, sep, frac = token.replace(",", ".").partition(".")
        return _from_parts(whole, frac, False)
    if _INDIAN_GROUPS.fullmatch(token):
        return _from_parts(token.replace(",", ""), "", False)
    commas, dots = token.count(","), token.count(".")
    if not commas and dots == 1:  # "7.23": the common case of the loop below
        whole, frac = token.split(".")
        return _from_parts(whole, frac, False)
    if commas and dots:
        decimal = "," if token.rfind(",") > token.rfind(".") else "."
        if token.count(decimal) > 1:
            # Both marks used for thousands, a typo mix ("4,920.000.000"): a mark written twice
            # is no decimal point. Well-formed triples join; otherwise keep the leading group.
            groups = token.replace(",", ".").split(".")
            if all(len(g) == 3 for g in groups[1:]):
                return _from_parts("".join(groups), "", False)
            return _from_parts(groups[0], "", False)
        thousands = "." if decimal == "," else ","
        whole, _, frac = token.replace(thousands, "").partition(decimal)
        return _from_parts(whole, frac, False)
    for sep, count in ((",", commas), (".", dots)):
        if not count:
            continue
        groups = token.split(sep)
        all_triples = all(len(g) == 3 for g in groups[1:])
        if count > 1 and all_triples:
            return _from_parts("".join(groups), "", False)
        if count == 1 and sep == "," and all_triples:
            return _from_parts("".join(groups), "", True)
        if count == 1:
            return _from_parts(groups[0], groups[1], False)
        if all(len(g) == 3 for g in groups[1:-1]) and len(groups[-1]) < 3:
            # "1.099.52 trillion": a figure in a smaller scale ("1,099.52 billion") rescaled
            # without moving its digits; the first separator is the decimal point.
            return _from_parts(groups[0], "".join(groups[1:]), False)
        # Mixed group lengths ("1,2,3"): not a well-formed number; keep the leading part.
        return _from_parts(groups[0], "", False)
    return _from_parts(token, "", False)


def _from_parts(whole: str, frac: str, ambiguous: bool) -> ParsedNumber:
    value = float(f"{whole or '0'}.{frac or '0'}")
    return ParsedNumber(value, 10.0 ** -len(frac), ambiguous)


def symbol_currency(written: str) -> Currency | None:
    """The currency a symbol names, as written (``currencies.csv`` symbols), else None.

    Symbols are case-exact: "USD", "Rs", "N" are currencies; "usd", "rs", "n" in prose are not
    ("Mrs", "yrs", "n 5 billion" in a garbled line). The money patterns match symbols
    case-insensitively (for speed, see ``caseless``), so every reader of a symbol asks this."""
    return currencies().by_symbol.get(written)


@cache
def _symbol_at_end() -> re.Pattern[str]:
    # The money pattern's own symbol rule: not the tail of a word ("MOP$"), one space allowed
    # between the symbol and the digits.
    return re.compile(rf"(?<![\w])(?P<pre>{literal_trie(currencies().by_symbol)})\s?$", re.I)


def symbol_before(sentence: str, start: int) -> tuple[Currency, int] | None:
    """The currency of the symbol written right before ``start`` (one space allowed) and where
    the symbol starts; None when there is none or its case is not a symbol's ("rs 5 billion"; see
    ``symbol_currency``). The same reading as a single amount's symbol in ``numbers``."""
    longest = max(map(len, currencies().by_symbol))
    match = _symbol_at_end().search(sentence, max(0, start - longest - 1), start)
    if match is None:
        return None
    currency = symbol_currency(match.group("pre"))
    return (currency, match.start("pre")) if currency is not None else None


def scaled_like(model: Mention, start: int, end: int, digits: str, scale_word: str) -> Mention:
    """An amount written "<digits> <scale word>" with no currency of its own ("2.4 bln", "from
    $5bn to 7.5 billion"), read in the currency and kind of ``model``, the money amount it
    borrows them from: value = digits x the scale (lexicon ``scales``), rounding half the last
    digit's step at that scale, as every amount reader has it. ``scale_word`` must be a key of
    ``scales()`` (any case): a ``KeyError`` otherwise."""
    number = parse_number(digits)
    multiplier = scales()[scale_word.lower()]
    return replace(
        model,
        start=start,
        end=end,
        value=number.value * multiplier,
        rounding=number.step * multiplier / 2,
        is_range=False,
    )
