"""The two levels of a change with the span of years after them: "trade rose from $2.6bn to
$10.8bn from 2010 to 2014" (or "between 2010 and 2014"): $2.6bn is the first year's, $10.8bn the
last year's, neither a total over the span (NOTES: a change between two stated levels is dated
with the later year; each level keeps its own year).

``figure_period`` reads the span before the levels ("Between 2010 and 2014, trade rose from ...");
this reads it after them, where the nearest-period rule would give both levels the whole span.
An amount restating a level in another currency right after it ("R2.6bn, which is about $202m")
takes that level's year.
"""

from __future__ import annotations

import re

from pipeline.extract.change_span import PAST_SPANS, ends_named, span_end, span_start
from pipeline.extract.hedges import HEDGE_AMOUNT
from pipeline.extract.period_record import Period
from pipeline.extract.slots import Slot

# the level a change starts from: "from $2.6bn", "from a total of R20.5bn", "from about $2m"
_FROM = re.compile(
    rf"\bfrom\s(?:a\s(?:total|value|level)\sof\s)?(?:(?:{HEDGE_AMOUNT})\s)?(?:[A-Za-z$€£¥₹.]{{1,4}}\s?)?$",
    re.IGNORECASE,
)
# "... from $2.6bn (about $202m) which is about $3m to ": the level reached is next
_FROM_TO = re.compile(
    r"\bfrom\s[^;:]{1,70}?\sto\s(?:(?:" + HEDGE_AMOUNT + r")\s)?(?:[A-Za-z$€£¥₹.]{1,4}\s?)?$",
    re.IGNORECASE,
)
# an amount restating the one before it in another currency: "R2.6bn which is about $202m",
# "R20.5bn or about $1.6bn", "R10.8bn, about $842m"
_RESTATING = (
    r",?\s(?:(?:which|that)\s(?:is|was)\s|or\s)?(?:about|around|approximately|roughly|some"
    r"|nearly|almost)\s"
)
_RESTATES = re.compile(rf"^{_RESTATING}(?:[A-Za-z$€£¥₹.]{{1,4}}\s?)?$", re.IGNORECASE)
_RESTATES_AFTER = re.compile(rf"^{_RESTATING}", re.IGNORECASE)  # a gap that opens with one
_RESTATED_IN = re.compile(_RESTATING, re.IGNORECASE)  # a text that holds one
# the amount before a restatement: its start, read back from where it ends
_AMOUNT_BACK = re.compile(
    r"(?:[A-Za-z$€£¥₹]{1,4}\s?)?\d[\d.,]*(?:\s?(?:trillion|billion|million|bn|mn|tn|m|b))?$",
    re.IGNORECASE,
)
# between the level reached and the span: a restatement at most, no clause or period of its own
_MAX_GAP = 60


def trailing_span_end(slot: Slot, periods: list[Period]) -> Period | None:
    """The year of a level in "rose from $A to $B from Y1 to Y2" ($A: Y1, $B: Y2), or of an
    amount restating $A or $B; None for any other figure, for a span that is counted back ("over
    the past five years") and when another period stands between the levels and the span."""
    m = slot.mention
    if m.kind in ("percent", "multiple") or "from" not in slot.sentence[: m.start]:
        return None
    later = [p for p in periods if p.start >= m.end]
    if not later or not ends_named(later[0], slot.sentence) or later[0].kind in PAST_SPANS:
        return None
    span = later[0]
    sentence = slot.sentence
    if ";" in sentence[m.end : span.start] or any(
        m.start > p.end > slot.left_offset for p in periods
    ):
        return None
    anchor = m.start
    if _RESTATES.match(slot.left):
        back = _AMOUNT_BACK.search(sentence, 0, slot.left_offset)
        if back is None:
            return None
        anchor = back.start()
    gap = sentence[m.end : span.start]
    if _FROM.search(sentence, max(0, anchor - 30), anchor) and " to " in gap:
        own, reached = gap.split(" to ", 1)
        return span_start(span) if _one_level(own, 0) and _one_level(reached, 1) else None
    if (
        _FROM_TO.search(sentence, max(0, anchor - 100), anchor)
        and len(gap) <= _MAX_GAP
        and " to " not in gap
        # another amount between: only the level's restatement ("R10.8bn, about $842m, from")
        and (not any(c.isdigit() for c in gap) or _RESTATES_AFTER.match(gap))
    ):
        return span_end(span)
    return None


def _one_level(text: str, levels: int) -> bool:
    """Whether ``text`` holds ``levels`` amounts (0 or 1) and at most one restatement of them:
    "$10.8bn, about $842m, " holds one level; "$10.8bn, a total of $40bn " two amounts, no
    restatement (the span may be the total's, not the change's)."""
    numbers = len(re.findall(r"\d[\d.,]*", text))
    restated = _RESTATED_IN.search(text) is not None
    return numbers == levels or (restated and numbers == levels + 1)


# the restating amount itself, read forward from where it starts
_AMOUNT_FORWARD = re.compile(
    r"\S{0,4}\d[\d.,]*(?:\s?(?:trillion|billion|million|bn|mn|tn|m|b)\b)?", re.IGNORECASE
)


def restatement_end(slot: Slot) -> int | None:
    """Where the amount restating the figure right after it ends ("R66.2bn which is about $6.2bn
    in 2014", "R20.5bn or about $1.6bn in 2010"), so the period after the restatement still
    dates the figure, as after a bracketed conversion; None when no restatement follows."""
    if not _RESTATES.match(slot.right):
        return None
    found = _AMOUNT_FORWARD.match(slot.sentence, slot.mention.end + len(slot.right))
    return found.end() if found else None
