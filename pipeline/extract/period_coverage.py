"""A sentence that says which months the figures around it cover: "Sweden's imports from Russia
fell 30%, from SEK 47bn in 2029 to SEK 33bn in 2030. The Statistics Sweden figures cover January
to October." The two amounts are January-October of each year, not the whole years the sentence
names (round 39, NOTES "Round 39"; the page hi12).

Rule: a sentence with no figure of its own that says the figures, data or statistics cover (are
for, refer to, relate to) a range of months with no year narrows each whole calendar year of the
figures of the sentence right before it, and of the sentence right after it when that one goes
on with the same reporter, to those months of its own year. Periods of another shape (a quarter,
a month, a fiscal year) and figures further away keep theirs.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.extract.period_record import _month_end, whole_year_span
from pipeline.extract.period_words import _MONTH, MONTHS

_COVER = re.compile(
    r"\b(?:figures|data|statistics|numbers)\b[^.;]{0,30}?\b"
    r"(?:cover|covers|covered|are\sfor|were\sfor|refer\sto|relate\sto|concern)\s"
    rf"(?:only\s)?(?:the\s)?(?:period\s)?(?:from\s|between\s)?(?P<m1>{_MONTH})"
    rf"\s?(?:-|–|to|through|and|until)\s?(?P<m2>{_MONTH})(?!\s?,?\s?(?:of\s)?(?:19|20)\d\d)",
    re.IGNORECASE,
)


# every ``_COVER`` match holds one of these (a cheap test of the page first)
_CUES = ("cover", "are for", "were for", "refer to", "relate to", "concern")


def covered_months(text: str) -> tuple[int, int] | None:
    """The first and last month (1-12) a coverage sentence names (module rule), or None; a
    range that runs backwards ("November to February") is no coverage of one year."""
    found = _COVER.search(text)
    if found is None:
        return None
    first = MONTHS[found["m1"].lower().rstrip(".")]
    last = MONTHS[found["m2"].lower().rstrip(".")]
    return (first, last) if first <= last else None


def with_coverage(figures: list[dict], rows: list[dict]) -> list[dict]:
    """``figures`` (finished dicts with ``sentence_id``, ``reporter``, ``period_start`` and
    ``period_end`` as dates) with the whole years around a coverage sentence of ``rows`` (the
    page's sentence rows in order) narrowed to the months it names (module rule)."""
    if not any(cue in str(r["text"]) for r in rows for cue in _CUES):
        return figures
    by_sentence: dict[object, list[int]] = {}
    for i, figure in enumerate(figures):
        by_sentence.setdefault(figure["sentence_id"], []).append(i)
    narrow: dict[int, tuple[int, int]] = {}
    for k, row in enumerate(rows):
        if (
            row["sentence_id"] in by_sentence
            or (months := covered_months(str(row["text"]))) is None
        ):
            continue
        before = by_sentence.get(rows[k - 1]["sentence_id"], []) if k else []
        narrow.update((i, months) for i in before)
        after = by_sentence.get(rows[k + 1]["sentence_id"], []) if k + 1 < len(rows) else []
        reporters = {figures[i]["reporter"] for i in before}
        narrow.update((i, months) for i in after if figures[i]["reporter"] in reporters)
    if not narrow:
        return figures
    out = list(figures)
    for i, (first, last) in narrow.items():
        figure = figures[i]
        if not whole_year_span(figure["period_start"], figure["period_end"]):
            continue
        year = figure["period_start"].year
        out[i] = {
            **figure,
            "period_start": dt.date(year, first, 1),
            "period_end": _month_end(year, last),
            "period_note": "the months a sentence beside it says the figures cover",
        }
    return out
