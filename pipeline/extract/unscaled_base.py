"""A comparison base written without its scale and currency: "exports exceeded 7.6 billion
euros, compared with 7.1 in 2029", "rose to $3.4bn from 2.9 a year earlier", "went from $2.5
billion to 2.7 in 2031". A reader takes the bare number in the scale and currency of the amount
it is compared with, the money amount right before it; wire copy and glossed pages ("contro 7,1
del 2029", "frente a 2,9") write it so. :mod:`pipeline.extract.bare` reads the base that keeps
its scale word ("from 2.9 billion"); this one the base that drops it too, and a base written out
in full after an amount written so ("353,844,262 euros against 282,040,392").

Rule: digits without a scale or unit right after a comparison cue ("from", "compared to/with",
"against", "versus", "vs", and "to" when the money amount follows "from"; "the", "about" and the
like may stand between), whose nearest mention before it in the sentence is a money amount with a
scale word (no percent in between: "up 5% from 4" is a percentage's base), then the end of the
clause or a word that continues a comparison base ("in", "of 2029", "a year earlier",
"recorded") — never a noun ("7 in 2029 partners" has "partners" after the year; "from 40
countries", "from 7 tonnes") and never a year ("from 2029"). Its value must be of the amount's
order (a tenth to ten times it), so a rank or a count of another size stays unread.

The same holds for the next items of a series written once with its unit (round 47): "sales to
A reached 1,249 million dollars (+32.47%), while purchases stood at 12,129 (+50.50)", "sold goods
worth 34,246 million dollars and bought goods worth 15,657", "exports rose to 353,844,262 euros
..., with an increase of 71,803,870", "imports reached 89,995,022 against 32,666,226" (Lusa and
Italian trade notes; any language). Digits with a thousands group and no scale or unit right
after a level verb ("reached", "stood at", "totaled", "amounted to", "were", "rose/fell to"),
"worth", or "of" after a flow or change noun ("the purchases of", "an increase of"), with a
money amount earlier in the sentence (a percentage may stand between) that has a scale word or
is written in full; a flow word between the two, unless the cue is a change noun (the same
flow's change); then the end of the clause, a bracket or a word that continues it, never a noun
("were 1,200 tonnes"); of the amount's order, as above.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.extract.bare import _flow_level
from pipeline.extract.caseless import substring_test
from pipeline.extract.digits import _NUM, Mention, as_written, parse_number
from pipeline.lexicon import alternation, scales

_CUES = ("from", "compar", "against", "versus", "vs")
# After "in 2029" a base's clause ends or joins another; any other word makes the year part of a
# count's noun phrase ("7 in 2029 partners")
_YEAR_THEN = re.compile(r"\s(?:in|of|during|at|for|over)\s(?:the\s)?(?:19|20)\d\d\s([a-z]+)")
# An amount written out in full, in millions or more ("353,844,262 euros", as some Italian
# trade notes write it): a base written the same way ("against 282,040,392") is in
# its currency with no scale (round 45)
_IN_FULL = re.compile(r"\d{1,3}(?:,\d{3}){2,}")
_JOINS = frozenset(("and", "while", "when", "but", "as", "to", "with", "which", "whereas", "the"))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    long_scales = alternation([w for w in scales() if len(w) > 1])
    base = re.compile(
        r"\b(?P<cue>from|compared\s(?:to|with)|against|versus|vs\.?|to)\s"
        r"(?:(?:the|about|around|nearly|almost|some|roughly|approximately|just)\s)?"
        rf"(?P<n>{_NUM})(?![\w%$€£¥]|[.,]\d)"
        r"(?=\s*(?:$|[,;:)]|\.(?!\d)|\s(?:(?:in|during|at|for|over)\s(?:the\s)?(?:(?:19|20)\d\d|"
        r"same|previous|prior|first|last|corresponding|[A-Z][a-z]+\s(?:19|20)\d\d)"
        r"|of\s(?:19|20)\d\d|of\sthe\s(?:previous|same|prior|last)|a\syear\s(?:earlier|ago|before)"
        r"|last\syear|the\sprevious|the\syear\sbefore|recorded|reported|registered|posted"
        r"|earlier|previously|a\syear)\b))",
        re.IGNORECASE,
    )
    scale = re.compile(rf"(?<![a-z])(?:{long_scales})(?![a-z])", re.IGNORECASE)
    return base, scale


# A second flow named by a trading noun or verb the flow words leave to their context
_TRADED = re.compile(r"\b(?:purchases|sales|shipments|bought|sold|purchased)\b", re.IGNORECASE)


@cache
def _series_pattern() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:(?P<level>reached|stood\sat|totall?ed|totall?ing|amounted\sto|amounting\sto|were|was"
        r"|(?:rose|fell|grew|climbed|dropped|declined|increased|decreased)\sto|worth)"
        r"|(?P<noun>purchases|sales|imports|exports|shipments)\sof"
        r"|(?P<change>increase|growth|rise|decrease|decline|drop|fall)\sof)\s"
        r"(?:(?:about|around|nearly|almost|some|roughly|approximately)\s)?"
        r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?![\w%$€£¥]|[.,]\d)"
        r"(?=\s*(?:$|[,;:()]|\.(?!\d)|\s(?:in|during|at|for|over|against|compared|versus|vs|and"
        r"|equal|a\syear|the\sprevious|of\s(?:19|20)\d\d|last\syear|while)\b))",
        re.IGNORECASE,
    )


def _series_items(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each later item of a series written without its unit (see the module
    docstring) added as money in the scale and currency of the amount before it."""
    _, scale = _patterns()
    flow = _flow_level()[1]
    result = list(mentions)
    for match in _series_pattern().finditer(sentence):
        start, end = match.span("n")
        if any(m.start < end and start < m.end for m in result):
            continue
        before = [m for m in result if m.kind == "money" and m.end <= match.start()]
        if not before:
            continue
        amount = before[-1]
        between = sentence[amount.end : match.start()] + " "
        if not match.group("change") and not (flow.search(between) or _TRADED.search(between)):
            continue  # no second flow: "exports were $5 billion, ... were 1,200" is no series
        number = match.group("n")
        word = scale.search(sentence, amount.start, amount.end)
        multiplier = scales().get(word.group(0).lower()) if word else None
        if (
            multiplier is None
            and _IN_FULL.fullmatch(number)
            and _IN_FULL.search(sentence, amount.start, amount.end)
        ):
            multiplier = 1.0  # both written out in full
        if multiplier is None:
            continue
        parsed = parse_number(number)
        value = as_written(parsed.value * multiplier)
        if not amount.value / 10 <= value <= amount.value * 10:
            continue
        result.append(
            replace(
                amount, start=start, end=end, value=value,
                rounding=parsed.step * multiplier / 2, is_range=False,
            )
        )  # fmt: skip
        result.sort(key=lambda m: m.start)
    return result


