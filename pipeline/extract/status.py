"""Actual or target: whether a plan, goal or forecast word governs a figure in its clause
(NOTES: "could reach", "is projected to", "potential" → target), and the amounts that stay
actual inside a target's sentence (the base a change or forecast starts from, a change that
happened "to reach" a level). Moved out of ``measure`` to keep both under 400 lines.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, ascii_gate
from pipeline.extract.figure_period import MAY_BE_COMPARED
from pipeline.extract.past_forecast import COUNTERFACTUAL_MODAL
from pipeline.extract.periods import Period
from pipeline.extract.slots import Slot, clause_tail, trigger
from pipeline.lexicon import alternation, vocabulary

# "up from around $6.6 billion": the amount a change starts from is an actual, even in a target.
_BASELINE = Caseless(
    re.compile(
        r"\bfrom\s(?:(?:around|about|nearly|almost|roughly|some|just|more\sthan|over|the|its|"
        r"their|current|present|existing)\s){0,2}"
        # "from its current level of around $1 billion": the level named before its amount
        r"(?:levels?\s(?:of\s)?(?:(?:around|about|nearly|almost|roughly|some|just|over)\s)?)?$",
        re.IGNORECASE,
    )
)


_GOAL_AFTER = re.compile(r"\b(?:target|goal)s?\b", re.IGNORECASE)


_HAS_GOAL_WORD = ascii_gate(("target", "goal"))


# "grew 5.2 percent to reach", "increasing 2% year-on-year to reach": the result of a change
# that happened, not a goal ("aims to reach", "expected to reach" have triggers of their own).
_REALISED_CHANGE = re.compile(
    r"(?:\b(?:grew|rose|increased|increasing|rising|growing|jumped|surged|climbed|expanded"
    r"|fell|declined|declining|decreased|decreasing|dropped|dropping|shrank|slid|sliding"
    # ... and every past change verb of vocabulary.csv ``past_change`` ("added $5m to reach")
    r"|" + alternation(list(vocabulary("past_change"))) + r")"
    # ... the change's amount as words may follow ("increased by $9.5 billion last year")
    r"|%|\bper\s?cent|\bpercent|\byear-on-year|\by-o-y)(?:\s(?:by\s)?\S+){0,4}"
    # "a growth of 4.5% during the first half of the year to reach": the change's own period
    r"(?:\s(?:during|in|over|throughout)(?:\s[\w-]+){1,6})?\s$"
    # "a 10% increase in its exports to China to reach": the change noun and what it is of
    r"|(?:%|\bper\s?cent|\bpercent)\s(?:increase|rise|growth|jump)\s(?:in|of)\s(?:[\w-]+\s){0,4}$"
    # "managed to increase to", "continued to increase until it reached": it happened
    r"|\b(?:managed|continued|continues|went\son|was\sable|were\sable)\s$",
    re.IGNORECASE,
)


# "recorded a historical high in the first quarter of 2030 to reach": a record that was set
_RECORDED = re.compile(
    r"\b(?:recorded|registered|posted|logged|hit|set|marked)\s(?:a\s|an\s|its\s|the\s)?"
    r"(?:[\w-]+\s){0,2}(?:high|record|peak|low)\b(?:\s[\w.,%-]+){0,6}\s$",
    re.IGNORECASE,
)


def _realised(tail: str, match: re.Match[str]) -> bool:
    """A "to reach" trigger right after a change that happened ("grew 5% to reach") or a record
    that was set ("hit a record high in May to reach")."""
    if not match.group(1).lower().startswith("to "):
        return False
    lo = max(0, match.start() - 80)
    return (
        _REALISED_CHANGE.search(tail, max(0, match.start() - 60), match.start()) is not None
        or _RECORDED.search(tail, lo, match.start()) is not None
    )


# "a potential export destination", "potential partners": the adjective describes a party
_PARTY_AFTER = re.compile(
    r"\s(?:(?:export|import|trade|trading|investment)\s)?"
    r"(?:destination|market|partner|buyer|supplier|investor|customer)s?\b",
    re.IGNORECASE,
)


def _describes(tail: str, match: re.Match[str]) -> bool:
    """A "potential" trigger that is an adjective of a market or partner, not a forecast."""
    return match.group(1).lower() == "potential" and (
        _PARTY_AFTER.match(tail, match.end()) is not None
    )


def _in_name(tail: str, match: re.Match[str]) -> bool:
    """A capitalised plan word inside an office's name ("the Plan and Budget Organization", "the
    Ministry of Planning") in a sentence written in lower case, not a forecast."""
    word = match.group(1)
    if not word[:1].isupper() or match.start() == 0:
        return False
    before = tail[max(0, match.start() - 30) : match.start()].split()
    after = tail[match.end() : match.end() + 30].split()
    named = (before and before[-1][:1].isupper()) or (
        len(after) > 1 and after[0] in ("and", "of", "&") and after[1][:1].isupper()
    )
    words = tail.split()
    return bool(named) and sum(w[:1].islower() for w in words) * 2 > len(words)


