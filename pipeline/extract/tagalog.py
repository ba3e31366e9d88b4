"""Tagalog (Filipino) pages read through the English rules: the Tagalog side of
:mod:`pipeline.extract.foreign`.

Philippine and Manila-desk news writes "ang Philippine exports sa South Korea ay lumago ng 16.9
percent sa USD2.3 billion", "umabot sa 5.3 bilyong dolyares ang kabuuang kalakalan ng Malaysia at
Tsina", "tumaas ng 59 percent", "sa unang siyam na buwan ng 2022": English words mixed with
Tagalog ones. Months, currency and scale names come from the CLDR ("fil"), the flow, period and
hedge words from the ``tl`` rows of ``lexicon/foreign_words.csv``; what a row cannot do is done
here:

- Before the gloss (:func:`prepare`): "ng" glued to a number ("lumago ng16.9 percent") split
  off; the plural marker "mga" and the inversion marker "ay" ("ang X ay lumago": X grew) dropped;
  "ng"/"nang" between a change and its number is "by" ("tumaas ng 59 percent", "mas mataas ito
  nang 32%"); "sa" before a period ("sa unang siyam na buwan", "sa 2022", "sa Hunyo") is "in";
  "taong 2022" (the year 2022) the bare year; "ng" before a year is "of" ("ng 2022").
- After the gloss (:func:`reorder`): Tagalog puts its verb first ("umabot sa X ang kabuuang
  kalakalan ng A at B": reached X the total trade of A and B): the flow subject after "the" goes
  before the verb, as English writes it; "trade of A and B" is the trade between them.

Errors: none; a shape not listed is left as it is.
"""

from __future__ import annotations

import re

from pipeline.extract.period_words import ENGLISH_MONTHS

_GLUED_NG = re.compile(r"\b(ng|nang|sa)(?=[-−]?\d)")
_PLURAL = re.compile(r"\bmga\s+", re.IGNORECASE)
_AY = re.compile(r"(?<=\w)\s+ay\s+(?=\w)")
_CHANGES = (
    r"tumaas|tataas|lumago|lalago|lumaki|lalaki|umakyat|umangat|bumaba|bababa|bumagsak|lumiit"
    r"|mataas|mababa|ito|rose|grew|fell|increased|decreased|declined|dropped"
)
_BY = re.compile(
    rf"\b({_CHANGES})\s+(?:ng|nang)\s+(?=(?:mahigit |halos |humigit-kumulang )?[-−]?\d)",
    re.IGNORECASE,
)
_TL_MONTHS = (
    r"Enero|Pebrero|Marso|Abril|Mayo|Hunyo|Hulyo|Agosto|Setyembre|Oktubre|Nobyembre|Disyembre"
)
_IN_PERIOD = re.compile(
    r"(?<!kumpara )(?<!ikukumpara )\bsa\s+(?=(?:unang|ikalawang|ikatlong|ikaapat|huling|kaparehong|gayunding|parehong|taong"
    rf"|buwan|first|second|third|fourth|{_TL_MONTHS}|{ENGLISH_MONTHS})\b|(?:19|20)\d\d\b)"
)
_YEAR_NOUN = re.compile(r"\btaong\s+(?=(?:19|20)\d\d\b)")
_OF_YEAR = re.compile(r"\bng\s+(?=(?:19|20)\d\d\b)")
# "mula sa imports na USD6.3 billion" (from imports of USD6.3 billion): "na" before an amount
_NA_AMOUNT = re.compile(r"\bna\s+(?=(?:US\$|USD|PHP|P|\$|₱)?\s?\d)")


def prepare(text: str) -> str:
    """A Tagalog sentence with its particles read (module doc), before the word gloss."""
    if "ng" in text or "sa" in text:
        text = _GLUED_NG.sub(r"\1 ", text)
    text = _PLURAL.sub("", text)
    text = _AY.sub(" ", text)
    text = _BY.sub(r"\1 by ", text)
    text = _IN_PERIOD.sub("in ", text)
    text = _YEAR_NOUN.sub("", text)
    text = _NA_AMOUNT.sub("of ", text)
    return _OF_YEAR.sub("of ", text)


_NAME = r"[A-Z][\w-]*(?: [A-Z][\w-]*)*"
_VERBS = r"rose|grew|fell|reached|will reach|will rise|will grow|will fall|doubled|amounted to"
# "reached more than 5.3 billion dollars the total trade of Malaysia and China": the subject
# after the amount goes first
_VERB_FIRST = re.compile(
    rf"\b(?P<verb>{_VERBS})(?P<amount> (?:by |to )?[^,;]*?\d[^,;]*?) the "
    r"(?P<subject>(?:total |foreign |bilateral )?(?:trade|exports|imports|value of trade)"
    rf"(?: of {_NAME}(?: and {_NAME})?)?(?: (?:to|from|with) {_NAME})?)"
    r"(?=[,;.]|\s+in\b|\s+during\b|\s+since\b|$)"
)
_TRADE_OF_PAIR = re.compile(rf"\b(trade) of ({_NAME}) and (?=[A-Z])")


def reorder(text: str) -> str:
    """A glossed Tagalog sentence in English order (module doc)."""
    text = _VERB_FIRST.sub(r"the \g<subject> \g<verb>\g<amount>", text)
    return _TRADE_OF_PAIR.sub(r"\1 between \2 and ", text)
