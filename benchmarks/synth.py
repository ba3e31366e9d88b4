"""Deterministic synthetic news articles about bilateral trade, with gold figures.

``python -m benchmarks.synth --docs N --out DIR [--seed S]`` writes ``DIR/<doc_id>.txt`` and
``DIR/gold.csv`` (the contract's gold columns). Article ``i`` depends only on ``(seed, i)``, so
the first 1,000 articles of a 10,000-article corpus are the 1,000-article corpus.

What the articles contain: a headline; a lead with a bilateral turnover figure, its period and
who states it (a named official, a statistics office, customs, "the Kazakh side", a joint
statement, or nobody), often with a change (percent, absolute, "1.5-fold", "doubled"); the
exports/imports split, sector figures, investment, follow-up changes ("That is 2 times more
..."), a target ("by 2030", "this year", "over the next five years", ranges, "half a billion
dollars"); and noise: tonnes, km, trucks per day, participants, shares of a total, phone numbers,
years, a "Read also" line, loans that are not trade, filler sentences. Number formats vary ($,
US$, USD, words; bn/bln/m/mln/mn; thousands separators; decimal commas; full digits) and so do
currencies (USD, EUR, RUB, KGS, CNY, KZT, GBP, JPY, UZS, TRY, INR). Some files carry input quirks
from the contract: no date header, a date header sharing the first line, breadcrumbs, ``&nbsp;``,
CRLF, a BOM, a repeated title.

Values come from a small deterministic "world": each country pair has annual trade that
grows year to year, and each side's statistics office reports its own (mirror) number. So
articles from the same side agree, possibly at different precision, and articles from the two
sides conflict: the corpus exercises reconciliation like real news.

Gold conventions (CONTRACT.md and ``tests/data/corpus/gold.csv``): values fully scaled (``$1.34bn``
-> 1340000000), percent changes signed, ranges at their midpoint with ``approx`` true; a figure
whose sentence names no period takes the period of the document's previous actual figure; a
target "by 2030" has only an end; relative periods ("last year") in an undated article are null;
``source_country`` is the authority stating the figure (a sentence without attribution
continues the current speaker); joint statements and unattributed articles have none.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import hashlib
import random
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

GENERATOR_VERSION = "1"
GOLD_COLUMNS = [
    "doc", "flow", "scope", "reporter", "partner", "period_start", "period_end", "measure",
    "value", "unit", "status", "approx", "source_country",
]  # fmt: skip
COUNTRIES_CSV = Path(__file__).resolve().parents[1] / "pipeline" / "lexicon" / "countries.csv"

# Countries whose home side writes most of the articles (the project's region first).
HOMES = {
    "KAZ": 8, "KGZ": 6, "UZB": 7, "TJK": 4, "TKM": 3, "RUS": 6, "BLR": 3, "ARM": 3, "AZE": 4,
    "GEO": 3, "MNG": 2, "CHN": 5, "TUR": 3, "IRN": 2, "PAK": 2, "IND": 3, "KOR": 2, "DEU": 2,
    "VNM": 1, "ARE": 2, "MDA": 1, "UKR": 1, "POL": 1, "JPN": 1, "EGY": 1, "SAU": 1,
}  # fmt: skip
NEIGHBOURS = {
    "KAZ": "KGZ UZB RUS CHN TJK TKM AZE TUR EU EAEU BLR DEU",
    "KGZ": "KAZ UZB TJK RUS CHN TUR EAEU",
    "UZB": "KAZ KGZ TJK TKM RUS CHN TUR AFG KOR BLR",
    "TJK": "UZB KAZ KGZ RUS CHN AFG IRN",
    "TKM": "UZB KAZ AZE IRN CHN TUR RUS AFG",
    "RUS": "KAZ BLR CHN ARM KGZ UZB TJK AZE TUR IND IRN",
    "CHN": "RUS KAZ MNG KGZ UZB VNM KOR JPN SAU PAK",
    "BLR": "RUS KAZ UZB AZE ARM CHN EAEU",
    "ARM": "RUS GEO IRN EU EAEU",
    "AZE": "TUR RUS GEO KAZ TKM UZB ITA",
    "GEO": "TUR AZE ARM RUS EU KAZ",
    "MNG": "CHN RUS",
    "TUR": "AZE GEO UZB KAZ KGZ TKM IRN RUS",
    "IRN": "TKM ARM IRQ TUR ARE",
}  # fmt: skip
# Order-of-magnitude rates used only to make plausible local-currency amounts.
USD_PER_UNIT = {
    "USD": 1.0, "EUR": 1.08, "RUB": 0.0105, "KGS": 0.0114, "CNY": 0.139, "KZT": 0.0021,
    "GBP": 1.26, "JPY": 0.0068, "UZS": 0.000079, "TRY": 0.031, "INR": 0.012,
}  # fmt: skip
LOCAL_CURRENCY = {
    "KAZ": "KZT", "KGZ": "KGS", "RUS": "RUB", "CHN": "CNY", "GBR": "GBP", "JPN": "JPY",
    "UZB": "UZS", "TUR": "TRY", "IND": "INR",
}  # fmt: skip
PREFIXES = {
    "USD": ["$"] * 6 + ["US$", "USD "], "EUR": ["€", "€", "€", "EUR "], "RUB": ["RUB "],
    "KGS": ["KGS "], "CNY": ["CNY ", "RMB "], "KZT": ["KZT ", "KZT ", "₸"], "GBP": ["£"],
    "JPY": ["JPY "], "UZS": ["UZS "], "TRY": ["TRY "], "INR": ["₹", "INR "],
}  # fmt: skip
SUFFIXES = {
    "USD": (0.15, [" US dollars", " dollars", " U.S. dollars"]), "EUR": (0.3, [" euros"]),
    "RUB": (0.6, [" roubles", " rubles"]), "KGS": (0.5, [" soms"]), "CNY": (0.6, [" yuan"]),
    "KZT": (0.5, [" tenge"]), "GBP": (0.2, [" pounds"]), "JPY": (0.7, [" yen"]),
    "UZS": (0.3, [" soums"]), "TRY": (0.4, [" liras"]), "INR": (0.4, [" rupees"]),
}  # fmt: skip
SCALE_WORDS = {
    # (word, attached to the digits, weight)
    Decimal(10) ** 12: [("trillion", False, 5), ("trn", False, 1), ("tn", False, 1)],
    Decimal(10) ** 9: [("billion", False, 7), ("bn", True, 2), ("bn", False, 1), ("bln", False, 1)],
    Decimal(10) ** 6: [
        ("million", False, 7), ("m", True, 1), ("mln", False, 1), ("mn", False, 1), ("M", True, 1)
    ],
    Decimal(10) ** 3: [("thousand", False, 1)],
}  # fmt: skip
SECTORS = {
    "agriculture": ["agricultural products", "food products", "wheat", "fruit and vegetables"],
    "energy": ["natural gas", "electricity", "crude oil"],
    "textiles": ["textiles"],
    "machinery": ["machinery and equipment", "machinery", "vehicles"],
    "metals": ["steel", "copper", "metals", "aluminium"],
}
SECTOR_ADJECTIVES = {"agriculture": "agricultural", "energy": "energy", "textiles": "textile"}
MONTH_NAMES = [calendar.month_name[i] for i in range(13)]
COUNT_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven",
}  # fmt: skip
ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_FIRST_NAMES = (
    "Aziz Bakyt Nurlan Rustam Farrukh Igor Murat Sherzod Talant Davit Giorgi Askar Otabek Yerlan "
    "Ramil Nino Andrei Elena Anna Marco Ahmed Omar Kenji Arjun Maria Pavel Timur Dilnoza Gulnara "
    "Zhanna Oleg Sergei Hassan Kamal Lars Pierre Luis Carlos Hiroshi Ravi Tomas Erik Mehmet Emre "
    "Nodir Ulugbek Kanat Azamat Bolat Daniyar Aibek Ruslan Vusal Tigran Levan Zurab Wei Batbold"
)
FIRST_NAMES = _FIRST_NAMES.split()
_SURNAMES = (
    "Karimov Torobaev Saparov Sharipov Nazarov Petrov Ozkan Aliyev Sydykov Lomidze Temirbekov "
    "Yusupov Abdrakhmanov Gasimov Kvaratskhelia Rusu Belov Orazov Kapanadze Mammadov Hakobyan "
    "Grigoryan Beridze Tashiev Jumabaev Rakhimov Ismoilov Khodjaev Nurmatov Omarov Suleimenov "
    "Zhakupov Bekov Volkov Smirnov Novak Horvat Fischer Rossi Dubois Garcia Silva Tanaka Sato "
    "Nguyen Sharma Gupta Haddad Yilmaz Demir Kaya Larsen Jansen Kowalski Popescu Ionescu Mensah "
    "Okafor Zhang Batbayar"
)
SURNAMES = _SURNAMES.split()
MINISTER_TITLES = [
    "Trade Minister", "Economy Minister", "Deputy Prime Minister", "Prime Minister",
    "Foreign Minister", "Deputy Foreign Minister", "Minister of Economy",
    "Minister of Investment, Industry and Trade", "Deputy Minister of Economy",
]  # fmt: skip
VENUES = ["at a briefing", "at a press conference", "at a business forum", "during the talks"]
COMMODITIES = ["wheat", "coal", "cement", "cotton", "fertilisers", "rolled steel", "oil"]
FILLERS = [
    "The sides discussed cooperation in transport, logistics, energy and agriculture.",
    "Particular attention was paid to the development of transit corridors.",
    "The parties agreed to simplify customs procedures at border crossings.",
    "A number of documents were signed following the talks.",
    "The delegations also reviewed the implementation of earlier agreements.",
    "Officials expect further growth in industrial cooperation.",
    "The meeting was held in a constructive atmosphere.",
    "Digitalisation of customs procedures was named a priority.",
]


@dataclass(frozen=True)
class Country:
    iso3: str
    names: tuple[str, ...]  # running-text surfaces, canonical first ("the European Union", ...)
    dem: str | None
    capital: str | None
    side: str | None  # "Kazakh side"
    bloc: bool = False


def _the(alias: str) -> str | None:
    """The running-text form of a country alias, or None when it is not used in prose."""
    if alias.endswith(" side") or alias in ("Kirgizia", "Kirghizia", "Byelorussia", "US", "U.S."):
        return None
    if alias.startswith(("Republic of", "Islamic Republic", "Federal Republic", "Kingdom of")):
        return "the " + alias
    if alias in ("PRC", "UAE", "USA", "UK", "Kyrgyz Republic", "Russian Federation", "Emirates"):
        return "the " + alias
    if alias in ("People's Republic of China", "Czech Republic", "Slovak Republic"):
        return "the " + alias
    if alias in ("Turkey", "Korea", "Britain", "Viet Nam", "Burma", "Holland"):
        return alias
    return None


def load_countries(path: Path = COUNTRIES_CSV) -> dict[str, Country]:
    """ISO3 codes and English names from the project's country lexicon (a data file)."""
    out: dict[str, Country] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
            dems = [d.strip() for d in row["demonyms"].split("|") if d.strip()]
            caps = [c.strip() for c in row["capitals"].split("|") if c.strip()]
            if row["kind"] == "bloc":
                if row["iso3"] == "EU":
                    names = ("the European Union", "the EU", "EU countries", "EU member states")
                elif row["iso3"] == "EAEU":
                    names = ("the Eurasian Economic Union", "the EAEU", "EAEU countries")
                else:
                    continue
                out[row["iso3"]] = Country(row["iso3"], names, None, None, None, bloc=True)
                continue
            if not dems or not caps:
                continue
            name = row["name"]
            if name.startswith("United ") or name in ("Netherlands", "Philippines"):
                name = "the " + name
            extra = tuple(s for s in (_the(a) for a in aliases) if s and s != name)
            side = next((a for a in aliases if a.endswith(" side")), None)
            out[row["iso3"]] = Country(row["iso3"], (name, *extra), dems[0], caps[0], side)
    return out


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def poss(surface: str) -> str:
    return surface + ("'" if surface.endswith("s") else "'s")


