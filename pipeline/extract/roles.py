"""A country's role in its sentence: origin ("from X"), destination ("to X"), host ("in X"), owner
("X's exports"), maker ("Iranian goods"), or the subject doing the trade ("X exported").

Split out of ``pairs`` (which orders a figure's two sides with these roles); ``world`` reads them
too.
"""

from __future__ import annotations

import re

from pipeline.extract.appositive import relation_apposition
from pipeline.extract.countries import CountrySpan
from pipeline.extract.demonym_side import imports_in, possessed_counterpart
from pipeline.extract.fronted_participle import fronted_subject
from pipeline.extract.possessed_relation import possessed_relation, relation_for
from pipeline.extract.slots import trigger
from pipeline.lexicon import month_numbers, triggers, vocabulary

_DEMONYM_FLOW = re.compile(
    r"^\s?(?:[a-z]+\s){0,2}?(?:exports?|imports?|investments?|investors?|companies|businesses|firms|goods|products)\b",
    re.IGNORECASE,
)


_DEMONYM_GOODS = re.compile(r"^\s?(?:[a-z]+\s)?(?:goods|products)\b", re.IGNORECASE)
# "Morocco's merchandise", "Peru's manufactured goods": goods of that origin, as a demonym's
_POSSESSED_GOODS = re.compile(
    r"^\s(?:[a-z]+\s)?(?:goods|products|merchandise|commodities)\b"
    r"(?!\s(?:exports?|imports?|trade|turnover|surplus|deficit|balance)\b)",  # "'s goods imports"
    re.IGNORECASE,
)


# "Armenian imports to Georgia", "Tanzania's imports into Kenya", "Korean merchandise imports
# to Canada": goods of that origin entering Georgia (Georgia imports).
_DEMONYM_IMPORTS_TO = re.compile(r"^\s?(?:[a-z]+\s)?imports?\s(?:to|into)\s", re.IGNORECASE)


# "Peruvian exports rose to $1.8bn, while Japanese imports reached $1.4bn": in one economy's
# account of its trade with another, the partner's adjective on imports names the goods' origin
# (NOTES: "an adjective of origin on a flow in the reporter's own statistics"; go 9)
_DEMONYM_IMPORTS = re.compile(r"^\s(?:imports)\b", re.IGNORECASE)
_DEMONYM_EXPORTS = re.compile(r"\b([A-Z][\w-]+)\s(?:exports|sales|shipments)\b")


def _imports_beside_exports(sentence: str, c: CountrySpan, after: str) -> bool:
    """A demonym's imports after another economy's demonym exports in the sentence ("Peruvian
    exports rose to $1.8bn, while Japanese imports ...": imports of Japanese goods; go 9: "exports
    amounted to $5m and Freedonia imports stand at $12m"). Purchases are the buyer's ("while
    Chilean purchases of zinc totaled $1.4bn": Chile buys, round 14)."""
    if not _DEMONYM_IMPORTS.match(after) or "xports" not in sentence[: c.start]:
        return False
    from pipeline.extract.countries import find_countries  # (rare: only after both words)

    return any(
        o.kind == "demonym" and o.iso3 != c.iso3 and _DEMONYM_EXPORTS.match(sentence, o.start)
        for o in find_countries(sentence[: c.start])
    )


# "an increase of 5% in Polish investment": the "in" is the change's, the demonym owns the flow
_DEMONYM_OWN_FLOW = re.compile(r"^\s(?:exports?|imports?|investments?)\b", re.IGNORECASE)


_FROM_BEFORE = re.compile(r"\bfrom\s(?:the\s)?$")
# "Ministers from Nigeria, whose imports ...", "a delegation from Kenya": people from a country
# are of it, the country no origin of goods
_PEOPLE_FROM = re.compile(
    r"\b(?:ministers?|officials?|delegations?|delegates|representatives|visitors|leaders"
    r"|diplomats|envoys|ambassadors?|buyers|businessmen|businesspeople)\sfrom\s(?:the\s)?$"
)


# "to B", "into B", "toward(s) B" ("$5m directed toward B"): a destination
_TO_BEFORE = re.compile(r"\b(?:to|into|towards?)\s(?:the\s)?$")


_WITH_BEFORE = re.compile(r"\bwith\s(?:the\s)?$")


