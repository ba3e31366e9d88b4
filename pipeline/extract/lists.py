"""Partner lists and rankings: "main suppliers were China ($4.7 bln), Poland ($3.2 bln) and
Turkey (2.4 bln)", "Azerbaijan is followed by Turkey ($279 million), Britain ($250.4 million)",
"The US (-19.3%), Mexico (-26.7%) were the main contributors to lower imports".

Each listed country owns the amount right after it (``LIST_ITEM``). This module adds what such
lists leave unsaid: a currency stated once for the whole list (a bare "(2.4 bln)" beside
"($4.7 bln)"), a flow named after the list ("... were the six countries which recorded higher
volumes of trade with India"), and, for a list with no trade word at all, the flow and pair of
the document's previous figure, whose counterpart the listed countries continue.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.countries import CountrySpan
from pipeline.extract.digits import scaled_like
from pipeline.extract.numbers import Mention
from pipeline.extract.roles import _possessive, _role, is_subject
from pipeline.extract.slots import flow_at
from pipeline.lexicon import alternation, scales

# A country right before its own amount ("China ($6.1 billion)", "Poland - USD 4.7 billion",
# "Japan: $2bn", "Mexico (-26.7%)", a ranking's "followed by Japan at 320 billion baht"; "Italy
# (by 42.1%)", "Turkey ( USD 1.4 billion)"; "Russia ranks second - $230 million"; "Germany with
# 21 million of exports", "Mauritius with exports worth MVR 13 million": a ranking's partner and
# its amount; a currency's ISO code before the number, "USD 4.7", "MVR 13"; a qualifier before
# it, "China (more than $1bn)").
LIST_ITEM = re.compile(
    # ... or its rank before "with" ("Russia ranked second with $2.6bn", "B came third with")
    r"\s?(?:\(\s?|[-–—]\s|:\s|\sat\s"
    # "Russia ranks second - $230 million": a rank, then a dash or colon
    r"|\s(?:ranks?|ranked|comes?|came|is|was|placed)\s(?:in\s)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|next)(?:\splace)?\s?[-–—:]\s"
    r"|(?:\s(?:ranked|came|was|placed)\s(?:in\s)?(?:second|third|fourth|fifth|next))?"
    r"\swith\s(?:(?:exports|imports|trade|shipments)\s"
    r"(?:worth\s|of\s|valued\sat\s)?)?)(?:for\s|by\s)?"
    r"(?:(?:more\sthan|less\sthan|over|under|about|around|nearly|almost|some)\s)?"
    r"(?:[A-Z]{0,3}\s?[$€£¥₹₩₦]|[A-Z]{3}\s?\d|[-+−]?\d)"
)

# A ranking goes on after a figure of its sentence: "FDI from A was X, followed by B at Y",
# "A was the largest market with X, trailed by B with Y", "followed closely by B".
RANKING_CONTINUES = re.compile(
    r"\b(?:followed|trailed)\s(?:closely\s|distantly\s)?by\b"
    # "A keeps first place with $X, ahead of B ($Y) and C ($Z)" (French "devant B (...)")
    r"|\b(?:ahead\sof|in\sfront\sof)\b",
    re.IGNORECASE,
)


def list_continues(
    sentence: str,
    previous: tuple[dict, object],
    previous_end: int,
    item: CountrySpan,
    countries: list[CountrySpan],
    listed: tuple[CountrySpan, ...],
) -> bool:
    """Whether a list item after the sentence's previous figure takes that figure's partner's
    place: "A was X, followed by B at Y", or "imports from China were $3bn and Indonesia ($1bn)"
    with the figure's partner named before it outside the list and no other economy between."""
    if RANKING_CONTINUES.search(sentence, previous_end, item.start):
        return True
    figure = previous[0]
    if figure["flow"] not in ("exports", "imports"):
        return False
    between = [c for c in countries if previous_end <= c.start < item.start and c not in listed]
    partner_before = any(
        c.iso3 == figure["partner"] and c.end <= previous_end and c not in listed for c in countries
    )
    return partner_before and not between


