"""Country and bloc mentions in a text, with their spans (the gazetteer's surfaces).

Every stage that needs the economies of a sentence (pairs, roles, world totals, attribution)
reads them here; a page's title and first lines are read more than once, so spans are cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lexicon import gazetteer


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


def find_countries(text: str) -> list[CountrySpan]:
    """Country and bloc mentions with spans (the span excludes a leading "the"); a name glued to
    "-based", "-born", "-headquartered", "-registered", "-listed" is left out (``_SEATED``), and
    a bloc a partner is ranked among (``_AMONG``)."""
    return [CountrySpan(*found) for found in _country_spans(text)]


@lru_cache(maxsize=1024)
def _country_spans(text: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, iso3, kind) of ``find_countries``, cached: a page's title and first lines
    are read again for its context and attribution, and undated pages may be read twice."""
    gaz = gazetteer()
    out = []
    for start, end, surface in gaz.find(text):
        if text.startswith(("-", "–"), end) and _SEATED.match(text, end):
            continue
        mention = gaz.by_surface[surface]
        if (
            mention.iso3 in gaz.blocs
            and "mong" in text[max(0, start - 16) : start]
            and _AMONG.search(text, max(0, start - 16), start)
        ):
            continue
        out.append((start, end, mention.iso3, mention.kind))
    return tuple(out)