def _far_towards(tail: str, match: re.Match[str]) -> bool:
    """ "look towards India as a market, with funds investing over $75bn": a "towards" that is
    not heading for the amount (more than five words, or a comma, between them)."""
    if match.group(1).lower() != "towards":
        return False
    between = tail[match.end() :]
    return "," in between or len(between.split()) > 5


def _than(tail: str, match: re.Match[str]) -> bool:
    """ "rose faster than expected to $2bn", "more than planned": a result measured against a
    forecast or plan happened; the plan word is not its status."""
    return tail[max(0, match.start() - 5) : match.start()].lower() == "than "


# "projected to pass $88bn, compared to $73bn last year": the base a forecast is measured
# against happened (``over`` is left out: "to grow to over $5bn" is the target itself)
_BASE_FIGURE = Caseless(
    re.compile(
        r"(?:\bcompared\s(?:to|with)|\bagainst|\bversus|\bvs\.?)\s"
        r"(?:(?:the|a|an|about|around|nearly|almost|just|some|us)\s){0,3}$",
        re.IGNORECASE,
    )
)


# "a slight increase as compared to Ruritania's exports to Freedonia of $3.2 billion in 2029": the
# base a target is measured against, named by a noun phrase (no comma, no verb of its own) ending
# in "of" before its amount
_BASE_PHRASE = Caseless(
    re.compile(
        r"\bcompared\s(?:to|with)\s[^,;:]{0,80}?\b(?:exports|imports|trade|turnover|shipments"
        r"|sales|level)\s(?:[^,;:]{0,40}\s)?(?:of|at)\s(?:(?:about|around|nearly|almost|some)\s)?$",
        re.IGNORECASE,
    )
)


# "to raise trade to $3bn (trade in 2029 amounted to $2.4bn)": an aside in brackets on what
# happened, with a past verb of its own right before its amount
_PAST_ASIDE = re.compile(
    r"\([^()]*\s(?:was|were|stood\sat|amounted\sto|accounted\sfor|totall?ed|reached)\s"
    r"(?:(?:about|around|nearly|some|only|just)\s)?$",
    re.IGNORECASE,
)


# "set to nearly double", "would further increase trade to", "agreed to triple trade to", "may go
# up to": a goal, forecast or modal word governing a change verb with an adverb between them, or
# an intent verb in a form the literal triggers do not list ("expect to", "looking to", "set to
# hit"). The literal triggers hold the forms without an adverb; this is their general shape.
_GOVERNED_CHANGE = Caseless(
    re.compile(
        r"\b(?:(?:set|expected|likely|poised|going|agreed|agree[sd]?|pledged?|vowed?|committed"
        r"|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|seek(?:s|ing)?|want(?:s|ed)?|intend(?:s|ed)?"
        r"|look(?:s|ing)|hop(?:e|es|ed|ing)|expect(?:s|ing)?|strive[sd]?|striving"
        # "has the ambition to grow trade to $100bn", "trade is to nearly double" (round 50)
        r"|ambitions?|(?<!\bthat\s)(?:is|are))\sto"
        # ("will bring trade to $5bn": a future change of level is a forecast, round 48)
        r"|would|could|can|may|might|should|will)\s"
        r"(?:(?:further|nearly|almost|easily|soon|even|also|eventually|possibly|likely|more\sthan"
        r"|at\sleast|significantly|substantially|sharply|rapidly|quickly|gradually|jointly"
        # ... any adverb in -ly ("could potentially rise to", "may realistically grow to")
        r"|[a-z]{3,}ly)\s){0,2}"
        # ... and the passive of a raising verb ("could be raised to $1bn", "can potentially be
        # increased to", "should be doubled to"): the same goal with its object as subject
        r"(?:be\s(?:(?:further|easily|also|even|soon|[a-z]{3,}ly)\s){0,2}"
        r"(?:raised|increased|boosted|brought|lifted|pushed|taken|expanded|doubled|tripled"
        r"|quadrupled|enhanced|elevated|enlarged|(?:scaled|stepped|ramped)\sup)\b|"
        r"(?:reach|double|triple|quadruple|increase|raise|bring|boost|lift|hit|cross|exceed"
        r"|surpass|top|grow|rise|climb|expand|push|take|go\sup|jump|export|import|invest|touch"
        r"|achieve|attain|realise|realize"
        # ... or a level it will stand at ("could amount to $12bn", "expected to total $3bn")
        r"|amount\sto|total|come\sto|stand\sat"
        # a forecast fall is a forecast too ("imports will decline to $985m")
        r"|decline|fall|drop|decrease|shrink|slide|dip|contract|go\sdown)\b)",
        re.IGNORECASE,
    )
)


