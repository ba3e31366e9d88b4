"""A "respectively" sentence whose list is of countries: "exports to A and B grew by 8% and 5%
respectively" (the i-th figure of each measure goes with the i-th economy of the run), and the
cheap gate and pattern that tell a "respectively" sentence (``respective_flows`` uses them too).
Run after the sentence's figures are bound, on their rows, in place.
"""

from __future__ import annotations

import re

from pipeline.extract.caseless import Caseless, lowers_exactly
from pipeline.extract.countries import CountrySpan
from pipeline.extract.lists import _LIST_GLUE
from pipeline.extract.roles import is_subject

_RESPECTIVELY = Caseless(  # (the lower-case twin: same matches, a faster scan)
    re.compile(
        r"\brespectively\b|(?:%|\bper\s?cent|\bpercent|\bbillion|\bmillion|\bbn|\bmln)\s+each\b",
        re.IGNORECASE,
    )
)


def _may_be_respective(sentence: str) -> bool:
    """A necessary condition for ``_RESPECTIVELY`` (the regex tries every position: ~10x the
    cost): "respectively", or "each" right after a whitespace character (``\\s+each``; a bare
    "each" test passed "reached", "reaching"). Tested on the lower-cased text when
    ``lowers_exactly`` (exact there, as the lower-case twin); any other text passes."""
    if not lowers_exactly(sentence):
        return True
    lowered = sentence.lower()
    if "respectively" in lowered:
        return True
    at = lowered.find("each", 1)
    while at != -1:
        if lowered[at - 1].isspace():  # what ``\s`` matches in a str pattern
            return True
        at = lowered.find("each", at + 1)
    return False


# "A with $4bn and B with $3bn, up 5% and 2% respectively", "A ($4bn) and B ($3bn)": each
# economy of the run with its own amount
_WITH_AMOUNT = re.compile(r"^\s(?:with\s[^;()]{1,30}?|\([^()]{1,30}\))(?:,\s|,?\sand\s)(?:the\s)?$")


def _glued(gap: str) -> bool:
    """Two economies of one run: list glue, or an amount of the first and then the glue."""
    if _LIST_GLUE.match(gap):
        return True
    return any(ch.isdigit() for ch in gap) and _WITH_AMOUNT.match(gap) is not None


# Two amounts joined by "and" with nothing between them but their units ("were 155 billion euros
# and 95 billion euros", "$5bn and $3bn"): after a run of exactly two economies named as one
# flow's partners ("Imports from China and the US into Germany were ..."), the pairing
# "respectively" would state, left unsaid (a pair "between A and B" is no such run)
_AMOUNT = (
    r"(?:[$€£¥₹]\s?|\bUS\$\s?|\b[A-Z]{3}\s?)?\d[\d.,]*\s?"
    r"(?:(?:billion|million|trillion|bn|mn|mln|bln|tn|m)\b\s?)?"
)
_PAIRED_AMOUNTS = re.compile(
    _AMOUNT + r"(?:(?:[a-z]+|[A-Z]{3})\s)?and\s" + _AMOUNT + r"(?:(?:[a-z]+|[A-Z]{3})\b)?(?!\s?%)"
)
# the partner preposition right before a run ("exports to A and B", "imports from the A and
# B"; ``joint_partners`` reads the same run as one joint partner)
_PARTNER_BEFORE = re.compile(r"\b(?:to|from|with)\s(?:the\s)?$", re.IGNORECASE)


def _paired(sentence: str, run: list[CountrySpan]) -> bool:
    """An unsaid "respectively" (``_PAIRED_AMOUNTS``) after a run of two partners."""
    if len(run) != 2 or not _PARTNER_BEFORE.search(
        sentence, max(0, run[0].start - 12), run[0].start
    ):
        return False
    return _PAIRED_AMOUNTS.search(sentence, run[-1].end) is not None


def country_run(sentence: str, countries: list[CountrySpan]) -> list[str]:
    """The longest coordinated run of economies ("A, B and C", "A with $4bn and B with $3bn")
    in a "respectively" sentence, or a run of two partners with two amounts joined by "and"
    after it (``_paired``)."""
    if len(countries) < 2:
        return []
    if not (_may_be_respective(sentence) and _RESPECTIVELY.search(sentence)):
        # (the substring test first: far cheaper than the case-insensitive regex)
        if " and " not in sentence:
            return []
        run = _longest_run(sentence, countries)
        return (
            [c.iso3 for c in run] if _paired(sentence, run) and run[0].iso3 != run[1].iso3 else []
        )
    best = _longest_run(sentence, countries)
    isos = [c.iso3 for c in best]
    return isos if len(best) >= 2 and len(set(isos)) == len(isos) else []


