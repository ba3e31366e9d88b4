"""The economy whose trade a page reports, from its title and lede (split out of ``roles``):
the owner or doer of a directed flow ("German exports to Switzerland rose"), else the owner of a
trading partner or a trade "with" another ("B is A's largest trading partner"), else the owner
of the foreign trade the page breaks down by partner ("A's foreign trade turnover came to
$4.8bn ... exports went to B": round 31, gr20). ``pairs.pair_of`` gives a later figure with no
reporter of its own to that economy."""

from __future__ import annotations

import re

from pipeline.extract.countries import find_countries
from pipeline.extract.roles import _possessive, is_subject
from pipeline.extract.slots import trigger
from pipeline.lexicon import triggers

# "Korea's largest export destination", "German exports to Switzerland", "Mexico's sales abroad":
# a possessive or a demonym, up to two words, then a word of a directed flow.
_TRADER_AFTER = re.compile(r"^(?:'s|’s|')?\s(?:[a-z]+\s){0,2}?$", re.IGNORECASE)
_DIRECTED = ("exports", "imports")


def page_trader(texts: list[str]) -> str | None:
    """The economy whose exports or imports a page reports, as its title or lede says ("German
    exports to Switzerland rose", "the U.S. has become Korea's largest export destination",
    "Mexico exported ..."): the first country owning or doing a directed flow in ``texts`` (the
    title, then the first sentences), else None. A later figure with no reporter of its own
    ("Exports climbed 14.5%", "Exports to the US reached $11bn, surpassing China") is that
    economy's before any figure of the page has named a reporter (``pairs.pair_of``)."""
    for text in texts:
        if "xport" not in text and "mport" not in text:
            continue  # (the cheap test first: most sentences name no directed flow)
        for c in find_countries(text):
            if c.kind == "capital":
                continue
            after = text[c.end : c.end + 40]
            found = trigger("flow").search(after)
            if found is None or triggers("flow")[found.group(1).lower()] not in _DIRECTED:
                continue
            gap = after[: found.start()]
            owner = c.kind == "demonym" or _possessive(text, c)
            if (owner and _TRADER_AFTER.match(gap)) or is_subject(text, c):
                return c.iso3
        for c in find_countries(text):  # "Exports from A to B hit a record": A sells
            if _EXPORTS_FROM.search(text, max(0, c.start - 40), c.start):
                return c.iso3
            if c.kind != "capital" and _FLOW_OF.search(text, max(0, c.start - 40), c.start):
                return c.iso3  # "the exports of A to B moved up", "imports by A": A trades
    return _partner_owner(texts)


_EXPORTS_FROM = re.compile(
    r"\b(?:exports|shipments|sales)\s(?:of\s[a-z]+\s)?from\s(?:the\s)?$", re.I
)
# "the exports of A", "imports by A": the flow's own trader after "of"/"by" ("imports from A"
# name the partner, and "the exports of goods" no economy)
_FLOW_OF = re.compile(r"\b(?:exports|imports|shipments|purchases)\s(?:of|by)\s(?:the\s)?$", re.I)


# "Japan is the Philippines' second largest trading partner", "Sri Lanka's trade deficit with
# China": the possessive economy is the one whose trade the page reports
_PARTNER_OWNED = re.compile(
    r"\s(?:(?:(?:[a-z0-9]+\s){0,3}?(?:trading|trade|commercial)\spartner)"
    r"|(?:(?:total|bilateral|overall|foreign)\s)?trade\s(?:(?:deficit|surplus|balance|gap)\s)?with\s)",
    re.IGNORECASE,
)


def _partner_owner(texts: list[str]) -> str | None:
    """The page's trader when its title and lede name no directed flow's: the economy owning a
    trading partner or a trade "with" another ("B is A's largest trading partner", "A's trade
    with B"), the first one named so; else the economy owning the foreign trade the page
    breaks down ("A's foreign trade turnover came to $4.8bn ... exports to B ...": a statistics
    office's release on its own economy's trade, by partner)."""
    for text in texts:
        if "partner" not in text and "with" not in text:
            continue  # (the cheap test first)
        for c in find_countries(text):
            mark = _possessive(text, c) if c.kind != "capital" else 0
            if mark and _PARTNER_OWNED.match(text, c.end + mark):
                return c.iso3
    for text in texts:
        if "trade" not in text:
            continue
        for c in find_countries(text):
            mark = _possessive(text, c) if c.kind != "capital" else 0
            if mark and _FOREIGN_TRADE_OWNED.match(text, c.end + mark):
                return c.iso3
    return None


# "A's foreign trade turnover", "A's external trade", "A's overall foreign trade"
_FOREIGN_TRADE_OWNED = re.compile(
    r"\s(?:overall\s|total\s)?(?:foreign|external)\strade\b", re.IGNORECASE
)
