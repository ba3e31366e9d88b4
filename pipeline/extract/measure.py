"""What a number measures and how it is qualified: level or change, up or down, approximate,
actual or target (which period it takes: ``figure_period``).
"""

from __future__ import annotations

import re

from pipeline.extract.averages import against_average, is_average_amount, is_average_rate
from pipeline.extract.bracket_change import bracketed_change, bracketed_share
from pipeline.extract.bracket_items import list_direction
from pipeline.extract.caseless import Caseless
from pipeline.extract.compared import compares_other
from pipeline.extract.hedges import HEDGE_AMOUNT, HEDGE_CHANGE
from pipeline.extract.held_bound import held_bound
from pipeline.extract.literal_gate import gated
from pipeline.extract.qualifiers import bound_of as bound_of  # (evidence takes it from here)
from pipeline.extract.qualifiers import is_approx as is_approx  # (sentence takes it from here)
from pipeline.extract.quantities import (
    changes_quantity,
    changes_tonnage,
    changes_volume,
    counts_people,
    counts_things,
    physical,
)
from pipeline.extract.slots import Slot, trigger
from pipeline.extract.status import status_of as status_of  # (sentence takes it from here)
from pipeline.lexicon import alternation, triggers, vocabulary, vocabulary_groups

# "fell by $1bn", "an increase of $5m", also with a hedge between ("fell by almost $1bn") or an
# article and a qualifier ("rose by a far smaller $1bn", "fell by a further $2bn")
_ABS_CHANGE = re.compile(
    r"(?:(?P<dir>" + "|".join(vocabulary("abs_change")) + r")\s(?:of|by)|by)"
    r"(?:\s(?:" + HEDGE_CHANGE + r"|up\sto|an\sestimated|an?(?:\s[a-z]+){1,2}))?\s?$",
    re.IGNORECASE,
)


# "followed by $48.6m in food products", "trailed by $3m": the "by" of a ranking, not of a change
_RANKED_BY = re.compile(
    r"\b(?:followed|trailed|preceded)\s(?:closely\s|distantly\s)?by\s"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more\sthan)\s)?$",
    re.IGNORECASE,
)


# "fell $12 million to $310 million" (spaCy#4354): a change verb right before an amount that
# "to" and a second amount follow; the second is the level reached (``measure_of``).
_VERB_BEFORE = re.compile(r"\b(" + alternation(list(triggers("change"))) + r")\s?$", re.IGNORECASE)


# "exports fell $49 million", "trade grew US$1.2 billion in 2030": a past-tense change verb
# right before the amount (no "to", "from", "by" between) states the change, not the level.
_PAST_CHANGE_BEFORE = gated(
    re.compile(r"\b(" + alternation(list(vocabulary("past_change"))) + r")\s$", re.IGNORECASE)
)
# "exports shed €1.4bn", "trade lost $3bn": a loss verb of ``past_change`` with no change
# trigger of its own (as one, "lost" and "added" would read a speech verb or a lost market as a
# direction anywhere in the sentence)
_LOSS_VERBS = frozenset(("shed", "lost"))


# "$96 million more than in 2024", "€1bn (£856m) less of British goods", "$51.3 million
# fewer": an amount followed by a comparative (past its bracketed conversion) is a change.
_COMPARATIVE = re.compile(
    r"\)?\s(?:\([^()]{0,40}\)\s)?(more|less|fewer|higher|lower)\b(?!\s(?:or|and)\b)",
    re.IGNORECASE,
)


# "a $75 million increase in exports", "an 11% (A$7m) rise in imports": an amount before a change
# noun and what it changes is that change (past its bracketed twin or the bracket it closes)
_CHANGE_NOUN_AFTER = re.compile(
    r"\)?\s(?:\([^()]{0,40}\)\s)?(increase|rise|growth|jump|gain|decline|decrease|drop|fall)\s"
    r"(?:in|of)\s",
    re.IGNORECASE,
)
# ... and with an article before the amount, whatever follows the noun: "a $100 million rise
# compared with 2029", "a EUR300m drop from the EUR9.8bn": the amount qualifies the noun the
# article opens, so it is that change ("a $5bn deal" has no change noun)
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)an?\s(?:[a-z]+\s)?$", re.IGNORECASE)
_CHANGE_NOUN_HEAD = re.compile(
    r"\)?\s(?:\([^()]{0,40}\)\s)?(increase|rise|growth|jump|gain|surge|rebound|uptick|improvement"
    r"|decline|decrease|drop|fall|slump|plunge|dip|contraction|reduction)\b",
    re.IGNORECASE,
)


