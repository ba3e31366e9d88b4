"""Two economies' own flows set side by side: "Lithuanian exports stood at €7.4bn and Estonian
exports at €5bn", "Lithuania's imports rose 4% while Estonia's imports fell 2%". Each economy
owns its flow and none is named as the other's destination or origin: the sentence compares two
national totals (their trade with the world, not a figure: CONTRACT.md), not one pair's two
directions. When both economies are the page's own pair ("Trade between Peru and Chile reached
$12bn. Peruvian exports stood at $7bn and Chilean exports at $5bn") they are read as that pair's
two directions, as before; ``sentence`` asks ``parallel_totals`` beside ``world.world_total``.
"""

from __future__ import annotations

from pipeline.extract.countries import CountrySpan
from pipeline.extract.roles import _role, is_subject
from pipeline.extract.slots import Slot, trigger

_DIRECTED = ("exports", "imports")


def parallel_totals(
    slot: Slot, economies: list[CountrySpan], flow: str | None, page_pair: tuple[str, ...]
) -> bool:
    """The slot's sentence sets two or more economies' own ``flow`` side by side (module doc):
    every economy it names (capitals aside) owns a flow word or is the subject of one, none is
    named on a partner's side ("to X", "from X", "with X"), the sentence has a flow word per
    economy and points at no partner ("the two countries", "trade with", "from it"), and the
    economies are not all of the page's pair."""
    if flow not in _DIRECTED:
        return False
    named = [c for c in economies if c.kind != "capital"]
    isos = {c.iso3 for c in named}
    if len(isos) < 2 or isos <= set(page_pair):
        return False
    sentence = slot.sentence
    if trigger("partner_ref").search(sentence):
        return False
    if len(trigger("flow").finditer(sentence)) < len(isos):
        return False
    return all(_role(sentence, c) in ("owner", "plain") and is_subject(sentence, c) for c in named)
