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


# A present-tense verb of the figure's clause ("trade with A is over $500m", "exports to A stand
# at", "amount to", "A exports goods worth", "A buys $5m of ..."), with no past verb beside it
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|stands?\sat|amounts?\sto|totals|exceeds|tops|hovers|remains?|comes?\sto"
    r"|runs?\sat|(?:exports|imports|sells|buys|ships|sends|supplies)\s(?:[\w-]+\s){0,3}?"
    r"(?:worth|valued|of|for|totall?ing|amounting))\b",
    re.IGNORECASE,
)
# a rank among partners ("is second", "ranks third", "the top partner", "ahead of"): a list of a
# dated total's partners goes on in the present tense (NOTES gl 6: it keeps the year)
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|top|largest|biggest|main|leading|ranks?|ranked"
    r"|ahead\sof|followed\sby|next\s(?:come|comes|is|are))\b",
    re.IGNORECASE,
)
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|stood|amounted|totall?ed|reached|exceeded|topped|hit|rose|fell|grew"
    r"|increased|decreased|declined|dropped|jumped|surged|climbed|exported|imported|sold|bought"
    r"|shipped|came|ran|remained|recorded|registered|posted)\b",
    re.IGNORECASE,
)


def present_of_another_pair(
    sentence: str, clause: str, pair: tuple[str, str], running: tuple[dict, object] | None
) -> bool:
    """Whether a figure with no period of its own, stated in the present tense in its clause
    (``clause``: "According to him, A's trade with C is over $500m"), is about another pair
    than the dated figure whose period runs on the page (``running``: "trade of A and B rose to
    $90m in 2030"). Then it is no continuation of that figure: the year dates another trade,
    and a present-tense amount keeps both period fields empty (NOTES fx S1: only the same
    trade, or its other direction, takes the dated paragraph's year)."""
    if running is None or _PRESENT_VERB.search(clause) is None:
        return False
    if _RANKED.search(sentence) is not None:
        return False  # "B is second with $5bn": a partner list of the page's dated totals
    if _PAST_VERB.search(clause) is not None:
        return False
    figure = running[0]
    return {figure["reporter"], figure["partner"]} != set(pair)


# A time named by an event, not a calendar ("before the pandemic", "prior to the war", "pre-
# sanctions", "until the crisis", "at its peak", "in the past", "in its heyday"): the figure's
# own time, of no year the page states (NOTES: an undated event fixes no period, gi 5)
_EVENT = (
    r"(?:covid(?:-19)?|coronavirus|pandemic|epidemic|outbreak|lockdowns?|crisis|crash|recession"
    r"|war|conflict|invasion|occupation|revolution|coup|uprising|sanctions|embargo|blockade|ban"
    r"|boycott|border\sclosures?|closure|tensions|dispute|row|standoff|earthquake|floods?"
    r"|independence|partition|collapse|split|breakup|brexit|agreement|deal|accord|treaty|fta)"
)
_EVENT_TIME = Caseless(
    re.compile(
        # (not "during" or "amid": "amid the pandemic, exports fell" is a circumstance of the
        # period the paragraph runs in, not a time of its own)
        r"\b(?:(?:before|prior\sto|until|till|ahead\sof)\s(?:the\s|its\s|their\s)?"
        r"(?:[\w-]+\s){0,2}?" + _EVENT + r"\b"
        r"|pre-?" + _EVENT + r"\b"
        r"|in\sthe\spre-?" + _EVENT + r"\s(?:period|era|years|days|times)\b"
        r"|(?:at|in)\s(?:its|their|the)\s(?:peak|heyday|height|best)\b"
        # ("in the past" alone: "in the past five years" is a span)
        r"|in\sthe\spast\b(?!\s(?:[\w-]+\s){0,2}(?:years?|months?|decades?|quarters?|weeks?|days"
        r"|fiscal|financial))"
        r"|in\s(?:the\sold\sdays|better\stimes|earlier\syears|previous\syears|years\spast)\b"
        r"|\b(?:historically|formerly|at\sone\spoint|at\sone\stime)\b)",
        re.IGNORECASE,
    )
)
_MAY_BE_EVENT = ascii_gate(
    ("before", "prior", "until", "till", "ahead", "pre", "peak", "heyday")
    + ("height", "best", "past", "old days", "better", "earlier", "previous", "historically")
    + ("formerly", "one point", "one time")
)


def event_time(clause: str) -> bool:
    """Whether ``clause`` (a figure's sentence up to its amount, or its whole sentence) dates it
    by an event instead of a calendar period: it takes no period from other sentences."""
    return _MAY_BE_EVENT(clause) and bool(_EVENT_TIME.finditer(clause))


# the present of a state or a habit, not a headline's present of an event ("exports top $1bn"):
# "trade is worth $X", "exports stand at", "A exports goods worth $X to B"
_PRESENT_STATE = re.compile(
    r"\b(?:is|are|stands?\sat|amounts?\sto|remains?"
    r"|(?:exports|imports|sells|buys|ships|sends|supplies)\s(?:[\w-]+\s){0,3}?(?:worth|valued))\b",
    re.IGNORECASE,
)


def present_state(clause: str) -> bool:
    """Whether ``clause`` (a figure's sentence up to its amount) states a present state or habit
    with no past verb beside it ("Recent statistics show that A exports goods worth $41m to B"):
    NOTES (a present-tense habitual amount without a year) leaves it undated, also in a lead
    whose trade the body dates later."""
    return _PRESENT_STATE.search(clause) is not None and _PAST_VERB.search(clause) is None
