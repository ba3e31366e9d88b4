"""A country's role in its sentence: origin ("from X"), destination ("to X"), host ("in X"), owner
("X's exports"), maker ("Iranian goods"), or the subject doing the trade ("X exported").

Split out of ``pairs`` (which orders a figure's two sides with these roles); ``world`` reads them
too.
"""

from __future__ import annotations

import re

from pipeline.extract.attribution import CountrySpan
from pipeline.extract.slots import trigger

_DEMONYM_FLOW = re.compile(
    r"^\s?(?:[a-z]+\s){0,2}?(?:exports?|imports?|investments?|investors?|companies|businesses|firms|goods|products)\b",
    re.IGNORECASE,
)


_DEMONYM_GOODS = re.compile(r"^\s?(?:[a-z]+\s)?(?:goods|products)\b", re.IGNORECASE)


# "Armenian imports to Georgia": goods of that origin entering Georgia (Georgia imports).
_DEMONYM_IMPORTS_TO = re.compile(r"^\s?imports?\s(?:to|into)\s", re.IGNORECASE)


_FROM_BEFORE = re.compile(r"\bfrom\s(?:the\s)?$")


_TO_BEFORE = re.compile(r"\b(?:to|into)\s(?:the\s)?$")


_WITH_BEFORE = re.compile(r"\bwith\s(?:the\s)?$")


_IN_BEFORE = re.compile(r"\bin\s(?:the\s)?(?:economy\sof\s(?:the\s)?)?$")


def _role(sentence: str, c: CountrySpan) -> str:
    """How a country is used: origin ("from X"), destination ("to X"), host ("in X"), owner."""
    before = sentence[max(0, c.start - 30) : c.start].lower()
    after = sentence[c.end : c.end + 30]
    if "from" in before and _FROM_BEFORE.search(before):
        return "from"
    if "to" in before and _TO_BEFORE.search(before):
        return "to"
    if "in" in before and _IN_BEFORE.search(before):
        return "in"
    if "with" in before and _WITH_BEFORE.search(before):
        return "with"  # a counterpart of trade: "turnover with Turkey"
    if c.kind == "demonym" and (_DEMONYM_GOODS.match(after) or _DEMONYM_IMPORTS_TO.match(after)):
        # "Iranian goods", "Tajik products", "Armenian imports to Georgia": where the goods
        # come from
        return "made"
    if _possessive(sentence, c) or (c.kind == "demonym" and _DEMONYM_FLOW.match(after)):
        return "owner"
    return "plain"


def _possessive(sentence: str, c: CountrySpan) -> int:
    """Length of the possessive mark after a country: 2 for "X's", 1 for a plural name's
    apostrophe ("the Philippines' exports", "Cook Islands' exports"), else 0."""
    if sentence.startswith(("'s", "’s"), c.end):
        return 2
    plural = sentence[c.end - 1 : c.end] == "s" and sentence.startswith(("' ", "’ "), c.end)
    return 1 if plural else 0


# A subject doing the trade: "Ukraine imported", "Kenya exported goods", "Brazil has invested",
# "the European Union (EU) imported" (an abbreviation in brackets closes before the verb).
_SUBJECT_VERB = re.compile(r"\)?\s(?:(?:has|have|had|also|then|only)\s){0,2}", re.IGNORECASE)


# "X's exports", "X's total trade turnover": a possessive right before the flow.
_OWNED = re.compile(
    r"\s(?:(?:total|overall|foreign|external|annual|merchandise|monthly|goods|mainland)\s){0,2}",
    re.IGNORECASE,
)


def _flow_at_start(text: str) -> bool:
    found = trigger("flow").search(text[:20])
    return found is not None and found.start() == 0


def is_subject(sentence: str, c: CountrySpan) -> bool:
    """A country that owns the flow ("X's exports", "Kazakh imports") or does it ("X exported")."""
    if c.kind == "demonym" and _DEMONYM_FLOW.match(sentence[c.end : c.end + 40]):
        return True
    verb = _SUBJECT_VERB.match(sentence, c.end)
    if mark := _possessive(sentence, c):
        verb = _OWNED.match(sentence, c.end + mark)
    return verb is not None and _flow_at_start(sentence[verb.end() :])


def trading_subject(sentence: str, c: CountrySpan) -> bool:
    """A country doing the trade in its sentence: "Brazil exported", "X's imports", "Kazakh
    exports" (not "Kazakh goods": those come from it)."""
    if c.kind == "demonym":
        owned = _OWNED.match(sentence, c.end)
        return _role(sentence, c) == "owner" or (
            owned is not None and _flow_at_start(sentence[owned.end() :])
        )
    return is_subject(sentence, c)
