"""Page clean-up: entities and exotic spaces, the ``date`` header (publication date),
breadcrumbs, the headline kept apart, a repeated closing title dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.furniture import join_wrapped, strip_furniture
from pipeline.ingest.glued import unglue
from pipeline.ingest.published import find_published

HEADER_YEARS = range(1900, 2100)
"""Years a ``date`` header may carry, as the page dates of :mod:`pipeline.ingest.published`
(``19xx``/``20xx``). Outside them the header is no publication date: pandas dates stop at 1677
and 2262, so ``1025`` once failed the blocking ``documents_schema`` check of every run."""
# "Date 2025-03-01" is the same header: matched case-sensitively it was left in the text, where
# the page's date was found again (pipeline.ingest.published) but the line became the title.
# A store that knows only the month writes "date 2021-02": the page is dated the month's first
# day, so data of that month is never taken as already out ("January" on a February page is the
# January just past), and "last year" still names the year before.
_DATE_HEADER = re.compile(
    r"^\s*(?i:date)\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])(?:\s+\d{1,2}:\d{2})?[ \t]*\n?"
)


_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u205f\u3000\t]")


_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


_MULTISPACE = re.compile(r" {2,}")


# Site navigation that precedes the headline: "Home World ...", "Home > News > ...". Only known
# section names are stripped, since the headline itself starts with capitalised words.


def _page_sections() -> tuple[str, ...]:
    """Section names of news sites' navigation, from ``page_sections.csv`` (read once, here)."""
    with (Path(__file__).parent / "page_sections.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(row["section"] for row in csv.DictReader(fh))


_SECTIONS = _page_sections()


_BREADCRUMB = re.compile(
    r"^Home(?:\s*[>/»|›]?\s*(?:" + "|".join(map(re.escape, _SECTIONS)) + r")\b){0,3}\s*[>/»|›]?\s*"
)


_TITLE_MAX = 200
# a first line ending as a sentence ends is the lead sentence, no headline: the English stops
# and those of the scripts that write their own ("。" Chinese and Japanese, "۔" Urdu, "।" Hindi)
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "。", "！", "？", "۔", "।", "؟")


@dataclass(frozen=True)
class CleanDocument:
    text: str
    title: str | None
    published: dt.date | None


# A valuation basis written between a currency and its number ("USD FOB 1.673,1 millones", "US$
# CIF 2.3 billion", customs and trade-ministry copy): put before the currency ("FOB USD 1,673.1"),
# where the amount readers take it as a word before the amount. Same length: offsets hold.
_BASIS_INSIDE = re.compile(r"(?<![\w$])((?:[A-Z]{3}|US\$|[$€£¥])\s)(FOB|CIF|fob|cif)\s(?=\d)")


def _basis_first(text: str) -> str:
    if "FOB" not in text and "CIF" not in text and "fob" not in text and "cif" not in text:
        return text
    return _BASIS_INSIDE.sub(lambda m: f"{m.group(2)} {m.group(1).strip()} ", text)


# A currency symbol a feed spelled out in brackets ("(dollar)519.2 million", "(euro)1.2 billion";
# wire copy syndicated through a system without "$" or "€"): the symbol itself
_SPELLED_SYMBOL = re.compile(r"\((dollar|euro|pound|yen)\)\s?(?=\d)", re.IGNORECASE)
_SYMBOLS = {"dollar": "$", "euro": "€", "pound": "£", "yen": "¥"}


def _spelled_symbols(text: str) -> str:
    if ")" not in text or "(" not in text:
        return text
    return _SPELLED_SYMBOL.sub(lambda m: _SYMBOLS[m.group(1).lower()], text)


def normalise(text: str) -> str:
    """Entities decoded, exotic spaces to plain spaces, LF line ends, lines trimmed, a word glued
    to its figure set apart (:mod:`pipeline.ingest.glued`), a valuation basis inside an amount
    put before it ("USD FOB 1,673.1 million" -> "FOB USD 1,673.1 million"), a currency symbol
    spelled in brackets written as the symbol ("(dollar)519.2 million" -> "$519.2 million").
    Calendar readings (a Bikram Sambat fiscal year) are extraction's:
    :mod:`pipeline.extract.bikram_sambat`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = html.unescape(text)
    text = _basis_first(unglue(_INVISIBLE.sub("", _SPACES.sub(" ", text))))
    text = _spelled_symbols(text)
    lines = [_MULTISPACE.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines)


def clean(text: str) -> CleanDocument:
    """Strip the date header, breadcrumbs and a repeated closing title; keep the title apart."""
    text = normalise(text)
    published = None
    header = _DATE_HEADER.match(text)
    if header:
        try:
            published = dt.date(*(int(g or 1) for g in header.groups()))
        except ValueError:
            published = None
        if published is not None and published.year not in HEADER_YEARS:
            published = None  # a typo such as 1025 is no date, and would fail the contract
        text = text[header.end() :]
    if published is None:
        published = find_published(text)
    lines = join_wrapped(strip_furniture(text.split("\n")))
    while lines and not lines[0]:
        lines.pop(0)
    title = None
    if lines:
        first = lines[0]
        following = next((ln for ln in lines[1:] if ln), "")
        if first.startswith("Home"):
            if following and first.endswith(following) and first != following:
                lines.pop(0)
                first = following
                lines = lines[lines.index(following) :]
            else:
                first = _BREADCRUMB.sub("", first, count=1).strip()
                lines[0] = first
        if first and len(first) <= _TITLE_MAX and not first.endswith(_SENTENCE_ENDS):
            title = first
            lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if title and lines and lines[-1] == title:
        lines.pop()
    body = "\n".join(lines).strip("\n")
    body = re.sub(r"\n{3,}", "\n\n", body)
    return CleanDocument(body, title, published)