_SHARE = Caseless(
    re.compile(r"\b(?:share|accounts?\sfor|accounted\sfor|of\s(?:the\s)?total)\b", re.IGNORECASE)
)
# ... and "exports made up the bulk of the trade, which is 72%": a part's size ("made up for the
# fall", "made up ground" are no share); not when a change word stands between it and the
# percentage: "tea made up the bulk of the exports, which rose 12%" is the exports' change
_BULK = Caseless(
    re.compile(
        r"\b(?:bulk\sof|(?:made|makes?|making)\sup\s(?:the\s|a\s)?"
        r"(?:bulk|majority|lion|largest|biggest|main)\b)",
        re.IGNORECASE,
    )
)


def _bulk_share(left: str) -> bool:
    """``left`` (the text before a percentage) names the part's size ("made up the bulk of")
    with no change word after it."""
    bulk = _BULK.search(left)
    return bulk is not None and trigger("change").search(left[bulk.end() :]) is None


# "134.8% of the 2024 level", "96% of last year's level": the new level as a percentage of the
# base, a change of (value - 100)%.
_OF_LEVEL = re.compile(
    r"^\s(?:of|compared\sto)\s(?:the\s)?(?:\d{4}\s|(?:last|previous|the\sprevious)\syear['’]s\s)?level\b",
    re.IGNORECASE,
)


# "16 percent above the 2029 level", "5% below last year's": a change against a named base
# period ("above the target", "above average" name none: no change)
_ABOVE_BASE = re.compile(
    r"^\s(above|below)\s(?:the\s)?(?:(?:19|20)\d\d\b|(?:last|previous|preceding)\s(?:year|month)"
    r"|year[-\s]ago\b|a\syear\s(?:earlier|ago)|same\s(?:period|month|quarter)"
    # "13% above the year before", "5% below the previous year's"
    r"|(?:year|month|quarter)\s(?:before|earlier)\b)",
    re.IGNORECASE,
)
_THAN_AFTER = re.compile(r"^\s(?:more|less|higher|lower)\sthan\b", re.IGNORECASE)


# "18% of its exports", "25.8 percent in total imports": a share, not a change.
_OF_AFTER_PERCENT = re.compile(
    r"^\s?(?:of\s(?:the\s|its\s|all\s|total\s)*\w+|in\s(?:the\s)?total\b)", re.IGNORECASE
)
# "crude oil constitutes roughly 78 per cent", "machinery represented 12.1%": a verb of being a
# part right before the percentage, which no change word follows ("represents a 30% increase",
# "representing 17% more than" are changes); "a 15 per cent share", "a 45.5 percent bite of
# total exports": the share's noun right after it
_SHARE_VERB = re.compile(
    # ... "of which energy makes up 61 percent" (round 38)
    r"\b(?:constitut(?:es?|ed|ing)|represent(?:s|ed|ing)?|comprise[sd]?|comprising"
    r"|mak(?:es|e|ing)\sup|made\sup)\s"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|only|just|approximately)\s)?$",
    re.IGNORECASE,
)
_SHARE_NOUN_AFTER = re.compile(r"^\s?(?:market\s)?(?:share|bite|slice|portion)\b", re.IGNORECASE)


# a ranking of shares going on: "A made up 19 percent of exports, with B next at 9 percent"
_NEXT_AT = gated(
    re.compile(
        r"\b(?:next|second|third|followed)\s(?:at|with)\s(?:(?:about|around|some|nearly)\s)?$",
        re.IGNORECASE,
    )
)
# a percentage set against the percentage right before it: "..., against roughly 7.02%"
_PERCENT_BASE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent),?\s(?:against|versus|compared\s(?:to|with)|(?:up\s|down\s)?from)"
    r"\s(?:(?:about|around|roughly|nearly|some|almost|just)\s)?$",
    re.IGNORECASE,
)
_SHARE_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent)\sof\s|\bshare\b|\baccount(?:s|ed)?\sfor\b", re.IGNORECASE
)