# A modal parted from its verb by the subject, as a verb-second page reads when glossed ("could
# turnover between A and B reach $5bn"; also an English question "could trade reach $5bn?"): the
# verb must stand right before the amount.
_MODAL_APART = Caseless(
    re.compile(
        r"\b(?:could|can|may|might)\s(?:[\w'’-]+\s){1,6}"
        r"(?:reach|double|triple|exceed|surpass|top|hit|cross)"
        r"(?:\s(?:about|around|nearly|almost|some|over|more\sthan|up\sto|at\sleast|to))*\s*$",
        re.IGNORECASE,
    ),
    gate=True,
)

# A wish or expectation with its object before the infinitive: "the governments want trade to
# surpass $1.5bn", "they want them to rise to between $40bn and $45bn", "expects exports to China
# to reach $X" (the object may be a flow with its partner); or the amount itself as the wish's
# object: "Ruritania wants $2bn in trade with Freedonia" (Polish "chce miliarda dolarów w
# handlu", round 54)
_WANT_OBJECT = Caseless(
    re.compile(
        r"\b(?:want(?:s|ed)?|expect(?:s|ed)?|hop(?:e|es|ed)|would\slike|need(?:s|ed)?)\s"
        r"(?:[\w'’-]+\s){1,6}?to\s"
        r"(?:reach|double|triple|exceed|surpass|top|hit|cross|rise|grow|increase|climb)"
        r"(?:\s(?:to|about|around|nearly|almost|some|over|more\sthan|up\sto|at\sleast|between))*\s*$"
        r"|\bwants?\s(?:(?:an?|about|around|some|at\sleast|over|more\sthan)\s)?$"
        # ... the subject after the verb, as a verb-first page reads when glossed (Arabic
        # "يتوقع الخبراء أن تتجاوز الصادرات 5 مليارات" -> "expects the experts to exceed exports
        # $5bn", round 56)
        r"|\b(?:expect(?:s|ed)?|hop(?:e|es|ed))\s(?:[\w'’-]+\s){1,4}?to\s"
        r"(?:reach|exceed|surpass|top|hit|cross|rise|grow|increase|climb|total)\s"
        r"(?:[\w'’-]+\s){1,6}$",
        re.IGNORECASE,
    ),
    gate=True,
)

# "have settled on growing their trade by 50% by 2030", "agreed on boosting exports to $5bn",
# "committed to increasing ...": a decision about a change to come names a goal (round 42)
# ... and a change to come governed by a noun or a verb of deliberation: "noted the importance
# of increasing trade to $500m", "stressed the need for raising", "the possibility of bringing",
# "discussed ways of boosting", "with a view to doubling", "aimed at lifting", "discussed
# expanding trade to $1bn" (round 57)
_DECIDED_ON = Caseless(
    re.compile(
        r"(?:\b(?:agreed|agreeing|agree|settled|decided|committed|commit|focus(?:ed|ing)?|intent)"
        r"\s(?:on|to|upon)"
        r"|\b(?:importance|necessity|need|possibilit(?:y|ies)|prospects?|ways?|means|feasibility"
        r"|task|objective|intention|issues?|question|matters?|steps|measures|potential|view)"
        r"\s(?:of|for|on|towards?|to)"
        r"|\baim(?:ed|ing|s)?\sat"
        r"|\b(?:discuss(?:ed|ing)?|consider(?:ed|ing)?|explor(?:ed|ing)|propos(?:ed|ing)"
        r"|suggest(?:ed|ing)?|envisag(?:ed|ing)|mull(?:ed|ing)?|eye(?:d|ing)?))"
        r"\s(?:further\s)?(?:growing|increasing|boosting|raising|doubling|tripling"
        r"|expanding|lifting|bringing|taking|reaching|pushing)\b"
        # (not past a clause of its own before the amount: "the need for increasing trade was
        # stressed after trade fell to $5bn")
        r"(?!.*\b(?:after|when|since|because|while|whereas|although|but)\b)",
        re.IGNORECASE,
    ),
    gate=True,
)


