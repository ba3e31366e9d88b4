"""Averages (NOTES: averages are not annotated): an average amount ("averaged less than $10
million", "$5bn on average") and an average growth rate over several years ("grew at an average
annual rate of 31%", "16 per cent annually")."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.slots import Slot
from pipeline.lexicon import alternation, vocabulary

# "averaged less than $10 million", "an average of $200 million" (NOTES: averages)
_AVERAGE_AMOUNT = re.compile(
    r"\b(?:averag(?:ed|ing)|an?\saverage\sof|averages?\sof)\s"
    r"(?:(?:less|more)\sthan\s|about\s|around\s|some\s|nearly\s|almost\s|roughly\s|just\s)*$",
    re.IGNORECASE,
)
# The same word right after the amount: "$70m average monthly exports", "$5bn on average"
_AVERAGE_AFTER = re.compile(r"^\s(?:on\s(?:an\s)?)?average\b", re.IGNORECASE)


# An average named as what the clause's amount measures: its subject ("the average annual value
# of A's exports to B reached $X", "A's average annual exports to B were valued at $X") or the
# verb's object ("exports averaged an annual value of $X"); not an average the figure is set
# against ("rose 20% above the average monthly level to $X")
_PER = r"(?:(?:annual|yearly|monthly|quarterly|weekly|daily)\s)?"
_AVERAGE_MEASURED = re.compile(
    r"\b(?:average\s" + _PER + r"(?:value|volume|level|exports?|imports?|trade|turnover|sales"
    r"|shipments)|averag(?:ed|ing)\s(?:an?\s)?" + _PER + r"(?:value|volume|level|total))\b",
    re.IGNORECASE,
)
_SET_AGAINST = re.compile(r"\b(?:above|below|than|over|beyond|exceed\w*)\s(?:the\s|an?\s)?$")


def _measures_average(tail: str) -> bool:
    """``tail`` (the amount's clause before it) names an average as what the amount measures."""
    found = _AVERAGE_MEASURED.search(tail)
    return found is not None and _SET_AGAINST.search(tail, 0, found.start()) is None


def is_average_amount(slot: Slot, left_tail: str) -> bool:
    """An average word right before the amount (``left_tail``: its last 40 characters before
    it: "averaged less than $10 million") or right after it ("$70m average monthly exports",
    "$5bn on average"), or an average named as what the amount's clause measures."""
    if "verag" in left_tail and _AVERAGE_AMOUNT.search(left_tail):
        return True
    if "verag" in slot.tail and _measures_average(slot.tail):
        return True
    return "verag" in slot.right[:16] and _AVERAGE_AFTER.match(slot.right) is not None


@cache
def _average_patterns() -> tuple[Caseless, re.Pattern[str]]:
    before = alternation(list(vocabulary("average_before")))
    after = alternation(list(vocabulary("average_after")))
    return (
        Caseless(re.compile(rf"\b(?:{before})\b", re.IGNORECASE)),
        # "10% a year earlier" is a comparison base, not a rate
        re.compile(rf"^\s?(?:{after})\b(?![\s-](?:earlier|ago|before|on\b))", re.IGNORECASE),
    )


_may_be_average = ascii_gate(("averag", "cagr", "compound annual", "annualis", "annualiz"))
_may_be_yearly = ascii_gate(("year", "annum", "annually", "average"))


# "a 2.47% annual increase since 1995", "4.2% annual growth across the same period": a
# yearly rate over a span of years (a plain "5% annual growth" may be one year's change)
_ANNUAL_OVER_SPAN = re.compile(
    r"^\s?(?:annual|yearly)\s(?:increase|growth|rise|decline|decrease|drop)\s(?:rate\s)?"
    r"(?:since\s(?:the\s)?(?:19|20)\d\d|(?:across|over|during|in)\s(?:the\s)?"
    r"(?:same|whole|entire)\speriod|(?:across|over)\s(?:the\s)?(?:past|last)\s)",
    re.IGNORECASE,
)


# "an annual growth of 4.2% across the same span", "a yearly rise of 3% since 2001": the rate's
# words before it, the span after it
_ANNUAL_OF = re.compile(
    r"\b(?:annual|yearly)\s(?:increase|growth|rise|decline|decrease|drop)\s(?:rate\s)?of\s$",
    re.IGNORECASE,
)
_OVER_SPAN = re.compile(
    r"^\s?(?:since\s(?:the\s)?(?:19|20)\d\d|(?:across|over|during|in)\s(?:the\s)?"
    r"(?:same|whole|entire)\s(?:period|span|years)|(?:across|over)\s(?:the\s)?(?:past|last)\s)",
    re.IGNORECASE,
)


# a change or multiple measured against an average (NOTES round 18 `gf` 3: "a 65% decrease from
# the average monthly exports of $50m" is no row; "1.2 times higher than the average for goods
# sold elsewhere" neither): the base is no period's level
_AGAINST_AVERAGE = re.compile(
    r"^\s?(?:%|per\s?cent|percent)?\s?(?:[\w-]+\s){0,3}?(?:from|than|over|on|against|compared\s(?:to|with))"
    r"\s(?:the\s|an\s|its\s|their\s)?(?:\w+\s)?average\b",
    re.IGNORECASE,
)


def against_average(slot: Slot) -> bool:
    """A percentage or multiple whose base, right after it, is an average (``_AGAINST_AVERAGE``)."""
    return "verag" in slot.right[:60] and _AGAINST_AVERAGE.match(slot.right) is not None


def is_average_rate(slot: Slot) -> bool:
    """An average growth rate over several years ("grew at an average annual rate of 31%",
    "rose 11% per year over the past five years", "16 per cent annually", "15% on average"):
    not annotated (NOTES: average annual growth rates). Cue words are in ``vocabulary.csv``
    (``average_before`` in the figure's clause before it, ``average_after`` right after it)."""
    before, after = _average_patterns()
    if _may_be_average(slot.tail) and before.search(slot.tail):
        return True
    near = slot.right[:24]
    if _may_be_yearly(near) and after.match(near) is not None:
        return True
    if ("annual" in near or "yearly" in near) and _ANNUAL_OVER_SPAN.match(slot.right):
        return True
    return _ANNUAL_OF.search(slot.tail) is not None and _OVER_SPAN.match(slot.right) is not None
