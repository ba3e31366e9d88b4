"""A country's whole trade that the page's own figures show is not the pair's.

An amount whose sentence does not name the partner ("Exports rose 4% to $9.1bn", "Ruritania's
foreign trade turnover reached $3bn") takes its pair from the page. When the same page states,
with the partner named, the pair's trade for the very same period (or for a period that holds
the amount's: "in June" within "in the first half"), and the unowned amount exceeds all of it by
more than a quarter, it cannot be the pair's: one flow has one value per period, no flow exceeds
the pair's turnover, and no part of a period exceeds the whole. It is the country's trade with the world or a
group, not a figure (NOTES.md, "What is a figure"; the fj rule, "a flow word the page's own
figures contradict"), and so are the sentence's other figures of that pair (its change, its
earlier level, the other flow: "Exports rose 3% to $94bn and imports 6% to $88bn"), which the
sentence states for the same whole.

A level stated beside its services part ("exported $14.2bn in goods and $5.8bn in services to
B") counts with that part: the pair's whole flow is their sum.

A pointer at the partner ("to the country", "the two countries", "bilateral": the
``partner_ref`` triggers) or a pronoun continuing the pair's figure ("It reached $X") names it
as a country's name does; an undated amount is compared with
nothing (two undated periods need not be one).
"""

from __future__ import annotations

from pipeline.extract.countries import find_countries
from pipeline.extract.slots import trigger

MARGIN = 1.25
"""How far an unowned amount must exceed the pair's stated trade of the period (rounding and a
restatement in other words stay well inside it)."""


def _partner_named(figure: dict, sentence: str) -> bool:
    """The sentence names the figure's partner, or points at it ("exports to the country"; not
    "the country's exports", the reporter's own flow), or continues the pair's figure before it
    ("It reached $X": a follow-up, ``pair=inherited``)."""
    if "pair=inherited" in figure["evidence"] or "pair=2" in figure["evidence"]:
        return True  # (both economies named: no need to look for them again)
    if figure["partner"] in {c.iso3 for c in find_countries(sentence)}:
        return True
    return any(
        not sentence.startswith(("'s", "’s"), ref.end())
        for ref in trigger("partner_ref").finditer(sentence)
    )


def _within(f: dict, g: dict) -> bool:
    """``f``'s period is ``g``'s or a part of it ("in June" within "in the first half"): a flow
    over part of a period cannot exceed the same flow over all of it."""
    if (g["period_start"], g["period_end"]) == (f["period_start"], f["period_end"]):
        return True
    if f["period_start"] is None or g["period_start"] is None:
        return False
    return bool(g["period_start"] <= f["period_start"] and f["period_end"] <= g["period_end"])


def _flow_key(figure: dict) -> tuple:
    return (figure["sentence_id"], figure["flow"], figure["reporter"], figure["partner"])


def _services_beside(figures: list[dict]) -> dict[tuple, float]:
    """The services level a sentence states beside a flow's goods ("exported $14.2bn in goods
    and $5.8bn in services"), by (sentence, flow, reporter, partner): the pair's whole flow is
    the two together, so an unowned amount up to their sum is no whole trade."""
    out: dict[tuple, float] = {}
    for f in figures:
        if f["scope"] == "services" and f["measure"] == "level" and f["status"] == "actual":
            out[_flow_key(f)] = out.get(_flow_key(f), 0.0) + f["value"]
    return out


def _key(figure: dict) -> tuple:
    return (figure["sentence_id"], frozenset((figure["reporter"], figure["partner"])))


def without_whole_trade(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` less the unowned amounts (and their sentence's other figures of the pair) that exceed the pair's own stated trade of the same period (module doc)."""
    levels = [
        f
        for f in figures
        if f["measure"] == "level"
        and f["status"] == "actual"
        and f["scope"] == "total"
        and f["period_end"] is not None
    ]
    if len(levels) < 2:
        return figures
    text = {r["sentence_id"]: str(r["text"]) for r in rows}
    named = [_partner_named(f, text.get(f["sentence_id"], "")) for f in levels]
    stated = [f for f, n in zip(levels, named, strict=True) if n]
    if not stated:
        return figures
    services = _services_beside(figures)
    dropped = set()
    for f, n in zip(levels, named, strict=True):
        if n:
            continue
        pair = {f["reporter"], f["partner"]}
        same = [
            g["value"] + services.get(_flow_key(g), 0.0)
            for g in stated
            if g["flow"] in (f["flow"], "turnover")
            and g["unit"] == f["unit"]
            and {g["reporter"], g["partner"]} == pair
            # a directed flow is its pair's in one direction only (outward vs inward investment)
            and (g["flow"] == "turnover" or g["reporter"] == f["reporter"])
            and _within(f, g)
        ]
        if same and f["value"] > MARGIN * max(same):
            dropped.add(_key(f))
    if not dropped:
        return figures
    return [f for f in figures if _key(f) not in dropped]
