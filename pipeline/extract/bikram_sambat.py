"""Bikram Sambat fiscal years on English pages, read as their Gregorian split years.

Nepali outlets writing in English date figures in Nepal's official calendar: "in fiscal year
2080/81 BS", "in 2063-64 BS", "the 2062-63 fiscal year", "FY 2077/78". Bikram Sambat runs 56 years
8-9 months ahead of the Gregorian calendar; its fiscal year opens on 1 Shrawan, mid-July, so BS
2080/81 is the Gregorian split year 2023/24 (first year minus :data:`BS_FISCAL_OFFSET`), which the
fiscal rules then read with Nepal's fiscal start (``fiscal_year_starts.csv``) and its months with
the BS calendar (:mod:`~.fiscal_calendars`). The Nepali-language module
(:mod:`~.nepali`) does the same for "आर्थिक वर्ष 2080/81".

Where (round 52): the rewrite is a reading, not a clean-up, so it happens in extraction, on the
text the rules read (``page_gloss.gloss_page``), and a figure's span and text index the sentence
as the page wrote it (``gloss_spans.Written``); the stored sentence keeps "2080/81 BS". Rounds 51
made it at ingest, rewriting the stored text.

Which years: "BS" after the year marks it whatever the year; unmarked, only a fiscal word next to
it ("fiscal year", "financial year", "FY" before; "fiscal"/"financial" after) and a first year from
2050 (1993 AD) on: no Gregorian split year that late is written as a past fiscal year, and a target
year such as "FY2047-48" stays Gregorian. Errors: none; a shape not listed stays as written.
"""

from __future__ import annotations

import re

from pipeline.extract.gloss_spans import Written

__all__ = ["BS_FISCAL_OFFSET", "bs_fiscal_years", "with_gregorian_fiscal_years"]

BS_FISCAL_OFFSET = 57
"""Years from a Bikram Sambat fiscal year's first year to its Gregorian one: 1 Shrawan 2080 BS
falls in July 2023 (Nepal's Ministry of Finance, "Economic Survey 2080/81", dates its fiscal
year 2023/24)."""

_BS_SPLIT = re.compile(
    r"(?:(?<![\w/.,-])|(?<=FY))(20\d\d)([/-])(\d{2,3}|20\d\d)(?![\w/-]|[.,]\d)( ?B\.? ?S\b)?"
)
_BS_FISCAL_BEFORE = re.compile(
    r"\b(?:fiscal|financial)(?: year)?(?: of)? ?$|\bFY ?$", re.IGNORECASE
)
_BS_FISCAL_AFTER = re.compile(r"[ -](?:fiscal|financial)\b")
# what every split year holds: one search of the page, most pages have none
_GATE = re.compile(r"20[0-9]{2}[/-][0-9]")


def _gregorian(m: re.Match[str]) -> str:
    year, sep, second, marker = m.group(1), m.group(2), m.group(3), m.group(4)
    first = int(year)
    following = int(second[-2:]) if len(second) < 4 else int(second) % 100
    if following != (first + 1) % 100:
        return m.group(0)  # not one year and the next ("2063-65")
    if not marker:
        before = m.string[max(0, m.start() - 24) : m.start()]
        fiscal = _BS_FISCAL_BEFORE.search(before) or _BS_FISCAL_AFTER.match(m.string, m.end())
        if first < 2050 or not fiscal:
            return m.group(0)
    gregorian = first - BS_FISCAL_OFFSET
    tail = f"{gregorian + 1}" if len(second) == 4 else f"{(gregorian + 1) % 100:02d}"
    return f"{gregorian}{sep}{tail}"


def bs_fiscal_years(text: str) -> str:
    """``text`` with each Bikram Sambat fiscal year (module doc) as its Gregorian split year
    ("fiscal year 2080/81 BS" -> "fiscal year 2023/24"); other text unchanged."""
    if not _GATE.search(text):
        return text
    return _BS_SPLIT.sub(_gregorian, text)


def with_gregorian_fiscal_years(
    title: str | None, rows: list[dict], written: dict[str, Written]
) -> tuple[str | None, list[dict], dict[str, Written]]:
    """An English page (title, sentence rows with ``sentence_id`` and ``text``, and the
    ``sentence_id -> Written`` of rewrites already made) with its Bikram Sambat fiscal years
    rewritten (:func:`bs_fiscal_years`); each rewritten sentence's ``Written`` keeps the page's
    own text as ``original``. The same objects when the page has none."""
    texts = [str(r["text"]) for r in rows]
    if not _GATE.search("\n".join([title or "", *texts])):
        return title, rows, written
    new_rows = []
    written = dict(written)
    for row, text in zip(rows, texts, strict=True):
        read = bs_fiscal_years(text)
        if read == text:
            new_rows.append(row)
            continue
        new_rows.append({**row, "text": read})
        before = written.get(row["sentence_id"])
        original = before.original if before is not None else text
        written[row["sentence_id"]] = Written(original, read)
    return (bs_fiscal_years(title) if title else title), new_rows, written
