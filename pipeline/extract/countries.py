"""Country and bloc mentions in a text, with their spans (the gazetteer's surfaces).

Every stage that needs the economies of a sentence (pairs, roles, world totals, attribution)
reads them here; a page's title and first lines are read more than once, so spans are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.lower_names import lower_case_names
from pipeline.lexicon import gazetteer, vocabulary_groups


@dataclass
class CountrySpan:
    start: int
    end: int
    iso3: str
    kind: str


# "the Nigeria-based sect", "a London-headquartered firm", "a US-born analyst": the name says
# where someone sits, not an economy that trades in the sentence.
_SEATED = re.compile(r"[-–](?:based|born|headquartered|registered|listed)\b")


# "the third largest among ASEAN countries", "first among EU member states": the bloc is the
# group a partner is ranked in, not a side of the trade.
_AMONG = re.compile(r"\bamong\s(?:the\s)?(?:other\s)?$", re.IGNORECASE)


# "before the Taiwan dispute", "the Cyprus question": a name that modifies the noun of a
# political matter after "the" names the matter, not an economy of the sentence's trade
_MATTER = re.compile(
    r"\s(?:dispute|issue|question|conflict|crisis|row|affair|spat|standoff|saga)\b", re.IGNORECASE
)


def find_countries(text: str) -> list[CountrySpan]:
    """Country and bloc mentions with spans (the span excludes a leading "the"); a name glued to
    "-based", "-born", "-headquartered", "-registered", "-listed" is left out (``_SEATED``), a
    bloc a partner is ranked among (``_AMONG``), and a name modifying a political matter after
    "the" ("the Taiwan dispute", ``_MATTER``)."""
    return [CountrySpan(*found) for found in _country_spans(text)]


@lru_cache(maxsize=1024)
def _country_spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, iso3, kind) of ``find_countries``, cached: a page's title and first lines
    are read again for its context and attribution, and undated pages may be read twice."""
    gaz = gazetteer()
    out = []
    found = gaz.find(text)
    if lower := lower_case_names(text):  # "exports to kenya" (lower_names)
        found = sorted([*found, *lower])
    for start, end, surface in found:
        if text.startswith(("-", "–"), end) and _SEATED.match(text, end):
            continue
        if text.endswith("the ", 0, start) and _MATTER.match(text, end):
            continue
        mention = gaz.by_surface[surface]
        if (
            mention.iso3 in gaz.blocs
            and "mong" in text[max(0, start - 16) : start]
            and _AMONG.search(text, max(0, start - 16), start)
        ):
            continue
        out.append((start, end, mention.iso3, mention.kind))
    if "o-" in text and (combined := _combining_forms(text, out)):
        out = sorted([*out, *combined])
    if len(out) > 1 and any(found[2] in gaz.blocs for found in out):
        out = [f for i, f in enumerate(out) if not _qualifier(text, f, out[i + 1 :], gaz.blocs)]
    return tuple(out)


@lru_cache(maxsize=1)
def _combining() -> tuple[re.Pattern[str], dict[str, str]]:
    forms = {
        form: iso3 for iso3, found in vocabulary_groups("combining_form").items() for form in found
    }
    return re.compile(r"\b(" + "|".join(forms) + r")-(?=[A-Z])"), forms


def _combining_forms(text: str, found: list[tuple]) -> list[tuple]:
    """The combining form of an economy's name glued by a hyphen to another economy ("Indo-US
    trade", "Franco-German", "Anglo-Irish"; vocabulary ``combining_form``): a mention of the
    first economy, as a demonym. Only before a named economy: "Indo-Pacific" names none."""
    pattern, forms = _combining()
    starts = {f[0] for f in found}
    return [
        (m.start(), m.end() - 1, forms[m.group(1)], "demonym")
        for m in pattern.finditer(text)
        if m.end() in starts
    ]


# "exports to the EU states France and Italy", "ASEAN members Viet Nam and Laos": the bloc says
# which group the countries after it belong to; they are the sides of the trade, not it.
_MEMBERS_NEXT = re.compile(
    r"\s(?:member\s)?(?:states?|countries|members?|nations|economies)\s(?:the\s)?", re.I
)


def _qualifier(text: str, found: tuple, after: list[tuple], blocs) -> bool:
    """Whether a bloc mention only qualifies the country named right after it."""
    if found[2] not in blocs or not after:
        return False
    gap = _MEMBERS_NEXT.match(text, found[1])
    if gap is None and _MEMBERS_END.search(text, found[0], found[1]):
        gap = _SPACE.match(text, found[1])  # the bloc's own surface says it: "EU countries"
    return gap is not None and gap.end() == after[0][0] and after[0][2] not in blocs


_MEMBERS_END = re.compile(r"\s(?:states|countries|members|nations|economies)$", re.I)
_SPACE = re.compile(r"\s(?:the\s)?")