# a count of product items the amount is the threshold of: "the number of items whose exports
# exceeded $100m reached 10", "10 items had exports of more than $100m", "$100m was exceeded by
# 10 items" (the Japanese "1億ドルを上回った品目は10", glossed); a threshold, like one amount for
# several partners (NOTES), is no row
_COUNTED_ITEMS = re.compile(
    r"\b(?:\d{1,3}|the\snumber\sof|number\sof)\s(?:product\s)?(?:items|products|commodities|lines)\b",
    re.IGNORECASE,
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:exceed(?:ed|ing|s)?|over|more\sthan|above|topp(?:ed|ing)|surpass(?:ed|ing)?)\s$",
    re.IGNORECASE,
)
_EXCEEDED_BY_ITEMS = re.compile(r"\s(?:was\s)?exceeded\sby\s(?:\d{1,3}\s)?items\b", re.IGNORECASE)


def counts_items_over(slot: Slot) -> bool:
    """The money amount is the threshold of a count of items: a threshold word right before it
    and ``_COUNTED_ITEMS`` in the 90 characters before that, or "exceeded by ... items" right
    after it."""
    sentence = slot.sentence
    if "item" not in sentence and "product" not in sentence and "commodit" not in sentence:
        return False  # (the cheap test first)
    if _EXCEEDED_BY_ITEMS.match(sentence, slot.mention.end):
        return True
    start = slot.mention.start
    before = sentence[max(0, start - 30) : start]
    # ... the count before the amount, as the clause's subject (not "led by 3 products" after it)
    return bool(
        _THRESHOLD_BEFORE.search(before)
        and _COUNTED_ITEMS.search(sentence, max(0, start - 90), start)
    )


def _share_verb(slot: Slot) -> bool:
    """A part's size: a share verb right before the percentage and no change word after it, or
    a share noun right after it (``_SHARE_VERB``)."""
    if _SHARE_NOUN_AFTER.match(slot.right):
        return True
    if _SHARE_VERB.search(slot.left[-40:]) is None:
        return False
    # (a change word past a comma is the next clause's: "..., of which B makes up 61%, fell 12%")
    right = slot.right[:30].split(",", 1)[0]
    return trigger("change").search(right) is None and not _THAN_AFTER.match(slot.right)


# "increase exports to X to 40 percent from the current 30 percent", "went up from 10% in 2000
# to 16% in 2014": a percentage reached or left is a level of a ratio (a share, a rate), not a
# change (a change is "by 12%", "a 12% rise"); "up to 15 percent" is a bound on a change
_LEVEL_PERCENT = re.compile(
    # (not the hedge "close to": "rose by close to 15%" is the change)
    r"(?<!\bup\s)(?<!\bclose\s)\b(?:to|from)\s(?:(?:the\s)?(?:current|present|about|around|nearly|almost|"
    r"roughly|some|just|under|over|below|above)\s)*$",
    re.IGNORECASE,
)
# "increased to 14.9% compared to 2017" (a translated "by"): a base after it makes it a change
_CHANGE_BASE = re.compile(
    r"\b(?:compared|than|year[-\s]on[-\s]year|y-o-y|yoy|same\speriod|a\syear\s(?:earlier|ago))\b",
    re.IGNORECASE,
)


# "rose 12%, or $3bn", "(decrease of 9.6% or £760 million)": an amount after "or" right after a
# percentage restates that change in money; it takes the change's direction.
# ... also with a hedge, with or without "or" ("down 19.3% or about $255m", "down 19.3% about $255m")
_OR_AFTER = re.compile(
    r"\s?,?\s?(?:or\s(?:by\s)?(?:(?:about|around|some|nearly|roughly|almost)\s)?"
    r"|(?:about|around|some|nearly|roughly|almost)\s)$"
)
_PERCENT_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\)?$", re.IGNORECASE)


def _restates_change(slot: Slot) -> bool:
    """The amount's own text before it is "or" / ", or" and the amount before it a percentage."""
    left = slot.left
    if len(left) > 16 or _OR_AFTER.fullmatch(left) is None:
        return False
    return _PERCENT_BEFORE.search(slot.sentence, 0, slot.left_offset) is not None


