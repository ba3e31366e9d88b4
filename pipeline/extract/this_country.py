"""Which economy a "this country" in a partner slot refers to ("exports to this country", "trade
with that nation", "importaciones provenientes de este país", "to the same country").

Pages name an economy, then refer back to it: "B was A's third partner. Exports to this country
rose 5%" (B, not A's page partner), "A's exports to B grew. Imports from this country fell" (B
again). The referent is the economy the sentence before named that is not the reporter: the only
one, else the only one in a partner slot of that sentence ("C remained the largest exporter to B,
... D exported $Xm to the same country": B). A sentence that names a partner of its own before the
phrase has its antecedent there ("B topped the list, with exports to this country at $X"), except
for "the same country", which points past the sentence's own subject. With no referent (none, or
several) the phrase keeps meaning the page's partner (``partner_ref`` triggers).

The referent is added to the sentence's economies at the phrase (kind "referent"), so the ordinary pair
rules read "exports to [B]".
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan

_HEADS = ("countr", "nation", "market", "país", "pais", "mercado", "pays", "marché")
_HAS_HEAD = substring_test(_HEADS)

_PHRASE = re.compile(
    r"\b(?:(?:to|from|with|into)\s(?P<en>(?:this|that|the\ssame|the\ssaid|este|ese|dicho|aquel)"
    r"\s(?:country|nation|market|país|mercado))"  # (a foreign page's gloss: "to este country")
    r"|(?:a|al|con|hacia|desde|(?:provenientes|procedentes|originarias)\sde|para|com)\s"
    r"(?P<es>(?:este|ese|esse|dicho|aquel|el\smismo|o\smesmo)\s(?:país|mercado))"
    r"|(?:vers|avec|depuis)\s(?P<fr>ce\s(?:pays|marché)))(?![\w'’])",
    re.IGNORECASE,
)

# a partner slot of the sentence before: "to B", "from B", "with B", "a B", "de B"
_SLOT = re.compile(r"(?:\b(?:to|from|with|into|a|con|hacia|desde|vers|avec)\s(?:the\s)?)$", re.I)


# an economy a ranking names beside the one it ranks ("the first foreign investor in this
# country, ahead of France", "second, behind B") is no referent (round 53: "devant la France")
_OUTRANKED = re.compile(
    r"\b(?:ahead\sof|behind|below|surpassing|outranking|after)\s(?:only\s)?(?:the\s)?$",
    re.IGNORECASE,
)


def _may_refer(sentence: str) -> bool:
    lowered = sentence.lower()
    return _HAS_HEAD(lowered)  # (one function, no map object: every sentence)


def with_referent(
    sentence: str, countries: list[CountrySpan], ctx: DocContext
) -> list[CountrySpan]:
    """``countries`` with the referent of a "this country" phrase added at it (see the module
    docstring), read before ``ctx`` enters the sentence (its ``current`` is the one before)."""
    return _with_referent(sentence, countries, ctx.current, ctx.reporting(), ctx.pair)


def _with_referent(
    sentence: str,
    countries: list[CountrySpan],
    before: tuple[str, list[CountrySpan], object] | None,
    reporter: str | None,
    pair: tuple[str, ...] = (),
) -> list[CountrySpan]:
    """``before`` is the previous sentence's (text, economies, ...), ``reporter`` the page's
    reporting economy (when none reported yet, neither of the page's ``pair`` is taken for the
    referent: "B was A's third partner. Exports to this country ...")."""
    if before is None or not _may_refer(sentence):
        return countries
    found = _PHRASE.search(sentence)
    if found is None:
        return countries
    group = next(name for name in ("en", "es", "fr") if found.group(name))
    start, end = found.span(group)
    same = "sam" in found.group(group).lower() or "mism" in found.group(group).lower()
    own = {c.iso3 for c in countries if c.kind != "capital"}
    home = {reporter} if reporter else set(pair[:1])
    if not same and any(c.start < start and c.iso3 not in home for c in countries):
        return countries  # "B topped the list, with exports to this country at $X": B
    text, named, _ = before
    skip = ({reporter} if reporter else set(pair)) | (own if same else set())
    candidates = [
        c
        for c in named
        if c.kind != "capital"
        and c.iso3 not in skip
        and not _OUTRANKED.search(text, max(0, c.start - 20), c.start)
    ]
    isos = {c.iso3 for c in candidates}
    if len(isos) > 1:
        isos = {c.iso3 for c in candidates if _SLOT.search(text[: c.start])}
    if len(isos) != 1:
        return countries
    span = CountrySpan(start, end, isos.pop(), "referent")
    return sorted([*countries, span], key=lambda c: c.start)
