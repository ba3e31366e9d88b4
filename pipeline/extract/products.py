"""Goods named by a plain noun beside the flow word: one product line's figure.

NOTES.md ("scope"): "A single named product that is not one of these sectors (smartphones,
pharmaceuticals, cars, rice, cotton, seafood) is not annotated." triggers.csv ``product`` lists
common products, but pages name any good: "butter exports to China fell 72%", "Kiwifruit
exports rose NZ$76m", "Electronic product exports to Japan jumped 30.6%", "the export of
raspberries rose 40%", "imports of wine from Moldova doubled". The rule reads the one noun the
flow word is built on instead of a list of goods:

- the word right before the flow noun ("butter exports", "plum deliveries", "automobile trade"),
  or an adjective before "product(s)"/"items" there ("chemical product exports");
- the word right after "exports of" / "imports of" ("the export of raspberries").

That word is no product when it is a sector word (scope, triggers.csv ``sector``), a country
or demonym (the gazetteer), a word of vocabulary.csv ``flow_modifier`` (determiners, time and
size words, "total", "bilateral", "goods", verbs such as "boost"), an adjective by its ending
("agricultural", "Chinese", "increasing"), or a verb's object ("to boost trade", "will
expand exports"). Capitalised words count only at the start of the clause ("Butter exports").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.slots import trigger
from pipeline.lexicon import gazetteer, triggers, vocabulary

# The flow nouns a product can be named on ("trade between", "exported" are no noun of goods).
_FLOW_NOUNS = frozenset(
    {"exports", "export", "imports", "import", "shipments", "deliveries", "supplies", "trade"}
)

# "butter exports", "Electronic product exports", "(automobile trade": the word before the flow
# noun, past an optional "product(s)"/"items" head; the word before that, to spot a verb's object.
_BEFORE = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:(?P<prev>[A-Za-z]+)\s)?(?P<w>[A-Za-z]+)\s"
    r"(?:(?P<head>products?|items)\s)?$"
)
# "the export of raspberries", "imports of wine from": the noun after "of", and a few words
# after it (a sector word there: "exports of iron and steel", "of travel services").
_OF_AFTER = re.compile(r"\s(?:of)\s(?P<w>[a-z]+)(?![\w-])(?P<rest>(?:,?\s[\w-]+){0,5})")

# Word endings of adjectives and verb forms ("agricultural", "electronic" only before
# "products", "increased", "growing", "Turkish", "Chinese", "northern").
_ADJECTIVE_ENDINGS = ("al", "ic", "ed", "ing", "ly", "ive", "ous", "ern", "ian", "ese", "ish")

# "to boost trade", "will expand exports": the word before is a verb's object's marker.
_VERB_BEFORE = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "not"}
)


@cache
def _modifiers() -> frozenset[str]:
    """flow_modifier words and every word of a sector phrase ("food" of "food products", "gas"
    of "natural gas"): a sector's word is never one product's name."""
    sector_words = {w for phrase in triggers("sector") for w in re.findall(r"[a-z]+", phrase)}
    return frozenset(vocabulary("flow_modifier")) | sector_words


def _names_goods(word: str, prev: str | None, *, adjective_ok: bool, before: bool) -> bool:
    """Whether ``word`` (lower-case) is a noun naming goods by the tests above."""
    if len(word) < 3 or word in _modifiers() or (prev and prev.lower() in _VERB_BEFORE):
        return False
    if not adjective_ok and word.endswith(_ADJECTIVE_ENDINGS):
        return False
    if before and word.endswith("s"):
        return False  # a noun on a flow noun is singular ("flower exports"); "reveals exports"
    return trigger("sector").search(word) is None


def named_product(own: str) -> bool:
    """The last flow word of ``own`` (a figure's clause before it) is built on a product noun
    (module docstring). ``own`` is ``clause_tail`` of the slot's left text."""
    found = trigger("flow").finditer(own)
    if not found:
        return False
    flow = found[-1]
    if flow.group(1).lower() not in _FLOW_NOUNS:
        return False
    before = _BEFORE.search(own, 0, flow.start())
    if before:
        word, head, prev = before.group("w"), before.group("head"), before.group("prev")
        start = before.start("w")
        if prev and word.lower() in ("product", "products", "items"):
            word, head, prev = prev, word, None  # "Electronic product exports"
            start = before.start("prev")
        at_start = not own[:start].strip()
        if word[0].isupper() and not (
            at_start and not word.endswith("an") and not gazetteer().find(word)
        ):
            word = ""  # a name (country, demonym, "African", a company) inside the clause
        # "chemical product exports": an adjective names the line; "product exports" alone not
        # a sector phrase around it: "food imports", "non-oil and gas exports"
        near = own[max(0, start - 20) : flow.end()]
        if (
            word
            and _names_goods(word.lower(), prev, adjective_ok=bool(head), before=True)
            and trigger("sector").search(near) is None
        ):
            return True
    after = _OF_AFTER.match(own, flow.end())
    if after is None:
        return False
    return _names_goods(after.group("w"), None, adjective_ok=False, before=False) and not trigger(
        "sector"
    ).search(after.group(0))