def _unit_hash(seed: int, *parts: object) -> float:
    digest = hashlib.blake2b("|".join(map(str, (seed, *parts))).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


@dataclass(frozen=True)
class Per:
    """A period as written (with its preposition) and as dates; ``months`` keys world values."""

    text: str
    start: dt.date | None
    end: dt.date | None
    months: tuple[int, int, int] | None = None  # (year, first month, last month)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, m1: int, m2: int, text: str, null: bool = False) -> Per:
    if null:
        return Per(text, None, None, (year, m1, m2))
    return Per(text, dt.date(year, m1, 1), _month_end(year, m2), (year, m1, m2))


@dataclass
class World:
    """Deterministic trade between pairs, as each side's statistics report it."""

    seed: int

    def h(self, *parts: object) -> float:
        return _unit_hash(self.seed, *parts)

    def annual(self, a: str, b: str, year: int) -> float:
        a, b = sorted((a, b))
        base = 10 ** (7.5 + 3.1 * self.h("base", a, b))
        growth = 1 + 0.12 * (self.h("growth", a, b) - 0.3)
        wobble = 1 + 0.3 * (self.h("year", a, b, year) - 0.4)
        return base * growth ** (year - 2018) * wobble

    def mirror(self, a: str, b: str, year: int, side: str | None) -> float:
        """The partner side's statistics differ from the first side's by 6-36%."""
        lo, _ = sorted((a, b))
        if side is None or side == lo or side not in (a, b):
            return 1.0
        delta = 0.06 + 0.3 * self.h("mirror", a, b, year)
        return 1 + delta if self.h("mirror-sign", a, b) < 0.6 else 1 - delta / 2

    def turnover(self, a: str, b: str, months: tuple[int, int, int], side: str | None) -> float:
        year, m1, m2 = months
        season = 0.9 + 0.2 * self.h("season", *sorted((a, b)), year, m1, m2)
        value = self.annual(a, b, year) * (m2 - m1 + 1) / 12 * season
        return value * self.mirror(a, b, year, side)

    def exports(self, origin: str, dest: str, months: tuple[int, int, int], side: str | None):
        lo, hi = sorted((origin, dest))
        share = 0.15 + 0.7 * self.h("share", lo, hi, months[0])
        total = self.turnover(origin, dest, months, side)
        return total * (share if origin == lo else 1 - share)

    def sector(self, origin: str, dest: str, scope: str, months, side: str | None) -> float:
        return self.exports(origin, dest, months, side) * (0.05 + 0.4 * self.h("sec", scope))

    def investment(self, recipient: str, investor: str, months, side: str | None) -> float:
        frac = 0.03 + 0.25 * self.h("inv", recipient, investor)
        return self.turnover(recipient, investor, months, side) * frac


@dataclass
class Fig:
    flow: str
    reporter: str
    partner: str
    per: Per | None  # None: inherit the previous actual figure's period
    measure: str
    value: Decimal
    unit: str
    status: str = "actual"
    approx: bool = False
    scope: str = "total"


@dataclass
class Person:
    full: str
    surname: str
    iso3: str
    role: str  # "the minister", "the ambassador", ...


@dataclass
class Speaker:
    """Who states the figures: a person, an agency, or nobody (joint statement, unattributed)."""

    iso3: str | None
    person: Person | None = None
    agency: str | None = None


@dataclass
class Article:
    doc_id: str
    rng: random.Random
    world: World
    countries: dict[str, Country]
    home: Country
    partner: Country
    pub: dt.date | None
    relative_undated: bool
    currency: str
    mode: str
    speaker: Speaker | None = None
    last_actual: Per | None = None
    people: list[Person] = field(default_factory=list)
    rows: list[dict[str, str]] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)
    ref_year: int = 2024

    # -- surfaces ----------------------------------------------------------------------------
    def name(self, c: Country) -> str:
        """A running-text name: canonical mostly, an alias ("the PRC") sometimes."""
        if len(c.names) > 1 and self.rng.random() < 0.15:
            return self.rng.choice(c.names[1:])
        return c.names[0]

    def owner(self, c: Country) -> str:
        """ "Kazakhstan's" or "Kazakh": the owner of a flow."""
        if c.dem and self.rng.random() < 0.5:
            return c.dem
        return poss(c.names[0])

    # -- numbers -----------------------------------------------------------------------------
    def money(self, amount_usd: float, currency: str | None = None, approx_p: float = 0.15):
        """(text, value in the currency, unit, approx) for an amount given in US dollars."""
        rng = self.rng
        cur = currency or self.currency
        amount = Decimal(repr(amount_usd / USD_PER_UNIT[cur]))
        scale = next(
            (s for s in sorted(SCALE_WORDS, reverse=True) if amount >= s), Decimal(10) ** 3
        )
        mantissa = amount / scale
        if mantissa >= 100:
            digits = rng.choice([0, 0, 1])
        elif mantissa >= 10:
            digits = rng.choice([0, 1, 1, 2])
        else:
            digits = rng.choice([1, 2, 2] + ([3] if scale >= 10**9 else []))
        m = mantissa.quantize(Decimal(1).scaleb(-digits), ROUND_HALF_EVEN)
        if m == 0:
            m = Decimal(1).scaleb(-digits)
        text_m = format(m.normalize(), "f")
        if m >= 1000:
            text_m = f"{m:,}"
        value = m * scale
        frac = text_m.partition(".")[2]
        words = SCALE_WORDS[scale]
        word, attached, _ = rng.choices(words, weights=[w for *_, w in words])[0]
        style = rng.random()
        if (
            style < 0.07
            and frac
            and (len(frac) < 3 or (scale == 10**9 and cur in ("USD", "EUR", "GBP") and m >= 1))
        ):
            # Decimal comma ("$1,12 billion"; "$1,286 billion" is read as 1.286bn, see numbers.py).
            text_m = text_m.replace(".", ",")
        elif style < 0.15 and scale >= 10**9 and len(frac) <= 3:
            # One scale down with a thousands separator: "$4,380 million".
            text_m = f"{int(m * 1000):,}"
            lower = scale / 1000
            word, attached, _ = rng.choices(
                SCALE_WORDS[lower], weights=[w for *_, w in SCALE_WORDS[lower]]
            )[0]
        elif style < 0.19 and scale == 10**6:
            text_m, word = f"{int(value):,}", ""  # full digits: "$12,500,000"
        suffix_p, suffixes = SUFFIXES[cur]
        full_word = word in ("trillion", "billion", "million", "thousand", "")
        number = text_m + ((word if attached else " " + word) if word else "")
        if full_word and rng.random() < suffix_p:
            text = number + rng.choice(suffixes)
        else:
            text = rng.choice(PREFIXES[cur]) + number
        approx = rng.random() < approx_p
        if approx:
            text = rng.choice(
                ["about ", "almost ", "nearly ", "over ", "more than ", "around "]
            ) + (text)
        return text, value, cur, approx

    def target_money(self, amount_usd: float) -> tuple[str, Decimal, str, bool]:
        """Round target amounts: "$10 billion", "half a billion dollars", "$1.2–1.5bn"."""
        rng = self.rng
        cur = "USD" if self.currency == "USD" or rng.random() < 0.7 else self.currency
        amount = Decimal(repr(amount_usd / USD_PER_UNIT[cur]))
        exponent = amount.adjusted()
        nice = amount.scaleb(-exponent + 1).quantize(Decimal(1)).scaleb(exponent - 1)
        if cur == "USD" and rng.random() < 0.15:
            spelled = {
                Decimal("5E+8"): "half a billion dollars",
                Decimal("1E+9"): rng.choice(["one billion dollars", "a billion dollars"]),
                Decimal("2E+9"): "two billion dollars",
                Decimal("5E+9"): "five billion dollars",
            }
            for value, words in spelled.items():
                if abs(nice - value) / value < Decimal("0.5"):
                    return words, value, "USD", False
        if cur == "USD" and nice >= 10**9 and rng.random() < 0.12:
            lo = (nice / 10**9).quantize(Decimal("0.1"))
            hi = lo + rng.choice([Decimal("0.3"), Decimal("0.5"), Decimal(1)])
            dash = rng.choice(["–", "-"])
            sep = rng.choice(["bn", " billion"])
            text = f"${format(lo.normalize(), 'f')}{dash}{format(hi.normalize(), 'f')}{sep}"
            return text, (lo + hi) / 2 * 10**9, "USD", True
        scale = Decimal(10) ** 9 if nice >= 10**9 else Decimal(10) ** 6
        if cur != "USD" and nice >= 10**12:
            scale = Decimal(10) ** 12
        word = {10**12: "trillion", 10**9: "billion", 10**6: "million"}[int(scale)]
        if word == "billion" and rng.random() < 0.2:
            word = "bn"
        number = format((nice / scale).normalize(), "f")
        text = rng.choice(PREFIXES[cur]) + number + ("" if word == "bn" else " ") + word
        return text, nice, cur, False

    def percent(self, value: float, approx_p: float = 0.05) -> tuple[str, Decimal, bool]:
        p = Decimal(repr(abs(value))).quantize(Decimal("0.1"))
        if p == 0:
            p = Decimal("0.1")
        if p >= 10 and self.rng.random() < 0.3:
            p = p.quantize(Decimal(1))
        unit = self.rng.choice([" percent", " percent", "%", " per cent"])
        approx = self.rng.random() < approx_p
        text = ("around " if approx else "") + format(p.normalize(), "f") + unit
        return text, p if value >= 0 else -p, approx

    # -- periods -----------------------------------------------------------------------------
    def actual_period(self) -> Per:
        rng, pub = self.rng, self.pub
        if pub is None:
            year = rng.randint(2018, 2025)
            self.ref_year = max(self.ref_year, year + 1)
            null = self.relative_undated
            choice = rng.random()
            if choice < 0.45:
                return _span(year, 1, 12, "last year" if null else f"in {year}", null)
            m2 = rng.choice([3, 6, 9, 10, 11])
            if null:
                return _span(
                    year, 1, m2, f"in the first {COUNT_WORDS[m2]} months of last year", True
                )
            return self._months_phrase(year, m2, current=False)
        y = pub.year
        choice = rng.random()
        if choice < 0.4 or (pub.month == 1 and choice < 0.7):
            text = rng.choice([f"in {y - 1}", f"in {y - 1}", "last year"])
            return _span(y - 1, 1, 12, text)
        if choice < 0.75 and pub.month >= 2:
            return self._months_phrase(y, rng.randint(1, pub.month - 1), current=True)
        if choice < 0.88:
            quarters = [q for q in range(1, 5) if 3 * q < pub.month]
            if quarters and rng.random() < 0.6:
                q, year = rng.choice(quarters), y
            else:
                q, year = rng.randint(1, 4), y - 1
            text = rng.choice(
                [f"in the {ORDINALS[q]} quarter of {year}", f"in Q{q} {year}"]
                + ([f"in the {ORDINALS[q]} quarter of last year"] if year == y - 1 else [])
            )
            return _span(year, 3 * q - 2, 3 * q, text)
        return self._months_phrase(y - 1, rng.randint(2, 11), current=False)

    def _months_phrase(self, year: int, m2: int, current: bool) -> Per:
        rng = self.rng
        dash = rng.choice(["–", "–", "-", "—"])
        if m2 == 1:
            return _span(year, 1, 1, f"in January {year}")
        options = [
            f"in January{dash}{MONTH_NAMES[m2]} {year}",
            f"in the first {COUNT_WORDS[m2]} months of {year}",
        ]
        if current and self.pub is not None:
            options += [
                f"in January{dash}{MONTH_NAMES[m2]}",
                f"in the first {COUNT_WORDS[m2]} months of this year",
            ]
        elif self.pub is not None and year == self.pub.year - 1:
            options.append(f"in the first {COUNT_WORDS[m2]} months of last year")
        if m2 == 6:
            options += [f"in the first half of {year}", f"in H1 {year}"]
            if current and self.pub is not None:
                options.append("in the first half of the year")
        if m2 == 3:
            options += [f"in the first quarter of {year}", f"in Q1 {year}"]
        return _span(year, 1, m2, rng.choice(options))

    def target_period(self) -> Per:
        rng = self.rng
        ref = self.pub.year if self.pub else self.ref_year
        choice = rng.random()
        if choice < 0.5:
            year = ref + rng.choice([2, 3, 4, 5, 6]) if rng.random() < 0.6 else 2030
            year = max(year, ref + 1)
            text = rng.choice([f"by {year}", f"by {year}", f"by the end of {year}"])
            return Per(text, None, dt.date(year, 12, 31))
        if self.pub is not None and choice < 0.8:
            text, year = rng.choice(
                [("this year", ref), ("in the current year", ref), ("next year", ref + 1)]
                + [(f"in {ref}", ref), (f"in {ref + 1}", ref + 1)]
            )
            return Per(text, dt.date(year, 1, 1), dt.date(year, 12, 31))
        if self.pub is not None:
            n = rng.choice([3, 5])
            return Per(f"over the next {COUNT_WORDS[n]} years", None, dt.date(ref + n, 12, 31))
        year = ref + rng.choice([1, 2])
        return Per(f"in {year}", dt.date(year, 1, 1), dt.date(year, 12, 31))

    def comparison_base(self, per: Per) -> str:
        """The comparison period named after a change ("compared to 2023")."""
        assert per.months is not None
        year, m1, m2 = per.months
        if self.relative_undated:
            options = ["year on year", "from a year earlier"]
        elif (m1, m2) == (1, 12):
            options = [f"compared to {year - 1}", "year on year", "from a year earlier"]
            options.append("compared to the previous year")
        else:
            options = [f"compared to the same period of {year - 1}", "year on year"]
        return self.rng.choice(options)

    # -- speakers ----------------------------------------------------------------------------
    def new_person(self, c: Country) -> tuple[Person, str]:
        """A person introduced with their country: (person, introduction as written)."""
        rng = self.rng
        taken = {p.surname for p in self.people}
        surname = rng.choice([s for s in SURNAMES if s not in taken])
        full = f"{rng.choice(FIRST_NAMES)} {surname}"
        other = self.partner if c.iso3 == self.home.iso3 else self.home
        if rng.random() < 0.25 and not other.bloc:
            title, role = f"Ambassador to {other.names[0]}", "the ambassador"
        else:
            title, role = rng.choice(MINISTER_TITLES), "the minister"
        if title.startswith("Ambassador") or rng.random() < 0.7:
            intro = f"{c.dem} {title} {full}"
        else:
            intro = f"{title} of {c.names[0]} {full}"
        person = Person(full, surname, c.iso3, role)
        self.people.append(person)
        return person, intro

    def agency(self, c: Country) -> str:
        rng = self.rng
        options = [
            f"{poss(c.names[0])} customs service",
            f"{poss(c.names[0])} statistics office",
            f"the {c.dem} Ministry of Economy",
            f"the National Statistics Committee of {c.names[0]}",
            f"the State Customs Committee of {c.names[0]}",
        ]
        if c.iso3 == "CHN":
            options.append("China's General Administration of Customs")
        if c.side:
            options += [f"the {c.side}"] * 2
        return rng.choice(options)

    def attribution(self, c: Country | None, kind: str) -> tuple[str, str, Speaker]:
        """(prefix, suffix, speaker) introducing a new speaker; one of prefix/suffix is empty."""
        rng = self.rng
        if c is None:
            if kind == "joint":
                phrase = rng.choice(
                    ["a joint statement issued after the talks", "a joint communique"]
                )
                return f"According to {phrase}, ", "", Speaker(None)
            return "", "", Speaker(None)
        if kind == "person":
            person, intro = self.new_person(c)
            speaker = Speaker(c.iso3, person=person)
            venue = rng.choice(VENUES)
            if rng.random() < 0.75:
                verb = rng.choice(["said", "said", "noted", "told reporters"])
                return "", f", {intro} {verb} {venue}", speaker
            return f"{intro} said {venue} that ", "", speaker
        name = self.agency(c)
        speaker = Speaker(c.iso3, agency=name)
        form = rng.random()
        if form < 0.35:
            return f"According to {name}, ", "", speaker
        if form < 0.65:
            return "", f", according to {name}", speaker
        return "", f", {name} {rng.choice(['said', 'reported'])}", speaker

    def continuation(self) -> tuple[str, str]:
        """Attribution to the current speaker again (or nothing: reported speech continues)."""
        rng, sp = self.rng, self.speaker
        if sp is None or sp.iso3 is None or rng.random() < 0.45:
            return "", ""
        if sp.person is not None:
            p = sp.person
            last = self.people[-1] is p
            ref = p.surname if not last or rng.random() < 0.5 else p.role
            if rng.random() < 0.7:
                return "", f", {ref} {rng.choice(['said', 'added', 'noted'])}"
            return f"According to {ref}, ", ""
        if rng.random() < 0.5:
            return "", f", {rng.choice(['the ministry', 'the agency', 'the office'])} said"
        return "", ""

    # -- output ------------------------------------------------------------------------------
    def say(self, text: str, figs: list[Fig], speaker: Speaker | None = None) -> str:
        """Record one sentence's gold rows; ``speaker`` is a new attribution in the sentence."""
        if speaker is not None:
            self.speaker = speaker
        source = self.speaker.iso3 if self.speaker else None
        for fig in figs:
            per = fig.per if fig.per is not None else self.last_actual
            start = per.start.isoformat() if per and per.start else ""
            end = per.end.isoformat() if per and per.end else ""
            self.rows.append(
                {
                    "doc": self.doc_id,
                    "flow": fig.flow,
                    "scope": fig.scope,
                    "reporter": fig.reporter,
                    "partner": fig.partner,
                    "period_start": start,
                    "period_end": end,
                    "measure": fig.measure,
                    "value": format(fig.value.normalize(), "f"),
                    "unit": fig.unit,
                    "status": fig.status,
                    "approx": "true" if fig.approx else "false",
                    "source_country": source or "",
                }
            )
            if fig.status == "actual" and per is not None:
                self.last_actual = per
        return text


