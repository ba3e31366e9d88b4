"""A flow whose goods are named as its object: "export of kinnow to X reached $Y", "X exported
honey for $Y", "we exported $Y of bovine meat to X". News names one product this way far more
often than the closed product list (triggers.csv ``product``) can hold, so the object is read by
what it is not: a product unless it is a word of all goods ("goods", "products",
"merchandise"), a sector word, a name (capitalised: a country, a demonym, a currency), or a
function word that starts no noun ("to", "worth", "more", "its"; vocabulary.csv
``not_product``). NOTES ("scope"): a single named product that is no sector is not annotated.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.countries import find_countries
from pipeline.extract.slots import Slot
from pipeline.extract.transport import sector_word
from pipeline.lexicon import vocabulary

# the flow word that takes the goods as its object, then the lower-case words of the object up
# to a word that ends it (a preposition, a value word) or a mark
_OBJECT_BEFORE = re.compile(
    r"\b(?:[Ee]xports?\sof|[Ii]mports?\sof|[Ee]xported|[Ii]mported)\s"
    r"(?P<obj>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)"
    r"(?=\s(?:to|from|into|worth|valued|for|at|in|by|with|of|amounting|totall?ing|was|were|"
    r"reached|rose|fell|grew|increased|decreased|dropped)\b|\s?[,(;:.]|\s[A-Z$€£¥\d])"
)
# after the amount: "$Y of bovine meat to X", "$Y worth of honey"
_OBJECT_AFTER = re.compile(
    r"^\s(?:worth\s)?of\s(?P<obj>[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}?)"
    r"(?=\s(?:to|from|into|in|by|for|with|and|was|were|last|this)\b|\s?[,(;:.]|$)"
)
# an export verb before the amount, in the figure's own phrase ("we exported over ", "exports
# worth "): the object after the amount is that flow's
_FLOW_BEFORE_AMOUNT = re.compile(r"\b(?:export|import)(?:ed|s)?\s(?:[a-z]+\s){0,2}$")


_DIGIT = re.compile(r"\d")

# The flow word's own modifiers, after a word that starts a noun phrase (a possessive, a
# determiner, a demonym, the sentence's start): "Ghana's bitumen exports", "its halloumi
# exports", "Ghanaian marble shipments", "Bitumen exports to B rose". Any other word before
# them ("to boost exports", "Ghana doubles exports", a glossed page's untranslated word) leaves
# them unread.
_MODIFIED_FLOW = re.compile(
    r"(?:^\s?(?P<first>[A-Z][a-z-]*)|(?:[’']s|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)|(?P<name>[A-Z][\w-]*))\s"
    r"(?P<mods>[a-z][a-z-]*(?:\s[a-z][a-z-]*)?))\s(?:exports|imports|shipments)\b"
)
# words of a modifier that is no goods: an adjective, participle or comparative by its ending
# ("rising", "increased", "largest", "monthly", "annual", "domestic"), a period ("six-month"),
# a subset ("non-oil", ``subsets``) or a number
_ADJECTIVE = re.compile(
    r"(?:ing|ed|est|ly|al|ive|ous|ary|ern|ic|ible|able|ful|ant|ent|ian|ese|er|wide)$|"
    r"^non|year|month|quarter|half|week|\d"
)


def _goods_modifier(clause: str) -> bool:
    """The figure's flow word is modified by goods outside the sectors ("Ghana's bitumen
    exports to B", "Halloumi exports to B rose"), not by a word of all goods, scope, size,
    change or period ("total", "merchandise", "non-oil", "bilateral", "rising", "Ghanaian")."""
    found = next(reversed(list(_MODIFIED_FLOW.finditer(clause))), None)
    if found is None:
        return False
    if found["first"]:  # the sentence's first word: a product, or a name (country, demonym)
        mods = found["first"]
        if find_countries(mods):
            return False
        mods = mods.lower()
    else:
        mods = found["mods"]
        name = found["name"]
        if name and not any(c.kind == "demonym" for c in find_countries(name)):
            return False  # a verb or a name's word after a name ("Ghana doubles exports")
    if any(w in _not_product() or _ADJECTIVE.search(w) for w in mods.split()):
        return False
    return sector_word(mods) is None


@cache
def _not_product() -> frozenset[str]:
    return frozenset(vocabulary("not_product"))


def _names_product(obj: str) -> bool:
    """The object's words name goods outside the sectors (see the module docstring)."""
    words = obj.split()
    if not words or any(w in _not_product() for w in words):
        return False
    return sector_word(obj) is None


def product_object(slot: Slot) -> bool:
    """The figure's flow takes a product as its object, right before the amount ("exported
    honey for $Y"; no other amount between) or right after it ("exported $Y of bovine meat")."""
    left = slot.left
    if "xport" not in left and "mport" not in left and "hipment" not in left:
        return False  # (the cheap test first)
    if "ts" in slot.tail and _goods_modifier(slot.tail):
        return True
    found = next(reversed(list(_OBJECT_BEFORE.finditer(left))), None)  # (the amount's own)
    if found is not None and not _DIGIT.search(left, found.end()) and _names_product(found["obj"]):
        return True
    if _FLOW_BEFORE_AMOUNT.search(left[-40:]):
        after = _OBJECT_AFTER.match(slot.right)
        return after is not None and _names_product(after.group("obj"))
    return False


# "bought $2bn of Brazilian government bonds", "sold $500m worth of shares in A's firm": a
# financial asset bought or sold is no trade in goods (NOTES: a figure is a flow of goods)
_FINANCIAL_AFTER = re.compile(
    r"^\s?(?:worth\s)?(?:of|in)\s(?:[\w'’-]+\s){0,3}?(?:bonds?|shares|stakes?|securities|stocks"
    r"|equit(?:y|ies)|treasur(?:y|ies)|debt|eurobonds?|sukuk)\b",
    re.IGNORECASE,
)


def financial_object(slot: Slot) -> bool:
    """The amount is what a financial asset right after it was bought or sold for."""
    return _FINANCIAL_AFTER.match(slot.right) is not None
