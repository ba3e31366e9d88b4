"""Money ranges whose first bound is written bare: "between $5 and $6 billion", "between 5 and
6 billion dollars", "around 6.5 and 7 billion dollars", "about 5 to 6 billion dollars".

The money pattern in ``numbers`` joins "$5-6 billion" and "$5 to $6 billion" itself; a bound
joined by "and", or one with the currency after the second bound, it reads as two numbers: a
bare "$5" (five dollars) and "$6 billion". This module joins them into one range mention (the
midpoint, rounding the half-width plus the stated precision, ``is_range``) when a range cue
("between", "around", "about", "roughly", "approximately", "some") comes before the first bound
("and", "to") or a dash joins them, and the first bound is smaller than the second's digits. "from
5 to 6 billion" is a change, not a range: ``from_to`` reads its two levels.

Without a range cue, two numbers joined by "and" before one scale word and a currency written
after them are two amounts that share both: "worth 839 and 587 million USD respectively",
"valued at 1,800 and 780 million euros" (the first is 839 million dollars, 1,800 million euros).
Only when the currency follows the digits (a symbol binds to its own number: "5 and $6 billion"
is left alone), the second amount has a scale word, and the first number is no year ("in 2021
and 5 billion dollars in 2022").

A range of rates is read the same way (``percent_ranges``): "85-90 percent", "5–7%" (a dash),
"between 5 and 7 percent", "by 85 to 90 percent" → one percentage at the midpoint. "and" only
after "between" ("by 24.2 and 10.3 percent respectively" is a list, ``bare.shared_percent``),
"to" never after "from" ("rose from 5 to 7 percent" is a share moving, not a range).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.digits import _NUM, Mention, parse_number, symbol_currency
from pipeline.extract.from_to import range_after_from, split_from_to
from pipeline.extract.period_patterns import YEAR_NUMBER

_JOINED = re.compile(
    rf"(?:\b(?P<cue>between|around|about|roughly|approximately|some)\s)?"
    rf"(?P<pre>[^\s\d]{{1,4}}\s?)?(?P<n>{_NUM})\s?(?P<j>and|to|-|–)\s?$",
    re.IGNORECASE,
)
# How every ``_JOINED`` match ends (``_NUM`` ends with a digit): tested on the last characters
# before a mention, it skips the scan of the window before "rose to $5bn", "and $6bn of".
_BOUND_END = re.compile(r"\d\s?(?:and|to|-|–)\s?\Z", re.IGNORECASE)
_BOUND_END_CHARS = len("5 and ")
_FIRST_NUMBER = re.compile(_NUM)
_WINDOW = 40  # characters before a mention where its first bound may stand
_JOINERS = ("and", "to", "-", "–")  # what ``_JOINED`` needs right before a mention


def join_ranges(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in order) with each bare first bound and the money mention after it made one
    range mention; other mentions unchanged."""
    out: list[Mention] = []
    for m in mentions:
        if out and _dashed_pair(sentence, out[-1], m):
            # "$1.5bn-$2bn", "€300m – €350m", "between $10bn and $12bn": two amounts, each with
            # its own scale, one range
            first = out.pop()
            m = replace(
                m, start=first.start, value=(first.value + m.value) / 2, is_range=True,
                rounding=(m.value - first.value) / 2 + max(first.rounding, m.rounding),
            )  # fmt: skip
        split = range_after_from(sentence, m) if m.is_range else None
        if split is not None:  # "from $1.2 to $1.5 billion": two levels (``from_to``)
            out.append(split[0])
            m = split[1]
        joined = _joined(sentence, m) if m.kind == "money" and not m.is_range else None
        first = split_from_to(sentence, m, out) if m.kind == "money" and not m.is_range else None
        if first is not None:  # "from 1.2 to 1.5 billion euros"
            if out and out[-1].start == first.start:
                out.pop()  # the bare first amount read alone ("$1.2")
            out.append(first)
        elif joined is not None:
            while out and out[-1].end > joined.start:
                out.pop()  # the bare first bound read alone ("$5")
            m = joined
        elif m.kind == "money" and not m.is_range:
            first = _shared_scale(sentence, m)
            if first is not None and not (out and out[-1].end > first.start):
                out.append(first)
        out.append(m)
    return out


def _dashed_pair(sentence: str, first: Mention, second: Mention) -> bool:
    """Two money amounts of one currency joined by a dash alone, or by "and" after "between"
    ("between US$10 billion and $12 billion"), the smaller first."""
    if not (
        first.kind == second.kind == "money"
        and not (first.is_range or second.is_range)
        and first.unit == second.unit
        and first.value < second.value
    ):
        return False
    joiner = sentence[first.end : second.start].strip()
    if joiner == "and":
        return sentence[max(0, first.start - 9) : first.start].lower().rstrip().endswith("between")
    return joiner in ("-", "–", "—")