_IN_BEFORE = re.compile(r"\bin\s(?:the\s)?(?:economy\sof\s(?:the\s)?)?$")
# "companies based in X", "firms headquartered in X": X owns them, no host
_BASED_IN = re.compile(r"\b(?:based|headquartered|registered|incorporated)\sin\s(?:the\s)?$")

# "our purchases in Ivory Coast" (French "nos achats en Côte d'Ivoire"): bought there, the origin
_BOUGHT_IN = re.compile(r"\bpurchases\s(?:made\s)?in\s(?:the\s)?$")


# The agent of a passive trade verb: "bought by X", "imported by X" (X takes the goods in, the
# destination); "sold by X", "exported by X" (X sends them, the origin).
_BY_BEFORE = re.compile(
    r"\b(?:(?P<in>bought|purchased|imported|acquired)|(?P<out>sold|exported|shipped|supplied))"
    r"\sby\s(?:the\s)?$"
)


# "export earnings from Japan", "export sales from the US": what the page's exporter earns in
# that market, the destination (but "exports from X", "earnings from tea": an origin, a product)
_EARNED_FROM = re.compile(
    r"\bexports?\s(?:earnings|revenues?|receipts|proceeds|income|sales)\sfrom\s(?:the\s)?$"
)


def _role(sentence: str, c: CountrySpan) -> str:
    """How a country is used: origin ("from X"), destination ("to X"), host ("in X"), owner."""
    before = sentence[max(0, c.start - 30) : c.start].lower()
    after = sentence[c.end : c.end + 30]
    if c.kind == "demonym" and (counterpart := possessed_counterpart(sentence, c)):
        return counterpart  # "Vietnam's Japanese exports": goods Vietnam sends to Japan
    if "from" in before and _FROM_BEFORE.search(before) and not _PEOPLE_FROM.search(before):
        return "to" if "xport" in before and _EARNED_FROM.search(before) else "from"
    # (a match is at most 12 characters, "towards the ", and ends at the end or before a final
    # newline: searched from 13 characters before the end, not from every position)
    if "to" in before and _TO_BEFORE.search(before, len(before) - 13):
        return "to"
    if "by" in before and (agent := _BY_BEFORE.search(before)):
        return "to" if agent.group("in") else "from"
    if "purchases" in before and _BOUGHT_IN.search(before):
        return "from"
    if "in" in before and _BASED_IN.search(before):
        return "owner"  # "companies based in Thailand ... invest": Thailand's companies
    if (
        "in" in before
        and _IN_BEFORE.search(before)
        and not (c.kind == "demonym" and _DEMONYM_OWN_FLOW.match(after))
        # "$489m in Egyptian goods": an amount's goods by origin, no host
        and not (c.kind == "demonym" and _DEMONYM_GOODS.match(after))
    ):
        return "in"
    if "with" in before and _WITH_BEFORE.search(before):
        return "with"  # a counterpart of trade: "turnover with Turkey"
    if (
        ("for" in before or "of" in before)
        and c.kind != "demonym"
        and (side := relation_for(before))
    ):
        return side  # "the largest source of goods for Cyprus": goods go to Cyprus
    if c.kind == "demonym" and (
        _DEMONYM_GOODS.match(after)
        or _DEMONYM_IMPORTS_TO.match(after)
        or imports_in(after)
        or _imports_beside_exports(sentence, c, after)
    ):
        # "Iranian goods", "Tajik products", "Armenian imports to Georgia": where the goods
        # come from
        return "made"
    if (mark := _possessive(sentence, c)) and _DEMONYM_IMPORTS_TO.match(after[mark:]):
        return "made"  # "Tanzania's imports into Kenya": Tanzanian goods entering Kenya
    if mark and relation_apposition(sentence, c.start, c.end + mark):
        return "with"  # "Japan, Australia's largest customer, cut its imports" (appositive.py)
    if mark and _POSSESSED_GOODS.match(after[mark:]):
        return "made"  # "the first outlet for Morocco's merchandise": goods made there
    if mark and (side := possessed_relation(sentence, c.end + mark)):
        return side  # "A was Kenya's biggest supplier, with exports": goods go to Kenya
    if (mark and owns_flow(sentence, c.end + mark)) or (
        c.kind == "demonym" and _DEMONYM_FLOW.match(after)
    ):
        return "owner"
    if "of" in before and _FLOW_OF.search(before):
        return "owner"  # "exports of A to B", "those of A": A's
    return "plain"


