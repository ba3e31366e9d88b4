"""Fact-sheet lines: a label, a colon, then the amount ("• Total trade in goods and services: £4.5
billion (increase of 3.1% ...)") under a page title naming a pair ("A Snapshot: A-B Trade
Relations"). A total label that names no economy is the page's pair's total, as a reader of the
sheet reads it; in prose the sentence before decides (``follow_up.prior_economies``)."""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan, find_countries

# "• Total trade in goods and services: ", "Total bilateral trade (2030): ": a label line opening
# with a total, with no digit or sentence mark before its colon.
_TOTAL_LABEL = re.compile(
    r"^\s*(?:[•·*▪◦]\s*|-\s)?(?:total|overall)\s[^:.;\d]{0,60}(?:\(\d{4}\))?:\s", re.IGNORECASE
)


def title_pair(title: str | None) -> tuple[str, ...]:
    """The two economies a title names, when it names exactly two (else none)."""
    found = {c.iso3 for c in find_countries(title) if c.kind != "capital"} if title else set()
    return tuple(sorted(found)) if len(found) == 2 else ()


def total_label(text: str) -> bool:
    """Whether a line is a total's label line ("Total trade in goods and services: £4.5bn")."""
    return _TOTAL_LABEL.match(text) is not None


def label_pair(text: str, pair: tuple[str, ...]) -> list[CountrySpan] | None:
    """The title's pair as the economies of a total label line naming none (spans with no place
    in the text: only the economies count), else None."""
    if len(pair) != 2 or not total_label(text):
        return None
    return [CountrySpan(0, 0, iso, "country") for iso in pair]


# "Outward stock of FDI (2029): £1.3bn", "outward investment of $2bn": the named (or page's home)
# economy's investment abroad, so it is the investor and the other side the recipient.
_OUTWARD = re.compile(r"\boutward\s(?:(?:stock|flows?)\sof\s)?(?:fdi|foreign\sdirect|invest)", re.I)


def outward(sentence: str) -> bool:
    """Whether an investment figure's sentence calls it outward investment (see ``_OUTWARD``)."""
    return "utward" in sentence and _OUTWARD.search(sentence) is not None