# A number, "and", then the mention: the first of two amounts sharing a scale and currency.
_SHARED = re.compile(rf"(?<![\w.,$€£¥₹₩₦])(?P<n>{_NUM})\sand\s$", re.IGNORECASE)


def _shared_scale(sentence: str, m: Mention) -> Mention | None:
    """The bare first number of "839 and 587 million USD" as an amount of its own (see the module
    docstring), else None."""
    if not sentence[max(0, m.start - 4) : m.start].lower().endswith("and "):
        return None  # the common case, without a regex scan
    text = sentence[m.start : m.end]
    own = _FIRST_NUMBER.match(text)  # digits first: the currency is written after them
    if own is None:
        return None
    digits = parse_number(own.group(0)).value
    scale = m.value / digits if digits else 0.0
    if scale < 1e3 or m.is_range:
        return None  # no scale word: "5 and 6 dollars" are no trade figures
    match = _SHARED.search(sentence, max(0, m.start - _WINDOW), m.start)
    if match is None or YEAR_NUMBER.fullmatch(match.group("n")):
        return None
    number = parse_number(match.group("n"))
    return replace(
        m,
        start=match.start("n"),
        end=match.end("n"),
        value=number.value * scale,
        rounding=number.step * scale / 2,
    )


def _joined(sentence: str, m: Mention) -> Mention | None:
    if not sentence[max(0, m.start - 4) : m.start].rstrip().lower().endswith(_JOINERS):
        return None  # no "and"/"to"/dash right before: the common case, without a regex scan
    if not _BOUND_END.search(sentence[max(0, m.start - _BOUND_END_CHARS) : m.start]):
        return None  # no number right before the joiner ("rose to $5bn")
    lo = max(0, m.start - _WINDOW)
    match = _JOINED.search(sentence, lo, m.start)
    if match is None or match.end() != m.start:
        return None
    joiner, cue = match.group("j").lower(), match.group("cue")
    if joiner in ("and", "to") and not cue:
        return None  # "exports of 5 and $6 billion of imports", "from 5 to 6 billion"
    pre = (match.group("pre") or "").strip()
    if pre.isalpha() and symbol_currency(pre) is None:
        pre = ""  # "could amount to 30-40 million USD": the word before is no currency (round 46)
    text = sentence[m.start : m.end]
    if pre and not text.startswith(pre):
        return None  # "€5 and $6 billion": two currencies
    own = _FIRST_NUMBER.search(text)
    if own is None:
        return None
    high_digits = parse_number(own.group(0)).value
    low_digits = parse_number(match.group("n")).value
    if not 0 < low_digits < high_digits:
        return None  # "in 2021 to 5 billion": not a lower bound
    scale = m.value / high_digits
    low, high = low_digits * scale, m.value
    start = match.start("pre") if pre else match.start("n")
    return replace(
        m,
        start=start,
        value=(low + high) / 2,
        rounding=(high - low) / 2 + m.rounding,
        is_range=True,
    )


# The bare low end of a range of rates right before a percentage: "85-90", "between 5 and",
# "by 85 to" (a decimal or up to three digits: never a year)
_RATE_LOW = re.compile(
    r"(?:\b(?P<cue>between|by|of|about|around|some|roughly|approximately|from)\s)?"
    r"(?<![\w.,$€£¥₹%-])(?P<n>\d{1,3}(?:\.\d{1,2})?)(?P<j>\s?[-–]\s?|\sand\s|\sto\s)$",
    re.IGNORECASE,
)


def percent_ranges(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each percentage that closes a range of rates ("85-90 percent") made
    one range mention at the midpoint (see the module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        if m.kind == "percent" and m.value > 0 and sentence[m.start : m.start + 1].isdigit():
            low = _RATE_LOW.search(sentence, max(0, m.start - 24), m.start)
            joiner = low.group("j").strip().lower() if low else ""
            cue = (low.group("cue") or "").lower() if low else ""
            if (
                low is not None
                and (
                    joiner in ("-", "–")
                    and cue != "from"
                    or joiner == "and"
                    and cue == "between"
                    or joiner == "to"
                    and cue not in ("", "from")
                )
                and not (out and out[-1].end > low.start("n"))
                and 0 < (value := parse_number(low.group("n")).value) < m.value
            ):
                m = replace(
                    m, start=low.start("n"), value=(value + m.value) / 2, is_range=True,
                    rounding=(m.value - value) / 2 + m.rounding,
                )  # fmt: skip
        out.append(m)
    return out
