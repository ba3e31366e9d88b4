"""A comparison base written with the other flow's word: "imports from B climbed to $43m in
April 2031, versus the export of $32m in April 2030" (NOTES, round 18 `gf` 2: a garbled flow word
on the comparison amount of a stated change). The earlier period makes it the base of the level
before it, of that level's flow: exports in April 2030 are no counterpart of imports in April
2031. Amounts of one period side by side ("imports were $43m, against exports of $32m") are the
two flows of a balance and keep their words.
"""

from __future__ import annotations

import re

from pipeline.extract.periods import Period

_VERSUS_FLOW = re.compile(
    r"[^;:]{0,80}?,?\s(?:against|versus|vs\.?|compared\s(?:to|with))\s(?:the\s)?"
    r"(?:exports?|imports?)\s(?:(?:of|worth)\s)?(?:(?:about|around|nearly|almost|some|only)\s)?"
    r"(?:[A-Z]{1,3}\s?)?[$€£¥₹]?\s?",
    re.IGNORECASE,
)
_OTHER = {"exports": "imports", "imports": "exports"}


def base_flow(
    sentence: str,
    flow: str,
    period: Period | None,
    previous: tuple[dict, Period | None] | None,
    previous_end: int | None,
    start: int,
) -> str:
    """The flow of a level at ``start`` that is the comparison base of the level before it
    (``previous``, ending at ``previous_end``) while naming the other flow (see the module);
    ``flow`` otherwise."""
    if (
        previous is None
        or previous_end is None
        or period is None
        or _OTHER.get(flow) != previous[0]["flow"]
        or previous[0]["measure"] != "level"
        or previous[1] is None
        or previous[1].comparison
        or previous[1].period_end is None
        or period.period_end is None
        or period.period_end >= previous[1].period_end
    ):
        return flow
    if _VERSUS_FLOW.fullmatch(sentence, previous_end, start) is None:
        return flow
    return previous[0]["flow"]