def _side(a: Article) -> str | None:
    return a.speaker.iso3 if a.speaker else None


# -- figure sentences --------------------------------------------------------------------------
def lead_sentence(a: Article) -> str:
    """Turnover level with its period and (often) a change, plus the article's first speaker."""
    rng, H, P = a.rng, a.home, a.partner
    if a.mode == "joint":
        pre, suf, speaker = a.attribution(None, "joint")
    elif a.mode == "none":
        pre, suf, speaker = "", "", Speaker(None)
    else:
        who = H if a.mode.startswith("home") else P
        pre, suf, speaker = a.attribution(who, "person" if a.mode.endswith("person") else "agency")
    side = speaker.iso3
    per = a.actual_period()
    total = a.world.turnover(H.iso3, P.iso3, per.months, side)
    money, value, unit, approx = a.money(total)
    figs = [Fig("turnover", H.iso3, P.iso3, per, "level", value, unit, approx=approx)]
    h, p = a.name(H), a.name(P)
    subject = rng.choice(
        [
            f"trade turnover between {h} and {p}",
            f"trade between {h} and {p}",
            f"bilateral trade between {h} and {p}",
            f"{poss(H.names[0])} trade turnover with {p}",
            f"{poss(H.names[0])} trade with {p}",
            f"the volume of trade between {h} and {p}",
        ]
        + ([f"{H.dem}-{P.dem} trade"] if P.dem and H.dem else [])
    )
    if rng.random() < 0.03:
        subject = f"goods traded between {h} and {p}"
    year, m1, m2 = per.months
    prev = (year - 1, m1, m2)
    change = rng.random()
    before = a.world.turnover(H.iso3, P.iso3, prev, side)
    pct_value = (total / before - 1) * 100
    if change < 0.3:
        ptext, pval, papprox = a.percent(pct_value)
        verb = ("grew by", "increased by", "rose") if pval > 0 else ("fell by", "declined by")
        body = f"{subject} {rng.choice(verb)} {ptext} to {money} {per.text}"
        figs.insert(
            0, Fig("turnover", H.iso3, P.iso3, per, "pct_change", pval, "percent", approx=papprox)
        )
    elif change < 0.55:
        ptext, pval, papprox = a.percent(pct_value)
        base = a.comparison_base(per)
        tail = rng.choice(
            [f", up {ptext} {base}", f", an increase of {ptext}", f", having increased by {ptext}"]
            if pval > 0
            else [f", down {ptext} {base}", f", a decrease of {ptext}", f", down {ptext}"]
        )
        verb = rng.choice(["reached", "amounted to", "totalled", "stood at"])
        body = f"{subject} {verb} {money} {per.text}{tail}"
        figs.append(
            Fig("turnover", H.iso3, P.iso3, per, "pct_change", pval, "percent", approx=papprox)
        )
    elif change < 0.65 and abs(total - before) > 0.02 * total:
        delta_text, dval, dunit, _ = a.money(abs(total - before), unit, approx_p=0)
        sign = 1 if total > before else -1
        more = "more" if sign > 0 else "less"
        base = (
            a.comparison_base(per)
            .replace("compared to ", "in ")
            .replace("year on year", "a year earlier")
        )
        if base.startswith("from "):
            base = base[5:]
        verb = rng.choice(["reached", "amounted to"])
        body = f"{subject} {verb} {money} {per.text}, {delta_text} {more} than {base}"
        figs.append(Fig("turnover", H.iso3, P.iso3, per, "abs_change", sign * dval, dunit))
    elif change < 0.72:
        k = rng.choice([Decimal("1.5"), Decimal("1.3"), Decimal("1.8"), Decimal("2.1")])
        ktext = rng.choice([f"{k}-fold", f"{k} times"])
        body = f"{subject} grew {ktext} {per.text} to {money}"
        figs.insert(0, Fig("turnover", H.iso3, P.iso3, per, "multiple", k, "times"))
    else:
        verb = rng.choice(["reached", "amounted to", "totalled", "stood at"])
        if rng.random() < 0.3:
            body = f"{subject} {per.text} {verb} {money}"
        else:
            body = f"{subject} {verb} {money} {per.text}"
    text = (pre + (body if pre else cap(body)) + suf).strip() + "."
    return a.say(text, figs, speaker)


