"""Countries and currencies: a country that names a currency ("U.S. dollars", "Chinese yuan") is
no party to a trade, and whose currency a page's bare "¥" or "rupees" is.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.caseless import literal_trie
from pipeline.extract.context import DocContext
from pipeline.extract.countries import CountrySpan
from pipeline.lexicon import alternation, number_words, vocabulary

# "U.S. dollar", "Chinese yuan": a country naming a currency is not a party to the trade.
# (A prefix trie of the words: re tries each character once instead of once per word; only
# whether some word matches is asked, so the order of the alternatives does not matter.)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:" + literal_trie(vocabulary("currency_word")) + r")\b", re.IGNORECASE
)


def names_currency(sentence: str, c: CountrySpan) -> bool:
    """A country naming a currency: "U.S. dollars", "Chinese yuan", or a short code before a
    dollar sign ("US $3.7 million", "U.S. $4 bn"; not "with Bolivia $1.2 billion", nor a short
    name: "exported to Peru $1.2 billion", "Iraq $3bn", nor a three-letter one: the prefixes
    are one or two letters, "USA $6 million" is a list item)."""
    if (
        c.end - c.start <= 4
        and len(sentence[c.start : c.end].replace(".", "")) <= 2
        and sentence.startswith("$", c.end + (sentence[c.end : c.end + 1] == " "))
        and not any(ch.islower() for ch in sentence[c.start : c.end])
    ):
        return True
    if len(sentence[c.start : c.end].replace(".", "")) <= 2 and (
        _DOLLAR_GLUED.match(sentence, c.end) or _AMOUNT_BEFORE.search(sentence, 0, c.start)
    ):
        return True  # "2.2 billion US dollarsin" (a typo), "$200 million US in 2029"
    if sentence[c.start : c.end] == "US" and _scaled_after().match(sentence, c.end):
        return True  # "US 450 million dollars", "US one billion" (``numbers``: "US" a symbol)
    return _CURRENCY_AFTER.match(sentence, c.end) is not None


@cache
def _scaled_after() -> re.Pattern[str]:
    # digits or spelled cardinals, then a scale word: the amount "US" is the symbol of
    cardinal = alternation(number_words())
    return re.compile(
        rf"\s(?:\d[\d.,]*|(?:{cardinal})(?:[\s-](?:and\s)?(?:{cardinal}))*)\s?"
        r"(?:million|billion|trillion|mln|bln|bn|mn)\b",
        re.IGNORECASE,
    )


# A short code ("US", "U.S.") as the currency: before "dollar" glued to the next word, or right
# after a dollar amount's scale word ("$200 million US", "$ 122 million US").
_DOLLAR_GLUED = re.compile(r"\s?dollar", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"\$\s?\d[\d.,]*\s?(?:million|billion|trillion|bn|mn)\s$", re.I)


def page_countries(ctx: DocContext, reporter: str) -> tuple[str, ...]:
    """Whose currency a page's "¥" or "rupees" is: the speaker's, the dateline's, the figure's
    reporter's (whose statistics state it: "Tunisia's exports to Libya rose to 20 billion
    dinars"), else the page's most mentioned country. The page's vote may overrule the
    reporter afterwards (``page_currency.home_currency``)."""
    first = tuple(c for c in (ctx.state.speaker, ctx.state.home, reporter) if c)
    return first + ctx.ranked
