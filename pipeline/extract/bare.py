"""A comparison base written without its currency: "rose to $5.3 billion from 4.1 billion a
year earlier", "32 percent more compared to 4 billion in the same period", "grew 6.4 percent
from 489.92 million recorded in the same month of the previous year". Wire copy drops the
currency of the second amount of a pair; the amount is in the currency of the money amount
before it in the sentence.

Rule: digits with a scale word ("4.1 billion", "489.92 million"; not a bare "4,100"), right
after a comparison word ("from", "compared to/with", "against", "than", "versus", "vs"; or a
series' "record (high) of", "peak of", "all-time high of"; "the",
"about" and the like may stand between), not part of another amount, with a money amount
earlier in the sentence, and followed by the end of the clause or a word that continues a
comparison base ("in", "a year earlier", "recorded", "reported"), never by a noun ("4 billion
tonnes", "1.4 billion people"). The new mention takes the earlier amount's currency.

A pair of amounts joined by "and" shares the first one's currency: "exports and imports were
$11.1 billion and 12.3 billion, respectively" ("and" right after the money amount; the same
checks on what follows, so "$5 billion and 1.4 billion people" stays a count).

A second flow of the sentence stated with a level verb and no currency takes the currency of the
amount before it: "exports were 40,250 million dollars (+3.1%), imports totaled 21,375 million
(+2.4%)" (a flow word between that amount and the verb, the verb right before the digits; the same
checks on what follows, an opening bracket allowed; so "... while its population was 1.4 billion"
stays a count).

The same holds for the end of a change written "from $X to Y": "rose from $92 million to 122.4
million", "went from $14.9 million to 20.8 million in 2021". "to" is a cue only when the money
amount right before it follows "from".

A part of a total after "of which" ("of that", "out of which") takes the total's currency:
"totaled 8,213 million dollars, of which 5,248 million correspond to imports" (a verb right after
the amount, so "of which 1.4 billion people" stays a count).

A currency written once after a list of amounts covers the list ("exports and imports were 1.9
billion and 700 million dollars respectively", "4.2 billion, 1.1 billion and 900 million
euros"): digits with a scale word, then "and", "or" or a comma, then a money amount whose
currency follows its number (not "$700 million", which names its own) take that currency
(``shared_currency``). After "between" the two are one range at the midpoint ("between 900
million and one billion dollars", NOTES: ranges), as ``ranges`` reads "between 5 and 6 billion".

So does a percent sign written once after a list of rates ("exports and imports went up by 24.2
and 10.3 percent respectively", "rose 5, 7 and 9%"; ``shared_percent``): a number with a decimal
point, or of one or two digits, then "and", "or" or a comma, then a percentage. Not after
"between" or "from" (a range, a change from one rate to another) and never a year.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.extract.bracket_scope import enclosing_bracket
from pipeline.extract.caseless import Caseless, literal_trie, substring_test
from pipeline.extract.digits import _NUM, Mention, parse_number, scaled_like
from pipeline.lexicon import alternation, scales, triggers

_CUES = ("from", "compar", "against", "than", "versus", "vs", " and ", "record", "peak")
_LEVEL_VERBS = ("total", "reached", "amounted", "stood", "were", "was")


@cache
def _long_scales() -> str:
    """The scale words of more than one letter ("billion", "bn", "mln"), one alternation."""
    return alternation([w for w in scales() if len(w) > 1])


# The IGNORECASE patterns below run as ``Caseless``: their lower-case twin finds the same
# matches several times faster on ASCII-like text (34 us a sentence for the level pattern).


@cache
def _flow_level() -> tuple[Caseless, Caseless]:
    """A level verb right before a scaled amount without currency, and a flow word."""
    long_scales = _long_scales()
    level = Caseless(
        r"\b(?:totall?ed|reached|amounted\sto|stood\sat|were|was)\s"
        r"(?:(?:about|around|nearly|almost|some|roughly|approximately|over)\s)?"
        rf"(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?![\w])"
        r"(?=\s*(?:$|[,.;:()]|\s(?:in|during|at|last|over|for|and)\b))",
        re.IGNORECASE,
    )
    flow = Caseless(r"(?<!\w)(?:" + literal_trie(triggers("flow")) + r")(?!\w)", re.IGNORECASE)
    return level, flow


def lender(sentence: str, before: list[Mention], start: int) -> Mention:
    """The money amount of ``before`` (those ending before ``start``, in order) whose currency
    an amount at ``start`` borrows: the last one, unless it stands in a bracket closed before
    ``start`` and an amount outside brackets comes earlier: "from 61 million dollars (40.4
    million euros) in 2005 to 81 million" (he12): the bracket converts, "81 million" continues
    the dollar series."""
    last = before[-1]
    span = enclosing_bracket(sentence, last.start)
    if span is None or span[1] >= start:
        return last
    earlier = [m for m in before if m.end <= span[0]]
    return earlier[-1] if earlier else last


def _after_money(
    sentence: str,
    mentions: list[Mention],
    pattern: Caseless,
    between: Caseless | None = None,
) -> list[Mention]:
    """Each scaled amount ``pattern`` finds (groups ``n`` and ``scale``) that no mention covers,
    in the currency of the money mention before it; with ``between``, only where that pattern
    matches between the two (a flow word: ``_flow_levels``)."""
    added = []
    for match in pattern.finditer(sentence):
        start, end = match.start("n"), match.end("scale")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.kind == "money" and m.end <= start]
        if before and (
            between is None or between.search_between(sentence, before[-1].end, match.start())
        ):
            model = lender(sentence, before, start)
            added.append(scaled_like(model, start, end, match.group("n"), match.group("scale")))
    return added


def _flow_levels(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The currency-less levels of a second flow (see the module docstring)."""
    level, flow = _flow_level()
    return _after_money(sentence, mentions, level, flow)


