"""Which sector a figure counts (``scope``): a sector word in the figure's own clause, or right
after the amount; else the sentence's previous figure's of the same flow; else ``total``. A
sector word that describes a list, names a body or is left out of the figure does not count.
Moved out of ``flow`` to keep both under 400 lines.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, substring_test
from pipeline.extract.slots import Slot, may_have_boundary, trigger
from pipeline.extract.transport import for_industry, transport_head
from pipeline.lexicon import triggers

# "$2bn of machinery", "25% excluding oil and gas" (also after the amount's year: "25% in 2030,
# excluding gas"): a sector word right after the amount, or
# after the amount's conversion in brackets ("$2bn (EUR1.8bn) of machinery", the bracketed one's
# own right then opens with the bracket's close)
_OF_SECTOR = re.compile(
    r"^(?:\s(?:in|during)\s(?:[\w-]+\s){0,2}\d{4})?,?\s(?:excluding|without)\s(?:\w+\s){0,2}\w+"
    r"(?:(?:,\s|\s(?:and|or)\s)[\w-]+){0,4}|^\)?(?:\s\([^()]{1,40}\))?\s(?:worth\s)?(?:of|in|for)\s(?:[\w-]+\s){0,3}[\w-]+"
)

# "$4m or 74% came from the garment sector", "a 12% rise in garment exports": the sector after
# the amount that the amount comes from, or whose trade a change is of
_AFTER_SECTOR = re.compile(
    r"(?:\sor\s[\d.,]+\s?(?:%|per\s?cent|percent))?\s(?:came|comes|come|coming)\sfrom\s"
    r"(?:the\s)?(?:[\w-]+\s){0,3}(?:sector|industry)\b"
    r"|\s(?:increase|rise|growth|jump|surge|decline|drop|fall|decrease)\sin\s"
    r"(?:[\w-]+\s){0,3}(?:exports|imports|shipments|trade)\b",
    re.IGNORECASE,
)


# Descriptions ("mainly crude oil", "mostly oil") do not narrow a figure to a sector.
_DESCRIPTIVE = Caseless(
    re.compile(
        # ... examples after the amount: "$647m of exports, for instance cement, apparel and
        # footwear" (the examples describe the total; commas may separate them)
        r"\b(?:mainly|mostly|largely|primarily|chiefly|dominated\sby|including|such\sas|led\sby"
        r"|for\sinstance|for\sexample|among\sthem)\s(?:[\w-]+,?\s){0,3}$",
        re.IGNORECASE,
    )
)


# "including non-ferrous metals ($5m), textiles ($3m)": a listed item whose own amount opens in
# a bracket right after it is that item's figure, whatever cue heads the list
_OWN_BRACKET = re.compile(r"(?:\s[\w-]+){0,2}\s?\(\s?(?:(?:up|down)(?:\sby)?\s|worth\s)?$")


# A relative clause (", which amounted to") still describes the noun before it: no cut there.
# ... and a numbered list's next item inside the sentence ("... and machinery (2) China, trade
# $80bn": the goods of item 1 are not item 2's; round 59, a Thai list of partners)
_SCOPE_END = re.compile(r"[;:]|,\s(?:and|but|while|of which)\b|\sand\s*$|\s\(\d{1,2}\)\s")
# The rest of a share's aside before the amount ("Imports, 74 percent of which is energy, were
# down 33%": "of which is energy," after the share): a part's sector, not the amount's (round 47)
_SHARE_ASIDE_BEFORE = re.compile(
    r"^\s?(?:%|per\s?cent|percent)?\sof\s(?:which|them|it)\s(?:[^,;()]|\([^()]{0,60}\)){1,80},"
)


# "the Ministry of Trade, Industry, and Energy", "the Minister of Agriculture": a sector word
# naming a body, not the goods a figure counts
_INSTITUTION = re.compile(
    r"\b(?:ministry|minister|ministers|department|commission|council|bureau|agency|authority|"
    # (a comma before "the" ends the name: "of the Ministry of Economy, the non-oil trade")
    r"committee|secretary)\s(?:of|for)\s(?:the\s)?"
    r"(?:[\w-]+(?:,(?!\s(?:the|a|an)\s))?\s(?:and\s|&\s)?){0,4}$",
    re.IGNORECASE,
)


def _in_institution(before: str) -> bool:
    """The text before a sector word ends inside a body's name."""
    return (
        any(w in before[-70:].lower() for w in ("minist", "depart", "commis", "counc", "bureau"))
        or "agency" in before[-70:].lower()
        or "committee" in before[-70:].lower()
    ) and _INSTITUTION.search(before[-70:]) is not None


