"""Which dollar a page's bare "$" is: the page's home dollar where the text itself names it, else
the US dollar (NOTES: a bare `$` is USD unless the text names another dollar; the outlet's country
does not decide it).

A page that writes in a local dollar says so once and then writes a bare "$":

- it states the dollar of its figures: "In Australian dollar terms, trade fell to $2.7 billion",
  "(all figures in Canadian dollars)";
- it sets its bare "$" apart from the US dollar by bracketed conversions: "trade stood at $2.5bn
  (US$1.8bn)"; the bare "$" is then the local dollar of the page's dollar economy (the one its
  sentences name at least twice as often as any other dollar economy; a page about two dollar
  economies alike does not say which, and its bare "$" amounts are no rows, NOTES gd/ge 8);
- its first dollar amounts carry a local prefix and the later ones drop it: "exports fell to
  NZ$205m from NZ$257m (but rose from $195m two years earlier)".

A bare "$" stays the US dollar where the page writes US-dollar amounts beside it ("US$1.5
trillion GDP ... $20 billion of exports"), where it converts a named dollar ("NZ$20 billion ($14
billion)"), where a bare "$" comes first and a named dollar only later ("$2.1bn, about 4.6bn
Fijian dollars"), and on any page that names no other dollar.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.caseless import finditer_near
from pipeline.extract.literal_gate import gated
from pipeline.lexicon import currencies, local_dollars

# A dollar amount: an optional symbol prefix glued or spaced ("NZ$", "US $", "U.S.$") or suffix
# ("$US", "$A"), then the number.
_AMOUNT = re.compile(
    r"(?<![\w$])(?P<pre>[A-Z][A-Za-z.]{0,4} ?)?\$(?P<post>[A-Z]{1,3}(?![A-Za-z]))?\s?\d"
)
# A match's "$" is at most this far from its start (the prefix: a capital, four letters or
# full stops, a space) and is the first "$" from its start: ``finditer_near`` tries only the
# text just before each "$" (the same matches as ``_AMOUNT.finditer``, far fewer positions)
_AMOUNT_LEAD = 6
_DOLLAR_SIGN = re.compile(r"\$")
# "in Australian dollar terms", "all figures in Canadian dollars", "(figures are in NZ dollars)"
_STATED = re.compile(
    r"\b(?:[Ii]n|[Ff]igures\s(?:are\s)?in|[Aa]mounts\s(?:are\s)?in)\s"
    r"(?P<name>(?:[A-Z][A-Za-z]+\s){1,3}dollar)(?:\sterms|s\b(?=\s*[,.;)]))"
)
# a bracket right before a bare "$": a conversion of the amount before it ("NZ$20bn ($14bn)")
_BRACKET_BEFORE = re.compile(r"\(\s?(?:about|around|approximately|roughly|some|or|nearly)?\s?$")
# a bare "$" amount converted into US dollars right after it: "$2.5bn (US$1.8bn)", a short
# period between them ("$12bn last year (US$9bn)", "$12bn in 2030 (US$9bn)")
_TO_US = re.compile(
    r"[\d.,]*\s?(?:[A-Za-z]{1,8}\s?)?"
    r"(?:(?:in\s(?:FY\s?)?\d{4}(?:[-/]\d{2,4})?|(?:last|this)\s(?:year|quarter|month))\s?,?\s?)?"
    r"\(\s?(?:about|around|approximately|roughly|some|or)?\s?"
    r"(?:US\s?\$|U\.S\.?\s?\$|USD\b|\$US)"
)
# a bare "$" amount whose bracket names its dollar: "$1.4 billion (Canadian dollar, CAD)",
# "$411 million (CAD)", "$3bn (Australian dollars)"; the bracket holds the name only, no amount
_NAMED_AFTER = re.compile(
    r"[\d.,]*\s?(?:[A-Za-z]{1,8}\s?)?\(\s?(?:(?P<name>(?:[A-Z][A-Za-z]+\s){1,2}dollars?)"
    r"\s?(?:,\s?|\)))?(?:(?P<code>[A-Z]{3})\s?\))?"
)
# a US-dollar amount written in words: "5 billion US dollars"
_US_WORDS = gated(re.compile(r"\d\s?(?:[a-z]+\s)?(?:US|U\.S\.?|American)\sdollars?\b"))
_BARE_TEXT = re.compile(r"\s*\$(?![A-Za-z])")


def _kind(match: re.Match[str]) -> str | None:
    """ "$" for a bare dollar, else the currency code of the amount's symbol (None: unknown)."""
    pre, post = (match["pre"] or "").strip(), match["post"] or ""
    if not pre and not post:
        return "$"
    if pre.replace(".", "").upper() == "US" or post == "US":
        return "USD"
    cur = currencies().by_symbol.get(f"{pre}$" if pre else f"${post}")
    return cur.code if cur is not None else None