# A sign written right before an amount, after a bracket or a space (not a range's dash,
# "$5-$7m", which follows a digit)
_SIGNS = ("+", "-", "−", "–")
_SIGN_BEFORE = re.compile(r"(?:^|[\s(\[])[-+−–]$")


# "the growth of trade volume was equal to $250m", "the increase amounted to $250m": a change
# noun that is the amount's subject makes the amount that change (Uzbek "oʻsishi ... teng
# boʻldi", glossed, reads so too); a percentage too, whose "to" would else make it a level
# ("growth amounted to 162%", "an increase equal to 25.5%"; Russian "рост составил"; round 48)
_CHANGE_SUBJECT = re.compile(
    r"\b(?P<n>growth|increase|rise|gain|decline|decrease|drop|fall|reduction)\s"
    r"(?:(?:of|in)\s(?:[\w'’-]+\s){0,5}?)?(?:was\s(?:equal\sto\s)?|were\s|amounted\sto\s"
    r"|totall?ed\s|came\sto\s|stood\sat\s|equall?ed\s|(?:equal|equivalent)\sto\s)"
    r"(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?$",
    re.IGNORECASE,
)


def measure_of(slot: Slot) -> tuple[str, float] | None:
    """Measure and signed value, or None when the number is not a change/level of trade."""
    m = slot.mention
    left_tail = slot.left[-40:]
    if compares_other(slot):  # "31% higher than the exports of Mexico": two figures compared
        return None
    if m.kind in ("multiple", "percent") and (
        counts_people(slot) or counts_things(slot) or against_average(slot)
    ):
        return None
    if m.kind == "multiple":
        if changes_volume(slot) or changes_tonnage(slot):
            # "rose 14.7 times by volume and 45 times in value": the value's only; "grew 3
            # times to 6,000 tons": a tonnage's multiple
            return None
        if m.value > 1 and _falls_times(slot):
            return "multiple", round(1.0 / m.value, 4)  # NOTES: a fall "N times" is 1/N
        return "multiple", m.value
    if m.kind == "percent":
        if _OF_LEVEL.match(slot.right):  # NOTES: "134.8% of last year's level" -> +34.8
            return "pct_change", round(m.value - 100.0, 10)
        base = _ABOVE_BASE.match(slot.right)
        if base:  # "16 percent above the 2029 level": a change against that base
            return "pct_change", -abs(m.value) if base.group(1).lower() == "below" else m.value
        share = (
            _SHARE.search(slot.left[-60:])
            or _OF_AFTER_PERCENT.match(slot.right)
            or _bulk_share(slot.left[-60:])
            or _share_verb(slot)
        )
        if bracketed_share(slot):  # "£2.6bn (63.8 percent) were goods": the amount's share
            return None
        if (
            _NEXT_AT.search(left_tail)
            or _PERCENT_BASE.search(slot.sentence, max(0, m.start - 40), m.start)
        ) and _SHARE_BEFORE.search(slot.sentence, 0, m.start):
            # "copper made up 19% of the shipments, with fruit next at 9%"; "our share of the
            # market slipped to 4.65%, against roughly 7.02% eight years ago": the share's base
            return None
        if share and not _THAN_AFTER.match(slot.right):
            # ... but "8% of total imports and 29% more than in 2029": the share word before
            # belongs to the first percentage; a comparison right after makes this one a change
            return None
        if (
            _LEVEL_PERCENT.search(slot.left[-30:])
            and not _CHANGE_BASE.search(slot.right[:40])
            and not _CHANGE_SUBJECT.search(slot.tail[-90:])  # "growth amounted to 9%"
        ):
            return None
        if is_average_rate(slot) or changes_tonnage(slot) or changes_quantity(slot):
            return None
        direction = (
            _arrow(slot)
            or _spelled_sign(slot)
            or _own_noun(slot)
            or _direction(slot)
            or _signed(slot)
            or _shared_arrow(slot)
        )
        if direction is None:
            return None
        value = -abs(m.value) if direction == "down" else m.value
        return "pct_change", value
    if slot.left.endswith(_SIGNS) and _SIGN_BEFORE.search(slot.left[-2:]):
        # "(-US$563m)", "exports +$120m": an amount written with its sign is a change
        return "abs_change", (1.0 if slot.left[-1] == "+" else -1.0) * m.value
    if slot.left[-2:].rstrip().endswith(_ARROW_SIGNS) and (
        before := _ARROW_BEFORE.search(slot.sentence, max(0, m.start - 3), m.start)
    ):
        # "(▲US$120m)", "exports ↓ $45m": an amount written after an arrow is a change (an
        # arrow after an amount, Korean "10억 달러↑", is "more than": left alone)
        return "abs_change", (1.0 if _ARROWS[before.group(1)] == "up" else -1.0) * m.value
    if slot.left.endswith("(") and (change := bracketed_change(slot)) is not None:
        return "abs_change", change  # "was $12bn, up 27.4% ($2.6bn)": the change in money
    if _restates_change(slot):  # "rose 12%, or $3bn": the same change in money
        direction = _direction(slot)
        if direction is not None:
            return "abs_change", (-1.0 if direction == "down" else 1.0) * m.value
    if is_average_amount(slot, left_tail):
        return None  # "averaged less than $10 million", "$5bn on average" (NOTES: averages)
    if counts_items_over(slot):
        return None  # "10 items had exports of more than $100m": a threshold, no flow's size
    if held_bound(slot):
        return None  # "remained below $1bn in all these years": no one period's amount
    comparative = _COMPARATIVE.match(slot.sentence, m.end, m.end + 80)
    if comparative:
        sign = -1.0 if comparative.group(1).lower() in ("less", "lower", "fewer") else 1.0
        return "abs_change", sign * m.value
    noun = _CHANGE_NOUN_AFTER.match(slot.sentence, m.end, m.end + 80)
    if noun is None and _ARTICLE_BEFORE.search(left_tail):
        noun = _CHANGE_NOUN_HEAD.match(slot.sentence, m.end, m.end + 80)
    if noun:
        sign = -1.0 if triggers("change").get(noun.group(1).lower()) == "down" else 1.0
        return "abs_change", sign * m.value
    change = _ABS_CHANGE.search(left_tail) if _may_end_with_by_or_of(left_tail) else None
    if change and not change.group("dir") and _RANKED_BY.search(left_tail):
        change = None  # "led by minerals ($57m), followed by $48.6m in food": the next item's level
    if change and change.group("dir") and _phrasal_up(left_tail, change, "dir"):
        change = None  # "made up of 64 million USD worth of imports": parts, not a rise
    if change:
        word = (change.group("dir") or "").lower()
        sign = -1.0 if triggers("change").get(word) == "down" else 1.0
        if not word:
            # "by $X" alone: a change only when a change verb precedes it.
            direction = _direction(slot)
            if direction is None:
                return "level", m.value
            sign = -1.0 if direction == "down" else 1.0
        return "abs_change", sign * m.value
    if slot.right.strip().lower() == "to":
        verb = _VERB_BEFORE.search(left_tail)
        if verb:  # "decreased $1.2 billion to $19.5 billion": the first amount is the change
            sign = -1.0 if triggers("change").get(verb.group(1).lower()) == "down" else 1.0
            return "abs_change", sign * m.value
    past = _PAST_CHANGE_BEFORE.search(left_tail) if left_tail.endswith(" ") else None
    if past:  # "sales to Haiti fell US$49 million": a past change verb right before the amount
        verb = past.group(1).lower().split()[-1]
        down = triggers("change").get(verb) == "down" or verb in _LOSS_VERBS
        sign = -1.0 if down else 1.0
        return "abs_change", sign * m.value
    if "up" in left_tail[-24:] or "down" in left_tail[-24:]:
        bare = _BARE_DIRECTION.search(left_tail)
        if bare:  # ", down $110 million or 79% from a year earlier", "down about $7m from"
            return "abs_change", (-1.0 if bare.group(1).lower() == "down" else 1.0) * m.value
    if _DIFFERENCE.search(left_tail) and (direction := _direction(slot)) is not None:
        # "up 21.4%, a difference of $54 million": the change the percentage states, in money
        return "abs_change", (-1.0 if direction == "down" else 1.0) * m.value
    if (subject := _CHANGE_SUBJECT.search(slot.tail[-90:])) is not None:
        down = triggers("change").get(subject.group("n").lower()) == "down"
        return "abs_change", (-1.0 if down else 1.0) * m.value
    return "level", m.value