# "goods (services not included)", "exports excluding oil, fuels and fertilizers": a sector
# named as left out of the figure is not its scope (a plain "excluding oil" is the non_oil
# trigger itself)
_EXCLUDED_BEFORE = re.compile(
    r"\b(?:excluding|except|other\sthan|apart\sfrom|not\sincluding|without)\s[^;:()]{0,60}$",
    re.IGNORECASE,
)
_EXCLUDED_AFTER = re.compile(r"\s(?:(?:are|were|is)\s)?(?:not\sincluded|excluded)\b", re.IGNORECASE)


# "excluding oil, fuels and fertilizers": the exclusion of several groups is no sector (NOTES);
# "excluding gas supplies" or "excluding oil and gas" is non_oil
_MORE_EXCLUDED = re.compile(
    r"(?:\s[\w-]+)?(?:,\s[\w-]+)*,?\s(?:and|or)\s(?!(?:imports?|exports?|trade|the|its)\b)[\w-]+"
)
_ONE_EXCLUDED = ("excluding oil", "excluding gas")


def _excluded(own: str, match: re.Match[str]) -> bool:
    if match.group(1).lower() in _ONE_EXCLUDED:
        return _MORE_EXCLUDED.match(own, match.end()) is not None
    return (
        "xcept" in own
        or "xclud" in own
        or "includ" in own
        or "than" in own
        or "apart" in own
        or "without" in own
    ) and (
        _EXCLUDED_BEFORE.search(own, 0, match.start()) is not None
        or _EXCLUDED_AFTER.match(own, match.end()) is not None
    )


# "exports consisted largely of petroleum, chemicals, machinery and parts, which amounted to
# $X", "imports comprised palm oil, petroleum products and chemicals worth $Y": a list of several
# goods after a cue describes the one amount that follows it, a total, not a sector's
_LIST_CUE = re.compile(
    r"\b(?:mainly|mostly|largely|primarily|chiefly|including|such\sas|led\sby|dominated\sby|"
    r"consist(?:s|ed|ing)?\s(?:\w+\s)?of|compris(?:e|es|ed|ing)|made\sup\sof)\s[^.;:()\d]{0,120}$",
    re.IGNORECASE,
)
# "machinery and other goods worth $X": the sector word heads a list of all goods; so does one
# joined to a class of goods no sector holds ("machinery and raw materials", "machinery and
# consumer goods": the mix is the total)
_AND_OTHER = re.compile(
    r"\s(?:and|&)\s(?:(?:other|various)\s(?:\w+\s)?(?:goods|products|items|commodities)"
    r"|raw\smaterials|(?:consumer|intermediate|capital|manufactured)\sgoods)\b",
    re.IGNORECASE,
)
# "due to lower gas imports", "because of reduction of petroleum imports": a cause of the
# figure's change, not its goods
_CAUSE = re.compile(
    r"\b(?:due\sto|because\sof|owing\sto|thanks\sto|on\saccount\sof|as\sa\sresult\sof)\s"
    r"(?:[\w-]+\s){0,4}$",
    re.IGNORECASE,
)
_CAUSE_CUES = ("due to", "because", "owing", "thanks", "account of", "result of")


_has_cause_cue = substring_test(_CAUSE_CUES)  # (no generator frame per test)


# what drove a change: "..., driven largely by a sharp jump in imports from B, before it slid to
# $X" (for a flow word: a sector word there may still be its bracketed amount's own, "driven by
# higher farming (19%) shipments")
_DRIVEN = re.compile(
    r"\b(?:driven|fu?ell?ed|boosted)\s(?:\w+ly\s)?by\s(?:[\w-]+\s){0,4}$", re.IGNORECASE
)