def _stated(texts: tuple[str, ...]) -> str | None:
    for text in texts:
        if "dollar" in text and (m := _STATED.search(text)):
            cur = currencies().by_word.get(m["name"].lower()) or currencies().by_word.get(
                m["name"].lower() + "s"
            )
            if cur is not None and cur.code != "USD":
                return cur.code
    return None


def _bracket_dollar(text: str, end: int) -> str | None:
    """The local dollar a bracket right after a bare "$" amount names ("(CAD)", "(Canadian
    dollar, CAD)"), else None (no such bracket, or it names the US dollar or no dollar)."""
    m = _NAMED_AFTER.match(text, end)
    if m is None or not (m["name"] or m["code"]):
        return None
    words = currencies().by_word
    if m["code"]:
        cur = words.get(m["code"].lower())
    else:
        name = m["name"].lower()
        cur = words.get(name) or words.get(name + "s")
    if cur is None or cur.code == "USD" or cur.code not in local_dollars().values():
        return None
    return cur.code


def _page_economy(named: Counter[str]) -> str | None:
    """The local dollar of the page's dollar economy: the one the page names at least twice as
    often as any other dollar economy; "" where two lead alike (the page does not say which),
    None where it names none."""
    dollars = local_dollars()
    top = Counter({iso: n for iso, n in named.items() if iso in dollars}).most_common(2)
    if not top:
        return None
    if len(top) == 2 and top[0][1] < 2 * top[1][1]:
        return ""
    return dollars[top[0][0]]


def home_dollar(texts: tuple[str, ...], named: Counter[str]) -> str | None:
    """The currency of the page's bare "$" amounts: a code, "" (a local dollar the page does
    not name: no rows), or None (the US dollar). ``named``: how many sentences name each
    economy."""
    if not any("$" in t for t in texts):
        return None
    stated = _stated(texts)
    if stated is not None:
        return stated
    kinds: list[str] = []
    named_after: str | None = None
    converted_to_us = converts_named = writes_us = False
    for text in texts:
        if "$" not in text:
            continue
        writes_us = writes_us or _US_WORDS.search(text) is not None
        for m in finditer_near(_AMOUNT, text, 0, _DOLLAR_SIGN, _AMOUNT_LEAD):
            kind = _kind(m)
            if kind is None:
                continue
            kinds.append(kind)
            writes_us = writes_us or kind == "USD"
            if kind == "$":
                named_after = named_after or _bracket_dollar(text, m.end())
                if _TO_US.match(text, m.end()):
                    converted_to_us = True
                elif _BRACKET_BEFORE.search(text, 0, m.start()):
                    converts_named = True
    if "$" not in kinds:
        return None
    if named_after is not None:
        return named_after
    if converted_to_us:
        return _page_economy(named)
    first = kinds[0]
    if first in ("$", "USD") or writes_us or converts_named:
        return None
    return first


def with_home_dollar(
    texts: tuple[str, ...], named: Counter[str], figures: list[dict]
) -> list[dict]:
    """The figures with their bare "$" amounts in the page's home dollar (dropped where the
    page's local dollar is not named)."""
    code = home_dollar(texts, named)
    if code is None:
        return figures
    out = []
    for figure in figures:
        if figure["unit"] == "USD" and _BARE_TEXT.match(str(figure.get("text") or "")):
            if not code:
                continue
            figure = {**figure, "unit": code}
        out.append(figure)
    return out
