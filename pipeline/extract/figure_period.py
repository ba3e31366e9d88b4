"""Which period expression of its sentence a figure takes: the one right after it, a comparison
base's own period, the level a change reaches, or the nearest before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from pipeline.extract.breakdown import aside_end
from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.change_between_levels import named_period
from pipeline.extract.change_span import ends_named, over_span, span_end, span_start
from pipeline.extract.concession import outside_concessions
from pipeline.extract.numbers import find_mentions
from pipeline.extract.parallel_base import parallel_base
from pipeline.extract.parallel_economy import economy_after
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot, trigger
from pipeline.extract.trailing_span import restatement_end, trailing_span_end
from pipeline.lexicon import alternation, triggers

# The figure is itself the comparison base: "compared to $14.8bn in 2022", "up from $563m in
# FY2021/22", "against $9.7bn last year", "an increase over $85 million in Q1 2020".
_COMPARED_FIGURE = Caseless(
    re.compile(
        r"(?:\bcompared\s(?:to|with)|\bin\scontrast\s(?:to|with)|\bagainst|\bversus|\bvs\.?|\bfrom|"
        r"\brelative\sto|\bin\srelation\sto|\bwith\srespect\sto|\bvis-[aà]-vis|"
        # "over" compares ("an increase over $85m"), except as a qualifier of a level reached
        # ("rose from $36m in 2029 to over $90m", "having stood at over $76m") or of a change
        # ("up over 49% on the year before", "grew over 20%"), also behind a degree adverb ("fell
        # by slightly over $97m in March 2030 against the same month of 2029")
        r"(?<!slightly\s)(?<!well\s)(?<!just\s)(?<!little\s)(?<!somewhat\s)(?<!marginally\s)"
        r"(?<!by\s)(?<!to\s)(?<!at\s)(?<!of\s)(?<!worth\s)(?<!up\s)(?<!down\s)(?<!rose\s)"
        r"(?<!grew\s)(?<!fell\s)(?<!increased\s)(?<!decreased\s)(?<!jumped\s)(?<!surged\s)"
        r"(?<!climbed\s)(?<!dropped\s)(?<!declined\s)\bover|\bwhich\swas|"
        r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)\bthan|"
        # "more than the $533m in the same period last year": with "the", an amount compared
        # with, not a bound ("more than $533m" stays a bound of the figure's own period)
        r"\b(?:more|less|fewer|greater)\sthan\sthe|"
        r"\bfigure\sof|\blevel\sof)\s(?:(?:the|a|an|about|around|nearly|almost|just|some|"
        # "against the exports worth of $X", "against exports of US $X", "against the export
        # of $X": the base's flow words, plural or singular
        # "against a volume of $1.9bn in the previous year": the base named by its size noun
        r"imports?|exports?|trade|total|us|goods|worth|of|mere|only|volume|value|sum)\s){0,4}"
        r"(?:of\s)?$",
        re.IGNORECASE,
    )
)
# Cheap gate for the comparison patterns here and ``measure.status_of``'s forecast base.
MAY_BE_COMPARED = ascii_gate(
    ("compared", "against", "versus", "vs", "from", "over", "which was", "figure of", "level of")
    + ("than", "contrast", "relative to", "relation to", "respect to", "vis-")
)
# Between a figure and a period that still belongs to it: a few words, no comma.
_NEAR = 40

# What joins a base period to its value: ", which stood at", ", when it amounted to", ", which was";
# a glossed pro-drop language writes no subject and a pluperfect ("cuando había llegado a", "quando
# somara": ", when reached", ", when had totaled")
_BASE_VALUE = re.compile(
    r",?\s(?:which|(?:when|where|during\swhich)(?:\s(?:it|they|trade|exports|imports|the\s(?:\w+\s){0,2}\w+|[A-Z]\w+))?)\s"
    r"(?:had\s)?(?:was|were|been|stood|amounted|totall?ed|came|reached|imported|exported|traded|recorded)"
    # "which was valued at $608m", "when the mutual trade value amounted to $2.9bn", "as against
    # 2029 when it exported goods valued at KSh 45bn"
    r"(?:\s(?:goods|products|merchandise))?(?:\s(?:valued|worth|estimated))?"
    r"(?:\s(?:at|to|in))?\s(?:(?:about|around|nearly|almost|some|just|only|the)\s){0,2}",
    re.IGNORECASE,
)
_MAY_BE_BASE_VALUE = ascii_gate(("which", "when", "where"))
# ... or joined by a preposition: "compared with the same period last year of $533m", "from
# the March 2030 value amounting to $533m", "than the same period of 2030 at $533m"
# ... or by a dash or colon: "46.1% higher than the same period last year – $371.8m" (round 52)
_BASE_OF = re.compile(
    r"(?:\s(?:(?:value|figure|level|total)\s)?(?:of|at|amounting\sto|totall?ing|worth)\s"
    r"|\s?[–—:]\s|\s-\s)"
    r"(?:(?:about|around|nearly|almost|some|just|only)\s)?(?:[A-Z]{1,3}\s?)?",
    re.IGNORECASE,
)
# "up 5% from a year earlier at $24.3bn", "more than double the 2021 level at £56bn": a change
# (or multiple) stated against the base just before it, then "at" the amount the figure reached
_CHANGE_THEN_BASE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bup|\bdown|\d\s?(?:bn|billion|million|mn|m|trillion))"
    r"\s(?:from|on|over|against|compared\s(?:to|with))\s(?:the\s|in\s)?$"
    r"|\b(?:double|twice|triple|treble|quadruple|times|fold)\s(?:that\sof\s|the\s)$",
    re.IGNORECASE,
)
_AT_LEVEL = re.compile(r"\s(?:(?:value|figure|level|total|volume)\s)?at\s", re.IGNORECASE)


def _level_after_change(sentence: str, base: Period, start: int) -> bool:
    """The amount at ``start`` is the level the figure reached, "at" it right after a base period
    that a change names ("up 5% from a year earlier at $24.3bn"), not that base's value."""
    return (
        _AT_LEVEL.match(sentence, base.end, start) is not None
        and _CHANGE_THEN_BASE.search(sentence, max(0, base.start - 40), base.start) is not None
    )