def split_sentence(a: Article) -> str:
    """Exports and/or imports of the pair, usually inheriting the lead's period."""
    rng, H, P = a.rng, a.home, a.partner
    side = _side(a)
    per = a.last_actual
    explicit = per is None or per.months is None or rng.random() < 0.25
    if explicit:
        per = a.actual_period()
    months = per.months
    x = a.world.exports(H.iso3, P.iso3, months, side)
    y = a.world.exports(P.iso3, H.iso3, months, side)
    fig_per = per if explicit else None
    ptext = f" {per.text}" if explicit else rng.choice(["", "", " over the period"])
    pre, suf = a.continuation()
    mx, vx, ux, ax = a.money(x)
    my, vy, uy, ay = a.money(y)
    h, p = a.name(H), a.name(P)
    exp_h = Fig("exports", H.iso3, P.iso3, fig_per, "level", vx, ux, approx=ax)
    imp_h = Fig("imports", H.iso3, P.iso3, fig_per, "level", vy, uy, approx=ay)
    exp_p = Fig("exports", P.iso3, H.iso3, fig_per, "level", vy, uy, approx=ay)
    form = rng.random()
    if form < 0.3:
        body = f"{a.owner(H)} exports to {p} amounted to {mx}{ptext}, while imports from {p} reached {my}"
        figs = [exp_h, imp_h]
    elif form < 0.5 and P.dem:
        body = f"{a.owner(H)} exports to {p} totalled {mx}{ptext}, while {a.owner(P)} exports to {h} came to {my}"
        figs = [exp_h, exp_p]
    elif form < 0.62:
        body = f"exports from {h} to {p} reached {mx}{ptext}"
        figs = [exp_h]
    elif form < 0.74:
        before = a.world.exports(P.iso3, H.iso3, (months[0] - 1, *months[1:]), side)
        ptext_, pval, papprox = a.percent((y / before - 1) * 100)
        verb = "grew by" if pval > 0 else "fell by"
        body = f"imports from {p} {verb} {ptext_} to {my}{ptext}"
        figs = [
            Fig("imports", H.iso3, P.iso3, fig_per, "pct_change", pval, "percent", approx=papprox),
            imp_h,
        ]
    elif form < 0.86:
        before = a.world.exports(H.iso3, P.iso3, (months[0] - 1, *months[1:]), side)
        ptext_, pval, papprox = a.percent((x / before - 1) * 100)
        verb = (
            rng.choice(["rose", "increased by"])
            if pval > 0
            else rng.choice(["declined by", "fell"])
        )
        body = f"{a.owner(H)} exports to {p} {verb} {ptext_} to {mx}{ptext}"
        figs = [
            Fig("exports", H.iso3, P.iso3, fig_per, "pct_change", pval, "percent", approx=papprox),
            exp_h,
        ]
    elif form < 0.93:
        verb = "exported" if rng.random() < 0.8 else "shipped"
        body = f"{h} {verb} goods worth {mx} to {p}{ptext}"
        figs = [exp_h]
    else:
        k = rng.choice(["doubled", "tripled"])
        kval = Decimal(2) if k == "doubled" else Decimal(3)
        body = f"{a.owner(H)} exports to {p} {k}{ptext}, reaching {mx}"
        figs = [Fig("exports", H.iso3, P.iso3, fig_per, "multiple", kval, "times"), exp_h]
    text = (pre + (body if pre else cap(body)) + suf).strip() + "."
    return a.say(text, figs)