# a modal parted from its verb by an aside: "trade could, over the next three years, reach
# $5bn" (French "peuvent, dans les trois années à venir, atteindre", round 42)
# A counterfactual ("exports would have been $1.2bn lower without the agreement", "trade could
# have reached $9bn had the border stayed open", "should have been ten times larger"): what the
# trade could be, not what it was; a target like "potential" (NOTES round 43 hw 6). "may have" and
# "might have" stay actual: they hedge a past figure ("trade may have topped $3bn last year").
_COUNTERFACTUAL = Caseless(
    re.compile(
        COUNTERFACTUAL_MODAL + r"\s(?:[\w'’-]+\s){0,4}$",
        re.IGNORECASE,
    ),
    gate=True,
)


_MODAL_ASIDE = Caseless(
    re.compile(
        r"\b(?:would|could|can|may|might|should|will),\s[^,;]{3,60},\s"
        r"(?:reach|double|triple|exceed|surpass|top|hit|cross|rise|grow|increase|climb|total)\s"
        r"(?:(?:to|about|around|nearly|almost|some|over|more\sthan|at\sleast)\s)*$",
        re.IGNORECASE,
    ),
    gate=True,
)


# A potential after its amount, as a verb-final page reads when glossed (Turkish "5 milyar
# dolara ulaşabilir" -> "to 5 billion dollars could reach"); an English amount is never the
# subject of a bare modal right after it, so the test is safe there too.
_MODAL_AFTER = re.compile(
    r"^\s(?:could|can|may|might|will|would)\s(?:reach|double|triple|exceed|surpass|rise|grow)\b",
    re.IGNORECASE,
)


# "targeting a tenfold growth in trade", "targeting $5bn": the figure is what is aimed at (but
# "sanctions targeting A's exports cut them to $1bn": the object is no figure, so not this)
_TARGETING = re.compile(r"\btargett?ing\s(?:(?:an?|the|about|around|some)\s)?$", re.IGNORECASE)


# "planned to earn $1.5bn but achieved only $1.4bn", "our potential is $2bn but trade was stuck at
# $400m": what happened, set against the plan by "but" and a clause of its own (a subject or a
# verb: two words at least, so "not $4bn but $5bn" and "but only $5bn" stay the plan's)
_CONTRAST = re.compile(r"\sbut\s(?=(?:[\w'’-]+\s){2,}\S*$)", re.IGNORECASE)


# "pushing toward a $15bn target as bilateral trade reached $12bn in 2030", "eye a $9bn goal
# after trade hit $7bn": a clause of its own that says what happened, opened by a conjunction,
# with a subject and a past verb of level right before the amount
_PAST_CLAUSE_OPENS = (
    r"\s(?:as|after|while|whereas|when|since)\s(?:[\w'’-]+\s){1,5}"
    r"(?:reached|totall?ed|stood\sat|amounted\sto|hit|was|were|came\sto|topped)\s"
)
_PAST_CLAUSE = re.compile(
    rf"(?={_PAST_CLAUSE_OPENS}"
    r"(?:(?:about|around|nearly|almost|some|over|more\sthan|just|only|a\srecord)\s)?\S*$)"
    r"\s\w+\s",
    re.IGNORECASE,
)
_PAST_CLAUSE_AHEAD = re.compile(_PAST_CLAUSE_OPENS, re.IGNORECASE)


# "Last year, A and B signed a roadmap that envisages bringing trade to $100bn a year", "the
# sides agreed in 2029 to raise trade to $5bn": a past decision verb next to a period before the
# figure; the period dates the decision, not the goal (round 50). Decision verbs only: not "set"
# ("this year trade is set to reach $5bn" is this year's target), nor a verb of saying
_DECIDED_PAST = re.compile(
    r"\b(?:signed|agreed|adopted|approved|decided|pledged|vowed)\b", re.IGNORECASE
)


def _dates_the_decision(period: Period, sentence: str, end: int) -> bool:
    """A target's period written before it that dates a past decision of its clause: a decision
    verb between the period and the figure, or right before the period ("agreed last year")."""
    if period.end >= end or period.by_end or period.future:
        return False
    if ";" in sentence[period.end : end]:
        return False
    return (
        _DECIDED_PAST.search(sentence, period.end, end) is not None
        or _DECIDED_PAST.search(sentence, max(0, period.start - 12), period.start) is not None
    )