# Between a bracketed conversion and the period of the amount it converts: ") in 2015"
_AFTER_BRACKET = re.compile(r"\)\s?(?:(?:in|of|for|during|the)\s){0,2}[^\s,;]")

_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
# an amount in a second currency right after a slash: "€47.1m/$52.7m", "€47.1m / $52.7m"
_SLASH_CONVERSION = re.compile(r"\s?/\s?[^\s(),;/]+")


def _bracket_close(text: str, start: int) -> int:
    """The index of the ")" closing the bracket opened at ``start`` (nested ones skipped), or
    -1."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


# ... or the same change in money right after it: "fell by 20 per cent or $35bn in 2030"
# ... also past a qualifier of the level: "soared 15% to reach more than $25bn in 2018" (round 50)
_TO_LEVEL = re.compile(
    r"\s?(?:,\s)?(?:to|reaching|to\sreach|hitting|at|or)\s?"
    r"(?:(?:nearly|about|around|almost|over|more\sthan|some|roughly|close\sto)\s)?$",
    re.IGNORECASE,
)

# a from-level right before its amount: "rose from $X"
_FROM_END = re.compile(r"\bfrom\s(?:(?:about|around|nearly|some|over)\s)?$", re.IGNORECASE)
# right after a base amount: a hedged count of years back ("some six years ago", "about a
# decade earlier", "roughly five years back"), which names no year (``period_patterns``)
_HEDGED_BACK = re.compile(
    r"(?:\s[\w'’-]+){0,3}?,?\s(?:(?:about|around|some|roughly|nearly|almost|approximately"
    r"|circa|over|more\sthan|perhaps|maybe)\s(?:[\w-]+\syears|a\sdecade|[\w-]+\sdecades)"
    # ... or a count that is no single number ("five or six", "5-6", "a few", "several")
    r"|[\w]+\s(?:or|to)\s[\w]+\syears|\d+\s?[-–]\s?\d+\syears|(?:a\sfew|several|many)\syears)"
    r"\s(?:ago|back|earlier|before)\b",
    re.IGNORECASE,
)


_BARE_BASE = Caseless(
    re.compile(
        r"(?:\bfrom|\bcompared\s(?:to|with)|\bagainst|\bversus|"
        r"(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)\bthan)\s"
        # "from its previous $365m": the base as it was
        r"(?:(?:the|a|an|about|around|nearly|almost|just|some|us|its|their|previous)\s){0,3}$",
        re.IGNORECASE,
    )
)

# "exports reached $739m compared with $1.5bn in imports": a base named as the other flow (or the
# balance) is that flow in the same period, not the main period a year earlier
_OTHER_FLOW_BASE = re.compile(
    r"(?:\s?[a-z]{1,8}\b\.?)?\s(?:in|of|worth\sof)\s(?:\w+\s)?(imports|exports|purchases|sales)\b",
    re.IGNORECASE,
)


def _other_flow_base(slot: Slot) -> bool:
    named = _OTHER_FLOW_BASE.match(slot.head)
    return named is not None and named[1].lower() not in slot.sentence[: slot.mention.start].lower()


# A hedge before an amount ("from approximately $1.6bn", "to an estimated $2bn"): the approx
# cues of triggers.csv, plus "just" (wider than hedges.HEDGE on purpose, commit 11c8e84)
_HEDGE = r"(?:(?:" + alternation([*triggers("approx"), "just"]) + r")\s)?"
# "... rose from $4.4bn to ": the amount a change starts from, just before the one it reaches
_FROM_AMOUNT_TO = re.compile(
    rf"\bfrom\s{_HEDGE}(?:[a-z$€£¥₹.]{{1,4}}\s)?\S{{0,4}}\d"
    r"(?:[\d.]|,\d)*[^,;()]{0,40}?(?:\s\([^()]{1,50}\))?\sto\s"  # "(about $30m) to"
    rf"{_HEDGE}$",
    re.IGNORECASE,
)
_ENDS_WITH_FROM = re.compile(rf"\bfrom\s{_HEDGE}$", re.IGNORECASE)

# A base amount right before a period, which the period dates: "from $412.6m (Shs1.5tn) for the
# period ended February 2030", "compared to a trade figure of $188.9m recorded throughout all
# 2030", "by 42.4% against 3.3% during the same period in 2030". No "to" between them: "from
# $4.4bn to $6.2bn in 2031" dates the level reached.
_BASE_AMOUNT_BEFORE = re.compile(
    # ("more than $25bn in 2018": a qualifier of the amount, not a base: round 50)
    r"\b(?:from|compared\s(?:to|with)|against|versus|(?<!more\s)(?<!less\s)than)\s(?:[a-z]+\s){0,4}"
    # ("from €47.1m/$52.7m (10,300MT (metric tons)) in 2012": a second currency after a slash,
    # a bracket with one inside it; round 57)
    r"\S{0,4}\d[\d.,%]*(?:[a-z$€£¥₹.]{0,4}\s?/\s?\S{0,4}\d[\d.,]*)?\s?(?:[a-z$€£¥₹%.]+\s){0,3}"
    r"(?:\((?:[^()]|\([^()]{0,20}\)){0,40}\)\s?)?,?\s?"
    r"(?:(?:recorded|registered|logged|in|for|during|of|over|throughout|all|the|a|period|ended|ending)\s){0,5}$",
    re.IGNORECASE,
)

# The bracket a conversion opens right after an amount, maybe with a hedge word first: " (",
# " (approximately ", " (about ", " (approx. "
_OPENS_CONVERSION = re.compile(r"\($|\([A-Za-z]{1,15}\.?\s$")


# ... or the base amount bracketed right after "year-on-year": "23.6 percent higher year-on-year
# ($3.8 billion in January–May 2029)" (round 50: the bracket is the base, not the change's period)
_YOY_BASE_BEFORE = re.compile(
    r"\b(?:year-on-year|y-o-y|yoy|year\sover\syear)\s?\(\S{0,4}\d[\d.,]*\s?(?:[a-z$€£¥₹.]+\s){0,3}"
    r"(?:(?:in|for|during|of|the)\s){1,3}$",
    re.IGNORECASE,
)


def _dates_a_base(sentence: str, p: Period, after: int, periods: list[Period]) -> bool:
    """Whether period ``p`` (past position ``after``, the change's end) dates a base amount named
    just before it, not the change: "rose 33% ... from $412.6m for the year ended May 2030".
    Not after a base already dated between them: "up 9% from $906m in May 2030, against $993m
    in May 2031" sets the level reached against that base."""
    window = sentence[max(after, p.start - 110) : p.start]
    return (
        (MAY_BE_COMPARED(window) and _BASE_AMOUNT_BEFORE.search(window) is not None)
        or ("(" in window and _YOY_BASE_BEFORE.search(window) is not None)
    ) and not any(q.comparison and after <= q.start < p.start for q in periods)


def _ends_of_span(slot: Slot, periods: list[Period], right_end: int) -> Period | None:
    """ "Between 2028 and 2029, imports rose from $4.4bn to $6.2bn": a change from one amount to
    another over two named years starts in the first year and reaches the second in the last;
    the amounts are no two-year totals. ``None`` when the figure is neither amount or a period
    of its own follows it."""
    m = slot.mention
    if m.kind in ("percent", "multiple") or "from" not in slot.sentence[: m.start]:
        return None
    spans = [p for p in periods if ends_named(p, slot.sentence) and p.end <= m.start]
    if not spans or any(m.end <= p.start < right_end for p in periods):
        return None
    both = spans[-1]
    assert both.period_start is not None and both.period_end is not None
    if _ENDS_WITH_FROM.search(slot.tail[-40:]):
        return span_start(both)
    if _FROM_AMOUNT_TO.search(slot.sentence, max(0, m.start - 80), m.start):
        return span_end(both)
    return None


def _year_after_base(slot: Slot, periods: list[Period]) -> Period | None:
    """ "Exports grew 25% to $1.8bn over 2029", in a sentence with no period of its own: a
    change measured over a year is the next year's (``periods._OVER_BASE``)."""
    over = [
        p
        for p in periods
        if p.comparison
        and p.kind == "year"
        and p.period_end is not None
        and slot.sentence[max(0, p.start - 5) : p.start].lower() == "over "
    ]
    if not over:
        return None
    year = over[-1].period_end.year + 1  # type: ignore[union-attr]
    return replace(
        over[-1],
        comparison=False,
        period_start=dt.date(year, 1, 1),
        period_end=dt.date(year, 12, 31),
    )


def _is_compared(slot: Slot) -> bool:
    tail = slot.tail[-45:]
    if MAY_BE_COMPARED(tail) and _COMPARED_FIGURE.search(tail) is not None:
        return True
    # "up from $163m in 2028 and $388m in 2029": the second amount of a coordinated base
    before = slot.sentence[max(0, slot.mention.start - 90) : slot.mention.start]
    joined = " and " in before[-12:] or " well as " in before[-22:]
    return joined and _COORDINATED_BASE.search(before) is not None


_COORDINATED_BASE = re.compile(
    r"\b(?:from|compared\s(?:to|with)|against)\s(?:(?:about|around|nearly|almost|some|just)\s)?"
    r"(?:[A-Z]{0,3}\$|[€£¥₹]|US\$|USD\s|Rs\.?\s?)?\s?\d[\d.,]*\s?(?:[a-zA-Z]{1,8}\s){0,2}?"
    r"(?:in|during|for)\s(?:19|20)\d\d,?\s(?:and|as\swell\sas)\s(?:(?:about|around|nearly|almost"
    r"|some|over|just)\s)?$",
    re.IGNORECASE,
)


def bracket_comparison(slot: Slot, periods: list[Period]) -> Period | None:
    """The comparison period just before a bracketed amount ("compared to the 2022 figures
    ($770m)"), which dates that amount; ``None`` when there is none."""
    start = slot.mention.start
    # ... in the bracket's own clause: not the base of an amount before it ("from SR30bn ($8bn)
    # in 2021 to SR45bn ($12bn)")
    bracketed = [
        p
        for p in periods
        if p.comparison and start - 20 <= p.end <= start and p.start >= slot.left_offset
    ]
    return bracketed[-1] if bracketed else None


# "..., in 2028 it amounted $226m": after a period, a subject that starts the next amount's
# own clause
_CLAUSE_SUBJECT = re.compile(r"\s*(?:it|they|this|that|these|the\s(?:figure|value|volume|total))\s")

# "In 2028 trade stood at $5m but by 2030 it had grown to $9m": a contrast word opens the next
# amount's clause, whose period is not the amount's before it; so does "and" with the next
# period's own preposition ("in 2024 they totalled $82m and in 2031 they reached $390m",
# Spanish "el año 2024 sumaban ... y el año 2031 llegaron")
_CONTRAST_GAP = re.compile(
    r"\s+(?:(?:but|whereas|while)\s+|and\s+(?:in|by|during|for|the\s+year)\s+(?:the\s+year\s+)?)"
)
# A cause clause after the figure ("$9m, partly due to new rules from April this year") dates it not,
# nor does a clause giving the base as the reason ("grew 17%, given that, in the second quarter of
# 2029, imports were $184m": round 54)
_CAUSE_GAP = re.compile(
    r",\s(?:\w+\s)?(?:(?:due|owing|thanks)\sto|because\sof|given\sthat,?)\s", re.I
)
_GIVEN_GAP = re.compile(r",\s(?:\w+\s)?given\sthat,?\s", re.I)

# A percentage starting at the next amount: another change
_NEXT_CHANGE = re.compile(r"[\d.,]+\s?(?:%|percent|per\scent)")


def _later_clause_change(sentence: str, start: int, end: int) -> bool:
    """A percentage between ``start`` and ``end`` in a later clause (a comma or semicolon before
    it): the period after it is that change's ("up 19% compared to 2030 ($12bn), after a rise of
    34% between 2029 and 2030"), not one of a list sharing it ("by 24 and 10 percent in 2030")."""
    found = _NEXT_CHANGE.search(sentence, start, end)
    return found is not None and any(c in sentence[start : found.start()] for c in ",;")


# "after" opening an earlier state's clause: "rose to $4.3bn, so A returned to surplus after a
# deficit of $290m in 2021", "reached $349m in the same period, after reaching $183m in 2022"
_AFTER_WORD = re.compile(r"\bafter\b", re.IGNORECASE)
# an amount of that clause: digits, then a scale word, a currency or a percent sign
_CLAUSE_AMOUNT = re.compile(
    r"\d[\d.,]*\s?(?:%|percent|per\scent|(?:thousand|million|billion|trillion|bn|mn|mln)\b)",
    re.IGNORECASE,
)


def in_after_clause(sentence: str, start: int, p: Period) -> bool:
    """Whether period ``p`` (past ``start``: a figure's end, or 0 for the sentence) dates an
    amount of an "after" clause opened between them: no comma, semicolon or bracket between
    "after" and ``p``, and the clause (up to the next such mark past ``p``) names an amount,
    before or after ``p`` (round 48). That year is the earlier state's, never the year of a
    figure before "after" ("After a slump in 2020, exports rose to $5bn in 2021": 2021 is past
    the comma, the clause of 2020 names no amount)."""
    gap = sentence[start : p.start]
    if "after" not in gap.lower():
        return False
    opened = max(_AFTER_WORD.finditer(gap), key=lambda w: w.start(), default=None)
    if opened is None or _CLAUSE_BREAK.search(gap, opened.end()):
        return False
    broken = _CLAUSE_BREAK.search(sentence, p.end)
    clause = sentence[start + opened.end() : broken.start() if broken else len(sentence)]
    return _CLAUSE_AMOUNT.search(clause) is not None


_CLAUSE_BREAK = re.compile(r"[,;()]")


def dates_after_clause_base(sentence: str, p: Period, end: int) -> bool:
    """Whether period ``p``, before a change that ends its sentence's part at ``end`` (the
    change's start), dates the base amount of an "after" clause opened before ``p``: "imports
    rose to $465m, after they had been $243m in the same period of 2029, up 91%", "reached $349m,
    after reaching in 2029 about $183m, i.e. up 91%" (round 54). No comma, semicolon or bracket
    between "after" and ``p``, and an amount between "after" and the change: the earlier state's
    level and year, which the change is measured against, never the change's own period ("After
    a slump in 2029 exports rose 5%": that clause names no amount)."""
    gap = sentence[: p.start]
    if "after" not in gap.lower():
        return False
    opened = max(_AFTER_WORD.finditer(gap), key=lambda w: w.start(), default=None)
    if opened is None or _CLAUSE_BREAK.search(gap, opened.end()):
        return False
    return _CLAUSE_AMOUNT.search(sentence, opened.end(), end) is not None


# Only a dash or a colon between a period and the amount it labels ("in 2028 – $1.2bn", "2029:
# $2bn")
_LABEL_GAP = re.compile(r"\s*[–—:-]\s*")


# ... unless the amount's own period follows it at once ("in three months – 561% in June, 578% in
# July": the dash opens the list of the months)
_OWN_RIGHT_AFTER = re.compile(r"\s?")

# Head-final order (Korean, Japanese, Turkish, and Chinese, which also puts the time first): the
# year stands right before its amount, and the year after an amount is the next amount's ("2012
# 4.2 billion US dollars exceeded in 2014 6.1 billion US dollars reached", "▲ 1997 20 billion
# ▲ 2000 30 billion", "2012 was 4.2 billion US dollars 2014 reached 6.1 billion"): a period
# with at most a copula, a verb of level or a hedge before the amount labels it, when the period
# after the amount labels the next amount in the same way (round 48)
_HEAD_FINAL_VERB = (
    r"(?:(?:was|were|is|reached|hit|exceeded|totall?ed|amounted\sto|stood\sat|to)\s+)?"
    r"(?:(?:about|around|nearly|almost|over|some|just|only|roughly|approximately"
    r"|more\sthan|less\sthan)\s+)?"
)
_LABELS_AMOUNT = re.compile(rf"\s*{_HEAD_FINAL_VERB}(?:[A-Z]{{0,3}}[$€£¥₹]\s?)?")
_LABELS_NEXT = re.compile(rf"\s*,?\s*{_HEAD_FINAL_VERB}(?:[A-Z]{{0,3}}[$€£¥₹]\s?)?\d")


def _labelled_before(slot: Slot, before: Period, after: Period) -> bool:
    """``before`` labels the figure right before it and ``after`` (past the figure) labels the
    next amount right before that one: each amount takes the period written before it."""
    m = slot.mention
    return (
        _LABELS_AMOUNT.fullmatch(slot.sentence, before.end, m.start) is not None
        and _LABELS_NEXT.match(slot.sentence, after.end) is not None
        and not any(c in slot.sentence[before.end : m.start] for c in ",;(")
    )


def _opens_next_clause(slot: Slot, period: Period) -> bool:
    """ "turnover was $334m in 2029, which increased by 47.8%, in 2028 it amounted $226m": a
    period past a comma after the figure that opens the next amount's own clause (a subject
    follows it, no comma before that amount) dates that amount, not this figure."""
    m = slot.mention
    next_start = m.end + len(slot.right)
    return (
        next_start < len(slot.sentence)
        and period.end <= next_start
        and "," in slot.sentence[m.end : period.start]
        and "," not in slot.sentence[period.end : next_start]
        and _CLAUSE_SUBJECT.match(slot.sentence, period.end) is not None
    )


# A period in the possessive right before an amount: "2029's $4bn", "March 2029's about $6m"
_OWNER_GAP = re.compile(
    r"['’]s\s(?:(?:about|around|nearly|almost|some|just|only)\s)?(?:[A-Z]{1,3}\s?)?", re.IGNORECASE
)
_LAST_YEAR = re.compile(r"(?:the\s)?(?:last|previous|past)\syear", re.IGNORECASE)
_OWNED_AMOUNT = re.compile(
    r"['’]s\s(?:(?:about|around|nearly|almost|some|just|only)\s)?(?:[A-Z]{1,3}\s?)?[$€£¥₹\d]",
    re.IGNORECASE,
)


def _owner_end(sentence: str, period: Period) -> int:
    """Where a period's possessive "'s" starts: a month's match takes its "'s" along ("from
    March's $794m")."""
    return period.end - 2 if sentence[period.end - 2 : period.end] in ("'s", "’s") else period.end


def _owned(sentence: str, periods: list[Period]) -> list[Period]:
    """The periods written in the possessive of an amount ("August 2029's $671m", "March's
    $794m")."""
    return [p for p in periods if _OWNED_AMOUNT.match(sentence, _owner_end(sentence, p))]


# The words between a change and its base period: " from ", " over the ", " compared with "
_BASE_NEXT = re.compile(r"\s(?:from|over|on|against|compared\s(?:to|with))\s(?:the\s)?")


# right after the amount, the period just named taken up again: "rose to EUR 7.2bn in the same
# period" (the running period), not a base ("the same period of 2029", "... last year", "... a
# year earlier")
_SAME_PERIOD_AFTER = re.compile(
    r"\s(?:in|during|over|for)\s(?:the\s)?same\s(?:period|months|time(?:\sspan)?)\b"
    r"(?!\s(?:of|in|last|a\s|the\s|previous|before|one|\d))",
    re.IGNORECASE,
)


# a change over a span whose level follows: "grew markedly from 2015 to 2019, amounting to $X"
_REACHED_OVER_SPAN = re.compile(
    r"\b(?:grew|rose|increased|expanded|climbed|jumped|surged|soared|fell|declined|decreased"
    r"|dropped|shrank)\b",
    re.IGNORECASE,
)
_REACHED_LEVEL = re.compile(
    r"(?:\bto(?:\sreach)?|\breaching|\bamounting\sto|\bhitting|\bstanding\sat)\s"
    r"(?:(?:nearly|about|around|almost|over|more\sthan|some|roughly)\s)?$",
    re.IGNORECASE,
)

# a change right before a span of years after a level: "came to $3.7bn, a growth of 7.8% from
# 2021 to 2022", "totalled $4.1bn, having grown 12% between 2021 and 2022"
_CHANGE_BEFORE_SPAN = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\bfold|\btimes|\bdoubled|\btripled|\bquadrupled)\s$",
    re.IGNORECASE,
)