def sector_sentence(a: Article) -> str:
    rng, H, P = a.rng, a.home, a.partner
    scope = rng.choice(list(SECTORS))
    word = rng.choice(SECTORS[scope])
    origin, dest = (H, P) if rng.random() < 0.7 else (P, H)
    if origin.bloc:
        origin, dest = dest, origin
    per = a.last_actual
    months = per.months if per and per.months else (2024, 1, 12)
    value = a.world.sector(origin.iso3, dest.iso3, scope, months, _side(a))
    money, v, unit, approx = a.money(value)
    pre, suf = a.continuation()
    form = rng.random()
    if form < 0.5 or scope not in SECTOR_ADJECTIVES:
        body = f"{a.owner(origin)} exports of {word} to {a.name(dest)} amounted to {money}"
        fig = Fig(
            "exports", origin.iso3, dest.iso3, None, "level", v, unit, approx=approx, scope=scope
        )
    elif form < 0.8:
        adj = SECTOR_ADJECTIVES[scope]
        body = f"{poss(origin.names[0])} {adj} exports to {a.name(dest)} reached {money}"
        fig = Fig(
            "exports", origin.iso3, dest.iso3, None, "level", v, unit, approx=approx, scope=scope
        )
    else:
        body = f"{poss(dest.names[0])} imports of {word} from {a.name(origin)} totalled {money}"
        fig = Fig(
            "imports", dest.iso3, origin.iso3, None, "level", v, unit, approx=approx, scope=scope
        )
    text = (pre + (body if pre else cap(body)) + suf).strip() + "."
    return a.say(text, [fig])


