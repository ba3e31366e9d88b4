"""Figures for one product, not a sector (NOTES.md, "scope": a single named product that is no
sector is not annotated): a product of the closed list (triggers.csv ``product``) in the
figure's own clause, or a later item of a list of goods. Moved out of ``flow`` (which decides
the flow and sector) to keep both under 400 lines.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.bracket_products import unknown_bracket_item
from pipeline.extract.caseless import ascii_gate
from pipeline.extract.countries import CountrySpan, find_countries
from pipeline.extract.partition import partition_part
from pipeline.extract.product_object import financial_object, product_object
from pipeline.extract.quantities import weighs_goods
from pipeline.extract.scope import _DESCRIPTIVE, _OF_SECTOR, driven_aside
from pipeline.extract.slots import Slot, clause_tail, trigger
from pipeline.extract.subsets import named_subset
from pipeline.extract.transport import sector_word
from pipeline.extract.world import partner_in_clause
from pipeline.lexicon import alternation, triggers, vocabulary

_may_name_product = ascii_gate(triggers("product"))


# A bracket opened right after the product holds its own amount, not the list's total:
# "including frozen pork (up $6m", "such as tea ($5m".
_OWN_BRACKET = re.compile(r"\s?\(\s?(?:(?:up|down)(?:\sby)?\s|worth\s)?$")

# A list of goods after such a cue, with no other amount or clause end before the product.
_LISTED_AFTER_CUE = re.compile(
    r"\b(?:mainly|mostly|largely|primarily|chiefly|including|such\sas|led\sby|dominated\sby|"
    r"notably|especially|particularly|in\sparticular|like|comprising|consisting\sof|"
    # a relative clause on the flow's goods: "exports, whose main items include coffee, rose"
    r"whose\s(?:main\s|principal\s|major\s|key\s)?(?:items|products|goods|commodities)\s"
    r"(?:include|are|were|consist\sof|comprise))\s"
    r"(?:(?!\b(?:while|whereas|but)\b)[^.;:\d]){0,100}$",
    re.IGNORECASE,
)


# "the top import item was nuclear reactors, at $3m", "main export items were textiles at $1.6bn,
# vehicles and spare parts at $1.2bn": an item of goods the figure is given for (Korean "1위
# 품목은 X로 $Y", Japanese "品目は、Xが$Y、Zが$W" glossed "items were, X were $Y", round 56)
_ITEM_CUE = re.compile(
    r"\b(?:(?:top|main|largest|biggest|leading|principal|key|flagship|export|import)\s)*items?"
    r"(?:\s(?:[\w'’-]+\s){0,8}?(?:was|were|is|are|include[sd]?|comprised?)\b)",
    re.IGNORECASE,
)
# the item's own words end with its link to the amount
_ITEM_LINK = re.compile(
    r"(?:\s?[,:(]|\s(?:was|were|is|are|at|worth|with|to|as|of|about|around|nearly|over|more\s"
    r"than|some|totall?ing|amounting\sto|reached|totall?ed|stood\sat|amounted\sto|came\sto))+\s*$",
    re.IGNORECASE,
)
_NOT_ITEM = re.compile(
    r"\b(?:exports?|imports?|trade|turnover|total|shipments|sales)\b|\d", re.IGNORECASE
)


def item_product(left: str) -> bool:
    """The figure is an item's of goods named after an item cue (``_ITEM_CUE``) in its own
    sentence, whose words name no sector, flow or place: a single product (no row). The item's
    words run from the end of the last amount before it (past its comma) or from the cue."""
    if "item" not in left.lower():
        return False
    cue = next(reversed(list(_ITEM_CUE.finditer(left))), None)
    if cue is None or ";" in left[cue.end() :]:
        return False
    own = left[cue.end() :]
    last_digit = max((own.rfind(d) for d in "0123456789"), default=-1)
    if last_digit >= 0:
        after = re.search(r"[,、]", own[last_digit:])
        if after is None:
            return False
        own = own[last_digit + after.end() :]
    link = _ITEM_LINK.search(own)
    if link is None and own.rstrip()[-1:].isascii():
        return False  # ("whose main items include coffee, have climbed from $61m": a clause;
        # a word of the page's own script links by its particle: "물질로 $Y")
    end = link.start() if link is not None else len(own)
    own = re.sub(r"\([^()]*\)", " ", own[:end]).strip(" ,、")
    if not own or "," in own or _NOT_ITEM.search(own) or find_countries(own):
        return False
    return sector_word(own) is None


# One named crop ("wheat") is no sector where the goods are weighed (NOTES "fa": one named crop
# stays unannotated; NOTES round 57 "a weighed commodity is one product"); elsewhere the sector
# rows still read it ("exports of wheat" stays agriculture, as the written corpora have it)
@cache
def _crops() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(vocabulary('single_crop'))})\b", re.IGNORECASE)


def _without_crops(sentence: str) -> str:
    return _crops().sub(" ", sentence) if "heat" in sentence else sentence


def single_product(slot: Slot, follow_up: bool = False) -> bool:
    """A figure for one named product that is no sector ("exports of semiconductors rose 52%",
    "seafood with US$800 million"), or for a subset named by what it leaves out ("non-dairy
    exports", ``subsets``): not annotated, like the notes say. A clause opened by ", which" is
    the product's too when the clause before ends with it ("imports of semiconductors, which
    doubled to $2bn": the pronoun's antecedent is the product). ``follow_up``: the sentence has
    no trade word, so a product named anywhere before the amount is its subject ("Grapes reached
    $22m, with a share of 4% and an increase of 30%": the 30% is the grapes')."""
    if (
        named_subset(slot)
        or product_object(slot)
        or unknown_bracket_item(slot)
        or financial_object(slot)
        or item_product(slot.sentence[: slot.mention.start])
    ):
        return True
    if weighs_goods(slot) and not sector_word(_without_crops(slot.sentence)):
        # "bought ketchup for $410m, a volume of 77,200 tonnes": what a sentence weighs is one
        # commodity (quantities.weighs_goods), unless a sector is named
        return True
    if follow_up:
        head = slot.sentence[: slot.mention.start]
        if _may_name_product(head) and trigger("product").finditer(head):
            return not sector_word(head)
    own = slot.tail  # (clause_tail(slot.left), computed once per slot)
    antecedent = _which_antecedent(slot.left, own)
    if antecedent and _names_product(antecedent) and not sector_word(own):
        return True
    right = _OF_SECTOR.match(slot.right)
    if right and "xcluding" not in right.group(0) and "without" not in right.group(0):
        own += " " + right.group(0)  # ("25% excluding rice": a product left out, not named)
    if not _may_name_product(own):
        return False
    found = trigger("product").finditer(own)
    if not found:
        return False
    if _OWN_BRACKET.match(own, found[-1].end()):
        return not _sector_beside(own, found[-1].start())  # (its own amount, whatever cue heads it)
    if _DESCRIPTIVE.search(own[: found[-1].start()]):
        return False
    if driven_aside(own, found[-1].start(), found[-1].end()):
        return False  # "exports, driven by pharmaceuticals, reached $54bn": the total's cause
    # "exports to X, mainly tea, cement and pork, reached $Y", "including panels, parts, and
    # lithium batteries, rose 20%": the cue heads a list (across its commas, and a clause cut
    # at ", and") that describes the total before the product
    tail = slot.tail
    start = len(slot.left) - len(tail)
    where = found[-1].start()
    if where < len(tail) and _LISTED_AFTER_CUE.search(slot.left, 0, start + where):
        return False
    return not _sector_beside(own, found[-1].start())


def _sector_beside(own: str, product_at: int) -> bool:
    """A sector word in the clause besides the product; "non-oil" before the product is no
    such word ("the main non-oil exports are fish with $5m": one product of non-oil trade)."""
    start = 0
    while (match := sector_word(own[start:])) is not None:
        if (
            triggers("sector")[match.group(1).lower()] != "non_oil"
            or start + match.end() > product_at
        ):
            return True
        start += match.end()
    return False


# ", which" after a product's clause: the relative clause's subject is the noun just before it
_WHICH = ", which"
# the antecedent's product ends the clause before ", which" (up to a place: "from Peru")
_ENDS_CLAUSE = re.compile(r"^\s?(?:(?:from|to|in)\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?$")


def _which_antecedent(left: str, own: str) -> str:
    """The clause a ", which" clause continues ("exports of soybeans, which tripled"), else ""."""
    cut = len(left) - len(own)
    return clause_tail(left[: cut - len(_WHICH)]) if left.endswith(_WHICH, 0, cut) else ""


def _names_product(clause: str) -> bool:
    """The clause ends with a product of the closed list, not one a list cue describes
    ("exports, mainly tea and rice, which rose": the list describes the total)."""
    if not _may_name_product(clause):
        return False
    found = trigger("product").finditer(clause)
    if not found or not _ENDS_CLAUSE.match(clause[found[-1].end() :]):
        return False
    before = clause[: found[-1].start()]
    return not (_DESCRIPTIVE.search(before) or _LISTED_AFTER_CUE.search(before))


# A later item of a list of goods, between a list mark and its amount: "), sulfuric acid (",
# "; articles of stone worth ", ", and woodcrafts (". Lower-case words only: no country, period
# ("in 2021 ("), or name.
_GOODS_ITEM = re.compile(
    r"^\)?\s?[,;]\s(?:and\s)?(?P<item>[a-z][a-z’' -]{1,60}?)\s?(?:\(\s?|worth\s|valued\sat\s)$"
)
# The same item linked to its amount by a bare "at" in a list whose items are valued ("mining
# products at $9m, and office supplies, paper and packaging at $4m"): commas may run inside the
# item; a change, period or verb word is no item ("this year at", "while it stood at").
_AT_ITEM = re.compile(r"^\)?\s?[,;]\s(?:and\s)?(?P<item>[a-z][a-z’' ,-]{1,60}?)\sat\s$")
# The first item, after a colon that ends a list's heading ("were categorized into several
# sectors: chemical products valued at $5m").
_FIRST_ITEM = re.compile(
    r":\s(?P<item>[a-z][a-z’' ,-]{1,60}?)\s?(?:\(\s?|worth\s|valued\sat\s|at\s)$"
)
_NOT_ITEM = re.compile(
    r"\b(?:stood|standing|stands|was|were|is|are|estimated|put|pegged|set|reached|amounted|"
    r"totall?ed|valued|worth|it|they|this|that|which|while|whereas)\b"
)
# The same after a sector item's amount, where the list may run on with "and" and link an item
# to its amount with "at" or a dash: ") and first products (", "; mineral products - ".
_NEXT_ITEM = re.compile(
    r"^\)?\s?(?:[,;]\s(?:and\s)?|and\s)(?P<item>[a-z][a-z’' -]{1,60}?)\s?"
    r"(?:\(\s?|worth\s|(?:valued\s)?at\s|[-–—]\s)$"
)
# An item in a customs-style list, its first word capitalized ("), Dried fish fillets (",
# "; Other parts of engines worth "): two words at least, the rest lower-case, no country.
_CAPITAL_ITEM = re.compile(
    r"^\)?\s?[,;]\s(?:and\s)?(?P<item>[A-Z][a-z]+\s[a-z][a-z’' -]{1,60}?)\s?"
    r"(?:\(\s?|worth\s|valued\sat\s|[-–—]\s)$"
)


# The first item right after the cue that opens a list of goods, with its own amount: "exports
# were led by scented mixtures valued at $51m", "consisted of tea, worth $41m", "included
# cement (": that item's figure, not the flow's total ("exports, led by tea, reached $500m"
# has no amount after the item and stays the total's).
_CUED_FIRST_ITEM = re.compile(
    r"\b(?:(?:led|dominated|headed)\sby|consist(?:s|ed)?\sof|compris(?:e|es|ed)|"
    r"includ(?:e|es|ed))\s(?P<item>[a-z][a-z’' -]{1,60}?),?\s(?:\(\s?|worth\s|valued\sat\s|at\s)$"
)
_may_cue_item = ascii_gate((" by ", " of ", "includ", "compris"))


def _cued_first_item(left: str) -> re.Match[str] | None:
    """The first item of a list of goods right after its cue (``_CUED_FIRST_ITEM``)."""
    start = max(0, len(left) - 90)
    return _CUED_FIRST_ITEM.search(left, start) if _may_cue_item(left[start:]) else None


def _capital_item(left: str) -> re.Match[str] | None:
    """A capitalized item (``_CAPITAL_ITEM``) that names goods outside the sectors: no
    country, change, period, flow or sector word."""
    item = _CAPITAL_ITEM.match(left) if ") " in left or "; " in left or ", " in left else None
    if item is None:
        return None
    words = item.group("item").lower()
    if _NOT_GOODS.search(words) or _NOT_ITEM.search(words) or find_countries(item.group("item")):
        return None
    if sector_word(words) or trigger("flow").search(words):
        return None  # (the sector and flow words are lower-case: "Gas oil" is energy)
    return item


# Words of a change, period or comparison, not of goods: "), up from last year (".
_NOT_GOODS = re.compile(
    r"\b(?:up|down|from|than|since|year|years|month|months|quarter|half|period|last|previous|"
    r"increase|decrease|rise|fall|growth|decline|compared|against|respectively|total|overall)\b"
)
_ITEM_SECTORS = ("agriculture", "energy", "metals", "machinery", "textiles")
# The list is one of goods: "main exports include", "consisted of", "such as", "led by".
_GOODS_LIST = re.compile(
    r"\b(?:includ(?:e|es|ed|ing)|consist(?:s|ed)?\sof|compris(?:e|es|ed|ing)|such\sas|led\sby|"
    r"dominated\sby|headed\sby|"
    r"(?:categori[sz]ed|divided|broken\sdown|split)\s(?:in)?to|ranked|"
    r"(?:main|major|principal|leading|top|key)\s(?:[a-z]+\s)?(?:exports?|imports?|items|products|"
    r"commodities|goods))\b",
    re.IGNORECASE,
)
# An item that is all the goods, not one kind of them: "other goods (", "; and others worth ".
_ALL_GOODS = re.compile(
    r"^(?:(?:the\s)?(?:other|all|remaining|total|rest\sof\sthe)\s)?(?:goods|products|items|"
    r"commodities|merchandise|exports|imports|others)$"
)


def listed_product(slot: Slot, previous_scope: str | None = None) -> bool:
    """A list item after the first one, naming goods in lower-case words that hold no sector,
    flow or "all goods" word, in a sentence that lists goods ("Peru's main exports to Chile
    include minerals like molybdenum (US$199.6m), crude oils (US$87.8m), sulfuric acid
    (US$68.9m)"): one product's figure (NOTES: a single product is not annotated). The first
    item is left to the other rules: the list's heading shares its words. The list's flow goes
    on to its next item ("..., cherries ($95m) and crude oils ($40m)")."""
    left = slot.left
    if previous_scope in _ITEM_SECTORS and _after_sector_item(left):
        return True
    if not left or left[-1] not in "( ":
        return False  # (the cheap tests first)
    cued = _cued_first_item(left)
    if cued is None and "," not in left and ";" not in left and ":" not in left:
        return False
    item = _GOODS_ITEM.match(left)
    loose = item is None  # (a bare "at" or a first item: no change, period or verb word)
    item = item or _AT_ITEM.match(left) or _first_item(left) or _capital_item(left) or cued
    if item is None:
        return False
    words = item.group("item").strip()
    if len(words.split()) > 6 or _ALL_GOODS.match(words):
        return False
    if loose and (_NOT_GOODS.search(words) or _NOT_ITEM.search(words)):
        return False  # ("; this year at $5m", ", while it stood at $5m")
    if sector_word(words) or trigger("flow").search(_GOODS_SUPPLIES.sub("", words)):
        return False
    if item is cued:
        return True  # (its cue opens the list of goods)
    return _GOODS_LIST.search(slot.sentence, 0, slot.left_offset + item.start()) is not None


# "supplies" after a word of goods names goods, not a flow: "and office supplies (".
_GOODS_SUPPLIES = re.compile(r"(?<=[a-z] )supplies$")


def _first_item(left: str) -> re.Match[str] | None:
    """The list's first item after its heading's colon, in one clause of its own."""
    if ":" not in left:
        return None
    item = _FIRST_ITEM.search(left)
    return item if item is not None and ":" not in item.group("item") else None


def _after_sector_item(left: str) -> bool:
    """The next item of a list of goods whose previous amount was a sector's ("fuels ($5m),
    chemicals ($2m)", "food products - $9m; mineral products - $3m"), naming goods without a
    sector: that item's own goods, one product or a group outside the sectors (NOTES), not
    the sector before it. Its own sector word keeps it ("..., and steel ($1m)")."""
    if len(left) > 70 or not left or left[-1] not in "( ":
        return False  # (the cheap tests first)
    item = _NEXT_ITEM.match(left) or _capital_item(left)
    if item is None:
        return False
    words = item.group("item").strip()
    return not (
        len(words.split()) > 6
        or _ALL_GOODS.match(words)
        or _NOT_GOODS.search(words)
        or sector_word(words)
        or trigger("flow").search(words)
    )


def resumed_flow(
    slot: Slot, economies: list[CountrySpan], world_flow: str | None, product_flow: str | None
) -> str | None:
    """The flow a figure after a skipped one takes up again, where the skip does not reach it
    (None: it does). After a world total, a clause that names its own partner ("while exports
    overall rose 15%, goods going to China rose 27%"); after one product, the next item of a
    list of goods ("computer facilities ($34m), metal structures ($29m)") or an item naming a
    sector, not the same product's next amount ("exports of pork grew from $91m to $174m")."""
    if world_flow:
        part = partner_in_clause(slot, economies, world_flow) or partition_part(slot, economies)
        return world_flow if part else None  # ("..., of which B accounted for $Y")
    if product_flow and product_flow != "-":
        if _GOODS_ITEM.match(slot.left):
            return product_flow
        # a later item that names a sector ("road vehicles, which rose 9%, and machinery, which
        # rose 4%"): the list's flow, in its own clause or the one its ", which" continues
        own = slot.tail
        item = own + " " + _which_antecedent(slot.left, own)
        if sector_word(item) and not trigger("flow").search(item):
            return product_flow
    return None
