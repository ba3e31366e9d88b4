"""Lexicons as data: countries, currencies, scale words and trigger phrases live in CSV files here.

Adding a country alias, a currency or a trigger word is a one-line change to a CSV; the rules in
``extract``/``numbers``/``periods`` only read the compiled structures below, built once per process.
"""

from __future__ import annotations

import csv
import datetime as dt
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
    ``stock_word``, ``physical_unit``, ``level_verb``, ``trade_noun``, ``owned_flow``,
    ``unofficial_source``, ``relayed_report``, ``world_circumstance``, ``not_product``, ``home_dollar``,
    ``bare_change``, ``single_crop``, ``honorific``."""
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
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


@dataclass(frozen=True)
class CountryMention:
    iso3: str
    kind: str  # "name", "alias", "demonym", "capital"


_FIRST_WORD = re.compile(r"[\w&]+(?:\.[\w&]+)*\.?")
# A capital starting a word, with (looked ahead, not consumed, so every capital is visited)
# the rest of its ``_FIRST_WORD``; "[A-Z]" comes first because re scans fast for a leading
# character class, and the look-behind after it is the "not after a word or $" test.
_WORD_START = re.compile(r"[A-Z](?<![\w$][A-Z])(?=(?P<rest>[\w&]*(?:\.[\w&]+)*\.?))")


# A given name is a person's when a surname follows it: "Chad Bown said", "Chad P. Bown, a
# fellow at ...". The surname ends where lower-case text or punctuation starts, so a title-case
# headline ("Chad Exports Rise") keeps the country; words of titles and institutions ("Chad
# Ministry of Trade") and dates ("trade with Chad Monday") are never surnames.
_CALENDAR = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    *("Saturday", "Sunday"),
)
_GIVEN_NAME = " <Name>"


def _surname_pattern() -> re.Pattern[str]:
    never = alternation([*vocabulary("not_name"), *vocabulary("title"), *_CALENDAR])
    return re.compile(
        rf"\s(?:[A-Z]\.\s)?(?!(?:{never})\b)(?P<surname>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ’'-]+)(?=\s[a-z]|[,.;:)]|$)"
    )


@dataclass(frozen=True)
class Gazetteer:
    by_surface: dict[str, CountryMention]
    blocs: frozenset[str]
    # First word of every surface form and homonym -> the forms starting with it, longest first.
    by_first_word: dict[str, tuple[str, ...]]
    # Longer phrases that contain a country's form but name something else ("New Jersey",
    # "Lake Chad", "Gulf of Guinea"): matched like forms, so the longest wins, and dropped.
    homonyms: frozenset[str] = frozenset()
    # Forms that are also given names: not a country when a surname follows ("Chad Bown").
    given_names: frozenset[str] = frozenset()
    surname: re.Pattern[str] = re.compile(r"(?!)")
    # A news outlet named after a country ("Vietnam News Agency", "the Times of India"):
    # ``outlets.csv``'s words after the form, and before it; the name is the outlet's, not a
    # side of a trade (NOTES: a news agency named as the source is no authority either).
    outlet_after: re.Pattern[str] = re.compile(r"(?!)")
    outlet_before: re.Pattern[str] = re.compile(r"(?!)")
    # What the text before a form ends with when ``outlet_before`` matches there: each form of
    # it and its space, maybe then a newline (``$`` matches before a final one); a form with
    # no such ending is not searched for one (the default "" asks every form).
    outlet_before_ends: tuple[str, ...] = ("",)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, surface) of country mentions, longest match first, left to right.

        A dictionary lookup per capitalised word instead of one regex alternation of ~1,000
        forms: linear in the text and about 20x faster on long inputs. A homonym, or a given
        name with a surname after it, takes its span (no shorter form inside it matches) and
        is not returned.
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
                    pos = end
                    outlet = self.outlet_after.match(text, end)
                    if outlet:
                        pos = outlet.end()
                    elif surface not in self.homonyms and not (
                        (surface in self.given_names and self._is_person(text, end))
                        or (
                            text.endswith(self.outlet_before_ends, 0, start)
                            and self.outlet_before.search(text, max(0, start - 20), start)
                        )
                    ):
                        out.append((start, end, surface))
                    break
        return out

    def _is_person(self, text: str, end: int) -> bool:
        surname = self.surname.match(text, end)
        return surname is not None and surname.group("surname") not in self.by_first_word


@cache
def gazetteer() -> Gazetteer:
    """Country and bloc surface forms matched case-sensitively on word boundaries, and the
    phrases of ``homonyms.csv`` that mask them.

    Raises ``ValueError`` when a homonym names an unknown economy or is itself a country's form
    (the two files would contradict each other), or a given name is no country's form.
    """
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
            # pages write the apostrophe curly as often as straight ("Côte d’Ivoire")
            by_surface.setdefault(surface.replace("'", "’"), CountryMention(code, kind))
    codes = {m.iso3 for m in by_surface.values()}
    homonyms: set[str] = set()
    given_names: set[str] = set()
    for row in _rows("homonyms.csv"):
        phrase, code = row["phrase"], row["iso3"]
        if code not in codes or phrase in by_surface:
            raise ValueError(f"homonyms.csv: {phrase!r} ({code}) is not a homonym of a form")
        if phrase.endswith(_GIVEN_NAME):
            given_names.add(phrase.removesuffix(_GIVEN_NAME))
        else:
            homonyms.add(phrase)
    if not given_names <= by_surface.keys():
        raise ValueError(f"homonyms.csv: given names {given_names - by_surface.keys()} unknown")
    by_first: dict[str, list[str]] = {}
    for surface in [*by_surface, *sorted(homonyms)]:
        first = _FIRST_WORD.match(surface)
        key = first.group(0) if first else surface
        by_first.setdefault(key, []).append(surface)
    index = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}
    outlets = {"after": [], "before": []}
    for row in _rows("outlets.csv"):
        outlets[row["position"]].append(row["form"])
    return Gazetteer(
        by_surface,
        frozenset(blocs),
        index,
        frozenset(homonyms),
        frozenset(given_names),
        _surname_pattern(),
        # capitalised words, whole: "Japan Timesheets" and "Japan times" are no outlet
        re.compile(rf" (?:{alternation(outlets['after'])})\b"),
        re.compile(rf"\b(?:{alternation(outlets['before'])}) $"),
        tuple(f"{form} {tail}" for form in outlets["before"] for tail in ("", "\n")),
    )


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
    # Codes listed only in capitals ("ALL", the Albanian lek's; "USD"): lower-cased keys of
    # ``by_word`` read only when the text writes them in capitals ("8 billion ALL", never "all").
    capitals_only: frozenset[str] = frozenset()

    def word(self, written: str) -> Currency | None:
        """The currency of a word written after an amount, as the text writes it."""
        key = written.lower()
        if key in self.capitals_only and not written.isupper():
            return None
        return self.by_word.get(key)


@cache
def economy_codes() -> frozenset[str]:
    """Every code of ``countries.csv``: ISO 3166-1 alpha-3 codes, bloc and former economies'."""
    return frozenset(row["iso3"] for row in _rows("countries.csv"))


@cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code of ``currencies.csv``."""
    return frozenset(row["code"] for row in _rows("currencies.csv"))


@cache
def currencies() -> Currencies:
    """Currency symbols (prefixes like "$", "€") and words (suffixes like "dollars", "tenge").

    ``usd_per_unit`` is an order-of-magnitude rate used only by the plausibility rule in
    ``numbers``; it never converts a published value.
    """
    by_symbol: dict[str, Currency] = {}
    by_word: dict[str, Currency] = {}
    written: dict[str, set[str]] = {}
    rows = _rows("currencies.csv")
    named = _named_choices(rows)
    for row in rows:
        context = tuple(
            (iso3, code) for iso3, _, code in (c.partition(":") for c in _split(row.get("context")))
        )
        if context:
            # every economy whose currency is named "<Adjective> <word>" writes the bare word
            # ("Mauritian rupees": "Rs" and "rupees" are Mauritius's too; round 48)
            listed = {iso3 for iso3, _ in context}
            words = {w for w in _split(row["words"]) if w.islower() and " " not in w}
            context += tuple(
                (iso3, code)
                for word, iso3, code in named
                if word in words and iso3 not in listed and code != row["code"]
            )
        cur = Currency(row["code"], float(row["usd_per_unit"]), context)
        for s in _split(row["symbols"]):
            by_symbol.setdefault(s, cur)
        for w in _split(row["words"]):
            by_word.setdefault(w.lower(), cur)
            written.setdefault(w.lower(), set()).add(w)
    capitals = frozenset(k for k, forms in written.items() if all(f.isupper() for f in forms))
    return Currencies(by_symbol, by_word, capitals)


def _named_choices(rows: list[dict]) -> list[tuple[str, str, str]]:
    """(bare word, issuer iso3, code) of each currency named by an adjective and a bare word
    ("Mauritian rupees": rupees, MUS, MUR), for the single-issuer codes of
    ``currency_issuers.csv``."""
    issuers = currency_issuers()
    out: list[tuple[str, str, str]] = []
    for row in rows:
        iso3 = issuers.get(row["code"])
        if iso3 is None:
            continue
        for name in _split(row["words"]):
            adjective, _, word = name.partition(" ")
            if word and " " not in word and adjective[:1].isupper() and word.islower():
                out.append((word, iso3, row["code"]))
    return out


@cache
def local_dollars() -> dict[str, str]:
    """Economies whose own currency is a dollar (iso3 to its code, ``local_dollars.csv``): the
    dollar a page about one of them may write as a bare "$" set apart from "US$"."""
    return {row["iso3"]: row["code"] for row in _rows("local_dollars.csv")}


@cache
def currency_issuers() -> dict[str, str]:
    """Code -> ISO3 of the one economy that issues it (ISO 4217; ``currency_issuers.csv``);
    currencies of several economies (USD, EUR, the CFA francs, XCD, XPF) have no row."""
    return {row["code"]: row["iso3"] for row in _rows("currency_issuers.csv")}


@cache
def scales() -> dict[str, float]:
    """Scale words ("bn", "million") to multipliers, lower-cased."""
    return {row["word"].lower(): float(row["multiplier"]) for row in _rows("scales.csv")}


@cache
def foreign_words() -> tuple[tuple[str, str, str], ...]:
    """Rows of ``foreign_words.csv``: (lang ``es``/``fr``/``pt``/``de``/``ru``/``it``/``ar``/``id``/``tr``/``pl``/``hy``/``ky``/``vi``/``cs``/``bg``/``sh``/``az``/``bn``/``uz``/``ro``/``sw``/``tl``/``nl``/``sv``/``ur``/``hi``/``fa``/``he``/``both``,
    phrase, its English gloss; ``both`` rows are read on every glossed page), in file order; read by
    ``pipeline.extract.foreign``."""
    return tuple((r["lang"], r["phrase"], r["english"]) for r in _rows("foreign_words.csv"))


# Uzbek Latin writes its letters oʻ and gʻ (and the tutuq belgisi of "maʼlumot") with whichever
# apostrophe a keyboard gives: ', ‘, ’, ʻ, ʼ or `. Between two Latin letters they are one letter:
# the modifier letter ʻ, as CLDR writes "Oʻzbekiston", and a word character (``\w``), so a phrase
# never ends or starts inside "Qozogʻiston"
# (the apostrophe first, the letter before it looked behind: re skips to the apostrophes instead
# of trying the look-behind at every position of the text; the same matches)
_UZ_APOSTROPHE = re.compile(r"['‘’ʻʼ`](?<=[A-Za-z].)(?=[A-Za-z])")


def uzbek_apostrophes(text: str) -> str:
    """``text`` with every apostrophe between two Latin letters written as Uzbek's ʻ."""
    return _UZ_APOSTROPHE.sub("ʻ", text)


