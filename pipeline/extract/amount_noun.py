"""Money whose own noun is no trade flow: "similar GDPs of around $400bn", "VAT revenues reached
$110m", "$3bn in customs revenue", "paid $800m in taxes", "spent $500m on social programmes". The
noun names the amount itself (right before it with "of"/"at"/a level verb, or right after it
with "in"/"of"/"on"), so a trade figure elsewhere in the clause is untouched ("exports to X,
which rose with its GDP, reached $5bn" stays read: GDP is not the amount's noun). NOTES: GDP and revenue are not trade
figures. Assets are not among the nouns: assets held abroad are an investment stock ("firms hold
$2bn in assets in X"). The nouns are ``vocabulary.csv`` ``amount_noun``; a trade word before a
revenue noun is not among them ("export revenues of $X" stays a flow's own words).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import ascii_gate, literal_trie
from pipeline.extract.slots import Slot
from pipeline.lexicon import vocabulary

# Between the noun and the amount: "of", "at", "worth", a level verb, a hedge
_LINK = (
    r"(?:(?:of|at|worth|reached|reaching|totall?ed|totall?ing|stood\sat|amounted\sto|"
    r"were|was|is|are|hold|holds|held)\s){1,2}"
    r"(?:(?:around|about|nearly|some|over|more\sthan|almost|roughly|approximately|"
    r"an\sestimated|the\stotal|a\stotal\sof)\s){0,2}"
)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = literal_trie(vocabulary("amount_noun"))
    before = re.compile(rf"(?<![\w-])(?:{nouns})\s{_LINK}$", re.IGNORECASE)
    # ("paid $800m in taxes", "spent $500m on social programmes")
    after = re.compile(
        rf"\s?(?:in|of|on)\s(?:(?:the|its|their|annual)\s)?(?:{nouns})(?![\w-])", re.I
    )
    return before, after


_may_name = ascii_gate(p.lower() for p in vocabulary("amount_noun"))

# The amount names what one project costs, written before its noun: "backed a $30m dairy
# project", "a five year, 30 million US dollar project", "building a $500m plant" (NOTES: a
# project's cost is no investment or trade figure). Not "plant products" (goods of plants).
_PROJECT_COST = re.compile(
    r"\s(?:(?:US\s|U\.S\.\s)?(?:dollars?|euros?|pounds?|yuan|rupees?)\s)?(?:[a-z][\w-]*\s){0,2}?"
    r"(?:project|plant|factory|facility|refinery|pipeline|railway|scheme)\b"
    r"(?!\s(?:products?|materials?|oils?|proteins?|based)\b)",
    re.IGNORECASE,
)
_may_name_project = ascii_gate(
    ("project", "plant", "factory", "facility", "refinery", "pipeline", "railway", "scheme")
)


# ... or after it, as the cost of a thing being built: "plan to build another luxury hotel on the
# island, with an investment of about $117m" (round 42, hn18: a Spanish "levantar ... con una
# inversión de")
_BUILT_AT_COST = re.compile(
    r"\b(?:build|building|built|construct(?:s|ed|ing)?|erect(?:s|ed|ing)?)\s(?:[\w'-]+\s){0,8}?"
    r"(?:hotel|plant|factory|facility|refinery|pipeline|railway|port|airport|mall|park|bridge"
    r"|hospital|complex|resort|terminal|stadium)s?\b[^.;$€£¥]{0,60}?"
    r"\b(?:with\s(?:an?\s)?(?:total\s)?investment\sof|worth|at\sa\s(?:total\s)?cost\sof|costing)\s"
    r"(?:(?:about|around|some|nearly|over|more\sthan|almost|roughly)\s)?$",
    re.IGNORECASE,
)
_may_be_built = ascii_gate(("build", "built", "construct", "erect"))


# What a thing cost, right before the amount: "whose construction cost about $6.5m", "costing
# $30m", "the World Bank estimated its cost at $200bn" (Arabic "قدّر البنك الدولي كلفتها بـ",
# Swahili "ujenzi wake uligharimu" glossed; round 56). Not an import or export bill ("the cost of
# imports reached $5bn" names its flow after "cost"; "the import cost was $5bn").
_COST_BEFORE = re.compile(
    r"(?<!\bimport\s)(?<!\bexport\s)(?<!\bimports\s)(?<!\bexports\s)"
    r"\b(?:cost(?:s|ing)?|will\scost)\s"
    r"(?:(?:of|at|by|is|was|were|be|estimated\sat|put\sat|reached|totall?ed|amounted\sto"
    r"|about|around|nearly|some|over|more\sthan|almost|roughly|approximately|an\sestimated"
    r"|up\sto)\s){0,3}$"
    # ... or estimated by someone: "whose cost the World Bank estimated at $200bn"
    r"|\bcosts?\s(?:[\w'’-]+\s){0,5}?(?:estimated|put|valued|assessed)\s(?:it\s)?(?:at|by)\s"
    r"(?:(?:about|around|nearly|some|over|more\sthan|almost|roughly|approximately)\s)?$",
    re.IGNORECASE,
)


# A change of the economy's own output: "the Sultanate's GDP thus grew by 12 percent" (NOTES: GDP
# is no trade figure; round 56)
_GDP_CHANGE = re.compile(
    r"\b(?:GDP|gross\sdomestic\sproduct|economic\sgrowth)\s(?:[\w'’-]+\s){0,3}?"
    r"(?:grew|rose|increased|expanded|jumped|climbed|contracted|shrank|fell|declined|dropped"
    r"|grows|rises|increases|expands|contracts|shrinks|falls|declines|was)\s"
    r"(?:(?:by|at|about|around|nearly|some|over|more\sthan|almost|roughly|an\sestimated)\s){0,2}$",
)


_FLOW_SUBJECT = re.compile(
    r"\b(?:exports?|imports?|purchases|shipments|sales|trade)\b[^,;:]*$", re.IGNORECASE
)


def names_cost(slot: Slot) -> bool:
    """The money amount is what a thing cost (``_COST_BEFORE``), or the percent a change of GDP
    (``_GDP_CHANGE``): no trade flow."""
    left = slot.left[-60:]
    if slot.mention.kind != "money":
        return ("GDP" in left or "domestic" in left or "economic" in left) and (
            _GDP_CHANGE.search(left) is not None
        )
    found = _COST_BEFORE.search(left) if "cost" in left.lower() else None
    # "Ghana's imports from Togo cost GH¢25m": the flow itself is what cost the amount
    return found is not None and not _FLOW_SUBJECT.search(left[: found.start()])


def names_project_cost(slot: Slot) -> bool:
    """The money amount is written before the noun of one project (``_PROJECT_COST``), or after
    a thing being built as its cost (``_BUILT_AT_COST``)."""
    if slot.mention.kind != "money":
        return False
    right = slot.right[:50]
    if _may_name_project(right) and _PROJECT_COST.match(right) is not None:
        return True
    tail = slot.tail[-160:]
    return _may_be_built(tail) and _BUILT_AT_COST.search(tail) is not None


def names_other_money(slot: Slot) -> bool:
    """The money amount's own noun is GDP, revenue, profit (module docstring). Not a percent:
    "trade went from EUR 2bn, 14% of GDP, to EUR 5bn" is a share beside trade figures."""
    if slot.mention.kind != "money":
        return False
    left = slot.left[-60:]
    right = slot.right[:40]
    if not _may_name(left + " " + right):
        return False  # (the cheap test first: almost no amount has such a noun beside it)
    before, after = _patterns()
    return before.search(left) is not None or after.match(right) is not None
