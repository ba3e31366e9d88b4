"""A sector that sets the topic of the next sentence (issue 15, the kind "wrong scope").

"Trade in services is also growing. In 2030 it rose by 41%": the pronoun's trade is the
sector the sentence before names as its topic, when that sentence read no figure of its own
(a figure read there would be the pronoun's antecedent, with its own scope). So is "these
exports" in "Steel products ranked second among A's exports to B. The value of these exports
totalled $11m". A topic sentence naming several sectors ("textiles and machinery") names none.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless
from pipeline.extract.context import DocContext
from pipeline.extract.numbers import find_mentions
from pipeline.extract.scope import _DESCRIPTIVE, in_cause
from pipeline.extract.slots import Slot, flow_at, trigger
from pipeline.lexicon import triggers

# "The main reason for the rise is crude oil imports", "driven by": a cause, not the topic
_CAUSE_WORDS = Caseless(
    re.compile(
        r"\b(?:reasons?|driven|due\sto|because|thanks\sto|owing\sto|result\sof|led\sby)\b",
        re.IGNORECASE,
    )
)

# "the value of these exports", "those shipments": a demonstrative for goods named before
_DEMONSTRATIVE = Caseless(
    re.compile(
        # ("these Irish exports": a demonym between)
        r"\b(?:these|those)\s(?:[A-Z][\w-]+\s)?(?:exports|imports|shipments|sales|products|goods)\b",
        re.IGNORECASE,
    )
)


def topic_sector(ctx: DocContext) -> str | None:
    """The one sector the sentence before names beside a trade word, when it read no figure."""
    prior = ctx.prior
    if prior is None or ctx.last_figure is not prior[2]:
        return None  # no sentence before, or it read a figure: that figure is the antecedent
    text = prior[0]
    if "xport" not in text and "mport" not in text and "rade" not in text and "hipment" not in text:
        return None  # (the cheap test first)
    if flow_at(text) is None or _CAUSE_WORDS.search(text):
        return None  # (a sector named as a change's cause is the part that drove it)
    if any(m.kind == "money" for m in find_mentions(text)):
        return None  # an amount left unread (one product's, the world's): a ranking, no topic
    named = {
        triggers("sector")[match.group(1).lower()]
        for match in trigger("sector").finditer(text)
        if not _DESCRIPTIVE.search(text[: match.start()]) and not in_cause(text, match.start())
    }
    return named.pop() if len(named) == 1 else None


# a label opening the sentence: "Agri-food products: France ranks among the top markets for these
# Irish exports, valued at €1.2bn" (a bullet of a page's list of sectors)
_LABEL = re.compile(r"^\W{0,3}([^:;.]{2,60}):\s")


def _label_sector(sentence: str, start: int) -> str | None:
    """The one sector a label before the figure names ("Agri-food products: ...")."""
    label = _LABEL.match(sentence)
    if label is None or label.end() > start:
        return None
    named = {
        triggers("sector")[match.group(1).lower()]
        for match in trigger("sector").finditer(label.group(1))
    }
    return named.pop() if len(named) == 1 else None


def demonstrative_sector(slot: Slot, ctx: DocContext) -> str | None:
    """The topic sector "these exports" in the figure's own clause points back to: a label
    opening its sentence, else the sentence before (``topic_sector``); or, with no
    demonstrative, a label naming one sector before a clause that names none ("Dairy products:
    Irish exports to France reached €0.5bn")."""
    if "these" not in slot.tail.lower() and "those" not in slot.tail.lower():
        if ":" in slot.sentence[:62]:
            return _label_sector(slot.sentence, slot.mention.start)
        return None
    if not _DEMONSTRATIVE.search(slot.tail):
        return None
    if ":" in slot.sentence and (label := _label_sector(slot.sentence, slot.mention.start)):
        return label
    return topic_sector(ctx)