def _from_before(sentence: str, m: Mention) -> bool:
    return sentence[max(0, m.start - 6) : m.start].rstrip().lower().endswith("from")


_has_cue = substring_test(_CUES)  # (no generator frame per test)
# Every series item is a number with a thousands comma ("1,200": ``_series_pattern``'s group
# n): a sentence without one has none, and the case-insensitive scan is skipped.
_THOUSANDS = re.compile(r"\d,\d{3}")
_may_series = substring_test(
    ("reach", " stood", "total", "amount", " were", " was", " to ", "worth", " of ")
)


def unscaled_bases(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in order) with each comparison base written without its scale and currency
    added as money in those of the amount before it (see the module docstring)."""
    lowered = sentence.lower()
    if (
        _may_series(lowered)
        and "," in sentence
        and _THOUSANDS.search(sentence)
        and any(m.kind == "money" for m in mentions)
    ):
        mentions = _series_items(sentence, mentions)
    if not _has_cue(lowered):
        return mentions  # (the cheap test first)
    base, scale = _patterns()
    added = []
    for match in base.finditer(sentence):
        start, end = match.start("n"), match.end("n")
        number = match.group("n")
        if re.fullmatch(r"(?:19|20)\d\d", number) or any(
            m.start < end and start < m.end for m in mentions
        ):
            continue  # a year, or part of an amount already read
        before = [m for m in mentions if m.end <= match.start()]
        if not before or before[-1].kind != "money":
            continue  # "up 5% from 4": a percentage's base
        amount = before[-1]
        then = _YEAR_THEN.match(sentence, end)
        if then and then.group(1) not in _JOINS:
            continue  # "compared with 7 in 2029 partners": a count
        if match.group("cue").lower() == "to" and not _from_before(sentence, amount):
            continue
        word = scale.search(sentence, amount.start, amount.end)
        multiplier = scales().get(word.group(0).lower()) if word else None
        if (
            multiplier is None
            and _IN_FULL.fullmatch(number)
            and _IN_FULL.search(sentence, amount.start, amount.end)
        ):
            multiplier = 1.0  # both written out in full ("353,844,262 euros against 282,040,392")
        if multiplier is None:
            continue  # the amount names no scale the base could take
        parsed = parse_number(number)
        value = as_written(parsed.value * multiplier)
        if not amount.value / 10 <= value <= amount.value * 10:
            continue  # of another order: a rank, a count
        added.append(
            replace(
                amount, start=start, end=end, value=value,
                rounding=parsed.step * multiplier / 2, is_range=False,
            )
        )  # fmt: skip
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