@cache
def _pattern() -> Caseless:
    long_scales = _long_scales()
    return Caseless(
        r"\b(?P<cue>from|compared\s(?:to|with)|against|than|versus|vs\.?|to|and"
        # a series' record stated after it: "went from $1bn to 1.4 billion in 2030, with a record
        # high of 1.6 billion in 2028" (Spanish "con un máximo histórico de")
        r"|(?:record(?:\shigh)?|all-time\shigh|peak)\sof)\s"
        r"(?:(?:the|about|around|nearly|almost|some|just|roughly|approximately|over|a)\s)?"
        rf"(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?![\w])"
        r"(?=\s*(?:$|[,.;:)]|\s(?:in|a|the|recorded|reported|logged|posted|registered|during|"
        r"at|last|over|for|earlier|and|of\sthe|a\syear|previously|year)\b))",
        re.IGNORECASE,
    )


@cache
def _part_pattern() -> Caseless:
    long_scales = _long_scales()
    return Caseless(
        r"\b(?:out\s)?of\s(?:which|that|this|it)\s"
        r"(?:(?:about|around|nearly|almost|some|roughly|approximately|over)\s)?"
        rf"(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?![\w])"
        r"(?=\s(?:were|was|are|is|went|came|correspond\w*|equal\w*|represent\w*|accounted|"
        r"consisted)\b)",
        re.IGNORECASE,
    )


