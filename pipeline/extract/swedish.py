"""Swedish pages read through the English rules: the Swedish side of :mod:`pipeline.extract.foreign`.

Swedish trade news (SCB and Kommerskollegium releases, the chambers of commerce, the dailies)
writes "exporten till Danmark uppgick till 149 miljarder kronor", "ökade med 12 procent",
"minskade med". Country, month, currency and scale names come from the references (iso-codes and
the CLDR "sv"), the flow, period and hedge words from the ``sv`` rows of
``lexicon/foreign_words.csv``; German's reorder (:func:`pipeline.extract.german.reorder`) undoes
what verb-second order the two share after the gloss. Before the gloss (:func:`prepare`):

- the verb second after a fronted period ("År 2022 uppgick Sveriges export till Danmark till 149
  miljarder kronor": in 2022 amounted Sweden's exports to Denmark to ...): the flow subject goes
  before its verb, as English writes it; only a subject that is a flow (export, import, handel
  ...), and only up to the amount or its particle ("till", "med", "på").

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

_VERBS = r"uppgick|uppgår|utgjorde|utgör|ökade|minskade|steg|sjönk|växte|föll|låg|nådde"
_FLOWS = (
    r"export|import|handel|varuexport|varuimport|tjänsteexport|tjänsteimport|handelsutbyte"
    r"|handelsbalans|handelsöverskott|handelsunderskott|utrikeshandel"
)
_HEDGES = r"(?:drygt |nästan |knappt |cirka |omkring |över |runt |ungefär |närmare )?"
_VERB_SECOND = re.compile(
    rf"\b(?P<verb>{_VERBS}) (?P<subject>(?:[A-ZÅÄÖ][\w:]*s |den |det |de )?(?:svenska |samlade )?"
    rf"(?:{_FLOWS})\w*(?: [^\d,;.]*?)?) (?P<rest>(?:till |med |på )?{_HEDGES}[-−+]?\d)"
)


def prepare(text: str) -> str:
    """A Swedish sentence with a fronted period's inverted verb put after its subject."""
    return _VERB_SECOND.sub(r"\g<subject> \g<verb> \g<rest>", text)