def driven_aside(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` of ``text`` (an amount's left context) is inside a "driven by"
    aside that closes before the amount ("Ireland's exports to the US, driven by machinery,
    reached $54bn": what drove the total, not its sector; "driven by higher farming (19%)" keeps
    its bracketed amount)."""
    return "," in text[end:] and in_cause(text, start, driven=True)


def in_cause(text: str, position: int, driven: bool = False) -> bool:
    """The word at ``position`` is inside a cause phrase that starts at most five words before;
    with ``driven``, "driven by", "fuelled by" and "boosted by" phrases count too."""
    near = text[max(0, position - 60) : position].lower()
    if (
        driven
        and ("driven" in near or "elled" in near or "boosted" in near)
        and _DRIVEN.search(text, 0, position)
    ):
        return True
    return _has_cause_cue(near) and _CAUSE.search(text, 0, position) is not None


def _describes_list(slot: Slot, own: str, match: re.Match[str]) -> bool:
    """A sector word inside a list of goods after a cue, with the sentence's one amount after
    it; or heading "and other goods"."""
    if _AND_OTHER.match(own, match.end()):
        return True
    if slot.left_offset or slot.mention.end + len(slot.right) != len(slot.sentence):
        return False  # another amount in the sentence: the list may give each item its own
    cue = _LIST_CUE.search(own, 0, match.start())
    if cue is None:
        return False
    items = own[cue.start() :]
    return "," in items or " and " in items


# "Fiji sells garments, pharmaceuticals and fresh produce to B worth $162m", "exported €1bn among
# machinery, furniture, fashion and food", "exports of various goods (oil, coffee, fruit and
# drinks)": the list of three or more goods right after a trade verb, "among"/"between" or
# "goods (" is what the flow carries, and a sector word naming only one of its items does not
# narrow the amount: the total ("machinery, equipment and spare parts" stays machinery: two items
# of one sector; a "respectively" or "each" list gives every item its own figure)
_GOODS_ITEM = r"[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*){0,3}"
_GOODS_LIST = re.compile(
    r"(?:\b(?:sells?|sold|selling|exports?|exported|exporting|imports?|imported|importing|buys?"
    r"|bought|buying|ships?|shipped|shipping|supplies|supplied|among|between)\s"
    r"|\bgoods(?:\s[\w-]+)?\s\(\s?)"
    r"(?!(?:to|from|of|in|into|with|by|for|at|on)\b)"
    rf"(?P<list>{_GOODS_ITEM}(?:,\s(?!and\b|or\b){_GOODS_ITEM})+,?\s(?:and|or|&)\s{_GOODS_ITEM})",
    re.IGNORECASE,
)
_ITEM_SPLIT = re.compile(r",\s(?:and\s|or\s)?|\s(?:and|or|&)\s")
_EACH_ITEM = re.compile(r"\b(?:respective(?:ly)?|each)\b", re.IGNORECASE)


def _one_of_goods_list(slot: Slot, own: str, match: re.Match[str]) -> bool:
    """The sector word is one item of a list of three or more goods carried by the flow, whose
    other items name no goods of that sector."""
    if own.count(",") < 1 or _EACH_ITEM.search(slot.sentence):
        return False  # (the cheap test first: a list of three needs a comma)
    sector = triggers("sector")[match.group(1).lower()]
    for found in _GOODS_LIST.finditer(own):
        if found.start("list") <= match.start() and match.end() <= found.end("list"):
            # the sector phrase is one item even where it holds an "and" ("oil and gas")
            text = (
                own[found.start("list") : match.start()]
                + "#"
                + own[match.end() : found.end("list")]
            )
            items = _ITEM_SPLIT.split(text)
            same = sum(
                any(
                    triggers("sector")[m.group(1).lower()] == sector
                    for m in trigger("sector").finditer(i)
                )
                for i in items
            )
            return len(items) >= 3 and same == 0
    return False


# "open markets to each other's goods, farm products included, with the aim of raising
# bilateral trade to $2bn": past a comma the clause names the pair's whole trade as the amount's
# subject, so a sector before it is the earlier clause's (not in a "which"/"that" aside:
# "machinery, which makes up most of bilateral trade, reached $X" stays machinery)
_LATER_TRADE = re.compile(
    r",(?![^,]*\b(?:which|that)\b)[^,]*?\b(?:"
    # "..., with the aim of raising bilateral trade to $2bn"
    r"(?:rais|boost|increas|lift|bring|doubl|tripl|expand|grow)\w*\s(?:the\s)?"
    r"(?:(?:bilateral|two-way|mutual|overall|total)\s(?:trade|commerce)|trade\sbetween)\b"
    # "..., and bilateral trade reached $2bn"
    r"|(?:bilateral|two-way|mutual|overall|total)\s(?:trade|commerce)\s(?:\w+\s){0,6}?"
    r"(?:reached|stood|amounted|totall?ed|rose|grew|fell|was|were|hit|exceeded)\b)",
    re.IGNORECASE,
)


def scope_of(slot: Slot, previous: dict | None, flow: str) -> str:
    """A sector named in the figure's own clause ("exports of honey ... $780 thousand", "$2bn
    of machinery"); else the sector of the sentence's previous figure of the same flow."""
    cut = 0
    # a label line's label is the amount's own clause ("Trade in goods and services: £4bn")
    left = slot.left.rstrip()[:-1] if slot.left.rstrip().endswith(":") else slot.left
    for boundary in _SCOPE_END.finditer(left) if may_have_boundary(left) or ") " in left else ():
        cut = boundary.end()
    if not cut and (aside := _SHARE_ASIDE_BEFORE.match(left)):
        cut = aside.end()  # "Imports, 74% of which is energy, fell 12%": the aside's sector
        if (subject := _before_share_aside(slot)) is not None:
            return subject  # "Energy imports, 74% of which is oil, fell 12%": the subject's
    own = left[cut:]
    after = slot.right
    if after == " (":  # the bracketed conversion is the next amount's own slot
        after = slot.sentence[slot.mention.end :]
    right = _OF_SECTOR.match(after) or _AFTER_SECTOR.match(slot.sentence, slot.mention.end)
    own_left = own
    if right:
        own += " " + right.group(0)
    for match in trigger("sector").finditer(own):
        if (
            not (
                _DESCRIPTIVE.search(own[: match.start()])
                and not _OWN_BRACKET.match(own_left, match.end())
            )
            and not _in_institution(slot.left[: cut + match.start()])
            and not _excluded(own, match)
            and not _describes_list(slot, own, match)
            and not _one_of_goods_list(slot, own, match)
            and not in_cause(own, match.start())
            and not driven_aside(own_left, match.start(), match.end())
            and not transport_head(own, match)
            and not for_industry(own, match)
            and not _LATER_TRADE.search(own, match.end())
        ):
            return triggers("sector")[match.group(1).lower()]
    if slot.left_offset and (aside := _share_aside(slot)) is not None:
        return aside
    if previous is not None and (
        (previous["flow"] == flow and not _own_flow_word(own, previous["scope"]))
        # "exports of services reached X, while imports were Y", "imported goods and services
        # worth X against exports worth Y": a coverage (not a product sector) holds for the
        # other flow of the pair in the same sentence
        or (previous["scope"] in _COVERAGES and {previous["flow"], flow} == _BOTH_WAYS)
        or _part_of_coverage(slot, previous, flow)
        or _coverage_goes_on(slot, previous, flow)
    ):
        return previous["scope"]
    if flow == "turnover" and "services" in slot.right and _PARTS_IN_COVERAGE.match(slot.right):
        return "goods_services"
    return "total"


# "Two-way trade amounted to $381m, with A importing goods and services worth $302m and
# exporting those worth $79m": the parts' coverage is the total's (NOTES, the sentence rule of
# "goods and services" with a two-way total)
_PARTS_IN_COVERAGE = re.compile(
    r"[^;.]{0,40}?,\s(?:with\s)?(?:[A-Z][\w-]*\s){1,3}(?:importing|exporting|buying|selling)\s"
    r"[^;.]{0,40}?\bgoods\sand\sservices\b"
)


# "RMG, which accounts for 83% of total exports to B, recorded $X", "exports of fruit, accounting
# for 7% of A's overall exports, rose by 4%": a share aside between a sector and its amount; the
# aside's "total exports" is what the share is of, the amount is still the sector's; so is the
# share's subject's amount after "with" ("The apparel sector accounted for 74% of exports with $X")
_SHARE_ASIDE = re.compile(
    r"(?:,\s(?:which\s|that\s)?|\s(?:which|that)\s|\s)(?:accounts?|accounted|accounting|represents?|represented|"
    r"representing|makes?\sup|made\sup|making\sup)\s(?:for\s)?(?:\w+\s)?$",
    re.IGNORECASE,
)
_bare = re.compile(r"\s(?!which|that)", re.IGNORECASE).match
_SHARE_NUMBER = re.compile(r"[\d.,]+\s?(?:%|per\s?cent|percent)?$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^\s?(?:%|per\s?cent|percent)?\s(?:of|in)\s", re.IGNORECASE)


_HEDGE_END = re.compile(r"\s(?:about|some|around|nearly|almost|over)$", re.IGNORECASE)


def _before_share_aside(slot: Slot) -> str | None:
    """The sector of the subject before a share's aside ("Energy imports, 74% of which is oil,
    fell 12%": energy), if its clause names one."""
    head = _SHARE_NUMBER.sub("", slot.sentence[: slot.left_offset].rstrip()).rstrip()
    head = _HEDGE_END.sub("", head)
    if not head.endswith(","):
        return None
    return _clause_sector(head)


def _clause_sector(head: str) -> str | None:
    """The sector a subject names in the last clause of ``head`` (text before a share's aside),
    skipping descriptive and causal mentions; None when it names none."""
    cut = 0
    for boundary in _SCOPE_END.finditer(head) if may_have_boundary(head) else ():
        cut = boundary.end()
    own = head[cut:]
    for match in trigger("sector").finditer(own):
        if not _DESCRIPTIVE.search(own[: match.start()]) and not in_cause(own, match.start()):
            return triggers("sector")[match.group(1).lower()]
    return None


def _share_aside(slot: Slot) -> str | None:
    """The sector named before a share aside that stands between it and the amount, if any."""
    before = slot.sentence[: slot.left_offset]
    if (
        "ccount" not in before[-40:]
        and "epresent" not in before[-40:]
        and "ake" not in before[-40:]
    ):
        return None  # (the cheap test first)
    if not _SHARE_OF.match(slot.left) or any(_SCOPE_END.finditer(slot.left)):
        return None
    share = _SHARE_NUMBER.sub("", before)  # the share's own number
    aside = _SHARE_ASIDE.search(share[-40:])
    if aside is None or (_bare(aside.group(0)) and not slot.left.endswith(" with ")):
        return None  # a sector as the share's subject owns only an amount "with" it
    head = share[: len(share) - 40 + aside.start()] if len(share) > 40 else share[: aside.start()]
    return _clause_sector(head)


# scopes that cover a whole sentence's trade rather than one product: they carry into its
# coordinated clauses (NOTES "A sector word covers the coordinated clauses of its own sentence":
# "non-oil exports to B rose 6.6%, but exports to C fell 21%" are both non-oil)
_COVERAGES = ("services", "goods_services", "non_oil")


def _own_flow_word(own: str, scope: str) -> bool:
    """ "garment exports fell 11%, while exports to B fell 27%": a clause that names its own
    flow word with no sector names a new subject; a product sector does not carry into it (a
    coverage does: "services exports ... and imports")."""
    return scope not in _COVERAGES and scope != "total" and trigger("flow").search(own) is not None


_BOTH_WAYS = {"exports", "imports"}
_PARTS_OF = re.compile(r",\s(?:of\swhich|including)\s", re.IGNORECASE)


def _part_of_coverage(slot: Slot, previous: dict, flow: str) -> bool:
    """ "non-oil trade reached $68m, of which $54m imports from B": the parts of a two-way
    total are of its coverage (a product sector is not carried so: its parts may be others')."""
    return (
        previous["scope"] in _COVERAGES
        and previous["flow"] == "turnover"
        and flow in _BOTH_WAYS
        and _PARTS_OF.search(slot.left[-60:]) is not None
    )


# "non-oil trade reached $68m in 2029, of which $14m exports to B, then rose in 2030 to $175m"
# (Arabic "للسلع غير النفطية ... ثم ارتفعت عام 2008 إلى", round 54): the two-way total of a later
# coordinated clause after a coverage's parts keeps the coverage (NOTES "A sector word covers the
# coordinated clauses of its own sentence"); a clause that names its own flow word does not
_GOES_ON = re.compile(r",\s(?:and\s)?then\s(?:rose|grew|increased|fell|declined|dropped|reached)\b")


def _coverage_goes_on(slot: Slot, previous: dict, flow: str) -> bool:
    if previous["scope"] not in _COVERAGES or flow != "turnover" or "then" not in slot.left:
        return False
    goes_on = _GOES_ON.search(slot.left[-80:])
    return (
        previous["flow"] in _BOTH_WAYS
        and goes_on is not None
        and trigger("flow").search(slot.left[-80:][goes_on.end() :]) is None
    )