def _parts(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The currency-less part of a total: "totaled 8,213 million dollars, of which 5,248
    million were imports" (see the module docstring)."""
    return _after_money(sentence, mentions, _part_pattern())


def _from_before(sentence: str, m: Mention) -> bool:
    """The money mention is the start of a "from $X to Y" change."""
    return sentence[max(0, m.start - 6) : m.start].rstrip().lower().endswith("from")


_has_cue = substring_test(_CUES)  # (no generator frame per test)
_has_level_verb = substring_test(_LEVEL_VERBS)


def bare_bases(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in order) with each currency-less comparison base added as money in the
    currency of the money mention before it (see the module docstring)."""
    if not any(m.kind == "money" for m in mentions):
        return mentions
    lowered = sentence.lower()
    added = _flow_levels(sentence, mentions) if _has_level_verb(lowered) else []
    if "of which" in lowered or "of that" in lowered or "of this" in lowered or "of it " in lowered:
        added += [p for p in _parts(sentence, mentions) if all(p.start != a.start for a in added)]
    if ("and " in lowered or ", " in lowered) and ("export" in lowered or "import" in lowered):
        added += [
            p for p in _elided_parts(sentence, mentions) if all(p.start != a.start for a in added)
        ]
    if not _has_cue(lowered):
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions
    for match in _pattern().finditer(sentence, lowered):
        start, end = match.start("n"), match.end("scale")
        if any(m.start < end and start < m.end for m in mentions):
            continue  # part of an amount already read ("from $4.1 billion")
        before = [m for m in mentions if m.kind == "money" and m.end <= start]
        if not before:
            continue
        cue = match.group("cue").lower()
        if cue == "to" and not _from_before(sentence, before[-1]):
            continue  # "rose 5% to 4.1 billion": no "from $X" before it
        if cue == "and" and sentence[before[-1].end : match.start()].strip(" ,"):
            continue  # "and" joins the amount to a money amount right before it, nothing else
        model = lender(sentence, before, start)  # a bracketed conversion lends no currency
        added.append(scaled_like(model, start, end, match.group("n"), match.group("scale")))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


# "53.6 million dollars of imports, and 14.1 of exports", Arabic "53.6 مليون دولار مستوردات
# و14.1 صادرات" glossed: the second part of a list written as a bare decimal right before its flow
# word, its scale and currency left to the first (round 42, hn14). A decimal only: "and 14
# export licences" is a count.
_ELIDED_PART = re.compile(
    r"\b(?:and|,)\s(?P<n>\d{1,4}\.\d{1,3})\s(?=(?:of\s)?(?:[A-Z][\w-]*['’]s\s)?"
    r"(?:exports?|imports?|shipments|purchases|sales)\b)"
)


def _elided_parts(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The bare decimal parts of a list whose first part names its scale and currency (above),
    read as that part is."""
    added = []
    for match in _ELIDED_PART.finditer(sentence):
        start, end = match.span("n")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = [m for m in mentions if m.kind == "money" and start - 120 < m.end <= start]
        if not before:
            continue
        lent = before[-1]
        scale = re.search(
            rf"(?<![\w])({_long_scales()})(?![\w])", sentence[lent.start : lent.end], re.I
        )
        between = sentence[lent.end : match.start()]
        if scale is None or not _flow_level()[1].search(between):
            continue  # the first part names a flow of its own: a list of parts
        added.append(scaled_like(lent, start, end, match.group("n"), scale.group(1)))
    return added


_RANGE_CUE = re.compile(r"\bbetween\s$", re.IGNORECASE)


@cache
def _listed_before() -> re.Pattern[str]:
    long_scales = _long_scales()
    return re.compile(
        rf"(?<![\w.,$€£¥₹])(?P<n>{_NUM})\s?(?P<scale>{long_scales})(?:,|\sand|\sor)\s$",
        re.IGNORECASE,
    )


def shared_currency(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in order) with each currency-less amount of a list that a later amount's
    trailing currency word covers added as money (see the module docstring)."""
    added: list[Mention] = []
    replaced: set[int] = set()  # the second bounds of ranges read whole
    for m in reversed(mentions):
        first = sentence[m.start : m.start + 1]
        if m.kind != "money" or not (first.isdigit() or first.islower()):
            continue  # "$700 million", "USD 700 million" name their own currency
        following = m
        while following is not None:
            match = _listed_before().search(sentence, max(0, following.start - 40), following.start)
            if match is None or any(
                x.start < match.end("scale") and match.start("n") < x.end for x in mentions
            ):
                break
            number = parse_number(match.group("n"))
            value = number.value * scales()[match.group("scale").lower()]
            rounding = number.step * scales()[match.group("scale").lower()] / 2
            if _RANGE_CUE.search(sentence, max(0, match.start("n") - 9), match.start("n")):
                # "between 900 million and one billion dollars": one range (NOTES: midpoint)
                if match.group(0).rstrip().endswith(",") or value >= following.value:
                    break
                added.append(
                    replace(
                        following,
                        start=match.start("n"),
                        value=(value + following.value) / 2,
                        rounding=(following.value - value) / 2 + max(rounding, following.rounding),
                        is_range=True,
                    )
                )
                replaced.add(id(following))
                break
            following = replace(
                following, start=match.start("n"), end=match.end("scale"), value=value,
                rounding=rounding, is_range=False,
            )  # fmt: skip
            added.append(following)
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + added, key=lambda m: m.start)


# a rate of a list whose percent sign comes only after the last one: "by 24.2 and 10.3 percent",
# "5, 7 and 9%" (a decimal, or one or two digits: never a year or a count of thousands)
_RATE_LISTED = re.compile(r"(?<![\w.,$€£¥₹%-])(?P<n>\d{1,3}\.\d{1,2}|\d{1,2})(?:,|\sand|\sor)\s$")
_RATE_RANGE_CUE = re.compile(r"\b(?:between|from)\s$", re.IGNORECASE)


def shared_percent(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (in order) with each bare rate of a list that a later percentage's sign
    covers added as a percentage (see the module docstring)."""
    if "%" not in sentence and "cent" not in sentence:
        return mentions
    added: list[Mention] = []
    for m in mentions:
        if m.kind != "percent" or not sentence[m.start : m.start + 1].isdigit():
            continue
        following = m
        while True:
            match = _RATE_LISTED.search(sentence, max(0, following.start - 12), following.start)
            if match is None or any(
                x.start < match.end("n") and match.start("n") < x.end for x in mentions
            ):
                break
            if _RATE_RANGE_CUE.search(sentence, max(0, match.start("n") - 9), match.start("n")):
                break
            number = parse_number(match.group("n"))
            following = replace(
                following, start=match.start("n"), end=match.end("n"), value=number.value,
                rounding=number.step / 2,
            )  # fmt: skip
            added.append(following)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)