def investment_sentence(a: Article) -> str:
    rng, H, P = a.rng, a.home, a.partner
    recipient, investor = (H, P) if rng.random() < 0.6 else (P, H)
    if recipient.bloc:
        recipient, investor = investor, recipient
    per = a.actual_period()
    value = a.world.investment(recipient.iso3, investor.iso3, per.months, _side(a))
    money, v, unit, approx = a.money(value)
    fig = Fig("investment", recipient.iso3, investor.iso3, per, "level", v, unit, approx=approx)
    r, i = a.name(recipient), a.name(investor)
    forms = [
        f"investment from {i} into {r} amounted to {money} {per.text}",
        f"{i} invested {money} in the economy of {r} {per.text}",
    ]
    if investor.dem:
        forms += [
            f"{investor.dem} companies invested {money} in {r} {per.text}",
            f"{investor.dem} investment in {r} reached {money} {per.text}",
        ]
    pre, suf = a.continuation()
    body = rng.choice(forms)
    figs = [fig]
    text = a.say((pre + (body if pre else cap(body)) + suf).strip() + ".", figs)
    if rng.random() < 0.3:
        # A follow-up change with no trade word refers back to the previous figure.
        k = rng.choice([Decimal("1.5"), Decimal("2"), Decimal("1.2")])
        follow = f"That is {k} times more than a year earlier."
        if k == 2 and rng.random() < 0.5:
            follow = "That is twice as much as a year earlier."
        flow, rec, inv = "investment", recipient.iso3, investor.iso3
        text += " " + a.say(follow, [Fig(flow, rec, inv, per, "multiple", k, "times")])
    return text


