"""Flow cues of an amount other than a flow word before it in its clause.

The amount's own passive verb: "$5m worth of machinery was imported from B", "2.1 billion euros
worth of goods from A were exported to B", "$3m of copper has been shipped to B": the verb names
the amount's flow, past the goods it measures, and outranks a flow word of an earlier clause ("an
analysis of A's trade showed that $5m worth of ... was imported"). Only a partitive ("worth of",
"of", "in") may stand between the amount and its goods, so an amount whose clause goes on with
another subject ("imports were $5m as more copper was exported") keeps its own flow.

A trading partner's amount: "B is A's 14th largest trading partner with $5bn", "B ranked among A's
top trading partners at a volume of $5bn": the relation is both directions, as "trade partner"
(a turnover word) is, when no flow word of the clause says otherwise ("Imports from B, A's top
trading partner, totalled $5m" stay imports) and the amount hangs on the partner ("with", "at",
"of"), not on a later verb ("sales to its trading partner in 2030, when they reached $X").
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import ascii_gate
from pipeline.extract.slots import Slot, trigger
from pipeline.lexicon import triggers

_PASSIVE = re.compile(
    r"^\s?(?:worth\s)?(?:of|in)\s(?P<goods>(?:[\w-]+\s){1,8}?)"
    r"(?:was|were|(?:has|have|had)\sbeen)\s(?:\w+ly\s)?(?P<w>\w+ed|sold|bought|shipped|sent)\b",
    re.IGNORECASE,
)

# a clause of its own inside the gap: the verb is not the amount's
_CLAUSE_WORDS = frozenset({"which", "that", "while", "as", "but", "when", "because", "whereas"})

_PARTNER = re.compile(
    r"\btrading\spartners?\b[^.;()]{0,60}?\b(?:with|at|of)\s[^.;()]{0,30}$", re.IGNORECASE
)

# "A's main (trading) partners were B ($5bn), C ($3bn)", "the key partners included B (": a list of
# partners with their amounts in brackets; each amount is that partner's trade with A, both
# directions (a flow word of the clause, "main export partners", outranks it: ``tail_flows``).
# The owner and a period may stand between ("partners of A in the first 11 months of 2031 were").
# ... or after a colon ("Other top trading partners of A: B ($9bn), C ($4bn)"; a glossed page's
# singular "other top trading partner: B ($ 9 billion)"; round 52, hunt52a K6)
_PARTNER_LIST = re.compile(
    r"(?:\bpartners\b[^.;()]{0,80}?\b(?:were|are|included|include|includes)\s"
    r"|\bpartners?\b[^.;():]{0,60}?:\s)"
    r"(?:[\w'’-]+\s){0,4}?[\w'’-]+\s?\("
    # ... a hedge inside the bracket ("Russia (almost $2.6 billion)"), as ``lists.LIST_ITEM``
    r"(?:(?:more\sthan|less\sthan|over|under|about|around|nearly|almost|some)\s)?$",
    re.IGNORECASE,
)


# Goods moving with their amount as the verb's subject: "€40m worth of Lithuanian goods went to
# the country" (exports), "goods worth €1.6bn arrived from China" (imports); only goods (not
# "$5m came from tourism") and only a verb of movement right after them
_GOODS = r"(?:goods|products|merchandise|commodities)"
# Participles of moving goods that are no flow word alone ("goods worth $3.4bn were sent from
# Turkey to Iraq", "were transported", "were dispatched"): the sending side's exports, as the
# passive's verb (``passive_flow``) or after the goods (``_MOVED``)
_MOVED_PARTICIPLE = {"sent": "exports", "transported": "exports", "dispatched": "exports"}
# ... also goods named by their participle: "$489m in Egyptian goods imported by Brazil", "$1.8bn
# in Brazilian goods exported" (Portuguese "em bens ... importados pelo Brasil", glossed)
_MOVED = (
    r"(?P<v>went\sto|arrived\sfrom|came\s(?:in\s)?from|flowed\sto|flowed\sin\sfrom"
    # "goods worth $9bn entered Japan" (imports of Japan), "crossed from Canada into the US"
    r"|entered|crossed\sfrom\s[^.;,]{2,40}?\sinto|crossed\sinto"
    # "goods worth $3.4bn were sent from Turkey to Iraq": a moving verb no flow word names
    r"|(?:was|were)\s(?:" + "|".join(_MOVED_PARTICIPLE) + ")"
    r"|(?P<part>imported|exported|shipped|sold|bought|purchased)(?=\s(?:by|to|from)\b|[\s,;.)]*$|[,;.)]))"
)
_MOVED_AFTER = re.compile(
    rf"^\s?(?:worth\s)?(?:of|in)\s(?:[\w'’-]+\s){{0,3}}?{_GOODS}\s{_MOVED}", re.IGNORECASE
)
_MAY_MOVE = ascii_gate(
    ("went", "from", "ported", "shipped", "sold", "bought", "purchased", "entered", "crossed")
    + tuple(_MOVED_PARTICIPLE)
)
_MOVED_OWN = re.compile(rf"^\s{_MOVED}", re.IGNORECASE)
# ("goods worth", "goods valued at", "goods from Vietnam worth")
_GOODS_WORTH = re.compile(
    rf"\b{_GOODS}\s(?:from\s[^.;,]{{2,30}}?\s)?(?:worth\s|valued\sat\s)?(?:of\s)?$", re.IGNORECASE
)


# The amount as the object of an active verb of moving goods that is no flow word alone, its
# goods after a partitive: "Peru sent $2.8bn worth of goods to Chile", "dispatched $5m of
# products" (exports), "received $2.8bn worth of goods from Chile" (imports). Goods only: "sent
# $2bn in remittances", "received $2bn in loans" are no trade; a flow word of the clause outranks
# it ("the top source of A's imports, sending goods worth $3bn": A's imports).
_ACTIVE_VERB = r"\b(?P<v>sent|sends|sending|dispatched|transported|received|receives|receiving)\s"
_HEDGE = r"(?:(?:about|around|nearly|almost|some|over|more\sthan|only|just)\s)?$"
_ACTIVE_MOVED = re.compile(_ACTIVE_VERB + _HEDGE, re.IGNORECASE)
_GOODS_AFTER = re.compile(rf"^\s?(?:worth\s)?(?:of|in)\s(?:[\w'’-]+\s){{0,3}}?{_GOODS}\b", re.I)
# ... or the goods between the verb and their worth: "firms sent 12 million tons of non-oil goods
# worth $5.5bn to Iraq"
_ACTIVE_MOVED_GOODS = re.compile(
    _ACTIVE_VERB + rf"[^.;,]{{0,60}}?\b{_GOODS}\s(?:worth|valued\sat)\s" + _HEDGE, re.IGNORECASE
)
_MAY_MOVE_ACTIVE = ascii_gate(("sen", "receiv", "dispatched", "transported"))
# ... or the things sent and their destination before the worth: "Fiji sends fresh produce,
# garments and medicines to New Zealand worth around $162m", "sells rice and tea to B worth $5m",
# "buys machinery from B worth $5m" (the partner named by a capitalised name)
_SENT_TO_WORTH = re.compile(
    r"\b(?:(?P<out>sends|sent|sending|sells|sold|selling|ships|shipped|shipping|supplies|supplied)"
    r"|(?P<in>buys|bought|buying|purchases|purchased|receives|received))\s"
    # (goods, not people or money: "sends students/workers/remittances to B")
    r"(?![^.;]{0,90}?\b(?:students|workers|tourists|troops|delegations?|experts|specialists"
    r"|remittances|money|funds|aid|loans?|credits?|grants?)\b)"
    r"[^.;]{1,90}?\s(?(out)to|from)\s(?:the\s)?[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}\s"
    r"(?:worth|valued\sat)\s" + _HEDGE,
)
_MAY_SEND_TO = ascii_gate(
    ("sen", "sel", "sold", "ship", "suppl", "buy", "bought", "purchas", "receiv")
)


def _active_moved_flow(slot: Slot) -> str | None:
    left = slot.left[-100:]
    found = _ACTIVE_MOVED.search(left)
    if found is None or _GOODS_AFTER.match(slot.right) is None:
        found = _ACTIVE_MOVED_GOODS.search(left)
    if found is None or trigger("not_trade").search(slot.right[:25]):
        return None  # ("received goods worth $5m in aid")
    return "imports" if found.group("v").lower().startswith("receiv") else "exports"


def _moved_flow(slot: Slot) -> str | None:
    found = _MOVED_AFTER.match(slot.right)
    if found is None and _GOODS_WORTH.search(slot.left[-30:]):
        found = _MOVED_OWN.match(slot.right)
    if found is None:
        return None
    verb = found.group("v").lower()
    if found.group("part"):
        return "imports" if verb in ("imported", "bought", "purchased") else "exports"
    if verb.startswith(("was", "were")):
        return _MOVED_PARTICIPLE[verb.split()[-1]]
    if verb.startswith("crossed"):
        return "exports"  # (the goods' origin is the side that sends them)
    return "exports" if verb.endswith(" to") else "imports"


def passive_flow(right: str) -> str | None:
    """The flow of the passive trade verb whose subject is the amount ``right`` follows (see
    the module's docstring), else None."""
    if " was " not in right[:120] and " were " not in right[:120] and " been " not in right[:120]:
        return None  # (the cheap test first: most amounts are no passive verb's subject)
    found = _PASSIVE.match(right)
    if found is None or _CLAUSE_WORDS & set(found.group("goods").lower().split()):
        return None
    word = found.group("w").lower()
    return triggers("flow").get(word) or _MOVED_PARTICIPLE.get(word)


# A market's amount: "B remains the main market for A's products, worth $5bn", "B, the largest
# destination for Spanish goods, took $5bn" (Italian "il principale mercato per i prodotti
# italiani"): the amount is A's exports to B, as "the largest market for A's exports" says with
# a flow word; a supplier's: "C is the main supplier of goods to A, with $2bn", "C remained A's
# main source of manufactured goods with $2bn": A's imports
_MARKET_FOR = re.compile(
    rf"\b(?:(?P<market>markets?|destinations?|outlets?|buyers?|customers?|clients?)\s(?:for|of)"
    rf"|(?:suppliers?|sources?|providers?)\sof)\s(?:the\s)?(?:[\w'’-]+\s){{0,3}}?{_GOODS}\b"
    rf"[^.;()]{{0,60}}$",
    re.IGNORECASE,
)
_MAY_MARKET = ascii_gate(("goods", "products", "merchandise", "commodities"))

# A ranked relation the amount hangs on: "China was Vietnam's largest supplier in 2029 with
# $110bn", "Germany was France's main client (84bn euros)", "Japan is the second-largest investor
# in Indonesia, with $4.6bn", "China is Brazil's top buyer, taking $104bn": the supplier's amount
# is imports (of the side it supplies), the customer's exports, the investor's investment; the
# sides come from the relation's roles (``possessed_relation``). A rank word within three words
# before the noun, and the amount right after "with", "at", "accounting for", "taking" or "("
_RANKED_RELATION = re.compile(
    r"\b(?:top|largest|biggest|main|leading|principal|chief|major|key|first|second|third|"
    r"second-largest|third-largest|second-biggest|single\slargest"
    # ... a relation named by its weight, not its rank: "Chile is a minor investor in Peru
    # ($1.1bn in 2030)", "an important supplier, with $2bn"
    r"|important|significant|minor|notable|sizeable|substantial)\s(?:[\w-]+\s){0,2}?"
    r"(?:(?P<supply>suppliers?|providers?)|(?P<demand>customers?|buyers?|clients?|"
    r"(?:export\s)?markets?|destinations?)|(?P<inv>investors?))\b"
    r"[^.;()]{0,60}?(?:\b(?:with|at|accounting\sfor|taking|buying|supplying"
    # ... or a value phrase, as Romance copy joins the amount ("no valor de", "per un valore
    # di", "pour une valeur de", "por un valor de": worth, for a value of; round 47)
    r"|worth|valued\sat|amounting\sto|totall?ing|for\s(?:a\s)?(?:total\s)?value\sof)\s"
    r"(?:(?:a\s)?(?:cumulative\s|combined\s)?(?:total|volume|value)\sof\s)?|\(\s?)"
    r"(?:(?:more\sthan|less\sthan|over|under|about|around|nearly|almost|some)\s)?$",
    re.IGNORECASE,
)
_MAY_RANK = ascii_gate(
    ("supplier", "provider", "customer", "buyer", "client", "market", "destination", "investor")
)

# A second clause of the same subject that receives goods after one that sends them: "Morocco
# shipped 9.1bn euros of goods to France and received 8.2bn euros in return", "Italy exported
# 67bn euros to the US, while receiving 25bn euros of American goods": the subject's imports
# (not the first clause's flow carried on). Only after an exports word: "received $2bn in loans"
# alone is no trade.
_RECEIVED = re.compile(
    r"(?:\sand|\swhile|,)\s(?:(?:it|they)\s)?(?:also\s)?(?:received|receiving)\s"
    r"(?:(?:only|just|some|about|around|nearly)\s)?$",
    re.IGNORECASE,
)


def _received_after_exports(left: str) -> str | None:
    found = _RECEIVED.search(left, max(0, len(left) - 40))
    if found is None:
        return None
    before = trigger("flow").finditer(left[: found.start()])
    if not before:
        return None
    word = before[-1].group(1).lower()
    # the first clause's own verb and amount ("shipped 9.1bn euros ... and received"), not a
    # noun ("Peru remained Chile's top export market, receiving $3.3bn": Peru receives)
    verb = word.endswith(("ed", "sold", "sent"))
    amount = any(ch.isdigit() for ch in left[before[-1].end() : found.start()])
    return "imports" if verb and amount and triggers("flow").get(word) == "exports" else None


# A flow named by a noun that is no flow word alone ("sales", "inflows"; "car sales" are no
# trade): "Sales of Japanese goods to China", "Sales from Vietnam to the United States" (exports),
# "Inflows of Turkish goods into Iraq", "Purchases by Japan from Qatar" (imports); the goods, or
# both sides, name the trade
_NOMINAL = re.compile(
    rf"\b(?:(?P<out>sales|deliveries)\s(?:of\s(?:[\w'’-]+\s){{0,3}}?{_GOODS}\s(?:to|into)"
    rf"|from\s[^.;,]{{2,40}}?\s(?:to|into))"
    rf"|(?:inflows|arrivals|purchases|entries)\s(?:of\s(?:[\w'’-]+\s){{0,3}}?{_GOODS}\s(?:into|to|by)"
    rf"|by\s[^.;,]{{2,40}}?\sfrom)"
    # "the value of goods flowing from Canada to the US" (exports), "goods arriving from China
    # into Kenya" (imports): goods moving, named by a participle
    rf"|{_GOODS}\s(?P<out2>flowing|moving|going|heading|travelling|traveling)\s(?:from\s[^.;,]{{2,40}}?\s)?(?:to|into)"
    rf"|{_GOODS}\s(?:arriving|coming|flowing|moving)\s(?:in\s)?from\s[^.;,]{{2,40}}?\s(?:to|into|in))\s",
    re.IGNORECASE,
)
_MAY_NOMINAL = ascii_gate(
    ("sales", "deliveries", "inflows", "arrivals", "purchases", "entries", "goods", "products")
    + ("merchandise", "commodities")
)


def flow_cue(slot: Slot) -> str | None:
    """The amount's own passive verb's flow, else turnover for a trading partner's amount in a
    clause with no flow word, exports for a market's and imports for a supplier's (see the
    module's docstring and ``_MARKET_FOR``), else None."""
    passive = passive_flow(slot.right)
    if passive is not None:
        return passive
    if _MAY_MOVE(slot.right[:60]) and (moved := _moved_flow(slot)):
        return moved
    if (
        not slot.tail_flows
        and _MAY_MOVE_ACTIVE(slot.left[-100:])
        and (active := _active_moved_flow(slot))
    ):
        return active  # "Peru sent $2.8bn worth of goods to Chile"
    if (
        not slot.tail_flows
        and ("worth" in slot.left[-30:] or "valued" in slot.left[-30:])
        and _MAY_SEND_TO(slot.left[-160:])
        and (sent := _SENT_TO_WORTH.search(slot.left[-160:]))
        and not trigger("not_trade").search(slot.right[:25])
    ):
        return "exports" if sent.group("out") else "imports"  # "sends produce to B worth $5m"
    tail = slot.tail
    if not slot.tail_flows and _MAY_MARKET(tail) and (market := _MARKET_FOR.search(tail)):
        return "exports" if market.group("market") else "imports"
    if "receiv" in slot.left[-40:] and (
        received := _received_after_exports(slot.sentence[: slot.mention.start])
    ):
        # "... and received 0.8bn euros in loans": money received, no trade (flow.EXCLUDED)
        return "-" if trigger("not_trade").search(slot.right[:25]) else received
    if not slot.tail_flows and _MAY_RANK(tail) and (ranked := _RANKED_RELATION.search(tail)):
        return (
            "exports"
            if ranked.group("demand")
            else "investment"
            if ranked.group("inv")
            else "imports"
        )
    if not slot.tail_flows and _MAY_NOMINAL(tail) and (nominal := _NOMINAL.search(tail)):
        return "exports" if nominal.group("out") or nominal.group("out2") else "imports"
    if "partner" not in tail or slot.tail_flows:
        return None
    if "trading partner" in tail and _PARTNER.search(tail):
        return "turnover"
    if _PARTNER_LIST.search(tail):
        return "turnover"
    return None


# "total exports to the neighbouring country", "total imports from that market": a directed
# flow's other side named by reference (``partner_ref`` triggers), as "to Chile" would name it
_TO_OR_FROM = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:to|from)\s(?:the\s)?", re.IGNORECASE)


def names_partner(after: str) -> bool:
    """A flow word's ``after`` text names its other side by reference ("to the neighbouring
    country", "to this market"): then a "total" before it is the pair's, not the country's."""
    found = _TO_OR_FROM.match(after)
    if found is None:
        return False
    ref = trigger("partner_ref").search(after[found.start() : found.end() + 30])
    return ref is not None and ref.start() <= found.end() - found.start()