# "an increase of 21.4% and a difference of $54m", "(up 8%, a difference of $3m)": the money a
# change stated just before comes to (with a change word before it: ``_direction``); "the
# difference between exports and imports" (a balance) is no "difference of"
_DIFFERENCE = re.compile(
    r"(?:,|\band)\s(?:by\s|with\s)?(?:a\s)?difference\sof\s(?:(?:about|around|some|nearly)\s)?$",
    re.IGNORECASE,
)


# A bracket opened right after the amount before, maybe with a hedge: " (", " (about "
_CONVERSION = re.compile(r"\s?\((?:about|around|approximately|roughly|some|nearly|almost|or)?\s?")


def converted(before: dict, slot: Slot, measure: str, value: float) -> tuple[str, float]:
    """A bracketed conversion right after a change of money ("up NZ$54 million (US$33.12
    million)") is that change in another currency: it takes the change's measure and sign."""
    if (
        measure == "level"
        and before["measure"] == "abs_change"
        and _CONVERSION.fullmatch(slot.left) is not None
    ):
        return "abs_change", value if before["value"] >= 0 else -abs(value)
    return measure, value


# "..., down $110.4 million or 79.1%", "(up $3m)", "were up $2bn": "up"/"down" right before an
# amount, after a clause mark or a copula, states the change itself ("set up $5bn" does not).
# A hedge may stand between ("down about $700 million from 2029").
_BARE_DIRECTION = re.compile(
    r"(?:,\s|\(\s?|\b(?:was|were|is|are)\s)(up|down)\s?"
    r"(?:(?:" + HEDGE_AMOUNT + r")\s)?$",
    re.IGNORECASE,
)


