"""Trade balances written in forms the balance triggers alone do not catch (NOTES: a trade
balance, deficit or surplus is not a figure), split out of ``flow``:

- one flow said to exceed the other by an amount ("its exports to A exceed its imports from A by
  $3bn", "imports surpassed exports by $1bn"): the amount is the gap between the two flows. Not
  a flow compared with itself ("exports exceeded last year's by $2bn" is a change of exports);
- a balance right after the amount, past "in" or "of" ("a decrease of 12 percent in surplus", "a
  $5m rise in the trade deficit") or as a two-word trigger ("a $2bn trade loss");
- a clause after a semicolon whose subject is a pronoun for the balance just named ("the deficit
  was $9m; it grew by $2m"): the change is the balance's too (``continues_exclusion``);
- the balance defined as one flow minus the other ("the trade gap, that is exports
  minus imports, grew 6%, to $8.2bn"): the flow words define the balance, the amounts
  after them are its (round 50, a hunted page).
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.slots import Slot
from pipeline.lexicon import triggers

_EXCEED_WORDS = ("xceed", "urpass", "utstrip", "utweigh")
_MAY_EXCEED = substring_test(_EXCEED_WORDS)

_EXCEEDS_BY = re.compile(
    r"\b(?P<a>exports?|imports?|sales|purchases)\b[^.;]{0,80}?"
    r"\b(?:exceed|surpass|outstrip|outweigh)(?:s|ed|ing)?\s(?:(?:its|their|the|total)\s)?"
    r"(?:[\w-]+\s){0,2}?(?P<b>exports?|imports?|sales|purchases)\b[^.;]{0,50}?"
    r"\bby\s(?:(?:over|about|around|nearly|almost|some|roughly|more\sthan)\s)?$",
    re.IGNORECASE,
)

_OUTWARD = ("export", "sale")

# "12 percent in surplus", "$5m in the trade deficit", "a $2bn trade loss"
_IN_BALANCE = re.compile(
    r"^\s?(?:(?:in|of)\s(?:(?:the|its|their)\s)?)?(?P<w>(?:trade\s|goods\s|merchandise\s)?\w+)",
    re.IGNORECASE,
)


def _direction(word: str) -> str:
    return "out" if word.lower().startswith(_OUTWARD) else "in"


# "exports of goods minus imports", "imports minus the exports": a balance's definition
_MINUS = re.compile(
    r"\b(?:exports?|imports?)\b[^.;]{0,25}?\sminus\s(?:the\s)?(?:[\w-]+\s)?(?:exports?|imports?)\b",
    re.IGNORECASE,
)


def names_balance(slot: Slot) -> bool:
    """The slot's amount is a trade balance in one of the forms of the module doc."""
    tail = slot.tail
    if "minus" in tail and _MINUS.search(tail):
        return True
    if _MAY_EXCEED(tail):  # (one function, no map object: every figure)
        found = _EXCEEDS_BY.search(tail)
        if found and _direction(found.group("a")) != _direction(found.group("b")):
            return True
    after = _IN_BALANCE.match(slot.right)
    if after is None:
        return False
    phrase = after.group("w").lower()
    return phrase in triggers("balance") or phrase.split()[-1] in triggers("balance")


# "; it increased by", "; this was up", "; which rose"
_PRONOUN_CLAUSE = re.compile(r";\s(?:it|this|which)\s[^;]*$", re.IGNORECASE)


def continues_exclusion(left: str) -> bool:
    """The clause after the last semicolon of ``left`` has a pronoun for its subject, so an
    exclusion (a balance) the clause before made carries on ("the deficit was $9m; it grew $2m";
    not "cement worth $9m; machinery worth $4m")."""
    return _PRONOUN_CLAUSE.search(left) is not None
