"""Trade owned by an organisation, not by a country: "the Chamber's exports to Xland rose 16%",
"Ruritania Chamber of Industry (RCI)'s exports reached $5bn", "exports of the association's
members to Xland", "the federation's member firms exported $2m". A chamber's, an association's or
a company's exports are those of its member firms (NOTES: exports of a subset of firms are a
subset, not annotated; one named company's trade or investment is no row), whatever country the
body is named after.

Only the owner of the flow word decides: a body that reports the country's figure owns nothing
("the Chamber said total exports from Ruritania reached $5bn", "according to the association,
exports to Xland rose"), nor does a state's company named as a source. The owner is the flow
word's possessor ("the Chamber's", "RCI's" where the sentence names RCI as such a body), its "of"
complement ("exports of the Chamber"), or member firms as its subject.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import ascii_gate

# a body of firms (lower-case after "the", or the head of a capitalised name)
_BODY = r"(?:[Cc]hamber|[Aa]ssociation|[Ff]ederation|[Cc]onfederation|[Cc]orporation|[Cc]ompany)"
# the rest of its capitalised name ("of Industry", "of Commerce and Industry") and its acronym
_NAME_REST = r"(?:\s(?:of|for|and|&)(?:\s(?:[A-Z][\w-]*|and|&))+)?(?:\s\((?P<acr>[A-Z]{2,8})\))?"
_FLOW = r"(?:total\s|industrial\s|non-oil\s)?(?:exports?|imports?|shipments|sales)\b"
_MEMBERS = r"(?:members|member\s(?:firms|companies|factories|enterprises))\b"

_OWNED = re.compile(
    # "the Chamber's exports", "Ruritania Chamber of Industry (RCI)'s exports", "its members' exports"
    rf"\b{_BODY}{_NAME_REST}['’]s?\s(?:{_MEMBERS}['’]?\s)?{_FLOW}"
    rf"|\b{_MEMBERS}['’]\s{_FLOW}"
    # "exports of the Chamber", "exports of the chamber's members", "exports of member firms"
    rf"|\b(?i:exports?|imports?|shipments|sales)\sof\s(?:the\s|its\s)?(?:[A-Z][\w-]*\s){{0,4}}"
    rf"(?:{_BODY}\b(?!['’]s\s(?!{_MEMBERS}))|{_MEMBERS})"
    # "the chamber's members exported", "member firms shipped"
    rf"|\b{_MEMBERS}\s(?:have\s|had\s)?(?:exported|imported|shipped|sold)\b"
)
# "the RCI's exports", after the sentence named RCI as a body ("... Industry (RCI)")
_ACRONYM_OWNER = re.compile(rf"\b(?P<acr>[A-Z]{{2,8}})['’]s\s{_FLOW}")
_DEFINED = re.compile(rf"\b{_BODY}{_NAME_REST}")
_OTHER_FLOW = re.compile(r"\b(?:exports?|imports?|trade|shipments|sales)\b", re.IGNORECASE)

_may_name_body = ascii_gate(
    ("chamber", "association", "federation", "corporation", "company", "member")
)


def _owned_by_body(left: str, bodies: frozenset[str]) -> bool:
    """``left`` (the sentence before a figure) names the figure's flow, its last one, as a
    body's or its member firms' (module doc); ``bodies``: the acronyms the page names bodies by."""
    owned = [m.end() for m in _OWNED.finditer(left)] if _may_name_body(left) else []
    if bodies and ("'s " in left or "’s " in left):
        owned += [m.end() for m in _ACRONYM_OWNER.finditer(left) if m["acr"] in bodies]
    # the owned flow is the last one named before the figure ("although the Chamber's exports
    # fell, Ruritania's exports to Xland rose 5%": the 5% is the country's)
    return bool(owned) and _OTHER_FLOW.search(left, max(owned)) is None


def without_body_trade(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` less the exports and imports a body of firms owns (module doc): on a page
    that names a chamber, an association, a federation, a company or member firms at all."""
    texts = [str(r["text"]) for r in rows]
    if not any(_may_name_body(t) for t in texts):
        return figures  # (the cheap test first: most pages name no such body)
    bodies = frozenset(m["acr"] for t in texts for m in _DEFINED.finditer(t) if m["acr"])
    text = dict(zip((r["sentence_id"] for r in rows), texts, strict=True))
    return [
        f
        for f in figures
        if f["flow"] not in ("exports", "imports")
        or not _owned_by_body(text.get(f["sentence_id"], "")[: f["char_start"]], bodies)
    ]