# A country's name as a noun's modifier before a kind of its whole trade ("the value of Chile
# merchandise trade", "Chile foreign trade", "Peru total exports"): the name owns the flow as
# "X's" would (``is_subject``; round 51, hunt51b: read as the page's pair before). Not a bare flow
# noun ("the China trade", "US exports" may name a partner's side or be a verb), not a hyphened
# pair ("Peru-Chile merchandise trade": no space after the first name).
_NAME_WHOLE_FLOW = re.compile(
    r"\s(?:merchandise|goods|foreign|external|overall|total|global)\s"
    r"(?:trade|exports?|imports?|turnover)\b",
    re.IGNORECASE,
)


# "exports of A to B", "and those of B to A": "of" right before a country after an export noun or
# "those" (not "imports of A": often goods from A; a demonym's "exports of Chilean wine" are made)
_FLOW_OF = re.compile(r"\b(?:exports?|those)\sof\s(?:the\s)?$")


# The words a possessive must own, within its first five, to own a flow ("X's exports", "X's
# total trade surplus", "X's largest export market"): not "X's slowdown", "X's growth challenges"
_OWNED_RUN = re.compile(r"(?:\s+[$\w][\w.%-]*){1,5}")  # ("X's $2bn import bill")
_OWNED_WORDS = frozenset(vocabulary("owned_flow"))
# a word that ends the noun phrase the possessive opens ("X's share in Y's exports")
_PHRASE_END = frozenset(
    re.findall(
        r"\w+",
        "to from with of in on but the a an for by at as is was were are has have had "
        "be been will would that which despite amid while after before",
    )
)


def owns_flow(sentence: str, at: int) -> bool:
    """Whether the noun phrase a possessive opens at ``at`` names a flow, a trade balance, a
    market or a partner ("'s exports", "'s trade deficit", "'s top export market"), its owner's
    own trade; "'s slowdown", "'s Ministry of Commerce" own none."""
    run = _OWNED_RUN.match(sentence, at)
    if run is None:
        return False
    for word in run.group().split():
        word = word.strip(".-%").lower()
        if word in _OWNED_WORDS:
            return True
        if word in _PHRASE_END:
            return False
    return False


def _possessive(sentence: str, c: CountrySpan) -> int:
    """Length of the possessive mark after a country: 2 for "X's", 1 for a plural name's
    apostrophe ("the Philippines' exports", "Cook Islands' exports"), else 0."""
    if sentence.startswith(("'s", "’s"), c.end):
        return 2
    plural = sentence[c.end - 1 : c.end] == "s" and sentence.startswith(("' ", "’ "), c.end)
    return 1 if plural else 0


# "$3bn of Chilean exports to Peru", "$2bn worth of Peru's imports": the amount's own owner,
# right after it (nothing but "worth of" between them)
_OF_OWNER = re.compile(r"^['’]?\s?(?:worth\s)?of\s(?:the\s)?$", re.IGNORECASE)


def owner_after(sentence: str, countries: list[CountrySpan], end: int) -> str | None:
    """The owner of the flow named right after the amount ("$3bn of Chilean exports"): it
    trades that amount, whatever a country before it in the clause did."""
    for c in countries:
        if c.start >= end:
            gap = sentence[end : c.start]
            if len(gap) <= 12 and _OF_OWNER.match(gap) and _role(sentence, c) == "owner":
                return c.iso3
            return fronted_subject(sentence, c, end)  # "importing goods worth $5m, B was"
    return None


# A subject doing the trade: "Ukraine imported", "Kenya exported goods", "Brazil has invested",
# "the European Union (EU) imported" (an abbreviation in brackets closes before the verb).
_SUBJECT_VERB = re.compile(r"\)?\s(?:(?:has|have|had|also|then|only)\s){0,2}", re.IGNORECASE)


# "X's exports", "X's total trade turnover": a possessive right before the flow. A period may
# come first ("China's January-October foreign trade", "Peru's 2029 exports", "Chile's
# first-half imports": glossed head-first pages write the time before the noun, round 53).
_MONTH = (
    "(?:"
    + "|".join(sorted((m for m in month_numbers() if len(m) > 3 or m == "may"), key=len)[::-1])
    + ")"
)
_OWNED_PERIOD = (
    rf"(?:{_MONTH}(?:\s?[-–]\s?{_MONTH})?(?:\s(?:(?:19|20)\d\d|this\syear|last\syear))?"
    r"|(?:19|20)\d\d|(?:first|second|third|fourth)[-\s](?:half|quarter)"
    r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month|year-to-date)\s"
)
_OWNED = re.compile(
    rf"\s(?:{_OWNED_PERIOD})?"
    r"(?:(?:total|overall|foreign|external|annual|merchandise|monthly|goods|mainland)\s){0,2}",
    re.IGNORECASE,
)


