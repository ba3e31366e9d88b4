"""A figure stated for the present ("imports are now worth $500m", "it currently stands at
$1.7bn", "totaled $128m in August 2030 but has since risen to $213m"): NOTES ("now" without a
year, "currently stands at") leave it undated. Such a clause does not take the period of an
earlier figure's clause or sentence; a period inside its own clause ("In 2031 trade is now
$5bn", "has since risen to $9m in 2031") still dates it.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.numbers import Mention
from pipeline.extract.periods import Period

# A verb of the figure's clause said of the present: "are now worth", "has now reached", "now
# stands at", "is currently", "currently stands", "at present totals", "has since risen". Not
# "now" as an adverb of a noun ("trade with A, now its largest partner, was $5bn in 2030").
# ... also the verb before its adverb, as glossed pages write it (Arabic "تتجاوز حاليا":
# "exceeds currently"), and "so far" / "to date" not followed by a period of their own ("so far
# this year" is the year to date, dated by its own words): the value as it stands (round 53)
_NOW = Caseless(
    re.compile(
        r"\b(?:(?:is|are|has|have|had|stands?|totals?|exceeds?|amounts?|reach(?:es)?|hovers?)"
        r"\s(?:now|currently|presently)\b"
        r"|(?:now|currently|presently|at\spresent)\s(?:stands?|totals?|is|are|amounts?|exceeds?|"
        r"reach(?:es)?|hovers?)\b"
        r"|(?:has|have|had)\ssince\s"
        r"|(?<!highest\s)(?<!largest\s)(?<!biggest\s)(?<!record\s)(?<!lowest\s)(?<!best\s)"
        r"(?:so\sfar|to\sdate)\b(?!,?\s(?:this|in|during|for|of|since|until|through|over)\b)"
        # "the current $46 million bilateral trade": the adjective right before the amount
        r"|\bthe\scurrent\s$)",
        re.IGNORECASE,
    )
)
_MAY_BE_NOW = ascii_gate(("now", "current", "present", "since", "so far", "to date"))


def present_marker(sentence: str, start: int) -> int | None:
    """Where the last present-time verb before ``start`` (a figure) begins, or ``None``."""
    before = sentence[:start]
    if not _MAY_BE_NOW(before):
        return None
    found = _NOW.finditer(before)
    return found[-1].start() if found else None


def dated_elsewhere(
    period: Period | None, marker: int, local: list[Period], mentions: list[Mention]
) -> bool:
    """Whether ``period`` comes from outside the present-time clause starting at ``marker``:
    from another sentence (not one of ``local``), or from before an earlier amount of the
    sentence ("In 2028 imports were $35m but they are now worth $500m")."""
    if period is None:
        return False
    if not any(p.start == period.start and p.end == period.end for p in local):
        return True
    return period.end <= marker and any(period.end <= m.start < marker for m in mentions)


# right after an amount: "against 250 million dirhams currently", "$2bn at present"
_NOW_AFTER = re.compile(
    r",?\s(?:currently|at\spresent|nowadays|today"
    # ... "so far" / "to date" closing the clause only ("$6bn, so far the highest": a record's)
    r"|(?:so\sfar|to\sdate)(?=\s?[.;,)]|\s?$))\b",
    re.IGNORECASE,
)


def present_after(sentence: str, end: int) -> int | None:
    """``end`` when a present-time adverb follows the figure ending there ("to $5bn against
    $250m currently": the level now, of no period the sentence names), else ``None``."""
    return end if _NOW_AFTER.match(sentence, end) else None


# A sentence opened by the present: "At present, trade between A and B amounts to $700m"
_NOW_OPENING = re.compile(
    r"^\W*(?:at\spresent|currently|presently|nowadays|today|now)\s?,\s", re.IGNORECASE
)


def stated_now(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``..``end`` is stated for the present: a present-time verb
    before it ("now exceeds $1bn"), an adverb after it ("$2bn at present"), or a sentence that
    opens with one ("At present, trade ... amounts to $700m")."""
    return (
        present_marker(sentence, start) is not None
        or present_after(sentence, end) is not None
        or _NOW_OPENING.match(sentence[:start]) is not None
    )