def change_sentence(a: Article) -> str:
    """A separate percent change of turnover for another period: "In Q1 2024, trade rose 4.4%"."""
    rng, H, P = a.rng, a.home, a.partner
    stated = {(r["period_start"], r["period_end"]) for r in a.rows if r["flow"] == "turnover"}
    for _ in range(5):
        per = a.actual_period()
        if (per.start.isoformat(), per.end.isoformat()) not in stated:
            break
    else:
        return filler_sentence(a)  # every period tried is already stated for turnover
    side = _side(a)
    now = a.world.turnover(H.iso3, P.iso3, per.months, side)
    before = a.world.turnover(H.iso3, P.iso3, (per.months[0] - 1, *per.months[1:]), side)
    ptext, pval, papprox = a.percent((now / before - 1) * 100)
    verb = (
        rng.choice(["increased by", "grew by"])
        if pval > 0
        else rng.choice(["decreased by", "fell by"])
    )
    pre, suf = a.continuation()
    body = f"{per.text}, mutual trade {verb} {ptext}"
    text = pre + (body if pre else cap(body)) + suf + "."
    fig = Fig("turnover", H.iso3, P.iso3, per, "pct_change", pval, "percent", approx=papprox)
    return a.say(text, [fig])


def target_sentence(a: Article) -> str:
    rng, H, P = a.rng, a.home, a.partner
    per = a.target_period()
    ref = a.pub.year if a.pub else a.ref_year
    annual = a.world.annual(H.iso3, P.iso3, min(ref, 2026))
    amount = annual * rng.choice([1.5, 2, 2.5, 3, 4])
    h, p = a.name(H), a.name(P)
    speaker = None
    switch = a.mode not in ("joint", "none") and (a.speaker is None or rng.random() < 0.35)
    if switch:
        who = rng.choice([c for c in (H, P) if not c.bloc])
        person, intro = a.new_person(who)
        speaker = Speaker(who.iso3, person=person)
        lead = f"{intro} said"
    elif a.speaker is not None and a.speaker.person is not None and rng.random() < 0.7:
        lead = f"{a.speaker.person.surname} said"
    else:
        lead = ""
    if rng.random() < 0.15 and not P.bloc:
        body_core = f"{h} intends to double exports to {p} {per.text}"
        figs = [
            Fig("exports", H.iso3, P.iso3, per, "multiple", Decimal(2), "times", status="target")
        ]
    else:
        money, value, unit, approx = a.target_money(amount)
        figs = [Fig("turnover", H.iso3, P.iso3, per, "level", value, unit, "target", approx)]
        subj = rng.choice(
            ["the two countries", "the sides", f"{h} and {p}"]
            + ([f"{H.capital} and {P.capital}"] if H.capital and P.capital else [])
        )
        body_core = rng.choice(
            [
                f"{subj} intend to raise mutual trade to {money} {per.text}",
                f"{subj} plan to bring trade turnover to {money} {per.text}",
                f"{subj} aim to increase bilateral trade to {money} {per.text}",
                f"{subj} have set a goal of bringing trade to {money} {per.text}",
            ]
        )
    text = f"{lead} {body_core}" if lead else cap(body_core)
    return a.say(text + ".", figs, speaker)


# -- noise -------------------------------------------------------------------------------------
def noise_sentence(a: Article) -> str:
    """Numbers that are not trade figures: tonnes, km, trucks, people, shares, loans, years."""
    rng, H, P = a.rng, a.home, a.partner
    h, p = H.names[0], P.names[0]
    year = (a.pub.year if a.pub else a.ref_year) + rng.choice([0, 1, 2])
    options = [
        f"The border crossing handles up to {rng.randint(3, 30) * 100:,} trucks per day.",
        f"{cap(h)} supplied {rng.randint(11, 95) / 10} million tonnes of {rng.choice(COMMODITIES)} to {p} over the period.",
        f"The {rng.randint(40, 900)} km railway linking the two countries is due to be completed in {year}.",
        f"More than {rng.randint(20, 400)} companies took part in the business forum, which gathered {rng.randint(2, 30) * 50} participants.",
        f"About {rng.randint(2, 90) * 10} joint ventures operate in {h}.",
        f"The new terminal will be able to process {rng.randint(2, 40) * 1000:,} containers a year.",
        f"Direct flights between the capitals will rise to {rng.randint(3, 21)} a week in {year}.",
        f"The Asian Development Bank approved a ${rng.randint(50, 900)} million loan for the road project.",
        f"The plant, built at a cost of ${rng.randint(20, 400)} million, employs {rng.randint(3, 40) * 100:,} people.",
    ]
    options += [
        f"{poss(cap(h))} economy grew by {rng.randint(11, 79) / 10} percent last year.",
        f"Inflation in {h} slowed to {rng.randint(21, 149) / 10}%.",
    ]
    if not P.bloc:
        share = rng.randint(21, 380) / 10
        options += [
            f"{cap(p)} accounted for {share} percent of {poss(h)} total foreign trade.",
            f"{cap(poss(p))} share in {poss(h)} foreign trade stood at {share}%.",
        ]
    return rng.choice(options)


def filler_sentence(a: Article) -> str:
    if a.rng.random() < 0.25 and a.home.capital:
        return f"The delegation also visited several industrial enterprises near {a.home.capital}."
    return a.rng.choice(FILLERS)


def title(a: Article) -> str:
    h, p = a.home.names[0], a.partner.names[0]
    return a.rng.choice(
        [
            f"{cap(h)} and {p} discuss ways to expand trade",
            f"{cap(h)} and {p} look to boost trade",
            f"{cap(poss(h))} trade with {p} in focus",
            f"{cap(h)}, {p} review economic cooperation",
            f"Trade between {h} and {p}: new targets set",
        ]
    )