def _flow_at_start(text: str) -> bool:
    found = trigger("flow").search(text[:20])
    return found is not None and found.start() == 0


def is_subject(sentence: str, c: CountrySpan) -> bool:
    """A country that owns the flow ("X's exports", "Kazakh imports") or does it ("X exported")."""
    if c.kind == "demonym" and _DEMONYM_FLOW.match(sentence[c.end : c.end + 40]):
        return True
    if c.kind == "name" and _NAME_WHOLE_FLOW.match(sentence, c.end):
        return True  # "the value of Chile merchandise trade stood at": as "Chile's" would
    verb = _SUBJECT_VERB.match(sentence, c.end)
    if mark := _possessive(sentence, c):
        verb = _OWNED.match(sentence, c.end + mark)
        if verb is not None and not _flow_at_start(sentence[verb.end() :]):
            return _sector_flow(sentence[verb.end() : verb.end() + 60])
    return verb is not None and _flow_at_start(sentence[verb.end() :])


def _sector_flow(text: str) -> bool:
    """``text`` starts with a sector word and then the flow: "(X's) non-oil exports", "(X's)
    agricultural imports" are X's own flow of that sector, as "X's exports" are."""
    if text[:1].isupper() or not text[:1].isalpha():
        return False  # (the cheap test first: a sector word is a lower-case word)
    sector = trigger("sector").search(text)
    return (
        sector is not None
        and sector.start() == 0
        and text[sector.end() : sector.end() + 1] == " "
        and _flow_at_start(text[sector.end() + 1 :])
    )


# "Chile, which imported $2bn": a relative clause on the country, whose own trade it is, whoever
# the sentence named before ("Peru's main partner was Chile, which imported ...").
_WHICH = re.compile(r",\swhich\s(?:(?:has|have|had|also|then|only)\s){0,2}")


def relative_subject(sentence: str, c: CountrySpan) -> bool:
    """The country a relative clause trades for: "Chile, which imported"."""
    which = _WHICH.match(sentence, c.end)
    return which is not None and _flow_at_start(sentence[which.end() :])


def trading_subject(sentence: str, c: CountrySpan) -> bool:
    """A country doing the trade in its sentence: "Brazil exported", "X's imports", "Kazakh
    exports" (not "Kazakh goods": those come from it), "Chile, which imported"."""
    if sentence.startswith(", which ", c.end):
        return relative_subject(sentence, c)
    if c.kind == "demonym":
        if possessed_counterpart(sentence, c):
            return False  # "Vietnam's Japanese exports": Vietnam trades
        owned = _OWNED.match(sentence, c.end)
        return _role(sentence, c) == "owner" or (
            owned is not None and _flow_at_start(sentence[owned.end() :])
        )
    return is_subject(sentence, c)


# "A exported $5m to B, while the latter exported $1m": "the latter" (B) or "the former" (A) as
# the subject of a flow.
_REFERRED = re.compile(r"\b[Tt]he\s(latter|former)\s(?:(?:has|have|had|also|then|only)\s){0,2}")


def referred_subject(sentence: str, countries: list[CountrySpan], start: int) -> str | None:
    """The country "the latter" or "the former" names when it trades a figure at ``start``
    (no country named between them), else None."""
    if "latter" not in sentence and "former" not in sentence:
        return None  # (the cheap test first: most sentences refer back to nobody)
    found = None
    for found in _REFERRED.finditer(sentence, 0, start):  # noqa: B007 (the last one before)
        pass
    if found is None or any(found.end() <= c.start < start for c in countries):
        return None
    named = list(dict.fromkeys(c.iso3 for c in countries if c.end <= found.start()))
    back = 1 if found.group(1) == "latter" else 2
    if len(named) < back or not _flow_at_start(sentence[found.end() :]):
        return None
    return named[-back]