def target_period(period: Period | None, status: str, sentence: str, end: int) -> Period | None:
    """A figure's period, except that a target's is never one named after it in a past clause of
    its own ("a $9bn target as trade reached $7bn in 2030": 2030 is the actual's), nor one
    named before a semicolon ahead of it (an earlier clause's): then None.
    ``end``: the figure's end offset in ``sentence``."""
    if (
        status == "target"
        and period is not None
        and period.start > end
        and _PAST_CLAUSE_AHEAD.search(sentence, end, period.start) is not None
    ):
        return None
    if (
        status == "target"
        and period is not None
        and period.end < end
        and (aside := _ASIDE_BEFORE.search(sentence, max(0, period.start - 130), end))
        and aside.start() < period.start
        and aside.end() > period.end
    ):
        return None  # "to raise trade, which last year came close to $2bn, to $5bn": the
        # aside's year is its past amount's
    if status == "target" and period is not None and _dates_the_decision(period, sentence, end):
        return None
    if status == "target" and period is not None and sentence.find(";", period.end, end) != -1:
        return None  # "trade came to $4bn in 2021; A wants to double its exports, to $5bn": the
        # year is the clause before's, an actual's
    return period


def after_contrast(tail: str) -> str:
    """The part of a figure's clause after a contrasting "but" clause of its own, or after a
    past clause of its own ("as trade reached"), else all."""
    cut = 0
    if "but" in tail:
        for match in _CONTRAST.finditer(tail):
            cut = match.end()
    for match in _PAST_CLAUSE.finditer(tail, cut):
        cut = match.end()
    return tail[cut:]


def _governs(tail: str) -> bool:
    """A status trigger in ``tail`` that is no realised change, description, comparison, name
    or distance (the checks of :func:`status_of`)."""
    found = trigger("status").finditer(tail)
    return bool(found) and not all(
        _realised(tail, match)
        or _describes(tail, match)
        or _than(tail, match)
        or _in_name(tail, match)
        or _far_towards(tail, match)
        for match in found
    )


# "the export potential is estimated at $114m, of which $20m concern olive oil and $15m
# seafood": the parts of a target are the target's; a new clause ("; ", ", while") ends them
_PART_OF = re.compile(r",\s(?:out\sof\s)?of\swhich\s")
_PART_BREAK = re.compile(r"[;:]|,\s(?:but|while|where)\b|\s(?:while|whereas)\s")


def _part_of_target(left: str) -> bool:
    """The figure is a part, after "of which", of an amount a target word governs."""
    if "of which" not in left:
        return False
    parts = list(_PART_OF.finditer(left))
    if not parts or _PART_BREAK.search(left, parts[-1].end()):
        return False
    return _governs(after_contrast(clause_tail(left[: parts[-1].start()])))


# "to raise our trade, which last year came close to $2bn, to $5bn" (Russian "поднять ...,
# которая ..., до $5 млрд", round 46): a relative clause between a goal's verb and the "to" of its
# amount; the amount belongs to the verb before the aside, not to the aside's past verb
_ASIDE_THEN_TO = re.compile(
    r",\s(?:which|that)\s[^,;:()]{3,120},\s(?=to\s(?:(?:about|around|nearly|almost|over"
    r"|more\sthan|at\sleast)\s)?$)",
    re.IGNORECASE,
)

# ... the same aside before a figure whose clause ends it (``target_period``)
_ASIDE_BEFORE = re.compile(r",\s(?:which|that)\s[^,;:()]{3,120},\s(?=to\s[^;:()]*$)")


# A plan or forecast word after its amount at the end of the sentence, as a verb-final page reads
# when glossed (Japanese "500億ドルに達する見込みだ" -> "50 billion dollars is expected to reach.",
# "800億ドルに拡大する計画だ" -> "80 billion dollars expand to plan だ", "300億ドルを超えると予想
# されている" -> "30 billion dollars exceed と forecast されている"): English ends no sentence so,
# and a word of the page's own script or the sentence's end must follow it (round 56)
_STATUS_LAST = re.compile(
    r"^\s(?:(?:exceed|reach|top|surpass|expand|increase|grow|rise)(?:\sto)?\s)?"
    r"(?:[^\x00-\x7f\s]{1,4}\s)?"
    r"(?:is\sexpected\sto\sreach|(?:is\s)?expected|plan|planned|forecast|projected|target|goal)"
    r"(?=\s?[^\x00-\x7f\s]|\s?[.。]?\s*$)"
)