# "it is plus 33 percent on the same period", "minus 4% year on year": a sign spelled out right
# before a percentage (speech translated from German or Russian: "plus 33 Prozent")
_SPELLED_SIGN = re.compile(r"\b(plus|minus)\s?$", re.IGNORECASE)


def _spelled_sign(slot: Slot) -> str | None:
    """ "plus"/"minus" right before a percentage: up or down, whatever change word precedes."""
    left = slot.sentence[max(0, slot.mention.start - 7) : slot.mention.start]
    found = _SPELLED_SIGN.search(left) if "us" in left.lower() else None
    return None if found is None else ("up" if found.group(1).lower() == "plus" else "down")


def _own_noun(slot: Slot) -> str | None:
    """ "slightly down from 2029, but a 16-per-cent increase from 2020": a change noun that the
    article before the percentage opens is its own direction, whatever change word precedes."""
    if not _ARTICLE_BEFORE.search(slot.left[-16:]):
        return None
    noun = _CHANGE_NOUN_HEAD.match(slot.sentence, slot.mention.end, slot.mention.end + 60)
    return None if noun is None else triggers("change").get(noun.group(1).lower())


def _signed(slot: Slot) -> str | None:
    """A percentage written with its sign ("Mexico (-26.7%)", "(+11.48%)") is a change."""
    m, text = slot.mention, slot.sentence
    if text[m.start] in "-−" and m.value < 0:
        return "down"
    if m.start and text[m.start - 1] == "+":
        return "up"
    if text.endswith(" ", 0, m.start) and (spaced := _SPACED_SIGN.search(text, 0, m.start)):
        # "(- 2.1 %)", "(+ 4.3%)": a bracket's sign spaced from its rate (round 46)
        return "up" if spaced.group(1) == "+" else ("down" if m.value < 0 else None)
    return None


_SPACED_SIGN = re.compile(r"\(\s?([-−–+])\s$")