# "A is the largest buyer of B, as it imported $5bn", "A remained B's top market, importing $6bn":
# a pronoun after a clause's connective, or a participle after a comma, trades the figure for
# the sentence's subject, the country right before its "is/was/remained/became".
_BACK = re.compile(
    r"(?:[,;]\s(?:(?:as|since|because|and|while|where|when|after)\s)?|\s(?:and|as|since|because)\s)"
    r"(?:it\s(?:(?:has|have|had|also|then|only)\s){0,2}(?=[a-z])|(?<=,\s)(?=(?:import|export)ing\b))"
)
_COPULA = re.compile(
    r"\s(?:(?:has|have|had)\s)?(?:is|was|remained|remains|became|becomes|been|stood|stands)\s"
)


def back_subject(sentence: str, countries: list[CountrySpan], start: int) -> str | None:
    """The country an "it imported" or ", importing" before the figure at ``start`` refers to:
    the sentence's subject before its copula (no country named between the pronoun and the
    figure), else None."""
    if "it " not in sentence and "ing " not in sentence:
        return None  # (the cheap test first: most sentences refer back to nobody)
    found = None
    for found in _BACK.finditer(sentence, 0, start):  # noqa: B007 (the last one before)
        pass
    if (
        found is None
        or not _flow_at_start(sentence[found.end() :])
        or any(found.end() <= c.start < start for c in countries)
    ):
        return None
    for c in countries:
        if c.end > found.start():
            return None
        if c.kind != "capital" and _COPULA.match(sentence, c.end):
            return c.iso3
    return None


# A directed flow and the one it is the counterpart of: what one economy exports, the other imports.
_COUNTER_FLOW = {"exports": ("imports", "to"), "imports": ("exports", "from")}


# "a quarter of all Cypriot imports", "9% of Peru's total imports": a share of that total
# (a fraction or a share word right before "of": "the value of Canadian exports" is no share)
_SHARE_WORD = r"(?:%|\b(?:per\s?cent|percent|quarter|third|half|fifth|tenth|share|proportion|part))"
_SHARE_OF = re.compile(_SHARE_WORD + r"\sof\s(?:(?:all|the|total)\s){0,2}$")


# "a quarter of everything Cyprus imported", "5% of what Peru exported": the counter flow as a
# clause with the country as its subject (``counter_owner``)
_SHARE_CLAUSE = re.compile(
    _SHARE_WORD
    + r"\sof\s(?:everything|what|all(?:\sthat)?|all\sthe\sgoods(?:\sthat)?)\s(?:the\s)?$",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(
    r"\s(?:(?:had|has|have)\s)?(?:(?P<in>imported|bought|purchased)|(?P<out>exported|sold|shipped))\b"
)

_APPOSED = {"imports": "from", "exports": "to"}


def counter_owner(flow: str, sentence: str, c: CountrySpan, role: str) -> str:
    """The role of the owner of a total of the counter flow that the figure is a share of: in an
    exports figure "..., or a quarter of all Cypriot imports" (or "of everything Cyprus
    imported") names the destination ("to"); in an imports figure "..., 5% of Peru's exports"
    the origin ("from"). Any other role ("Chilean
    exports to Peru and Peruvian imports from Chile fell") is returned as it is. The
    counterpart an appositive names ("Japan, Australia's largest customer, cut its imports":
    ``appositive.py``) is the origin of imports and the destination of exports."""
    if (
        role == "with"
        and flow in _APPOSED
        and (mark := _possessive(sentence, c))
        and relation_apposition(sentence, c.start, c.end + mark)
    ):
        return _APPOSED[flow]
    if (
        role == "plain"
        and flow in _COUNTER_FLOW
        and _SHARE_CLAUSE.search(sentence, max(0, c.start - 60), c.start)
    ):
        # "..., a quarter of everything Cyprus imported": the share of a counter flow the
        # country does, in a clause of its own
        done = _CLAUSE_VERB.match(sentence, c.end)
        if done is not None:
            counter, counter_role = _COUNTER_FLOW[flow]
            did = "imports" if done.group("in") else "exports"
            return counter_role if did == counter else role
    if role != "owner" or flow not in _COUNTER_FLOW:
        return role
    if not _SHARE_OF.search(sentence[max(0, c.start - 30) : c.start]):
        return role
    owned = _OWNED.match(sentence, c.end + _possessive(sentence, c))
    if owned is None:
        return role
    found = trigger("flow").search(sentence[owned.end() : owned.end() + 20])
    if found is None or found.start() != 0:
        return role
    counter, counter_role = _COUNTER_FLOW[flow]
    return counter_role if triggers("flow")[found.group(1).lower()] == counter else role
