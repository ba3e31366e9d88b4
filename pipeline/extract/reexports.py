"""Plain "exports" that continue a passage about re-exports: "Re-exports to Xland fell 40%, while
exports to Yland rose $2m to $5m"; "Re-exports were mixed. Shipments to Xland fell $3m to $8m,
while exports to Yland rose $1m." (NOTES, ga rule 5: a clause continuing a re-exports sentence
with the plain word "exports" stays in the re-exports subset, which is not annotated). A figure's
own clause names re-exports already (``subsets``); these name them once, before it: in an earlier
clause of its sentence, or in a sentence with no figures right before it that re-exports are the
subject of.

Not re-exports: re-exports named as a part of a total ("total exports, including re-exports, rose",
"exports (domestic and re-exports)"), a figure whose words since name another flow or a total
("while imports from Yland rose", "total exports rose", "while Ruritania's exports rose"), and
exports named before the re-exports.
"""

from __future__ import annotations

import re

_REEXPORTS = re.compile(r"\bre-?exports?\b", re.IGNORECASE)
# re-exports as a part of something else, not the subject ("including re-exports", "and re-exports")
_PART_BEFORE = re.compile(
    r"(?:\binclud\w*|\bexclud\w*|\band|\bplus|\bof|\bwith|\bwithout|\bor|[+&/])\s*$", re.IGNORECASE
)
# words since the re-exports that make the figure another flow's or a total's
# (or the country named again as the owner: "re-exports rose 14%, while Finland's exports rose 6%")
_OTHER = re.compile(
    r"\b(?:imports?|imported|trade|turnover|total|overall|domestic|national)\b"
    r"|['’]s?\s(?:[\w-]+\s)?exports?\b",
    re.IGNORECASE,
)


def _subject(text: str) -> int | None:
    """Where the last re-exports named as a subject in ``text`` ends (outside a bracket, not as
    a part: ``_PART_BEFORE``), or None."""
    end = None
    for m in _REEXPORTS.finditer(text):
        before = text[: m.start()]
        if before.count("(") > before.count(")") or _PART_BEFORE.search(before[-14:]):
            continue
        end = m.end()
    return end


# a sentence that opens with re-exports as its subject ("Re-exports were mixed", "As for re-exports,
# the picture was mixed", "Fiji's re-exports showed mixed results")
_OPENS = re.compile(
    r"\W*(?:(?:meanwhile|however|as\sfor|as\sto|in\sterms\sof|on\sthe\sother\shand|turning\sto)"
    r"\W+)?(?:the\s)?(?:[\w'’-]+\s)?re-?exports?\b",
    re.IGNORECASE,
)


def _topic(text: str) -> bool:
    """A sentence without figures that opens with re-exports as its subject ("Re-exports were
    mixed.")."""
    return _OPENS.match(text) is not None and not any(c.isdigit() for c in text)


def without_reexports(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` less the exports that continue re-exports (module doc)."""
    texts = [str(r["text"]) for r in rows]
    if not any("xport" in t and _REEXPORTS.search(t) for t in texts):
        return figures  # (the cheap test first: most pages never name re-exports)
    after_topic = {
        r["sentence_id"] for r, prior in zip(rows[1:], texts, strict=False) if _topic(prior)
    }
    text = dict(zip((r["sentence_id"] for r in rows), texts, strict=True))
    kept = []
    for f in figures:
        left = text.get(f["sentence_id"], "")[: f["char_start"]]
        if f["flow"] == "exports":
            start = _subject(left)
            if start is None and f["sentence_id"] in after_topic:
                start = 0
            if start is not None and not _OTHER.search(left, start):
                continue
        kept.append(f)
    return kept