def _longest_run(sentence: str, countries: list[CountrySpan]) -> list[CountrySpan]:
    """The longest run of economies glued as one list (``_glued``)."""
    best: list[CountrySpan] = []
    run = [countries[0]]
    for before, c in zip(countries, countries[1:], strict=False):
        if _glued(sentence[before.end : c.start]):
            run.append(c)
        else:
            run = [c]
        if len(run) > len(best):
            best = list(run)
    return best


def respective(
    run: list[str],
    figures: list[dict],
    countries: list[CountrySpan],
    sentence: str = "",
    document: tuple[str | None, ...] = (),
) -> None:
    """ "Exports to A and B grew by 8% and 5% respectively": the i-th figure of each measure goes
    with the i-th economy of the run, against the economy named outside the run ("A, B and C were
    X's top partners"), else the first of ``document`` (the speaker's, the main reporter's, the
    article's countries) outside the run ("A, B and C were among the top partners with trade at
    $5bn, $4bn and $3bn respectively": the article's country trades with each), figures updated
    in place. Only the figures before "respectively" count when the word is there ("B and C
    followed with $8m and $5m ($7m and $4m) respectively, while D got $3m"), and then a group
    with fewer figures than the run takes its last economies. A group with more figures than
    the run counts from the run's first economy on ("A led with $9bn, up 4%, trailed by B with
    $5bn and C with $3bn, up 8% and 6%, respectively": A's amounts are no items)."""
    word = sentence.lower().rfind("respectively") if sentence else -1
    end = word if word >= 0 else len(sentence) or None  # ", while D got $3m": another clause
    anchor = next(
        (
            c.iso3
            for c in countries
            if c.iso3 not in run and (end is None or c.start < end) and c.kind != "referent"
        ),
        None,
    )  # (a "this country" stands in a partner slot: no anchor, ``this_country``)
    if anchor is None:
        anchor = next((iso for iso in document if iso and iso not in run), None)
    first = next((c.start for c in countries if c.iso3 == run[0]), 0)
    clause = _clause_start(sentence, first)
    by_measure: dict[tuple[str, str], list[dict]] = {}
    for figure in figures:
        if word >= 0 and figure.get("char_start", 0) > word:
            continue  # a figure after "respectively" is no item of the run
        if figure.get("char_start", 0) < clause:
            continue  # "A's exports were $3bn, while imports from B and C fell 5% and 4% ..."
        by_measure.setdefault((figure["measure"], figure["unit"]), []).append(figure)
    doing = _run_trades(sentence, countries, run)
    for group in by_measure.values():
        if len(group) > len(run):
            group = [figure for figure in group if figure.get("char_start", 0) >= first]
        if len(group) > len(run) or (len(group) < len(run) and word < 0):
            continue
        # A shorter group lost its first amounts ("839 and 587 million": a bare number before a
        # shared scale is no amount): its figures are the run's last items.
        for iso, figure in zip(run[len(run) - len(group) :], group, strict=True):
            if doing and figure["flow"] in ("exports", "imports"):
                # "B and C imported goods worth $5m and $4m, respectively": each one's own flow
                other = figure["partner"] if figure["reporter"] in run else figure["reporter"]
                other = anchor if other in run or other is None else other
                if other is not None and other != iso:
                    figure["reporter"], figure["partner"] = iso, other
            elif anchor and figure["reporter"] in run and figure["partner"] in run:
                figure["reporter"], figure["partner"] = anchor, iso
            elif figure["reporter"] in run and figure["partner"] != iso:
                figure["reporter"] = iso
            elif figure["partner"] in run and figure["reporter"] != iso:
                figure["partner"] = iso


# what opens another clause before the run: "X's exports were $3bn, while imports from A and B
# fell 5% and 4% respectively" (the $3bn is no item of the run)
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but|mientras|whilst)\b")


def _clause_start(sentence: str, first: int) -> int:
    """Where the clause holding the run's first economy (at ``first``) starts: after the last
    ";", "while", "whereas", "but" before it, else 0."""
    head = sentence[:first]
    if ";" not in head and "wh" not in head and "but" not in head and "mientras" not in head:
        return 0
    start = 0
    for match in _CLAUSE_BREAK.finditer(head):
        start = match.end()
    return start


def _run_trades(sentence: str, countries: list[CountrySpan], run: list[str]) -> bool:
    """Whether the run is the subject of a directed flow's verb ("B and C imported goods worth
    $5m and $4m, respectively", "B and C exported"): the run's last economy does it."""
    last = next((c for c in reversed(countries) if c.iso3 == run[-1]), None)
    return last is not None and last.kind != "demonym" and is_subject(sentence, last)
