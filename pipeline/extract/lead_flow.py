"""A flow named by a sentence's lead-in: "In terms of imports, Japan was the third largest
supplier with shipments of $X", "As for exports, ...", "On the import side, ...". The lead-in
names the direction of the figures after it, so a word that does not say one itself
("shipments", "sales", "deliveries", or none at all) takes the lead-in's; a clause's own "exports"
or "imports" still wins ("As for imports, China's exports to X ...": that clause's flow).
"""

from __future__ import annotations

import re

from pipeline.extract.slots import Slot

# the lead-in opens the sentence and ends at a comma (or "side" without one: "On the import
# side Ethiopia imported ...")
_LEAD = re.compile(
    r"^\W{0,3}(?:in\sterms\sof|as\sfor|as\sregards|as\sto|regarding|with\s(?:regard|respect)\sto"
    r"|when\sit\scomes\sto|turning\sto|on\sthe)\s(?:the\s|its\s|their\s)?"
    r"(?P<w>export|import)(?:s|ed\sgoods)?(?:\s(?:side|front))?(?:\s(?!value|volume)[^\W\d][^,.;:]{0,40})?(?:\s?,|(?<=side)\s)",
    re.IGNORECASE,
)
_STARTS = ("in", "as", "re", "wi", "wh", "tu", "on")


def lead_flow(sentence: str) -> str | None:
    """The flow ("exports" or "imports") a lead-in opening ``sentence`` names, else None."""
    start = sentence.lstrip(" \"'“‘([").lower()[:2]
    if start not in _STARTS:
        return None
    match = _LEAD.match(sentence)
    return None if match is None else match.group("w").lower() + "s"


def lead_flow_of(slot: Slot, found: tuple[str, int] | None) -> str | None:
    """The lead-in's flow for ``slot``'s number where its clause says no direction of its own:
    ``found`` (the flow and start of the clause's last trigger) is None, or a trigger whose
    words name no direction ("shipments", "sales", "deliveries"; not "exports", "re-imports")."""
    if found is not None:
        if found[0] not in ("exports", "imports"):
            return None
        word = next((m.group(0) for m in slot.tail_flows if m.start() == found[1]), "port")
        if "port" in word.lower():
            return None
    return lead_flow(slot.sentence)