# An arrow as the sign of a change, written against its number: "수출 17%·수입 3%↑", "(43.3%↑)",
# "↓5.2%", "▲12.4%", "▼3%" (Korean and Chinese headlines and tables, some English copy); the
# Japanese triangle of a fall ("前年比▲3.1%") is made a minus by :mod:`~.japanese` first, and
# the Korean and Japanese "△" (a minus in accounts, a bullet in news copy) is no sign here
_ARROWS = {"↑": "up", "▲": "up", "⬆": "up", "↓": "down", "▼": "down", "⬇": "down"}
_ARROW_SIGNS = tuple(_ARROWS)
_ARROW_BEFORE = re.compile(r"(?:^|[\s(\[:,])([↑▲⬆↓▼⬇])\s?$")
_ARROW_AFTER = re.compile(r"\s?([↑▲⬆↓▼⬇])")
# ... or after the next percentage of a pair the arrow closes ("수출 17%·수입 3%↑": both up;
# not across a clause, a bracket or another arrow)
_PAIR_ARROW = re.compile(r"\s?[·・,、/]\s?[^\d%↑↓▲▼⬆⬇;.()]{1,16}?\s?\d[\d.,]*\s?%\s?([↑▲⬆↓▼⬇])")


def _arrow(slot: Slot) -> str | None:
    """An arrow written against a percentage, right before it ("▲12.4%", "(↓ 5.2%)") or right
    after it ("43.3%↑"): its direction, whatever change word is near."""
    m, text = slot.mention, slot.sentence
    if text[max(0, m.start - 2) : m.start].rstrip().endswith(_ARROW_SIGNS):
        before = _ARROW_BEFORE.search(text, max(0, m.start - 3), m.start)
        if before:
            return _ARROWS[before.group(1)]
    after = _ARROW_AFTER.match(text, m.end, m.end + 2)
    return None if after is None else _ARROWS[after.group(1)]


def _shared_arrow(slot: Slot) -> str | None:
    """A percentage with no direction of its own, first of a pair an arrow closes ("exports
    17%·imports 3%↑"): the arrow's direction."""
    m, text = slot.mention, slot.sentence
    pair = _PAIR_ARROW.match(text, m.end, m.end + 40)
    return None if pair is None else _ARROWS[pair.group(1)]


def _falls_times(slot: Slot) -> bool:
    """ "fell more than five times", "a threefold decrease", "4 times lower": a fall by a factor
    (not "doubled", "tripled", which say their own direction)."""
    written = slot.sentence[slot.mention.start : slot.mention.end].lower()
    return written.endswith(("times", "fold")) and _direction(slot) == "down"


def _may_end_with_by_or_of(text: str) -> bool:
    """Cheap necessary condition for ``_ABS_CHANGE`` (exact: "b", "y", "o", "f" have no
    non-ASCII case twins in ``re``)."""
    end = text.rstrip()[-28:].lower()
    return end[-2:] in ("by", "of") or " by " in end or " of " in end


# "9.2% less than in 2022", "53.7% lower": a comparative right after the number decides, whatever
# came before it ("more than $500 mln in trade, 9.2% less than in 2022").
_RIGHT_COMPARATIVE = re.compile(r"^\s(more|less|higher|lower|up|down)\b", re.IGNORECASE)


# "more than", "less than" right before the number: a hedge on it, not its direction
_HEDGE_THAN = re.compile(r"\b(?:more|less|fewer)\sthan\s?$", re.IGNORECASE)


def _direction(slot: Slot) -> str | None:
    """Up or down: a comparative right after the number, else the change word nearest before it
    (within 80 characters, even across an earlier amount: "by $259 million, or 18%"), else the
    first one after it."""
    right = _RIGHT_COMPARATIVE.match(slot.right)
    if right:
        return triggers("change")[right.group(1).lower()]
    pattern = trigger("change")
    before = slot.sentence[max(0, slot.mention.start - 80) : slot.mention.start]
    if bare := _BARE_CHANGE.search(before):
        return _BARE_GROUPS[bare.group(1).lower()]
    if before.endswith(("than ", "than")) and (hedge := _HEDGE_THAN.search(before)):
        before = before[: hedge.start()]  # "fell more than 2%": "more than" hedges, "fell" says
    if (last := _last_change(before, pattern)) is not None:
        return last
    after = pattern.search(slot.head[:40])
    if after and not _phrasal_up(slot.head, after):
        return triggers("change")[after.group(1).lower()]
    return (
        _listed_direction(slot, pattern)
        or list_direction(slot, pattern)
        or _gapped_direction(slot, pattern)
    )