# the amount in another currency in brackets right after the figure ("1000億USD(約11兆4000億円)の
# 達成を目標に", "$5bn (€4.6bn) target"): the goal word after it is the figure's (round 56)
_AFTER_ASIDE = re.compile(r"^\s?[(（][^()（）]{1,60}[)）]")


def status_of(slot: Slot, sentence_prefix: str) -> str:
    """Target when a plan/goal word governs the figure within its clause, or the amount whose
    part ("of which") it is."""
    if "from" in slot.left.lower() and _BASELINE.search(slot.left):
        return "actual"  # ("from" has no case twins outside ASCII: the test is exact)
    if MAY_BE_COMPARED(slot.left[-30:]) and _BASE_FIGURE.search(slot.left[-30:]):
        return "actual"
    if "compared" in slot.left[-140:] and _BASE_PHRASE.search(slot.left[-140:]):
        return "actual"
    if "(" in slot.left[-60:] and _PAST_ASIDE.search(slot.left[-60:]):
        return "actual"
    m = slot.mention
    if m.kind == "multiple" and slot.sentence[m.start : m.end].isalpha():
        # "trade could double by 2030": the verb is the figure itself, the forecast its phrase
        sentence_prefix = slot.sentence[: m.end]
    if ", to " in sentence_prefix[-30:] and (aside := _ASIDE_THEN_TO.search(sentence_prefix)):
        sentence_prefix = sentence_prefix[: aside.start()] + " " + sentence_prefix[aside.end() :]
    tail = after_contrast(clause_tail(sentence_prefix))
    if _governs(tail):
        return "target"
    if _GOVERNED_CHANGE.search(tail) or _MODAL_APART.search(tail) or _WANT_OBJECT.search(tail):
        return "target"
    if _DECIDED_ON.search(tail) or _MODAL_ASIDE.search(tail) or _COUNTERFACTUAL.search(tail):
        return "target"
    if _MODAL_AFTER.match(slot.head) or _STATUS_LAST.match(slot.head):
        return "target"
    if "target" in slot.left[-30:] and _TARGETING.search(slot.left[-30:]):
        return "target"
    after = slot.head[:40]
    if after.lstrip().startswith(("(", "（")):  # (the head ends at the next figure: the sentence's)
        after = _AFTER_ASIDE.sub("", slot.sentence[m.end : m.end + 120], count=1)[:40]
    if _HAS_GOAL_WORD(after) and _GOAL_AFTER.search(after):
        return "target"
    if _part_of_target(sentence_prefix):
        return "target"
    return "actual"


def forecast_takes_actual(
    period: Period | None,
    status: str,
    previous: tuple[dict, Period | None] | None,
    previous_end: int | None,
    start: int,
    local: list[Period],
    sentence: str = "",
) -> bool:
    """Whether a target (a goal or a forecast: "could rise to", "is expected to reach") would
    take the period of the actual figure before it in its sentence: a period named after that
    amount and before the target ("trade reached $5bn in 2029, and it could rise to $9bn"), or
    one that figure carried from an earlier sentence. That year dates what happened; the target
    names no horizon of its own (NOTES: a target without a horizon has both period fields
    empty). A period before the actual amount ("In 2029, trade reached $5bn and could hit $6bn")
    or after the target ("... and could hit $6bn in 2031") is left as it is. ``start``: the
    target's offset in the sentence; ``local``: the sentence's own periods."""
    if status != "target" or period is None or previous is None or previous_end is None:
        return False
    if previous[0].get("status") != "actual" or period is not previous[1]:
        return False
    if not any(p is period for p in local):
        return True  # (the actual's period came from another sentence)
    if period.end > start:
        return False
    if previous_end <= period.start:
        return True
    # ... or one inside the actual's clause ("trade between the two countries in 2021 recorded
    # 17.2bn dirhams, ..., noting that A aims to double its exports, to 5bn dirhams"), unless
    # it opens the sentence and so dates all of it ("In 2029, trade reached $5bn and could ...")
    return _FRONTED.match(sentence[: period.start]) is None


# the words before a period that opens its sentence ("In 2029, ...", "During the first half, ...")
_FRONTED = re.compile(
    r"^\W*(?:(?:in|during|for|over|throughout|by|as\sof|until|through|and|but|so|yet|also"
    r"|then|the|of)\s)*$",
    re.IGNORECASE,
)
