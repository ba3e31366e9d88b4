"""Which economy "the Kingdom" stands for where the sentence does not name it ("Imports from the
Kingdom fell 4%", Arabic "واردات مصر من المملكة", French "l'ambassade du Royaume", "the
Sultanate's exports").

A page about a monarchy calls it by its kind of state after naming it once: "the Kingdom"
(Saudi Arabia, Jordan, Morocco, Bahrain, Thailand, Cambodia, Spain, the UK ...), "the
Sultanate" (Oman, Brunei). The referent is the one monarchy of that kind the page names (by
name, demonym or capital, in its title or body); a page naming two (a Jordanian page on trade
with Saudi Arabia) leaves the phrase unread. A page naming none is written for the kingdom whose
currency its amounts are in, when the currency words it writes fit one kingdom only ("riyals":
Saudi Arabia, Qatar, Oman or Yemen, of which only Saudi Arabia is a kingdom; "dinars" fit
Jordan and Bahrain: none); else the phrase is left unread. A phrase followed by the name it
stands for ("the Kingdom of Saudi Arabia", "المملكة المغربية") is the name itself; "the United Kingdom" is
no such phrase, nor is "kingdom" as a common noun (no "the", "the animal kingdom", "the kingdom
of heaven"). The phrase as the trading side of a sentence naming no economy ("Non-oil exports of
the sultanate dropped 5%", "the Kingdom's exports rose") is left to ``own_pointer``: the
country's trade with the world, no figure.

As for "this country" (``this_country``), the referent is added to the sentence's economies at
the phrase (kind "referent"), so the ordinary pair rules read "exports to [B]". On an Arabic
page the gloss writes the referent's name in the phrase's place (:func:`arabic_kingdom`), so
the gloss's word order ("صادرات المملكة إلى", exports [B] to: B's exports to) reads it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.caseless import substring_test
from pipeline.extract.countries import CountrySpan
from pipeline.extract.own_pointer import own_ref, owns_flow
from pipeline.lexicon import currencies, currency_issuers

# the monarchies each word stands for (the economy a page about one calls by its kind of state)
_MONARCHIES = {
    "kingdom": frozenset(
        {"SAU", "JOR", "MAR", "BHR", "THA", "KHM", "GBR", "ESP", "NLD", "BEL", "SWE", "NOR"}
        | {"DNK", "LSO", "SWZ", "TON", "BTN"}
    ),
    "sultanate": frozenset({"OMN", "BRN"}),
}

# (a French or Spanish page is read as glossed: "vers le Royaume" -> "to the Royaume")
_PHRASE = re.compile(
    r"(?:\b(?:the|The|THE)\s(?P<en>Kingdom|kingdom|KINGDOM|Sultanate|sultanate|[Rr]oyaume|[Rr]eino)"
    r"(?!\w)"
    r"|\b(?:le|du|au|Le|Du|Au)\s(?P<fr>[Rr]oyaume|[Ss]ultanat)(?!\w)"
    r"|\b(?:el|del|al|El|Del|Al)\s(?P<es>[Rr]eino|[Ss]ultanato)(?!\w))"
)
# after the phrase: a name it heads ("the Kingdom of Saudi Arabia", "le Royaume du Maroc",
# "the kingdom of heaven"), or a place in it ("the Kingdom's Eastern Province" is read)
_OF = re.compile(r"\s(?:of|du|de|d'|del)\b", re.IGNORECASE)

# Arabic: "المملكة" with its clitics ("والمملكة", "بالمملكة", "للمملكة"); "السلطنة" is glossed
# Oman by the word rows already
_ARABIC = re.compile(r"(?<![\w])(?P<and>[وف])?(?:(?P<in>[بك])?المملكة|(?P<to>ل)لمملكة)(?![\w])")
_HEADS = ("ingdom", "INGDOM", "ultan", "oyaume", "eino")
_HAS_HEAD = substring_test(_HEADS)
_ARABIC_CLITICS = {"in": "in ", "to": "to "}


def _kind(word: str) -> str:
    return "sultanate" if word.lower().startswith("sultan") else "kingdom"


# the currency word after an amount: "10.6 billion riyals", "5bn baht"
_CURRENCY_WORD = re.compile(
    r"\d\s?(?:(?:million|billion|thousand|trillion|bn|mn|m)\s)?([a-z]{4,})\b"
)


def page_monarchies(
    spans: Iterable[list[CountrySpan]], texts: Iterable[str] = ()
) -> dict[str, str]:
    """kind of state ("kingdom", "sultanate") -> the one monarchy of that kind ``spans`` (a
    page's countries, sentence by sentence) name, else (none named) the one whose currency
    ``texts`` (the page's sentences) write their amounts in; a kind with none or several is
    left out."""
    named = {c.iso3 for found in spans for c in found if c.kind != "referent"}
    texts = [t for t in texts if any(map(t.__contains__, (*_HEADS, "مملكة")))]
    paid: set[str] | None = None  # (read once, on a page that writes the phrase)
    out = {}
    for kind, isos in _MONARCHIES.items():
        found = named & isos
        if not found and texts:
            paid = _currency_economies(texts) if paid is None else paid
            found = paid & isos
        if len(found) == 1:
            out[kind] = next(iter(found))
    return out


def _currency_economies(texts: list[str]) -> set[str]:
    """The economies that issue a currency ``texts`` name after an amount ("riyals": each that
    writes it)."""
    words = {w for t in texts for w in _CURRENCY_WORD.findall(t)}
    economies: set[str] = set()
    for word in words:
        currency = currencies().word(word)
        if currency is None:
            continue
        if currency.context:
            economies.update(iso3 for iso3, _ in currency.context)
        elif issuer := currency_issuers().get(currency.code):
            economies.add(issuer)
    return economies


def with_kingdom(
    sentence: str, countries: list[CountrySpan], monarchies: dict[str, str]
) -> list[CountrySpan]:
    """``countries`` with the page's monarchy added at each "the Kingdom"/"the Sultanate" that
    does not head a name (see the module docstring)."""
    if not monarchies or not _HAS_HEAD(sentence):
        return countries  # (one function, no map object: every sentence)
    added = []
    for found in _PHRASE.finditer(sentence):
        group = next(name for name in ("en", "fr", "es") if found.group(name))
        start, end = found.span(group)
        iso3 = monarchies.get(_kind(found.group(group)))
        if iso3 is None or _OF.match(sentence, end):
            continue
        if any(c.start < end and start < c.end for c in countries):
            continue  # part of a name already read
        if not countries and (own_ref(sentence, found.start(), end) or owns_flow(sentence, end)):
            continue  # the trading side, no partner named: its trade with the world (``world``)
        added.append(CountrySpan(start, end, iso3, "referent"))
    if not added:
        return countries
    return sorted([*countries, *added], key=lambda c: c.start)


def has_arabic_kingdom(text: str) -> bool:
    return "مملكة" in text and _ARABIC.search(text) is not None


def arabic_kingdom(text: str, name: str) -> str:
    """``text`` (an Arabic sentence) with each "المملكة" standing alone written as ``name`` (the
    page's one kingdom, in English), its clitic as an English word ("للمملكة": to B); one
    heading a name ("المملكة المغربية", "المملكة المتحدة") is left."""
    if "مملكة" not in text:
        return text

    def _put(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 12]
        if re.match(r"\s(?:ال\w*ية|المتحدة)(?!\w)", after):
            return m.group(0)  # a name's head: "المملكة المغربية", "المملكة المتحدة"
        prefix = "and " if m.group("and") == "و" else ""
        clitic = next((_ARABIC_CLITICS[k] for k in ("in", "to") if m.group(k)), "")
        if m.group("in") == "ك":
            clitic = "like "
        return f"{prefix}{clitic}{name}"

    return _ARABIC.sub(_put, text)