def forecast_between(sentence: str, start: int, end: int) -> bool:
    """A forecast word and then a money amount between ``start`` and ``end``: a deadline past
    them is that amount's horizon, not a figure's before them."""
    between = sentence[start:end]
    cue = trigger("status").search(between)
    return cue is not None and any(x.kind == "money" for x in find_mentions(between[cue.end() :]))


def period_of(
    slot: Slot, periods: list[Period], previous: Period | None, change: bool = False
) -> Period | None:
    """The period a figure takes: the first period right after it in its clause, else the nearest
    before it, else ``previous``, else the nearest anywhere in the sentence (comparisons never).

    A change (a percentage, a multiple, or an amount ``change`` says is one: "down $700m from
    2029") is dated as a change: never by its base's period. A figure that is itself a
    comparison base ("compared to $14.8bn in 2022") takes the comparison period right after it.
    A period before the figure in its own slot beats one after it that is far away or past a
    comma ("Last year, trade reached $5bn, he said, adding that this year..."). A change
    measured between two named years takes the later one.
    """
    m = slot.mention
    if (
        "same" in slot.right
        and (same := _SAME_PERIOD_AFTER.match(slot.sentence, m.end))
        and not any(p.end <= m.start and p.start >= slot.left_offset for p in periods)
    ):
        # "... rose to EUR 7.2bn in the same period, exceeding ... for 2029": the words' own
        # period where the parser read one, else the period before in the sentence, else none
        # here (the caller then takes the page's running period)
        own = [p for p in periods if m.end <= p.start < same.end()]
        others = [p for p in periods if p not in own and not p.comparison and p.period_end]
        if not own or (
            not own[0].comparison and own[0].anchor == 0 and own[0].period_end is None and others
        ):
            return previous
        # (else as before: a bare "the same period" alone in its sentence is the main period;
        # one read as a base, "rose 6% to $12.6bn over the same period", keeps that reading)
    changes = change or m.kind in ("percent", "multiple")
    periods = periods if changes else [p for p in periods if p.kind != "years_span"]  # changes'
    right_end = m.end + len(slot.head)
    opened = _OPENS_CONVERSION.search(slot.right) if "(" in slot.right else None
    if opened:
        # "from N1.5 trillion (62 billion Rand) in 2015", "Ksh 59bn (approximately $597m) in
        # 2012": the period after the bracketed conversion still belongs to the amount it converts
        close = slot.sentence.find(")", m.end + opened.end())
        if close != -1 and _AFTER_BRACKET.match(slot.sentence, close):
            right_end = max(right_end, close + 1 + _NEAR)
    elif (restated := restatement_end(slot)) is not None:  # "R66bn which is about $6bn in 2014"
        right_end = max(right_end, restated + _NEAR)
    elif slot.right.strip() == "/" and (slash := _SLASH_CONVERSION.match(slot.sentence, m.end)):
        # "from €47.1m/$52.7m in 2012", "€47.1m/$52.7m (10,300MT) in 2012": the amount in a
        # second currency after a slash, as in brackets; the period after it is both's (round 57)
        right_end = max(right_end, slash.end() + _NEAR)
        after = slash.end()
        if slot.sentence.startswith((" (", "("), after):
            close = _bracket_close(slot.sentence, slot.sentence.index("(", after))
            if close != -1 and _AFTER_BRACKET.match(slot.sentence, close):
                right_end = max(right_end, close + 1 + _NEAR)
    if periods and ("'s" in slot.sentence or "’s" in slot.sentence):
        # "than August 2029's $671m", "up from 2029's $4bn": a period owning the amount dates
        # it, and only it
        owned = _owned(slot.sentence, periods)
        own = [
            p
            for p in owned
            if _OWNER_GAP.fullmatch(slot.sentence, _owner_end(slot.sentence, p), m.start)
        ]
        if own and own[0].kind == "relative_year" and _LAST_YEAR.match(slot.sentence, own[0].start):
            # "from last year's $527m": the main period a year earlier, as "a year earlier"
            return Period(m.start, m.start, "year_earlier", None, None, comparison=True, anchor=-1)
        if own:
            return own[0]
        periods = [p for p in periods if p not in owned]
    if periods and _is_compared(slot):
        # the comparison period after it ("compared to $14.8bn in 2022", "against $4m for C in
        # 2029"), else the one just before it ("from last year's figure of $2.39bn"; not for
        # "against $4m for C", C's in the same period)
        compared = [p for p in periods if p.comparison and m.end <= p.start < right_end]
        before = [p for p in reversed(periods) if slot.left_offset <= p.start < m.start]
        if economy_after(slot) is None and not _other_flow_base(slot):
            # (not "..., 50% more than in 2010, as against $136m of imports": the other flow in
            # the main period, not a base of the comparison before it)
            compared += [p for p in before if p.comparison]
        if compared:
            return compared[0]
    # the span before the two levels, else after them ("from $2m to $9m from 2026 to 2030")
    ends = _ends_of_span(slot, periods, right_end) or trailing_span_end(slot, periods)
    if ends is not None:
        return ends
    if (closed := aside_end(slot.sentence, m.end)) is not None and _FROM_END.search(slot.tail):
        # "from $X, with exports of $A and imports of $B in 2029, to $Y": the aside's year
        inside = [p for p in periods if m.end <= p.start < closed and not p.comparison]
        if inside:
            return inside[-1]
    if (
        MAY_BE_COMPARED(slot.tail[-30:])
        and _BARE_BASE.search(slot.tail[-30:])
        and not any(m.end <= p.start < right_end for p in periods)
        and not _other_flow_base(slot)
        and economy_after(slot) is None  # "against $4m for C": C's, same period
    ):
        # "down from $768 million", "rose 17% from $1.68bn to $1.97bn": a base with no period
        # of its own is the main period a year earlier (NOTES: "from $322M a year earlier")
        if _HEDGED_BACK.match(slot.sentence, m.end):
            # "... from about $0.5bn some six years ago": a count of years a hedge qualifies
            # names no year (NOTES round 58, 6); the base stays undated
            return Period(m.start, m.start, "undated", None, None, comparison=True)
        parallel = parallel_base(slot, periods)  # "..., while B fell from $2m to $1.5m"
        return parallel or Period(
            m.start, m.start, "year_earlier", None, None, comparison=True, anchor=-1
        )
    if periods:
        # "compared to the same period of 2030, which stood at $835m", "from the corresponding
        # period last year, when it amounted to $649m": the value of the base period just named
        # (the joining words' pattern bounds the gap: "when the mutual trade value amounted to")
        named = [p for p in periods if p.comparison and m.start - 2 * _NEAR <= p.end <= m.start]
        if named and (
            (
                _BASE_OF.fullmatch(slot.sentence, named[-1].end, m.start)
                and not _level_after_change(slot.sentence, named[-1], m.start)
            )
            or (
                _MAY_BE_BASE_VALUE(slot.left[-_NEAR:])
                and _BASE_VALUE.fullmatch(slot.sentence, named[-1].end, m.start)
            )
        ):
            return named[-1]
    if slot.left.endswith("(") and not changes:
        # ... a change in the bracket is the main figure's ("against $588m in February 2029 (3.4
        # percent less)"), never its base's
        bracketed = bracket_comparison(slot, periods)
        if bracketed is not None:
            return bracketed
    usable = [p for p in periods if not p.comparison]
    if change:
        # "down $700 million from 2029": the period right after a money change is its base
        usable = [p for p in usable if not _BASE_NEXT.fullmatch(slot.sentence, m.end, p.start)]
    if changes:
        # "$741m in the same time of the preceding year but grew by 41%": a period moved back
        # from the main one dates the base, never the change
        usable = [p for p in usable if (p.anchor or 0) >= 0 and p.anchor_months >= 0]
        # ... nor a period that dates a base amount ("up 33% from $412.6m for the year ended
        # May 2030"): the change is the later period's, or the running one's
        usable = [
            p
            for p in usable
            if not _dates_a_base(slot.sentence, p, m.end if p.start >= m.end else 0, periods)
            # ... nor the year of an "after" clause's base amount before it ("rose to $465m,
            # after it had been $243m in 2029, up 91%")
            and not (p.end <= m.start and dates_after_clause_base(slot.sentence, p, m.start))
        ]
        if (
            previous is not None
            and any(p is previous for p in periods)
            and (
                _dates_a_base(slot.sentence, previous, 0, periods)
                or (
                    previous.end <= m.start
                    and dates_after_clause_base(slot.sentence, previous, m.start)
                )
            )
        ):
            previous = None  # the figure before it is the base: "..., which represented 33%"
    after = [
        p
        for p in usable
        if m.end <= p.start < right_end and not in_after_clause(slot.sentence, m.end, p)
    ]
    before = [p for p in usable if slot.left_offset <= p.start and p.end <= m.start]
    before = outside_concessions(slot.sentence, before, m.start)  # "despite ... through 2028,"
    if not after and changes and _TO_LEVEL.match(slot.right):
        # "rose 4% to $47 million in April": the change takes the period of the level it reaches
        level_start = m.end + len(slot.right)
        after = [p for p in usable if level_start < p.start <= level_start + _NEAR]
    if after and before:
        gap = slot.sentence[m.end : after[0].start]
        # (a thousands comma is no clause's: "€57.4m/$64.2m (15,900MT) in 2016", round 57)
        if len(gap) > _NEAR or _CLAUSE_COMMA.search(gap) or _CONTRAST_GAP.fullmatch(gap):
            after = []
    if after and (before or previous is not None) and _opens_next_clause(slot, after[0]):
        after = []
    if after and "," in (gap := slot.sentence[m.end : after[0].start]) and _CAUSE_GAP.search(gap):
        after = []
    if (
        after
        and before
        and _LABEL_GAP.fullmatch(slot.sentence, before[-1].end, m.start)
        and not _OWN_RIGHT_AFTER.fullmatch(slot.sentence, m.end, after[0].start)
    ):
        after = []  # "in 2028 – USD 1.2 billion and in 2029 ...": a period labelling the amount
    if after and before and _labelled_before(slot, before[-1], after[0]):
        after = []  # "2012 4.2 billion US dollars exceeded in 2014 6.1 billion": head-final
    if not after and not before and changes and not any(p.end <= m.start for p in usable):
        # "rose 79% from $17m in May 2030, against $31m in May 2031": a change between two
        # named base periods is dated with the later one (NOTES); not where the sentence names
        # the change's own period before it ("in January-July 2031 ... $5bn, 32% more than $4bn
        # in the same period of 2030 and 40% more than $3.8bn in that of 2029")
        # ... up to the change's own period ("tripled, from $2bn in 2003 to $7bn in 2023, while
        # exports grew from $1bn in 2003 ..."): a base past it is another clause's
        # ... and up to the next change ("up 17% over February and 13% over March 2030": each
        # base is its own change's; the level a change reaches is no such bound)
        own = min((p.start for p in usable if p.start >= m.end), default=len(slot.sentence))
        # ... nor past a later change of the sentence ("up 7.4% compared with the same period
        # in 2030, while imports ... were 11.2% more than in the first six months of last
        # year": that base is the 11.2%'s)
        later = _NEXT_CHANGE.search(slot.sentence, m.end + len(slot.right))
        if later is not None:
            own = min(own, later.start())
        # ... "the same period last year" is named from the change's own period, never a later
        # base ("3.4% less than the same period last year ($9m in January-April 2030)": one base
        # said twice)
        bases = [
            p
            for p in periods
            if p.comparison and m.end <= p.start < own and p.period_end and p.kind != "same_period"
        ]
        if len(bases) >= 2:
            latest = max(bases, key=lambda p: p.period_end)  # type: ignore[arg-type,return-value]
            return replace(latest, comparison=False, anchor=None)
    chosen = after[0] if after else before[-1] if before else previous
    if chosen is None:
        earlier = [p for p in usable if p.end <= m.start]
        first_after = next((p for p in usable if p.start >= m.end), None)
        if (
            not earlier
            and first_after is not None
            and first_after.kind == "same_period"
            and first_after.anchor == 0
            and first_after.period_end is None
        ):
            # "imported $4m worth of goods from it over the same time, the database, refreshed
            # this month, shows": the figure runs over the period before (the caller's running
            # one), not a later period of its sentence
            return previous
        # a period named relative to another ("which was $X in the previous fiscal") past the
        # next amount belongs to that amount
        later = [
            p
            for p in usable
            if p.start >= m.end
            and (p.anchor is None or p.start < m.end + len(slot.right))
            # "$8bn, up from $7.2bn in 2030": the base's own year, not this amount's
            and not _dates_a_base(slot.sentence, p, m.end, periods)
            # ... nor the period of a later change ("up 19% compared to 2030 ($12bn), after a
            # rise of 34% between 2029 and 2030": the span is the 34%'s)
            and not (changes and _later_clause_change(slot.sentence, m.end, p.start))
            # ... nor the year of an "after" clause's own amount ("..., after a deficit of
            # $290m in 2021")
            and not in_after_clause(slot.sentence, m.end, p)
            # ... nor a clause's that gives the base as the reason ("grew 17%, given that, in the
            # second quarter of 2029, imports were $184m": round 54)
            and not _GIVEN_GAP.search(slot.sentence, m.end, p.start)
            # ... nor a forecast's deadline past its own amount ("rose 94% and is expected to
            # cross $2bn by the end of 2031": 2031 is the $2bn's horizon, round 50)
            and not (
                (p.by_end or p.kind == "horizon")
                and forecast_between(slot.sentence, m.end, p.start)
            )
        ]
        chosen = earlier[-1] if earlier else later[0] if later else _year_after_base(slot, periods)
    reached = over_span(chosen, before, slot, periods, previous) if chosen and changes else None
    if reached is not None:
        return reached
    if (
        chosen is not None
        and chosen.span
        and not changes
        and chosen.end <= m.start
        and _REACHED_OVER_SPAN.search(slot.sentence, max(0, chosen.start - 60), m.start)
        and _REACHED_LEVEL.search(slot.left[-40:])
    ):
        # "trade grew from 2015 to 2019, amounting to nearly $2.7bn", "rose between 2026 and 2030
        # to reach $X": the level the change reached is the later year's, not the span's sum
        return span_end(chosen)
    if (
        chosen is not None
        and chosen.span
        and not changes
        and chosen.start >= m.end
        and ends_named(chosen, slot.sentence)
        and _CHANGE_BEFORE_SPAN.search(slot.sentence, m.end, chosen.start)
        and not any(x.kind == "money" for x in find_mentions(slot.sentence[m.end : chosen.start]))
    ):
        # "came to $3.7bn, a growth of 7.8% from 2021 to 2022": the span is the change's, and the
        # level before it is the later year's (NOTES: a change over a span), not a sum over it
        return span_end(chosen)
    if chosen is not None and chosen.span and changes and not named_period(slot.sentence, chosen):
        # (a span named as the period, "quadrupled during the period of 2006-2018", is the
        # change's whole period: NOTES, round 25 `he` 7; "between 2006 and 2018" is not)
        return span_end(chosen)
    return chosen
