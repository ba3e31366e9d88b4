"""A "respectively" sentence whose list is of periods: "exports were $5.1bn and $6.2bn in 2029 and
2030, respectively", "up from $40m, $39m and $36m in August, September and October respectively".

The binding rules give every figure of such a sentence the period nearest it (here the list's
first year or month, or a month range "September and October"); this module hands the i-th
amount of a run of amounts ("$40m, $39m and $36m": joined by commas and "and") to the i-th period
of the run of periods before "respectively", as ``respective_flows`` does for a list of flows
and ``respective_countries`` for a list of countries. Years and months (with or without their
year) are read; a month without a year is the latest such month the page's date allows, as
"in August" alone is (``periods.find_periods``). Run after the sentence's figures are bound.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.periods import Period, find_periods

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_YEAR = r"(?:19|20)\d\d(?![\d/–-])"
_ITEM = rf"(?:{_MONTH}(?:,?\s{_YEAR})?|{_YEAR})"
# "in 2029 and 2030, respectively", "in August, September and October respectively", "during
# the years 2028, 2029 and 2030, respectively"
_RUN = re.compile(
    rf"\b(?:in|during|for)\s(?:the\s(?:years?|months?)\s(?:of\s)?)?"
    rf"(?P<run>{_ITEM}(?:(?:,\s|,?\s(?:and|&)\s){_ITEM})+),?\s(?:respectively)\b",
    re.IGNORECASE,
)
_ITEMS = re.compile(_ITEM, re.IGNORECASE)
# between two amounts of one run: a comma or "and" (and a hedge: "$40m, about $39m")
_AMOUNT_GLUE = re.compile(
    r"^(?:,\s|,?\s(?:and|&)\s)(?:(?:about|around|nearly|almost|some|over)\s)?$", re.IGNORECASE
)


def period_run(sentence: str, ref: dt.date | None) -> tuple[int, list[Period]] | None:
    """The start of a run of periods before "respectively" and each item's period, else None
    (no such run, or an item whose period cannot be read alone)."""
    found = _RUN.search(sentence)
    if found is None:
        return None
    periods: list[Period] = []
    for item in _ITEMS.finditer(found.group("run")):
        read = [p for p in find_periods(f"in {item.group()}", ref) if not p.comparison]
        if len(read) != 1:
            return None
        periods.append(read[0])
    return found.start(), periods


def respective_periods(
    sentence: str, out: list[tuple[dict, Period | None]], ref: dt.date | None
) -> list[tuple[dict, Period | None]]:
    """``out`` (a sentence's figures with their periods) with the i-th amount of each run of
    amounts before a run of periods (see the module) given the i-th period; the others as they
    are. A run counts when it holds as many amounts of one measure and unit as there are
    periods, the last such amounts before the periods, joined by commas or "and"."""
    run = period_run(sentence, ref)
    if run is None:
        return _parallel_periods(sentence, out, ref)
    start, periods = run
    k = len(periods)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (figure, _) in enumerate(out):
        if figure["char_end"] <= start:
            groups.setdefault((figure["measure"], figure["unit"]), []).append(i)
    given: dict[int, Period] = {}
    for indices in groups.values():
        last = indices[-k:]
        if len(last) != k or not all(
            _AMOUNT_GLUE.match(sentence[out[a][0]["char_end"] : out[b][0]["char_start"]])
            for a, b in zip(last, last[1:], strict=False)
        ):
            continue
        given.update(zip(last, periods, strict=True))
    if not given:
        return out
    return [(figure, given.get(i, period)) for i, (figure, period) in enumerate(out)]


# a run of amounts ending the clause before "respectively" ("came to $9.4bn and $9.0bn, respectively")
_RESPECTIVELY = re.compile(r"[,\s]*respectively\b", re.IGNORECASE)


# The run's own clause names no list the amounts could be "respectively" of ("..., with Peru and
# Brazil taking $3bn and $1bn, respectively": the countries', not the periods')
_OPENER = re.compile(r"^\s*(?:(?:while|whereas|and|but)\s)?", re.IGNORECASE)
_LISTED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)


def _run_clause(sentence: str, start: int, end: int) -> str:
    """The words of the run's own clause before its first amount: past the last comma or
    semicolon after the earlier amounts, and past an opening "while", "whereas", "and", "but"."""
    clause = re.split(r"[,;]", sentence[start:end])[-1]
    return _OPENER.sub("", clause)


def _same_kind(a: dict, b: dict) -> bool:
    return a["measure"] == b["measure"] and a["unit"] == b["unit"]


def _parallel_periods(
    sentence: str, out: list[tuple[dict, Period | None]], ref: dt.date | None
) -> list[tuple[dict, Period | None]]:
    """A run of amounts right before "respectively" with no period of its own takes, in order, the
    periods of as many amounts of the same measure and unit earlier in the sentence: "Exports rose
    to $1.8bn in FY25 from $1.6bn in FY24, while imports came to $9.4bn and $9.0bn, respectively"
    (FY25, then FY24). Nothing changes unless those periods are all read and all different."""
    if "espectively" not in sentence or len(out) < 4:
        return out
    for found in _RESPECTIVELY.finditer(sentence):
        before = [i for i, (figure, _) in enumerate(out) if figure["char_end"] <= found.start()]
        if not before or out[before[-1]][0]["char_end"] != found.start():
            continue
        run = [before[-1]]
        while run[0] > 0 and _same_kind(out[run[0] - 1][0], out[run[0]][0]):
            gap = sentence[out[run[0] - 1][0]["char_end"] : out[run[0]][0]["char_start"]]
            if not _AMOUNT_GLUE.match(gap):
                break
            run.insert(0, run[0] - 1)
        first = out[run[0]][0]
        earlier = [i for i in range(run[0]) if _same_kind(out[i][0], first)][-len(run) :]
        periods = [out[i][1] for i in earlier]
        clause = (
            _run_clause(sentence, out[earlier[-1]][0]["char_end"], first["char_start"])
            if earlier
            else ""
        )
        if (
            len(run) < 2
            or len(earlier) != len(run)
            or _LISTED.search(clause)
            or any(p is None or p.period_end is None for p in periods)
            or len({(p.period_start, p.period_end) for p in periods}) != len(periods)
            or find_periods(sentence[first["char_start"] : found.start()], ref)
        ):
            continue
        given = dict(zip(run, periods, strict=True))
        return [(figure, given.get(i, period)) for i, (figure, period) in enumerate(out)]
    return out
