"""A trade total's breakdown in an aside: "Trade reached $5bn, with exports of $3bn and imports
of $2bn, and is expected to hit $7bn": once both parts are read, an amount after them with no flow
word of its own goes on with the total the aside broke down, not with the last part (round 39:
"rose from $X, with exports of $A and imports of $B in 2029, to a total of $Y in 2033" had read
$Y as imports).

Rule: the figure just read is exports or imports; the figure before it is the other of the two,
of the same pair; the figure before that is a turnover of that pair; and the text between the
turnover's amount and the first part opens an aside ("with", "of which", "including",
"comprising", "consisting of", "made up of", a dash or a bracket). Then the flow the sentence
carries is turnover again.

A from-level broken down the same way carries its own year inside the aside: "rose from $X, with
exports of $A and imports of $B in 2029, to $Y in 2033" dates $X with 2029 (the aside's year), not
a year before the "to" level (:func:`aside_end`).
"""

from __future__ import annotations

import re

# what opens the aside between the total's amount and its first part
_OPENS = re.compile(
    r"^(?:\s(?:in|for|during)\s[^,;()]{1,40})?[,;]?\s?(?:\(|[—–]\s?|-\s"
    r"|(?:with|of\swhich|including|comprising|consisting\sof|made\sup\sof|split\sinto"
    r"|broken\sdown\sinto|divided\sinto|where)\b)",
    re.IGNORECASE,
)
_PARTS = {"exports", "imports"}
# the subject names the trade, then the aside opens before the first part's amount
_SUBJECT_ASIDE = re.compile(
    r"\b(?:trade|turnover|commerce)\b[^,;()$€£¥\d]{0,80},\s(?:with|including|comprising)\s"
    r"(?:its\s|their\s)?(?:exports?|imports?)\s(?:of\s|at\s|worth\s)?"
    r"(?:(?:about|around|some|nearly)\s)?$",
    re.IGNORECASE,
)
# an aside right after a from-level that names both parts, closed by the ", to" of the change
_FROM_ASIDE = re.compile(
    r",\s(?:with|including|comprising|consisting\sof|made\sup\sof|of\swhich)\s"
    r"(?=[^;()]{0,100}\bexports?\b)(?=[^;()]{0,100}\bimports?\b)[^;()]{0,120}?(?=,\sto\s)",
    re.IGNORECASE,
)


def resumes_total(sentence: str, out: list[tuple[dict, object]]) -> bool:
    """True when the last two figures of ``out`` (figure dict, period) are the exports and
    imports an aside gives for the turnover figure read right before them, or for the trade the
    sentence's subject names before them ("Trade between A and B, with exports of $3bn and
    imports of $2bn, reached $5bn"; module rule). ``sentence`` is the text the figures'
    ``char_start``/``char_end`` index."""
    if len(out) < 2:
        return False
    first, second = (f for f, _ in out[-2:])
    pair = {first["reporter"], first["partner"]}
    if {first["flow"], second["flow"]} != _PARTS or {second["reporter"], second["partner"]} != pair:
        return False
    if len(out) == 2:
        return bool(_SUBJECT_ASIDE.search(sentence, 0, first["char_start"]))
    total = out[-3][0]
    return (
        total["flow"] == "turnover"
        and {total["reporter"], total["partner"]} == pair
        and bool(_OPENS.match(sentence[total["char_end"] : first["char_start"]]))
    )


def aside_end(sentence: str, end: int) -> int | None:
    """Where the breakdown aside right after a from-level ending at ``end`` closes (the index of
    its ", to"), or None: "from $X, with exports of $A and imports of $B in 2029, to $Y"."""
    found = _FROM_ASIDE.match(sentence, end)
    return found.end() if found else None


def closed_aside(sentence: str, out: list[tuple[dict, object]]) -> int | None:
    """Where a bracketed breakdown closes: the index after the ")" that follows the second part
    of ``out``'s last two figures when the bracket opened before the first ("reached $2.8bn
    (of which $0.5bn of imports and $1.8bn of exports), behind only C, with $4.2bn"), so a flow
    word inside the bracket is no later amount's own; None for an aside with no bracket."""
    first, second = (f for f, _ in out[-2:])
    total = out[-3][0] if len(out) >= 3 else None
    start = total["char_end"] if total is not None else 0
    opened = sentence.rfind("(", start, first["char_start"])
    if opened == -1 or ")" in sentence[opened : first["char_start"]]:
        return None
    close = sentence.find(")", second["char_end"])
    if close == -1 or "(" in sentence[second["char_end"] : close]:
        return None
    return close + 1