# A gapped clause that repeats the previous clause's change verb for another flow: "exports rose
# 15.5% compared with the same period last year to EUR 1.51bn in January-May, imports 10.5% to
# EUR 1.46bn" (German "die Einfuhren um 10,5 Prozent auf ..."): the flow, maybe its partner, a
# "by", then the rate, right after a comma
_GAPPED_FLOW = re.compile(
    r",\s(?:and\s|while\s|whereas\s)?(?:the\s)?(?:[\w-]+\s){0,2}"
    r"(?:exports?|imports?|shipments|purchases|sales|trade|turnover)"
    r"(?:\s(?:from|to|with|into)\s(?:the\s)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})?\s(?:by\s)?$"
)


def _gapped_direction(slot: Slot, pattern: Caseless) -> str | None:
    """The direction of a gapped clause's rate (``_GAPPED_FLOW``): the last change word of the
    sentence before the clause (up to 200 characters back, not across a semicolon), where the
    previous clause's comparison ("compared with the same period last year") put it beyond the
    80 characters ``_direction`` looks back."""
    if not slot.left.endswith(" ") or "," not in slot.left[-90:]:
        return None  # (the cheap tests first)
    gap = _GAPPED_FLOW.search(slot.left, max(0, len(slot.left) - 90))
    if gap is None:
        return None
    start = slot.mention.start - len(slot.left) + gap.start()  # (``left`` ends at the mention)
    before = slot.sentence[max(0, start - 200) : start]
    return _last_change(before[before.rfind(";") + 1 :], pattern)


def _last_change(text: str, pattern: Caseless) -> str | None:
    """The direction of the last change word in ``text`` that is no "made up" / "added up"."""
    found = [m for m in pattern.finditer(text) if not _phrasal_up(text, m)]
    return triggers("change")[found[-1].group(1).lower()] if found else None


# A change verb that is also a noun or another verb ("advanced", "slip", "ease", "contract",
# "retreat": vocabulary.csv ``bare_change``) says a direction only right before its number
# ("exports slip 3%", "advanced by 4.2%"), never from further back ("the contract worth ...")
_BARE_GROUPS = {w.lower(): d for d, ws in vocabulary_groups("bare_change").items() for w in ws}
_BARE_CHANGE = re.compile(
    r"\b(" + alternation(list(_BARE_GROUPS)) + r")\s(?:by\s)?(?:(?:" + HEDGE_CHANGE + r")\s)?$",
    re.IGNORECASE,
)


# "made up $3.3bn, or 35%", "China makes up 20%", "the figures added up to": the particle of a
# verb of composition, not the direction "up" ("exports were up 5%")
_PHRASAL_UP = re.compile(r"\b(?:made|makes?|making|add(?:s|ed|ing)?|sum(?:s|med|ming)?)\s$", re.I)


def _phrasal_up(text: str, match: re.Match[str], group: int | str = 1) -> bool:
    """``match``'s ``group`` (a change word in ``text``) is the "up" of "made up", "added up"."""
    start = match.start(group)
    return match.group(group).lower() == "up" and (
        _PHRASAL_UP.search(text, max(0, start - 8), start) is not None
    )


# A percentage of a list the change word governs from further back: "an increase in supplies of
# grain by 13.7%, energy products - 58%, chemicals - 25.2%", "by 0.8% to $36.7bn, 0.2% to ...".
_PERCENT_SIGN = re.compile(r"%|\bper\s?cent\b|\bpercent\b", re.IGNORECASE)


def _listed_direction(slot: Slot, pattern: Caseless) -> str | None:
    """The direction of the nearest change word before the figure in its sentence, when a
    percentage stands between them (the figure continues a list of changes) and no clause
    boundary ("; ", ". ") cuts the list."""
    start = slot.mention.start
    if start <= 80 or not _PERCENT_SIGN.search(slot.sentence, start - 80, start):
        return None
    before = slot.sentence[:start]
    found = pattern.finditer(before)
    if not found or ";" in before[found[-1].end() :]:
        return None
    if not _PERCENT_SIGN.search(before, found[-1].end()):
        return None
    if physical().search(before, found[-1].end()):
        return None  # "grew by 13% to 678 million tons, exports - by 11%": tonnage, not value
    return triggers("change")[found[-1].group(1).lower()]
