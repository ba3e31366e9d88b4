"""Which economy "the former" and "the latter" stand for ("Exports to B and C reached records.
The former rose 14.9% to $11.3bn, and the latter gained 8.1% to $18.8bn": B, then C).

The antecedent is the last two economies named before the phrase in its own sentence, else in
the sentence before, when they are joined by "and" ("B and C", "B, and the C"). In a partner
slot ("exports to the former") the referent is added to the sentence's economies at the phrase
(kind "referent", as ``this_country`` adds "this country"), so the ordinary pair rules read
"exports to [B]". As the
subject of a clause ("The former rose 14.9% to") the figure refers back (``follow_up``) and the
referent is the partner of the row it inherits, or, with none, of the flow the sentence before
names from the page's reporting economy. "Former" before a capitalised word or a role ("the
former Yugoslavia", "the former minister") is an adjective, not a pointer.
"""

from __future__ import annotations

import re

from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.extract.slots import flow_at

_FLOWS = ("exports", "imports", "turnover")

_PHRASE = re.compile(
    r"\bthe\s(?P<which>former|latter)\b"
    # an adjective before a name or a role: "the former Soviet Union", "the former president"
    r"(?!\s+(?-i:[A-Z]))(?!\s+(?:president|prime|minister|head|chief|ambassador|secretary|chair|"
    r"governor|director|official|leader|deputy|member|colon|capital|soviet|ussr|part)\w*)",
    re.IGNORECASE,
)
# a partner slot right before the phrase: "exports to the former", "those from the latter"
_SLOT = re.compile(r"\b(?:to|from|with|into|for)\s$", re.IGNORECASE)
# the phrase as the subject of its clause: "The former rose 14.9%", ", and the latter gained"
_SUBJECT = re.compile(
    r"(?:^\s*|,\s(?:and\s|while\s|whereas\s)?|;\s)the\s(?P<which>former|latter)\s(?:\w+ly\s)?"
    r"(?:(?:has|had)\s)?(?:was|were|stood|amounted|reached|totalled|totaled|dropped|fell"
    r"|declined|decreased|rose|grew|gained|increased|jumped|surged|soared|climbed)\s",
    re.IGNORECASE,
)
# between the two economies of an antecedent: "B and C", "B, and the C", "B & C"
_JOINED = re.compile(r"^,?\s(?:and|&)\s(?:the\s)?$", re.IGNORECASE)


def _joined_pair(text: str, economies: list[CountrySpan], before: int) -> tuple[str, str] | None:
    """The last two economies of ``text`` ending before ``before``, if joined by "and" (the
    two last named: "After B and C, D ranks fourth among E's partners. Its exports to the latter"
    points at E, which this rule leaves unread, not at C)."""
    named = [c for c in economies if c.end <= before]
    if len(named) < 2:
        return None
    first, second = named[-2], named[-1]
    if first.iso3 != second.iso3 and _JOINED.match(text[first.end : second.start]):
        return first.iso3, second.iso3
    return None


def with_former_latter(
    sentence: str, countries: list[CountrySpan], ctx: DocContext
) -> list[CountrySpan]:
    """``countries`` with the referent of each "the former"/"the latter" added at the phrase
    (see the module docstring); unchanged when no antecedent pair is found. Read before ``ctx``
    enters the sentence (its ``current`` is the sentence before)."""
    if "ormer" not in sentence and "atter" not in sentence:
        return countries
    added: list[CountrySpan] = []
    for found in _PHRASE.finditer(sentence):
        if not _SLOT.search(sentence, 0, found.start()):
            continue  # a subject ("The former rose 5%"): ``pointed_partner``
        iso3 = _referent(found, sentence, countries, ctx.current)
        if iso3 is not None:
            added.append(CountrySpan(found.start(), found.end(), iso3, "referent"))
    if not added:
        return countries
    return sorted([*countries, *added], key=lambda c: c.start)


def pointer_subject(tail: str) -> bool:
    """Whether "the former"/"the latter" is the subject of a clause in ``tail`` ("The former rose
    14.9% to"): the figure refers back, as after "It rose"."""
    return ("ormer" in tail or "atter" in tail) and _SUBJECT.search(tail) is not None


def pointed_partner(found: tuple | None, tail: str, ctx: DocContext) -> tuple | None:
    """``found`` (a row and its period that a follow-up figure inherits) with its partner the
    economy a "the former"/"the latter" subject before the figure stands for, if any and not the
    row's reporter; with no ``found``, a row of the flow the sentence before names. ``ctx`` has
    entered the figure's sentence."""
    if ctx.current is None or ("ormer" not in tail and "atter" not in tail):
        return found
    sentence, countries, _ = ctx.current
    subjects = list(_SUBJECT.finditer(tail))  # the last one names the figure's
    referent = _referent(subjects[-1], sentence, countries, ctx.prior) if subjects else None
    if found is None:
        # no figure or pair to inherit: the flow the sentence before names ("Exports to B and
        # C reached records. The former rose 5%") from the page's reporting economy
        prior = ctx.prior
        flow = flow_at(prior[0]) if prior is not None else None
        reporter = ctx.reporting()
        if referent is None or flow not in _FLOWS or reporter in (None, referent):
            return None
        row = {"flow": flow, "reporter": reporter, "partner": referent, "status": "actual"}
        return {**row, "scope": "total"}, None
    row, period = found
    if referent is None or referent == row.get("reporter"):
        return found
    return {**row, "partner": referent}, period


def _referent(
    found: re.Match[str], sentence: str, countries: list[CountrySpan], before: tuple | None
) -> str | None:
    """The economy the "the former"/"the latter" of ``found`` stands for: one of the antecedent
    pair in ``sentence`` before the phrase, else in ``before`` (the previous sentence's (text,
    economies, ...)); None without one."""
    pair = _joined_pair(sentence, countries, found.start())
    if pair is None and before is not None:
        pair = _joined_pair(before[0], before[1], len(before[0]))
    if pair is None:
        return None
    return pair[0] if found.group("which").lower() == "former" else pair[1]