# The distance (characters) from a listed country to its amount: "China (" and "Poland - for ",
# "Mauritius with exports worth ".
ITEM_GAP = 22


@cache
def _bare_item() -> re.Pattern[str]:
    """A bracketed amount with a scale but no currency: "(2.4 bln)", "(39 billion or 22%)"; or,
    in a list going on, the amount right after the country or its "with" ("followed by B 245
    mln, C with 39 mln and D 12 mln."), the item ending where the list's next one starts."""
    words = alternation([w for w, v in scales().items() if v >= 1e6 and len(w) > 1])
    return re.compile(
        r"\s?\(\s?(?P<n>\d{1,3}(?:[.,]\d{1,3})?)\s?(?P<s>" + words + r")\b(?=\s?(?:\)|or\b))"
        r"|\s(?:with\s)?(?P<n2>\d{1,3}(?:[.,]\d{1,3})?)\s?(?P<s2>" + words + r")"
        r"(?=[,;]\s|\sand\s|\.?$|\.\s)",
        re.IGNORECASE,
    )


# Before an unbracketed item: list glue, so "trade between A and B 5 bln" is no item
_ITEM_GLUE = re.compile(r"(?:,|;|\band|\bby)\s(?:the\s)?$", re.IGNORECASE)


_LIST_GLUE = re.compile(r"^(?:,\s|,?\sand\s|\s&\s)(?:the\s)?$")
# after a bare comma, a country right before a singular verb heads a clause of its own
# ("exports into A, B is leading"); a run of destinations takes "and" or a plural verb
_CLAUSE_SUBJECT = re.compile(r"\s(?:is|was|has|leads|led|ranks|ranked|tops|topped|remains)\b")


def glued(sentence: str, last: CountrySpan, c: CountrySpan) -> bool:
    """Whether ``c`` continues the run of economies ending with ``last`` ("to China and the
    United States": both destinations), not the subject of a new clause ("Among the suppliers
    of A, B is leading with $X": B supplies A)."""
    glue = sentence[last.end : c.start]
    return bool(_LIST_GLUE.match(glue)) and not (
        glue == ", " and _CLAUSE_SUBJECT.match(sentence, c.end)
    )


def list_owner(listed: tuple[CountrySpan, ...], m: Mention) -> CountrySpan | None:
    """The listed country whose amount ``m`` is, if any."""
    return next(
        (c for c in reversed(listed) if c.end <= m.start and m.start - c.end <= ITEM_GAP), None
    )


# A bare item, the country and its amount with nothing between ("followed by Japan $7 million,
# USA $6 million"): only after list glue, and only once an amount came before it in the sentence
# (a ranking or list already going on), so "trade between A and B $5bn" stays unread as an item.
_BARE_ITEM = re.compile(r"\s(?:[A-Z]{0,3}\s?[$€£¥₹₩₦]\s?\d|[A-Z]{3}\s\d)")
_BARE_GLUE = re.compile(r"(?:,|;|\band|\bby)\s(?:the\s)?$", re.IGNORECASE)


def _bare_listed(sentence: str, c: CountrySpan, mentions: list[Mention]) -> bool:
    return (
        (
            _BARE_ITEM.match(sentence, c.end) is not None
            or any(m.start == c.end + 1 and m.kind == "money" for m in mentions)  # "B 245 mln"
        )
        and any(m.kind == "money" and m.end <= c.start for m in mentions)
        and _BARE_GLUE.search(sentence, max(0, c.start - 8), c.start) is not None
    )


def listed_countries(
    sentence: str, countries: list[CountrySpan], mentions: list[Mention]
) -> tuple[CountrySpan, ...]:
    """The countries of a sentence that head a list item with an amount of their own."""
    return tuple(
        c
        for c in countries
        if (LIST_ITEM.match(sentence, c.end) or _bare_listed(sentence, c, mentions))
        and any(0 <= m.start - c.end <= ITEM_GAP for m in mentions)
    )


