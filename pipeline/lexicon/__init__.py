"""Lexicons as data: countries, currencies, scale words and trigger phrases live in CSV files here.

Adding a country alias, a currency or a trigger word is a one-line change to a CSV; the rules in
``extract``/``numbers``/``periods`` only read the compiled structures below, built once per process.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DIR = Path(__file__).parent


def _rows(name: str) -> list[dict[str, str]]:
    with (_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def _vocabulary_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((r["kind"], r["value"], r["phrase"]) for r in _rows("vocabulary.csv"))


def vocabulary(kind: str) -> tuple[str, ...]:
    """Phrases of one kind of ``vocabulary.csv``, in file order: ``title``, ``not_name``,
    ``role_word``, ``role_noun``, ``role_synonym``, ``currency_word``, ``abs_change``,
    ``stock_word``, ``physical_unit``."""
    return tuple(phrase for k, _, phrase in _vocabulary_rows() if k == kind)


def vocabulary_groups(kind: str) -> dict[str, tuple[str, ...]]:
    """Phrases of one kind grouped by their ``value`` column, both in file order."""
    groups: dict[str, list[str]] = {}
    for k, value, phrase in _vocabulary_rows():
        if k == kind:
            groups.setdefault(value, []).append(phrase)
    return {value: tuple(phrases) for value, phrases in groups.items()}


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def alternation(phrases: list[str]) -> str:
    """Regex alternation of literal phrases, longest first so "trade turnover" beats "trade"."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@dataclass(frozen=True)
class CountryMention:
    iso3: str
    kind: str  # "name", "alias", "demonym", "capital"


_FIRST_WORD = re.compile(r"[\w&]+(?:\.[\w&]+)*\.?")
# A capital starting a word, with (looked ahead, not consumed, so every capital is visited)
# the rest of its ``_FIRST_WORD``; "[A-Z]" comes first because re scans fast for a leading
# character class, and the look-behind after it is the "not after a word or $" test.
_WORD_START = re.compile(r"[A-Z](?<![\w$][A-Z])(?=(?P<rest>[\w&]*(?:\.[\w&]+)*\.?))")


@dataclass(frozen=True)
class Gazetteer:
    by_surface: dict[str, CountryMention]
    blocs: frozenset[str]
    # First word of every surface form -> the forms starting with it, longest first.
    by_first_word: dict[str, tuple[str, ...]]

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, surface) of country mentions, longest match first, left to right.

        A dictionary lookup per capitalised word instead of one regex alternation of ~900
        forms: linear in the text and about 20x faster on long inputs.
        """
        out: list[tuple[int, int, str]] = []
        pos = 0
        for match in _WORD_START.finditer(text):
            start = match.start()
            if start < pos:
                continue
            word = text[start : match.end("rest")]  # _FIRST_WORD.match(text, start)
            candidates = self.by_first_word.get(word, ())
            if not candidates and word.endswith("."):
                candidates = self.by_first_word.get(word[:-1], ())
            for surface in candidates:
                end = start + len(surface)
                if text.startswith(surface, start) and (
                    end == len(text) or not (text[end].isalnum() or text[end] in "_$")
                ):
                    out.append((start, end, surface))
                    pos = end
                    break
        return out


@cache
def gazetteer() -> Gazetteer:
    """Country and bloc surface forms matched case-sensitively on word boundaries."""
    by_surface: dict[str, CountryMention] = {}
    blocs: set[str] = set()
    for row in _rows("countries.csv"):
        code = row["iso3"]
        if row["kind"] == "bloc":
            blocs.add(code)
        for surface, kind in (
            [(row["name"], "name")]
            + [(a, "alias") for a in _split(row["aliases"])]
            + [(d, "demonym") for d in _split(row["demonyms"])]
            + [(c, "capital") for c in _split(row["capitals"])]
        ):
            by_surface.setdefault(surface, CountryMention(code, kind))
    by_first: dict[str, list[str]] = {}
    for surface in by_surface:
        first = _FIRST_WORD.match(surface)
        key = first.group(0) if first else surface
        by_first.setdefault(key, []).append(surface)
    index = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    return Gazetteer(by_surface, frozenset(blocs), index)


@dataclass(frozen=True)
class Currency:
    code: str
    usd_per_unit: float
    # Country-decided currencies ("¥", "rupees", "shillings"): (iso3, code) pairs; the page's
    # country among them decides the code, else ``code`` stands.
    context: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Currencies:
    by_symbol: dict[str, Currency]
    by_word: dict[str, Currency]


@cache
def currencies() -> Currencies:
    """Currency symbols (prefixes like "$", "€") and words (suffixes like "dollars", "tenge").

    ``usd_per_unit`` is an order-of-magnitude rate used only by the plausibility rule in
    ``numbers``; it never converts a published value.
    """
    by_symbol: dict[str, Currency] = {}
    by_word: dict[str, Currency] = {}
    for row in _rows("currencies.csv"):
        context = tuple(
            (iso3, code) for iso3, _, code in (c.partition(":") for c in _split(row.get("context")))
        )
        cur = Currency(row["code"], float(row["usd_per_unit"]), context)
        for s in _split(row["symbols"]):
            by_symbol.setdefault(s, cur)
        for w in _split(row["words"]):
            by_word.setdefault(w.lower(), cur)
    return Currencies(by_symbol, by_word)


@cache
def scales() -> dict[str, float]:
    """Scale words ("bn", "million") to multipliers, lower-cased."""
    return {row["word"].lower(): float(row["multiplier"]) for row in _rows("scales.csv")}


@cache
def number_words() -> tuple[str, ...]:
    """Cardinal number words ("seven", "twenty", "hundred"), lower-cased."""
    return tuple(row["word"].lower() for row in _rows("number_words.csv"))


@cache
def triggers(kind: str) -> dict[str, str]:
    """Trigger phrase (lower-cased) to its value, for one kind: flow, status, approx, ..."""
    return {
        row["phrase"].lower(): row["value"] for row in _rows("triggers.csv") if row["kind"] == kind
    }


@cache
def trigger_pattern(kind: str) -> re.Pattern[str]:
    """Case-insensitive word-bounded regex of one trigger kind's phrases."""
    return re.compile(r"(?<!\w)(" + alternation(list(triggers(kind))) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class FiscalYear:
    """A country's fiscal year: the month and day it starts, and whether a single-year name
    ("FY24", "fiscal 2024") names the calendar year it starts in or the one it ends in."""

    start_month: int
    start_day: int
    named_by_start: bool


@cache
def fiscal_years() -> dict[str, FiscalYear]:
    """ISO3 -> fiscal year, for the economies whose fiscal year is not the calendar year."""
    return {
        row["iso3"]: FiscalYear(
            int(row["start_month"]), int(row["start_day"]), row["named_by"] == "start"
        )
        for row in _rows("fiscal_years.csv")
    }
