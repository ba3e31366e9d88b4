"""A page that converts its bare "$" amounts into US dollars in brackets ("$2.4 billion
(US$1.8 billion)") writes "$" for its home economy's dollar, not the US dollar (NOTES: "a local
dollar fixed by the page's own rate": the text itself sets "$" apart from US$); so are the
page's other bare-"$" amounts. The home dollar is the dollar of the page's pair economy that
writes one (``vocabulary.csv`` ``home_dollar``), the more mentioned first.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import vocabulary_groups

# A bare "$" amount (no letters glued before the sign: not "US$", "NZ$") with a bracketed US$
# amount right after it: "$2.4 billion (US$1.8 billion)", "$381m (about US$230 million)".
_CONVERTED = re.compile(
    r"(?<![A-Za-z$])\$\s?\d[\d.,]*\s?(?:[mb]n?|billion|million|trillion)?\s?"
    r"\((?:about\s|around\s|approximately\s|roughly\s|some\s|nearly\s)?US\s?\$\s?\d",
    re.IGNORECASE,
)


@cache
def _dollars() -> dict[str, str]:
    """iso3 -> the code of the dollar that economy writes as "$"."""
    return {
        iso3: code for code, iso3s in vocabulary_groups("home_dollar").items() for iso3 in iso3s
    }


def home_dollar(figures: list[dict], texts: tuple[str, ...], pair: tuple[str, ...]) -> None:
    """Set, in place, the unit of each bare-"$" USD figure to the home dollar when the page
    converts a bare-"$" amount into US$ in brackets somewhere and one of its pair writes a
    dollar; "US$5m", "$5m" on a page that never sets "$" apart from US$ stay USD."""
    code = next((_dollars()[iso3] for iso3 in pair if iso3 in _dollars()), None)
    if code is None or not any(f["unit"] == "USD" for f in figures):
        return
    if not any("US" in text and _CONVERTED.search(text) for text in texts):
        return
    for figure in figures:
        if figure["unit"] == "USD" and str(figure.get("text", "")).startswith("$"):
            figure["unit"] = code