# Persian as the gloss reads it (``pipeline.extract.persian.prepare``): Arabic "ي"/"ك" as the
# Persian letters, the zero-width non-joiner of "می‌شود", "رسانه‌های" left out (many pages drop
# it: "میشود"), and the hamza over the ezafe "ـهٔ" left out
_PERSIAN_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": None, "\u0654": None})


def persian_spelling(text: str) -> str:
    """``text`` in the one Persian spelling the gloss reads (above)."""
    return text.translate(_PERSIAN_LETTERS).replace("ۀ", "ه")


def gloss_spelling(lang: str, text: str) -> str:
    """A reference's word (iso-codes', the CLDR's) as the gloss of a ``lang`` page matches it:
    Uzbek's apostrophes as its one letter ʻ (the CLDR writes "Oʻzbekiston" but "Qo‘shma", "so‘m";
    a page any of them, :func:`uzbek_apostrophes`); Ukrainian's as "'" (iso-codes writes
    "Обʼєднані" and "Об’єднані", the gloss reads every apostrophe as "'",
    ``pipeline.extract.ukrainian.prepare``); any other language's as written."""
    if lang == "uk":
        return text.replace("’", "'").replace("ʼ", "'")
    if lang == "fa":
        return persian_spelling(text)
    if lang == "he":
        return text.replace("\u200f", "").strip()
    return uzbek_apostrophes(text) if lang == "uz" else text


