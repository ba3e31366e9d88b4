"""Amounts each followed by their own counterpart: "Peru exported $367m to Chile, $169m to
Bolivia and $120m to Ecuador", "goods worth $52m were imported from A, goods worth $49m were
imported from B".

The binding rules give a figure the counterpart of its clause, which here also holds the country
of the item before it; when a sentence names no counterpart before its first amount and each
amount of a flow is followed by exactly one counterpart before the next amount, the i-th amount
goes with the i-th counterpart. Run after the sentence's figures are bound, on their rows, in
place.
"""

from __future__ import annotations

from pipeline.extract.countries import CountrySpan
from pipeline.extract.roles import _role

# the role of a directed flow's counterpart: "to X" for exports, "from X" for imports
_COUNTERPART = {"exports": "to", "imports": "from"}


def trailing_counterparts(sentence: str, countries: list[CountrySpan], figures: list[dict]) -> None:
    """Each (flow, measure, unit) group of two or more directed figures whose amounts and
    counterparts alternate, amount first, takes its counterparts in order (see the module):
    one counterpart between two amounts, at least one after the last, none before the first,
    each named once and none the figures' reporter."""
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for figure in figures:
        if figure["flow"] in _COUNTERPART:
            groups.setdefault((figure["flow"], figure["measure"], figure["unit"]), []).append(
                figure
            )
    for (flow, _, _), group in groups.items():
        if len(group) < 2:
            continue
        spans = [
            c.start
            for c in countries
            if c.kind != "capital" and _role(sentence, c) == _COUNTERPART[flow]
        ]
        if not spans or spans[0] < group[0]["char_start"]:
            continue  # "exports to A were $5m and to B $3m": the counterpart comes first
        isos = {c.start: c.iso3 for c in countries}
        ends = [f["char_start"] for f in group[1:]] + [len(sentence)]
        chosen = []
        for figure, end in zip(group, ends, strict=True):
            between = [start for start in spans if figure["char_end"] <= start < end]
            if not between or (len(between) > 1 and end < len(sentence)):
                break
            chosen.append(isos[between[0]])
        else:
            if len(set(chosen)) == len(chosen) and not {f["reporter"] for f in group} & set(chosen):
                for figure, iso in zip(group, chosen, strict=True):
                    figure["partner"] = iso
