"""Which trade flow and sector a number belongs to.

A trigger right after the number ("$22 million is exports") wins, then the nearest trigger
before it in its clause, then the previous figure of the sentence. A country's total foreign
trade and trade balances are excluded (``EXCLUDED``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.extract.amount_noun import names_cost, names_other_money, names_project_cost
from pipeline.extract.balance_forms import names_balance
from pipeline.extract.caseless import ascii_gate, literal_trie, substring_test
from pipeline.extract.change_to_level import change_to_level_flow
from pipeline.extract.compared_flow import compared_flow, elided_part, restated_change_flow
from pipeline.extract.countries import CountrySpan
from pipeline.extract.flow_cues import flow_cue
from pipeline.extract.fronted_pair import fronted_pair
from pipeline.extract.lead_flow import lead_flow_of
from pipeline.extract.literal_gate import gated
from pipeline.extract.national import names_national
from pipeline.extract.own_change import own_change_flow
from pipeline.extract.project_capital import capital_of_projects
from pipeline.extract.rates import is_rate as _is_rate
from pipeline.extract.region_side import region_continued, region_object, region_subject
from pipeline.extract.scope import in_cause
from pipeline.extract.scope import scope_of as scope_of  # (sentence takes it from here)
from pipeline.extract.slots import Slot, clause_tail, flow_at, trigger
from pipeline.lexicon import gazetteer, triggers, vocabulary

# "$5m of exports", "4.3 per cent increase in exports", "$2bn worth of Chile's imports", "to spend
# $9m on imports": a flow word right after the amount, past "worth", a change noun and one
# capitalised word (the owner's; a capitalised flow word, "$121m for Imports from B", is the flow)
_RIGHT_FLOW = re.compile(
    r"^['’]?\s?(?:worth\s)?(?:(?:increase|rise|growth|decline|decrease|drop|fall|jump|surge)\s)?"
    r"(?:is|are|was|were|in|of|for|(?P<on>on)|[-–—:]|(?:correspond(?:s|ed)?|equal(?:s|led)?)\sto)?"
    r"\s?(?:the\s)?"
    r"(?:(?-i:(?!(?:Exports?|Imports?)\b)[A-Z][\w.-]+)(?:['’]s)?\s)?"
    r"(?P<w>\w+)",
    re.IGNORECASE,
)


# "$30mn of that was made up of Peruvian exports", "of which $30mn was accounted for by
# imports": a part of a total whose flow word follows the amount, past a partitive verb; it
# outranks the flow carried from the total before it.
_PART_OF = re.compile(
    r"^\s?(?:of (?:that|this|which|it|the total)\s)?(?:\w+\s){0,2}?"
    r"(?:made up of|accounted for by|consisted of|came from|represented by|comprised)\s"
    r"(?:[\w'’-]+\s){0,3}?(?P<w>exports?|imports?|shipments|purchases|deliveries|supplies)\b",
    re.IGNORECASE,
)
_ON_NOUN = re.compile(r"(?:exports?|imports?)$", re.IGNORECASE)  # "to spend $9m on imports"
_PART_CUES = ("made up", "accounted", "consisted", "came from", "represented", "compris")
_BALANCE = re.compile(r"^\s?(?:goods\s)?(?:surplus|deficit|balance|gap)\b", re.IGNORECASE)


EXCLUDED = "-"


# Both directed flows named as one sum: "import-export between A and B", "export/import",
# "(exports and imports)", "adding exports and imports", "the sum of everything A exports and
# imports": the text before the last flow word of such a pair (then the figure is turnover).
# Plain "exports and imports were $5bn and $6bn" names two flows and stays as it is.
_COMBINED = re.compile(
    r"(?:\b(?:exports?|imports?)\s?[-/]\s?"
    r"|(?:\(|\bsum\sof\b|\badding\b|\bcombined\b)[^()]{0,40}?\b(?:exports?|imports?)\s(?:and|&)\s"
    # both verbs of one subject, customs English for "进出口": "China imported and exported
    # 4.6 trillion yuan to the EU" (a "respectively" list of the two flows is split again by
    # ``respective_flows``)
    r"|\b(?:exported|imported)\s(?:and|&)\s)$",
    re.IGNORECASE,
)


def _flow_before(text: str, found: list[re.Match[str]] | None = None) -> tuple[str, int] | None:
    """The last flow trigger in ``text``; ``EXCLUDED`` for a country's total foreign trade
    ("total foreign trade turnover", not "foreign trade with X") or a trade balance.
    ``found``: the flow triggers of ``text`` if the caller has them (``Slot.tail_flows``)."""
    if found is None:
        found = trigger("flow").finditer(text)
    if not found:
        return None
    if _in_body_name(text, found[-1]):
        # "According to figures of the Ministry of Trade, they went from X to Y": the body's
        # name is no flow of the figure; an earlier trigger may be
        found = found[:-1]
        if not found:
            return None
    if len(found) > 1 and _partner_word(text, found[-1]):
        # "imports from China, its second largest trade partner, fell 14%": the partner's
        # description is no flow of the figure; the flow word before it is (round 57)
        found = found[:-1]
    match = found[-1]  # only the last trigger counts: judge that one alone
    if len(found) > 1 and compared_flow(text, match):
        match = found[-2]  # "imports grew faster than exports, with a rise of 19.5%": imports'
    rest = text[match.end() :]
    if (" and " in rest or ", " in rest) and in_cause(text, match.start(), driven=True):
        # "trade shrank due to lower gas imports and amounted to $X": a closed cause phrase
        # (not "grew 14% due to greater exports (+14%)": that amount is the cause's own)
        if len(found) == 1:
            return None
        match = found[-2]
    before, after = text[max(0, match.start() - 25) : match.start()], text[match.end() :]
    flow = (
        EXCLUDED
        if names_national(text, match) or _BALANCE.match(after)
        else triggers("flow")[match.group(1).lower()]
    )
    if flow == "turnover" and len(found) > 1 and match.group(1).lower() == "turnover":
        flow = _market_turnover(text, found[-2], match) or flow
    if flow in ("exports", "imports") and "port" in before and _combined(text, match, flow):
        flow = "turnover"
    return flow, match.start()


# "trade" describing a partner: "its largest trade partner", "a key trade partner", "trade
# partners such as"
_PARTNER_AFTER = re.compile(r"\s(?:partners?|partnership)\b", re.IGNORECASE)
# ... unless the amount hangs on the partner ("imports rose, and B became its top trade partner
# with $5bn": the pair's total, as ``flow_cues`` reads "trading partner with $X")
_HANGS_ON = re.compile(r"[^.;()]{0,60}?\b(?:with|at|of)\s[^.;(),]{0,30}$", re.IGNORECASE)


def _partner_word(text: str, match: re.Match[str]) -> bool:
    """The flow trigger ``match`` is "trade" naming a partner ("China, its largest trade
    partner"), not a flow a figure is of."""
    if match.group(1).lower() != "trade":
        return False
    partner = _PARTNER_AFTER.match(text, match.end())
    return partner is not None and _HANGS_ON.match(text, partner.end()) is None


# A flow word that is part of a body's name: "the Ministry of Trade", "the ministry Senegalese
# of the trade" (a French gloss), "the Trade Ministry", "the World Trade Organization", "the
# trade minister"
_BODY_BEFORE = re.compile(
    r"\b(?:ministry|minister|ministers|department|secretary|secretariat)\s(?:[A-Za-z]+\s)?"
    r"(?:of|for)\s(?:the\s)?(?:(?:foreign|external|international|industry\sand|economy\sand)\s)?$",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(
    r"\s(?:and\s(?:industry|investment)\s)?(?:ministry|minister|ministers|organi[sz]ation"
    r"|representative|commissioner|department|secretary)\b",
    re.IGNORECASE,
)


def _in_body_name(text: str, match: re.Match[str]) -> bool:
    """The flow trigger ``match`` is a word of a body's or an office's name (``_BODY_BEFORE``,
    ``_BODY_AFTER``), not a flow a figure is of."""
    if match.group(1).lower() not in ("trade", "commerce", "foreign trade", "external trade"):
        return False
    return bool(
        _BODY_BEFORE.search(text, max(0, match.start() - 40), match.start())
        or _BODY_AFTER.match(text, match.end())
    )


# "X was the only export market to suffer a fall in turnover", "Y, the import market with the
# lowest turnover of $Z": a bare "turnover" after an export or import market names that market's
# value, so the flow is the market's direction (the market noun right after the flow word).
_MARKET_NOUN = re.compile(r"\s(?:markets?|destinations?|sources?)\b")
_OTHER_CLAUSE = re.compile(r"\b(?:and|while|but|whereas)\b")


def _market_turnover(text: str, flow_word: re.Match[str], match: re.Match[str]) -> str | None:
    """The direction of an export or import market (``flow_word``) whose bare "turnover"
    (``match``) follows it in the clause; else None."""
    flow = triggers("flow")[flow_word.group(1).lower()]
    if flow not in ("exports", "imports"):
        return None
    noun = _MARKET_NOUN.match(text, flow_word.end())
    if noun is None or match.start() - noun.end() > 60:
        return None
    # "Peru's export markets grew, and turnover with Chile rose": another subject's turnover
    return None if _OTHER_CLAUSE.search(text, noun.end(), match.start()) else flow


def _combined(text: str, match: re.Match[str], flow: str) -> bool:
    """The flow word ``match`` closes a pair of both directed flows named as one sum (see
    ``_COMBINED``): the word before it is the other direction."""
    before = _COMBINED.search(text[max(0, match.start() - 80) : match.start()])
    if before is None:
        return False
    other = before.group(0).lower().rstrip(" &-/and")
    return ("export" if flow == "imports" else "import") in other[-8:]


# "a $30 billion trade surplus with X", "a US$ 107 million deficit": a balance right after it.
_BALANCE_AFTER = re.compile(r"^\s?(?:trade\s|goods\s|merchandise\s)?(?P<w>\w+)", re.IGNORECASE)


_may_name_balance = ascii_gate(triggers("balance"))


def _is_balance(slot: Slot) -> bool:
    """A trade balance, not a flow: a balance word ("deficit of $X", "surplus ... $X") after the
    last flow trigger of the figure's clause, or right after the amount ("a $X trade deficit").
    An amount right after a colon belongs to the clause before it ("trade posted its largest
    deficit of the half: $5.2bn")."""
    if names_balance(slot):  # "exports exceed imports by $X", "12% in surplus" (balance_forms)
        return True
    if _balance_past_cause(slot):  # "A's surplus with B, driven by exports of $X, reached $Y"
        return True
    tail, flows = slot.tail, slot.tail_flows
    if not tail.strip() and slot.left.rstrip().endswith(":"):
        tail = clause_tail(slot.left.rstrip()[:-1])
        flows = trigger("flow").finditer(tail)
    if not _may_name_balance(tail + slot.right[:40]):
        return False
    after = _BALANCE_AFTER.match(slot.right)
    if after and after.group("w").lower() in triggers("balance"):
        return True
    balances = trigger("balance").finditer(tail)
    if not balances:
        return False
    # "the biggest surplus in trade with Austria (2.58 billion crowns)": a flow word inside the
    # balance phrase (the balance triggers "surplus in trade", ...) does not make it a flow, nor
    # one the balance word governs ("the deficit in the balance of formal trade in goods")
    return (
        not flows
        or balances[-1].start() > flows[-1].start()
        or balances[-1].end() >= flows[-1].end()
        or _BALANCE_OF.fullmatch(tail, balances[-1].end(), flows[-1].start()) is not None
    )


# A cause set off by commas: ", driven by exports of 54bn euros,"
_CAUSE_ASIDE = re.compile(
    r",\s(?:driven|helped|led|boosted|fuell?ed|supported|pushed|propped\sup)\sby\s[^,;]{1,80},",
    re.IGNORECASE,
)


def _clause_past_cause(slot: Slot) -> str | None:
    """The amount's clause when it resumes after a cause aside set off by commas ("Ireland's
    surplus with the US, driven by exports of 54bn euros, reached 40bn euros"): the clause
    before the aside and the words after it, without the aside; else None."""
    return _clause_past_cause_at(slot.sentence, slot.mention.start)


@lru_cache(maxsize=64)
def _clause_past_cause_at(sentence: str, start: int) -> str | None:
    """``_clause_past_cause`` of the amount at ``start``: asked by ``_is_balance`` and again by
    ``flow_of`` for the same amount, found once."""
    prefix = sentence[:start]
    if "by " not in prefix or "," not in prefix:
        return None  # (the cheap test first)
    asides = list(_CAUSE_ASIDE.finditer(prefix))
    if not asides:
        return None
    after = prefix[asides[-1].end() :]
    if "," in after or any(ch.isdigit() for ch in after):
        return None  # (a number after the aside is the figure this one continues)
    return clause_tail(prefix[: asides[-1].start()]) + " " + prefix[asides[-1].end() :]


def _balance_past_cause(slot: Slot) -> bool:
    """The clause an amount resumes past a cause aside (``_clause_past_cause``) names a balance
    and no later flow word: the amount is the balance, whatever flow the aside's amount has."""
    clause = _clause_past_cause(slot)
    if clause is None:
        return False
    balances = trigger("balance").finditer(clause)
    flows = trigger("flow").finditer(clause)
    return bool(balances) and (not flows or balances[-1].start() > flows[-1].start())


# Between a balance word and the flow word it governs: "deficit in the balance of formal trade",
# "the deficit in Finland's trade with China", "the surplus in the two countries' trade"
_BALANCE_OF = re.compile(
    r"\s(?:in|of|on)\s(?:(?:the|its|their)\s)?(?:balance\s(?:of|in)\s)?(?:[\w'’-]+\s){0,2}",
    re.IGNORECASE,
)


_may_name_not_trade = ascii_gate(triggers("not_trade"))


# "approved investments from X valued at $Y", "$3bn worth of investment was signed": a
# pipeline of approvals, pledges or deals, not investment made (NOTES: "Approved or applied-for
# project pipelines ... not investment"; "contracts and deals signed")
_PIPELINE = re.compile(
    r"\b(?:approved|pledged|committed|proposed|signed)\s(?:[\w-]+\s)?(?:investments?|FDI)\b|"
    r"\binvestments?\s(?:deals?\s|agreements?\s)?(?:was|were|has\sbeen|have\sbeen)\s"
    r"(?:signed|pledged|approved|committed)\b|"
    # "900 joint ventures in Peru with an estimated investment of $2bn": no one investor (NOTES)
    r"\bjoint\sventures?\b[^.;]{0,60}?\binvestments?\s(?:of|worth|valued)\b|"
    # "will build a biofuel plant with an investment of $800m": one project's cost (NOTES)
    r"\b(?:an?|the|this)\s(?:[\w-]+\s){0,3}(?:plant|factory|facility|refinery|mine|project)\s"
    r"[^.;]{0,60}?\bwith\san?\s(?:(?:total|estimated|planned)\s)?investment\sof\b|"
    # "52 joint projects with an investment volume of $21bn": a portfolio's value (NOTES; not
    # "380 projects with a total investment capital of $X", registered capital: project_capital)
    r"\bprojects\s[^.;]{0,40}?\bwith\san?\s(?:(?:total|estimated|planned|combined|overall)\s)?"
    r"investment\s(?:(?:volume|value|worth)\s)?of\b",
    re.IGNORECASE,
)


def _is_pipeline(slot: Slot) -> bool:
    m = slot.mention
    near = slot.tail + slot.sentence[m.start : m.end] + slot.head[:60]
    return ("nvest" in near or "FDI" in near) and _PIPELINE.search(near) is not None


# the value of what was signed: "firms signed 42 agreements worth $6.7bn at the investment forum",
# "signed a memorandum on gas supplies worth €400m" (NOTES: contracts and deals signed are no
# figure), whatever flow word the signed document names
_SIGNED_WORTH = re.compile(
    r"\bsign(?:ed|s|ing)\s[^.;,]{0,80}?\b(?:worth|valued\sat|totall?ing|amounting\sto|with\sa\s"
    r"(?:total\s)?value\sof)\s(?:(?:about|around|nearly|almost|some|over|more\sthan)\s)?$",
    re.IGNORECASE,
)


# what each of several items earned or was worth: "tents, canvas and pipe fittings each earned
# more than a million dollars", "three contracts each worth $5m" (a threshold or a unit amount per
# item, no flow of the pair; round 42, hp08)
_EACH_WORTH = re.compile(
    r"\beach\s(?:\w+\s){0,2}?(?:earned|fetched|brought\sin|exceeded|worth|valued\sat|totall?ing)"
    r"\s(?:(?:about|around|nearly|almost|some|over|more\sthan|at\sleast|above)\s)?$",
    re.IGNORECASE,
)


# "border trade" (Myanmar-Thailand, China-Vietnam, Nepal-India): the trade through the border
# posts, a subset of the pair's trade like trade at named crossings (NOTES gb 7); not
# "cross-border trade", which pages write for the pair's whole trade
_BORDER_BEFORE = re.compile(r"(?<![-\w])(?<!cross\s)border\s$", re.IGNORECASE)


def _border_trade(slot: Slot) -> bool:
    """The figure's flow word (the last of its clause) is "border trade"."""
    flows = slot.tail_flows
    if not flows:
        return False
    start = flows[-1].start()
    return _BORDER_BEFORE.search(slot.tail, max(0, start - 14), start) is not None


def _is_not_trade(slot: Slot) -> bool:
    """Money that is no trade flow ("51 projects worth $3.1bn", "contracts signed for $2bn",
    "remittances of $1bn", loans, grants; NOTES.md): such a word after the last flow trigger
    of the figure's clause; or investment approved, pledged or signed (``_PIPELINE``)."""
    if _is_pipeline(slot) or names_other_money(slot):  # "GDP of $X", "$X in customs revenue"
        return True
    if names_project_cost(slot) or names_cost(slot):  # "backed a $30m dairy project"
        return True
    if "sign" in slot.tail and _SIGNED_WORTH.search(slot.tail):
        return True
    if "each" in slot.tail and _EACH_WORTH.search(slot.tail):
        return True
    if "order" in slot.tail and _border_trade(slot):
        return True
    if not _may_name_not_trade(slot.tail):
        return False
    found = trigger("not_trade").finditer(slot.tail)
    if not found:
        return False
    if capital_of_projects(slot.tail, found[-1].start()):
        return False  # "N projects with registered capital of $X": investment (project_capital)
    flows = slot.tail_flows
    return not flows or found[-1].start() > flows[-1].start()


@cache
def _place_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One scan of the text before a figure for what makes it sub-national, and the region
    pattern alone (for the figure's clause after it).

    The scan's groups: ``place``, a named province, state or emirate trading ("Bali's exports",
    "Quebec exported", "destined for Dubai", "trade between Dubai and X", "the largest trading
    partner of Dubai"; vocabulary.csv ``subnational_place``); ``region``,
    a region as a flow's other side ("exports to the Middle East", "imports from the Pacific";
    ``region_name``; NOTES: a region that is not a listed bloc is no figure); ``word``, a
    sub-national word ("province", "city", "state of"; triggers.csv ``subnational``). A region
    counts only after a flow word: "East Africa's largest economy" is a country, "partner of X
    from Central Asia" describes X; a capitalised word after a name makes it part of another
    name ("the Dubai Chamber"). Place names are case-sensitive, the words are not. No word of
    one kind starts inside a match of another, so one non-overlapping scan finds what three
    separate searches would."""
    places = literal_trie(vocabulary("subnational_place"))
    words = literal_trie(triggers("subnational"))
    after = r"\b(?![\w-]|['’]s\b|\s[A-Z])"
    place = (
        rf"\b(?:to|from|with|for|into|between|(?:partner|trade)\sof)\s(?:the\s)?(?:{places}){after}"
        rf"|\b(?:{places})(?:['’]s\b|\s(?:exports?|imports?|exported|exporting|imported|"
        r"importing|shipped|sold|traded)\b)"
    )
    region = region_object()  # (region_side.py)
    scan = re.compile(
        rf"(?P<place>{place})|(?P<region>{region})|(?i:(?<!\w)(?P<word>{words})(?!\w))"
    )
    return scan, re.compile(region)


_may_name_place = substring_test(vocabulary("subnational_place") + vocabulary("region_name"))
_may_name_subnational = ascii_gate(triggers("subnational"))


# "the capital city": where a meeting was held, not who trades
_CAPITAL_BEFORE = re.compile(r"capital\s$", re.IGNORECASE)


# trade through a named crossing ("through the Xtown customs point", "via Ytown transit point",
# "from Ztown custom point", "through the Qtown border"): a subset of the pair's trade, like a
# sub-national region (NOTES gb 7, hg09 rule 13); anywhere in the sentence, which the crossing
# limits (an unlimited sentence after it keeps its row, ge rule 15). A customs office is no
# route ("data from the Xtown Customs Office" names a source).
_CROSSING = re.compile(
    r"\b(?:through|via|from|at)\s(?:the\s)?(?:[A-Z][\w'’-]+\s){1,3}(?:customs?\s(?:point|post|"
    r"station|check-?point)|transit\s(?:point|post)|border(?:\s(?:point|post|crossing|gate|"
    r"check-?point|trade\spoint))?|check-?point|border\strading\spoint|trading\spoint)\b"
)
_may_name_crossing = substring_test(("border", "point", "post", "station"))


def _named_crossing(slot: Slot) -> bool:
    """The figure's sentence limits it to trade through a named crossing (``_CROSSING``)."""
    return _may_name_crossing(slot.sentence) and _CROSSING.search(slot.sentence) is not None


def _is_subnational(slot: Slot) -> bool:
    """A province, city, state or region trading, not a country (NOTES.md: sub-national regions
    and regions that are no listed bloc are no figures): in all the text the figure owns
    before it, a named place trading, a region as the flow's other side, or a sub-national word
    ("the province of X ... two-way trade was $81bn", "Y is the largest exporting city to Z,
    with exports worth $2.6bn") that is not "the capital city" nor part of a country's name
    ("Mexico City"); or a region in the figure's own clause after it ("$35m on imports from the
    Pacific"). ``_place_patterns`` is the one scan."""
    if _named_crossing(slot):
        return True  # "trade through the Xtown customs point fell 7%"
    left = slot.left
    if _may_name_place(left) or _may_name_subnational(left):  # (most figures name neither)
        for found in _place_patterns()[0].finditer(left):
            if found.lastgroup != "word":
                return True
            start, end = found.span("word")
            if not _CAPITAL_BEFORE.search(left, 0, start) and not _in_country_name(
                left, start, end
            ):
                return True
        if region_subject(slot.tail):
            return True  # "Asia accounted for $X of our exports"
    head = slot.head[:80]
    if _may_name_place(head) and _place_patterns()[1].search(head) is not None:
        return True
    if _RANK_GOES_ON.search(left) and _ranked_places_before(slot):
        return True  # "Among Chilean cities A sends the most, ..., B follows in second place"
    return region_continued(slot)  # "..., while the import bill stood at $Y"


def region_side(slot: Slot) -> bool:
    """The figure's other side is a region or a bloc not in the list ("exports to CARICOM were
    valued at $72m", "Asia accounted for $X"), not a place inside a country: the country's
    trade with a part of the world, which an unnamed next sentence continues as it continues a
    world total (round 52, a hunted page: "At the same time, imports declined to $665m" after
    "exports to CARICOM" took a country named two sentences before)."""
    left = slot.left
    if _may_name_place(left) and any(
        found.lastgroup == "region" for found in _place_patterns()[0].finditer(left)
    ):
        return True
    head = slot.head[:80]
    return bool(
        region_subject(slot.tail)
        or (_may_name_place(head) and _place_patterns()[1].search(head) is not None)
        or region_continued(slot)
    )


# a ranking going on in the figure's own clause: "B follows in second place with exports worth",
# "C comes third with", "followed by D with"
_RANK_GOES_ON = gated(
    re.compile(
        r"\b(?:follows?|followed|came|comes|ranked|ranks|placed|is|was)\s(?:[\w-]+\s){0,3}?"
        r"(?:second|third|fourth|fifth|next)\b|\bfollowed\sby\b",
        re.IGNORECASE,
    )
)


def _ranked_places_before(slot: Slot) -> bool:
    """The sentence before the figure's clause ranks sub-national places ("Among Chilean cities
    A sends the most to B, with exports worth $2.6bn, C follows in second place ...")."""
    before = slot.sentence[: slot.left_offset]
    if not _may_name_subnational(before):
        return False
    return any(
        found.lastgroup == "word" and not _in_country_name(before, *found.span("word"))
        for found in _place_patterns()[0].finditer(before)
    )


def _in_country_name(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` belongs to a name in the country lexicon ("Mexico City",
    "Kuwait City" are capitals standing for their countries, not cities trading)."""
    return any(s <= start and end <= e for s, e, _ in gazetteer().find(text))


_may_name_part = substring_test(_PART_CUES)  # (no generator frame per test)


# "Total trade amounted to $X", "overall trade reached $X": the total's own words, with no
# owner before it ("its total trade", "the country's overall trade" are one country's) and
# not a share's base ("9% of total trade")
_BARE_TOTAL = re.compile(
    r"(?<![\w'’])(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)(?<!s['’]\s)(?<!\bof\s)(?<!\bof\sthe\s)"
    r"(?:total|overall)\s(?:bilateral\s|two-way\s)?(?:goods\s|merchandise\s)?$",
    re.IGNORECASE,
)


def _pair_total(text: str, found: list[re.Match[str]] | None, prior: list[CountrySpan]) -> bool:
    """A total of trade in a sentence that names no economy, right after a sentence that names
    two ("Korea is the Philippines' 7th largest partner. Total trade amounted to $5bn"): the
    total of that pair, not a country's trade with the world (which names its country)."""
    if len({c.iso3 for c in prior}) < 2 or not found:
        return False
    match = found[-1]
    if triggers("flow")[match.group(1).lower()] != "turnover":
        return False
    if _BALANCE.match(text, match.end()) or ")" in text[match.end() :]:
        return False  # a balance, or a bracket closed since ("(9% of total trade), then $X")
    return _BARE_TOTAL.search(text[max(0, match.start() - 25) : match.start()]) is not None


# The object of a multiple written as a verb: "doubling bilateral investment", "tripled its
# exports to B" (up to two words before the flow noun)
_VERB_OBJECT = re.compile(
    r"^\s(?:(?:the|its|their|our|bilateral|two-way|mutual|total)\s){0,2}(\w+)"
)


def _verb_object_flow(slot: Slot) -> str | None:
    """The flow a verb of a multiple takes as its object, right after it, else None."""
    m = slot.mention
    if m.kind != "multiple" or not slot.sentence[m.start : m.end].isalpha():
        return None
    found = _VERB_OBJECT.match(slot.right)
    return triggers("flow").get(found.group(1).lower()) if found else None


def flow_of(slot: Slot, previous: str | None, prior: list[CountrySpan] | None = None) -> str | None:
    """The flow of a slot's number: a flow word right after it, else the nearest trigger before it
    in its clause, else ``previous`` (the sentence's previous figure), else anywhere before it.

    ``EXCLUDED`` for a trade balance or a country's total trade; a ``previous`` of ``EXCLUDED``
    (the number before was a balance: "the surplus widened from $X to $Y") carries over.
    ``prior``: the economies of the sentence before, when this one names none (``_pair_total``)."""
    own = own_change_flow(slot)  # "surplus rose $Y, driven by an 11% increase in exports to X"
    if own and not _is_subnational(slot):
        return own
    if _is_balance(slot) or _is_not_trade(slot) or _is_subnational(slot) or _is_rate(slot):
        return EXCLUDED
    right = _RIGHT_FLOW.match(slot.right)
    # "exports rose to $9m on imports of B": a cause; "$9m on importing feed": a product
    if (
        right
        and right.group("on")
        and (_ON_NOUN.match(right.group("w")) is None or _flow_before(slot.tail, slot.tail_flows))
    ):
        right = None
    if right is None or right.group("w").lower() not in triggers("flow"):
        right = elided_part(slot.left, slot.right) or right  # "and $3bn to exports"
    if right:
        word = right.group("w").lower()
        if word in triggers("flow") and triggers("flow")[word] != "turnover":
            return triggers("flow")[word]
    if obj := _verb_object_flow(slot):  # "doubling bilateral investment": the verb's object
        return obj
    if (ahead := change_to_level_flow(slot)) and not _flow_before(slot.tail, slot.tail_flows):
        return ahead  # "the decline of 6% to €848m of Ivorian sales" (change_to_level.py)
    if cue := flow_cue(slot):  # "$5m worth of cars was imported", "top trading partner with $X"
        return cue
    found = _flow_before(slot.tail, slot.tail_flows)
    lead = lead_flow_of(slot, found)  # "In terms of imports, ... shipments of $X"
    if lead:
        return lead
    if found:
        if found[0] == EXCLUDED and (
            (prior and _pair_total(slot.tail, slot.tail_flows, prior))
            or _pair_total(slot.tail, slot.tail_flows, fronted_pair(slot.sentence))
        ):
            return "turnover"  # "As for A and B, total trade came to $X"
        return found[0]
    if (resumed := _clause_past_cause(slot)) and (flow := flow_at(resumed)):
        return (
            flow  # "A's trade with B, driven by exports of $X, reached $Y": trade's, not exports'
        )
    part = _PART_OF.match(slot.head) if _may_name_part(slot.head) else None
    if part and triggers("flow").get(part.group("w").lower()) not in (None, "turnover"):
        return triggers("flow")[part.group("w").lower()]
    if restated := restated_change_flow(slot.sentence[slot.mention.end :]):  # ", a 40% decrease"
        return restated
    if previous and slot.left.rstrip().endswith(":") and not slot.tail.strip():
        # "Exports: $1.2bn; imports: $0.8bn": the label before the colon names the amount's
        # flow (the colon closes the clause, so the tail is empty), not the previous figure's
        found = _flow_before(clause_tail(slot.left.rstrip()[:-1]))
        if found:
            return found[0]
    if previous:
        return previous
    found = _flow_before(slot.left)
    if found:
        left = clause_tail(slot.left.rstrip()[:-1]) if slot.left.rstrip().endswith(":") else ""
        if found[0] == EXCLUDED and prior and left:  # "Total trade: £4bn" (fact_lines)
            return (
                "turnover"
                if _pair_total(left, [*trigger("flow").finditer(left)], prior)
                else EXCLUDED
            )
        return found[0]
    if _OPENING_FROM.match(slot.left) and (ahead := trigger("flow").finditer(slot.right)):
        # "From $X in 1992 (mostly gems), trade has diversified and reached $Y": the opening
        # base takes the flow of the clause it opens, as its later level does
        found = _flow_before(slot.right, ahead[:1])  # (its first flow word: a balance too)
        return found[0] if found else None
    # "$2 billion trade target": trigger directly after the amount.
    return flow_at(slot.head[:30])


_OPENING_FROM = re.compile(r"^\s*from\s(?:a\s(?:base|level|low)\sof\s)?(?:only\s|just\s)?$", re.I)


def total_flow(slot: Slot) -> str | None:
    """The flow a country's total names ("Uzbekistan's foreign trade turnover reached $X":
    turnover), read from the last flow word of its clause; None for a trade balance or a clause
    with no flow word. For ``partner_share``, which reads a partner's part of that total."""
    if not slot.tail_flows or _is_balance(slot):
        return None
    return triggers("flow").get(slot.tail_flows[-1].group(1).lower())