@cache
def foreign_verbs() -> tuple[tuple[str, str, str], ...]:
    """Rows of ``foreign_verbs.csv``: (lang, infinitive, its bare English verb) of the verbs a
    target or a change is written with; their future and modal forms are derived by
    ``pipeline.extract.foreign_future``."""
    return tuple((r["lang"], r["infinitive"], r["english"]) for r in _rows("foreign_verbs.csv"))


@cache
def cardinal_words(lang: str) -> dict[str, int]:
    """The cardinal numbers a glossed language writes in words before a scale ("چھیاسی کروڑ",
    86 crore), word to value, for ``lang`` (rows of ``cardinal_words.csv``)."""
    return {r["word"]: int(r["value"]) for r in _rows("cardinal_words.csv") if r["lang"] == lang}


@cache
def fraction_words(lang: str) -> dict[str, tuple[str, float]]:
    """The fraction words of a South Asian language ("ڈیڑھ", one and a half; "साढ़े", and a half,
    before a number; "पौने", a quarter less), word to (kind, value): ``number`` (the word is the
    number), ``add`` or ``less`` (the value added to or taken from the number after it); rows of
    ``fraction_words.csv``, read by :mod:`pipeline.extract.south_asian_numbers`."""
    return {
        r["word"]: (r["kind"], float(r["value"]))
        for r in _rows("fraction_words.csv")
        if r["lang"] == lang
    }


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


@cache
def fiscal_year_starts() -> dict[tuple[str, int], dt.date]:
    """(ISO3, calendar year) -> the day that country's fiscal year starts in that year, where
    it moves with another calendar (Nepal's 1 Shrawan: 16 or 17 July); ``fiscal_years`` gives
    the usual day for the years not listed."""
    out = {}
    for row in _rows("fiscal_year_starts.csv"):
        day = dt.date.fromisoformat(row["start"])
        out[(row["iso3"], day.year)] = day
    return out


@cache
def _calendar_words(kind: str) -> dict[str, int]:
    return {
        row["word"].lower(): int(row["value"])
        for row in _rows("calendar_words.csv")
        if row["kind"] == kind
    }


def month_numbers() -> dict[str, int]:
    """Month names, full and abbreviated, lower-cased, to their number ("sept" -> 9), from
    ``calendar_words.csv``: the one month vocabulary that period phrases and page dates read."""
    return _calendar_words("month")


def ordinal_numbers() -> dict[str, int]:
    """Ordinals that number a quarter or half ("third", "3rd" -> 3), lower-cased."""
    return _calendar_words("ordinal")


@cache
def count_numbers() -> dict[str, int]:
    """Number words that count months ("one" .. "twelve") to their value, from
    ``number_words.csv``: a period phrase counts at most the twelve months of a year."""
    return {
        row["word"].lower(): int(row["value"])
        for row in _rows("number_words.csv")
        if int(row["value"]) <= 12
    }