def list_currency(
    sentence: str, countries: list[CountrySpan], mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` plus the list items written without a currency ("Turkey (2.4 bln)") when
    another item of the same list gives one ("China ($4.7 bln), Poland ($3.2 bln)"): the
    currency is stated once for the list."""
    money = [m for m in mentions if m.kind == "money"]
    if not money:
        return mentions
    added: list[Mention] = []
    for c in countries:
        bare = _bare_item().match(sentence, c.end)
        if bare is None:
            continue
        n, s = ("n", "s") if bare.group("n") else ("n2", "s2")
        if any(m.start <= bare.start(n) < m.end for m in mentions):
            continue
        if n == "n2" and not (
            any(m.end <= c.start for m in money)  # (a list already going on)
            and _ITEM_GLUE.search(sentence, max(0, c.start - 8), c.start)
        ):
            continue
        # the currency of the nearest money item before it, else after it
        model = next((m for m in reversed(money) if m.end <= c.start), money[0])
        added.append(scaled_like(model, bare.start(n), bare.end(s), bare.group(n), bare.group(s)))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)


def flow_after_list(sentence: str, m: Mention) -> str | None:
    """A list item's flow named after the list: "A ($5bn), B ($3bn) were the countries which
    recorded the most trade with India"."""
    return flow_at(sentence[m.end :])


# an economy as the subject a ranking ranks: "B is leading with", "B ranks first", "second
# comes B with"
_RANKED_AFTER = re.compile(
    r"\s(?:(?:is|was|remains|remained)\s(?:the\s)?(?:leading|largest|biggest|top|main)\b"
    r"|(?:leads|led|ranks|ranked|tops|topped|comes|came|placed)\b)",
    re.IGNORECASE,
)
_RANKED_BEFORE = re.compile(r"\b(?:comes|came)\s$", re.IGNORECASE)


def ranked_pair(
    base: tuple[str, str],
    own: CountrySpan,
    sentence: str,
    countries: list[CountrySpan],
    ranked: frozenset[str] = frozenset(),
) -> tuple[str, str]:
    """A ranking going on in its sentence: the item takes the place of the ranked side of the
    figure it follows. That is the partner ("exports to A were $X, followed by C at $Y"; "A is
    B's top market with $X, followed by C"; ``continued_pair``) unless the reporter is the
    ranking's subject: "Among the suppliers of A, B is leading with exports of $X, followed by C
    $Y" and "second comes B with $X, followed by C $Y": C supplies A as B does; or the page
    ranked the reporter (``ranked``, see ``continued_pair``). An item glued by "of" to a list
    its reporter heads as the owner of the flow ("A's imports ($5m), of B ($4m) and of C ($3m)",
    the gloss of French "aux importations de A (...), de B (...)") takes the reporter's place:
    B imports too, from the same origin."""
    if own.iso3 not in base and _owner_item(sentence, own, countries) == base[0]:
        return (own.iso3, base[1])
    if own.iso3 != base[1] and any(
        c.iso3 == base[0]
        and c.end <= own.start
        and (
            _RANKED_AFTER.match(sentence, c.end)
            or _RANKED_BEFORE.search(sentence, max(0, c.start - 8), c.start)
        )
        for c in countries
    ):
        return (own.iso3, base[1])
    return continued_pair(base, own.iso3, ranked)


# a list item after "of": "..., of B ($4m)", "and of the C ($3m)"
_OF_ITEM = re.compile(r"(?:,|\band)\sof\s(?:the\s)?$")
# the owner heading such a list, its flow word and amount in brackets right after: "A's imports ("
_OWNED_ITEM = re.compile(r"(?:'s|’s|')\s(?:imports|exports|investments?)\s\(")


def _owner_item(sentence: str, own: CountrySpan, countries: list[CountrySpan]) -> str | None:
    """The economy heading the list ``own`` continues as the owner of its flow ("A's imports
    ($5m), of B"), when ``own`` is glued to it by "of"; else None."""
    if not _OF_ITEM.search(sentence, max(0, own.start - 12), own.start):
        return None
    head = next((c for c in countries if _OWNED_ITEM.match(sentence, c.end)), None)
    return head.iso3 if head is not None and head.end <= own.start else None


def continued_pair(
    base: tuple[str, str], own: str, ranked: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """A list with no trade word continues the previous figure ("Azerbaijan invested $482 million
    in Georgia. Azerbaijan is followed by Turkey ($279 million), ..."): each listed country is a
    new counterpart of the previous figure's reporter; of its partner when the reporter is the
    economy the page ranked (``ranked``: "B ranked 14th among A's partners. C was the largest
    with $X, followed by D ($Y). E ($Z) was also in the top ten": E trades with A)."""
    reporter, partner = base
    if reporter in ranked and partner not in ranked and own != partner:
        return (own, partner)
    return (reporter, own) if own != reporter else (own, partner)


# "Germany increased its turnover with Russia by 56%, France by 40% and Italy by 37%", "exports
# to A reached $5m; B, with $3m, and C at $2m": a country between list glue and "by", "with" or
# "at" (or nothing: "and B $3m") before the amount takes the place of the first figure's side
# in the clause it gaps.
_GAPPED = re.compile(r"^,?\s(?:(?:by|with|at)\s)?$")  # (or none: "and B $3m")
# ... also in the possessive: "A's exports to C were $5m; B's, $3m"
_GAPPED_POSSESSIVE = re.compile(r"['’]s,?\s")
_GAP_GLUE = re.compile(r"(?:[,;]|\band)\s(?:the\s)?$")


def gapped_subject(sentence: str, countries: list[CountrySpan], m: Mention) -> CountrySpan | None:
    """The country of a gapped clause (", France by 40%") that owns the amount ``m``, if any."""
    for c in countries:
        if c.end < m.start and _GAPPED_POSSESSIVE.fullmatch(sentence, c.end, m.start):
            return c if _GAP_GLUE.search(sentence[max(0, c.start - 10) : c.start]) else None
    if not sentence.endswith((" by ", " with ", " at "), 0, m.start) and not any(
        c.end == m.start - 1 for c in countries
    ):
        return None  # (the cheap test first; "exports to A were $5m and B $3m": bare)
    for c in countries:
        if c.end <= m.start and _GAPPED.match(sentence[c.end : m.start]):
            return c if _GAP_GLUE.search(sentence[max(0, c.start - 10) : c.start]) else None
    return None


def gapped_pair(
    base: tuple[str, str], own: CountrySpan, countries: list[CountrySpan], sentence: str
) -> tuple[str, str]:
    """The previous figure's pair with its subject (the side named first in the sentence)
    replaced by the gapped clause's country; a clause "B, with $3m" or "B at $3m" ranks a new
    counterpart beside the first one ("exports to A reached $5m; B, with $3m"): the partner's
    place."""
    order = [c.iso3 for c in countries]
    if _possessive(sentence, own) == 2:
        # "Peru's exports to Japan were $2.1bn; Chile's, $3.4bn": a country in the
        # possessive takes the place of the side the figure named in the possessive
        owner = next(
            (
                c
                for c in countries
                if c.iso3 in base and c.end <= own.start and _possessive(sentence, c) == 2
            ),
            None,
        )
        if owner is not None:
            return (own.iso3, base[1]) if owner.iso3 == base[0] else (base[0], own.iso3)
    if not sentence.startswith(" by ", own.end):
        # "China bought $129bn of Russian goods and India $65bn": a verb's subject named first is
        # the side the gapped clause replaces; else a new counterpart ("exports to A were $5m
        # and B $3m", "A's exports to B were $5m and C $3m")
        subject = countries[0] if countries else None
        if (
            subject is not None
            and subject.iso3 == base[0]
            and subject.start < own.start
            and _role(sentence, subject) == "plain"
            and is_subject(sentence, subject)
        ):
            return (own.iso3, base[1])
        return continued_pair(base, own.iso3)
    reporter, partner = base
    first = min(
        (reporter, partner), key=lambda iso: order.index(iso) if iso in order else len(order)
    )
    return (own.iso3, partner) if first == reporter else (reporter, own.iso3)
