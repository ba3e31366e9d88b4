"""A possessive in an appositive that names the subject's relation to another economy: "Japan,
Australia's largest customer, cut its imports by 5%", "Chile's main supplier, China, raised its
exports". The possessor there owns no flow of the sentence: "its" is the subject's (Japan's
imports, China's exports), and the possessor is the counterpart, as "with Australia" would name
it (``roles._role`` gives it the role "with"). Only an appositive set off by commas next to
another name, with "its"/"their" opening the flow after it, is read so; "Exports to Japan,
Australia's largest customer, rose" keeps Australia the owner of the exports.
"""

from __future__ import annotations

import re

# the possessed phrase: up to three words ("largest", "second-largest export"), then a noun of
# a trade relation
_RELATION = re.compile(
    r"(?:\s[\w-]+){0,3}?\s(?:customers?|buyers?|clients?|markets?|destinations?|suppliers?"
    r"|sources?|providers?|partners?)\b",
    re.IGNORECASE,
)
# "A, B's customer,": a capitalised name right before the comma that opens it
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s?,\s(?:the\s)?$")
# after the closing comma, "its"/"their" opens the subject's flow within a few words
_ITS_AFTER = re.compile(r",\s(?:[\w-]+\s){0,3}?(?:its|their)\s", re.IGNORECASE)
# "B's supplier, A, raised its ...": the name and its closing comma first
_NAME_AFTER = re.compile(r",\s(?:the\s)?[A-Z][\w.'’ -]{0,40}?(?=,)")


def relation_apposition(sentence: str, start: int, after_mark: int) -> bool:
    """Whether the possessive of the country starting at ``start`` (its mark ending at
    ``after_mark``) opens an appositive naming a trade relation whose subject's own flow
    follows ("its"/"their"); see the module's docstring."""
    relation = _RELATION.match(sentence, after_mark)
    if relation is None:
        return False
    end = relation.end()
    if _NAME_BEFORE.search(sentence, max(0, start - 40), start):
        return _ITS_AFTER.match(sentence, end) is not None
    name = _NAME_AFTER.match(sentence, end)
    return name is not None and _ITS_AFTER.match(sentence, name.end()) is not None