# -- assembly ----------------------------------------------------------------------------------
class Generator:
    """Article ``i`` of a corpus with a given seed; independent of the corpus size."""

    def __init__(self, seed: int = 0) -> None:
        self.seed = seed
        self.world = World(seed)
        self.countries = load_countries()
        pool = [c for c in self.countries.values() if not c.bloc]
        homes = [iso for iso in HOMES if iso in self.countries]
        self.pairs: list[tuple[str, str]] = []
        self.weights: list[float] = []
        setup = random.Random(f"pairs:{seed}")
        for iso in homes:
            near = [n for n in NEIGHBOURS.get(iso, "").split() if n in self.countries]
            far = setup.sample([c.iso3 for c in pool if c.iso3 != iso and c.iso3 not in near], 8)
            for partner in near + far:
                self.pairs.append((iso, partner))
                self.weights.append(HOMES[iso] * (3.0 if partner in near else 1.0))

    def article(self, i: int) -> tuple[str, bytes, list[dict[str, str]]]:
        """(doc_id, file bytes, gold rows) of article ``i``."""
        rng = random.Random(f"{self.seed}:{i}")
        home, partner = rng.choices(self.pairs, weights=self.weights)[0]
        H, P = self.countries[home], self.countries[partner]
        dated = rng.random() < 0.88
        pub = None
        if dated:
            start = dt.date(2019, 2, 1).toordinal()
            pub = dt.date.fromordinal(rng.randint(start, dt.date(2026, 6, 30).toordinal()))
        currency = "USD"
        if P.iso3 == "EU" and rng.random() < 0.6:
            currency = "EUR"
        elif H.iso3 in LOCAL_CURRENCY and rng.random() < 0.25:
            currency = LOCAL_CURRENCY[H.iso3]
        modes = ["home_person", "home_agency", "partner_agency", "partner_person", "joint", "none"]
        mode = rng.choices(modes, weights=[45, 22, 13, 8, 6, 6])[0]
        if P.bloc and mode.startswith("partner"):
            mode = "home" + mode[7:]
        doc_id = f"{i:06d}_{H.iso3.lower()}_{P.iso3.lower()}"
        a = Article(doc_id, rng, self.world, self.countries, H, P, pub, False, currency, mode)
        a.relative_undated = pub is None and rng.random() < 0.35
        paragraphs: list[list[str]] = []
        first = [lead_sentence(a)]
        if rng.random() < 0.6:
            first.append(split_sentence(a))
        paragraphs.append(first)
        second: list[str] = []
        if len(first) == 1 and rng.random() < 0.7:
            second.append(split_sentence(a))
        extras: list[Callable[[Article], str]] = [sector_sentence, investment_sentence]
        if not a.relative_undated:
            extras.append(change_sentence)
        chosen = rng.sample(extras, rng.choice([0, 1, 1, 2]))
        for make in sorted(chosen, key=extras.index):
            if make is change_sentence and (pub is None or rng.random() < 0.5):
                continue
            second.append(make(a))
        if second:
            second.insert(rng.randint(0, len(second)), filler_sentence(a))
            paragraphs.append(second)
        if rng.random() < 0.7:
            third = [target_sentence(a)]
            if rng.random() < 0.5:
                third.append(filler_sentence(a))
            paragraphs.append(third)
        noise = [noise_sentence(a) for _ in range(rng.choice([1, 2, 2, 3]))]
        noise.insert(rng.randint(0, len(noise)), filler_sentence(a))
        paragraphs.append(noise)
        heading = title(a)
        blocks = [" ".join(p) for p in paragraphs]
        if rng.random() < 0.15:
            h, p = H.names[0], P.names[0]
            blocks.append(f"Read also: {cap(h)} and {p} signed {rng.randint(3, 25)} agreements")
        if rng.random() < 0.1:
            digits = [rng.randint(900, 998), rng.randint(10, 99), rng.randint(100, 999)]
            blocks.append("For information: +" + " ".join(map(str, digits)) + " 45 67.")
        if rng.random() < 0.1:
            blocks.append(heading)
        if pub is not None and rng.random() < 0.04:
            # A header sharing its line with the first sentence; no headline then.
            body = " ".join(paragraphs[0]) + "\n\n" + "\n\n".join(blocks[1:])
        else:
            crumbs = "Home " + rng.choice(["Business ", "World ", "Economy "])
            body = (crumbs if rng.random() < 0.05 else "") + heading + "\n\n" + "\n\n".join(blocks)
        if pub is not None:
            clock = (
                f" {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}" if rng.random() < 0.7 else ""
            )
            sep = " " if not body.startswith(heading) and not body.startswith("Home") else "\n"
            body = f"date {pub.isoformat()}{clock}{sep}{body}"
        return doc_id, self._encode(rng, body + "\n"), a.rows

    @staticmethod
    def _encode(rng: random.Random, text: str) -> bytes:
        """File bytes with the input noise the contract promises to clean: NBSP, entities,
        CRLF, a BOM, cp1252 and UTF-16 files."""
        if rng.random() < 0.05:
            text = text.replace(" billion", "\u00a0billion").replace(" million", "&nbsp;million")
        if rng.random() < 0.05:
            text = text.replace("\n", "\r\n")
        roll = rng.random()
        if roll < 0.02:
            return "\ufeff".encode() + text.encode("utf-8")
        if roll < 0.03:
            return text.encode("utf-16")
        if roll < 0.05:
            try:
                return text.encode("cp1252")
            except UnicodeEncodeError:
                pass
        return text.encode("utf-8")

    def articles(self, n: int, start: int = 0) -> Iterator[tuple[str, bytes, list[dict[str, str]]]]:
        for i in range(start, start + n):
            yield self.article(i)


def write_corpus(n: int, out: Path, seed: int = 0, start: int = 0) -> tuple[int, int]:
    """Write ``n`` articles and ``gold.csv`` to ``out``; returns (articles, gold rows)."""
    out.mkdir(parents=True, exist_ok=True)
    gen = Generator(seed)
    rows: list[dict[str, str]] = []
    for doc_id, text, gold in gen.articles(n, start):
        (out / f"{doc_id}.txt").write_bytes(text)
        rows.extend(gold)
    with (out / "gold.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=GOLD_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return n, len(rows)


DEFAULT_CACHE = Path("/tmp/tradefacts-bench")


def cached_corpus(n: int, seed: int = 0, root: Path = DEFAULT_CACHE) -> tuple[Path, float]:
    """A corpus of ``n`` articles under ``root``, generated once; (folder, seconds spent now).

    A folder counts as complete when its ``.complete`` marker names the article count and the
    folder holds exactly that many ``*.txt`` files (a crashed benchmark never leaves extras).
    """
    folder = root / f"corpus-s{seed}-v{GENERATOR_VERSION}-{n}"
    marker = folder / ".complete"
    complete = marker.exists() and marker.read_text().strip() == str(n)
    if complete and sum(1 for _ in folder.glob("*.txt")) == n:
        return folder, 0.0
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    write_corpus(n, folder, seed)
    marker.write_text(str(n))
    return folder, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.synth", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--docs", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="index of the first article")
    args = parser.parse_args(argv)
    n, gold = write_corpus(args.docs, args.out, args.seed, args.start)
    print(f"wrote {n} articles and {gold} gold figures to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
