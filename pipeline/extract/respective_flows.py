"""A "respectively" sentence whose list is of flows, not countries: "total trade, exports and
imports rose by 0.8% to $36.7bn, 0.2% to $17.3bn and 1.3% to $19.4bn, respectively".

The binding rules give every figure the nearest flow word before it (here the list's last,
"imports"); this module hands the i-th figure of each measure to the i-th flow of the list, the
way ``respective_countries.respective`` does for a list of countries. Run after the sentence's
figures are bound, on their rows, in place.
"""

from __future__ import annotations

import re

from pipeline.extract.respective_countries import _RESPECTIVELY, _may_be_respective
from pipeline.extract.slots import trigger
from pipeline.lexicon import triggers

# Flow words of one list: "trade, exports and imports", and with each its own preposition,
# "exports to and imports from China" (the same partner on both sides of "and").
_FLOW_GLUE = re.compile(r"^(?:\s(?:to|from|with))?(?:,\s|,?\sand\s|\s&\s)(?:the\s)?$")
# ... in a "respectively" sentence each flow word may carry its own partner and qualifiers
# ("Peru's exports to Chile and imports from Chile", "Peruvian merchandise exports to Chile and
# Chilean merchandise imports to Peru"): a named partner before the glue, up to three words after
_FLOW_GLUE_NAMED = re.compile(
    r"^(?:\s(?:to|from|with|into)(?:\s(?:the\s)?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2})?)?"
    r"(?:,\s|,?\sand\s|\s&\s)(?:the\s)?(?:[\w'’-]+\s){0,3}$"
)
_PAIRED = re.compile(r"\s(?:to|from|with)\s(?:and|&)\s", re.IGNORECASE)
# "were $45m and $41m": two amounts joined by "and", nothing else between them
_JOINED = re.compile(r"^\S{0,4}\s?(?:and|&)\s\S{0,4}$")


def flow_run(sentence: str, first_figure: int, start: int = 0) -> list[str]:
    """The flows of a coordinated run of flow words ("trade, exports and imports") that ends
    before the sentence's first figure (character ``first_figure``) in a "respectively"
    sentence, or one whose flows each take a preposition ("exports to and imports from");
    [] when there is none, or it names a flow twice. ``start``: where the clause of that
    figure's list begins (after an earlier "respectively", ``respective_clauses``)."""
    if not (_may_be_respective(sentence) and _RESPECTIVELY.search(sentence)) and not (
        " and " in sentence and _PAIRED.search(sentence, 0, first_figure)
    ):
        return []
    found = trigger("flow").finditer(sentence[start:first_figure])
    glue = (
        _FLOW_GLUE_NAMED
        if _may_be_respective(sentence) and _RESPECTIVELY.search(sentence)
        else _FLOW_GLUE
    )
    best: list[str] = []
    run: list[str] = []
    previous_end: int | None = None
    for match in found:
        flow = triggers("flow")[match.group(1).lower()]
        glued = previous_end is not None and glue.match(
            sentence[previous_end : start + match.start()]
        )
        run = [*run, flow] if glued else [flow]
        previous_end = start + match.end()
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 and len(set(best)) == len(best) else []


def respective_clauses(sentence: str, figures: list[dict]) -> list[tuple[int, list[dict]]]:
    """The figures of each "respectively" list of a sentence that holds two or more, with where
    its clause starts (the end of the "respectively" before it): "imports came to $0.9bn and
    $1.0bn in 2029 and 2030 respectively, meaning that exports and imports went up by 14.2 and
    11.3 percent respectively" -> the first two amounts, then the two rates (whose run of flows
    is the one after the first "respectively"). [(0, figures)] for a sentence with one."""
    if not _may_be_respective(sentence):
        return [(0, figures)]  # (no match: the scan of every position is skipped)
    ends = [m.end() for m in _RESPECTIVELY.finditer(sentence)]
    if len(ends) < 2:
        return [(0, figures)]
    out: list[tuple[int, list[dict]]] = []
    start = 0
    for end in ends:
        own = [f for f in figures if start <= f["char_start"] < end]
        if own:
            out.append((start, own))
        start = end
    return out


# "by 0.8% to 36.7 trillion yen": a change right before the level it reaches
_TO_LEVEL = re.compile(r"\s?(?:to|reaching|at)\s(?:about\s|around\s)?\S{0,4}$", re.IGNORECASE)


def respective_flows(run: list[str], figures: list[dict], sentence: str) -> None:
    """The i-th figure of each (measure, unit) takes the i-th flow of ``run`` when that measure
    has exactly one figure per flow (investment figures stay out: the run is of trade flows);
    a change whose group is short of the run ("by 0.8% to 36.7 trillion yen, 0.2% to ...", one
    percentage unread) takes the flow of the level it reaches. Figures updated in place."""
    by_measure: dict[tuple[str, str], list[dict]] = {}
    for figure in figures:
        if figure["flow"] != "investment":
            by_measure.setdefault((figure["measure"], figure["unit"]), []).append(figure)
    done: set[int] = set()
    # without "respectively" only amounts joined by "and" pair off ("exports to and imports
    # from X were $45m and $41m"; not "rose to $3bn from $2bn")
    joined_only = not _RESPECTIVELY.search(sentence)
    for group in by_measure.values():
        if len(group) != len(run):
            continue
        if joined_only and not all(
            _JOINED.match(sentence[a["char_end"] : b["char_start"]])
            for a, b in zip(group, group[1:], strict=False)
        ):
            continue
        for flow, figure in zip(run, group, strict=True):
            figure["flow"] = flow
            done.add(id(figure))
    for figure, after in zip(figures, figures[1:], strict=False):
        if id(figure) in done or id(after) not in done or after["measure"] != "level":
            continue
        if _TO_LEVEL.match(sentence[figure["char_end"] : after["char_start"]]):
            figure["flow"] = after["flow"]
