"""Whose currency a shared symbol is when the sentence converts the amount: the candidate whose
exchange rate the conversion fits (NOTES, round 19: "a conversion decides").

"Sh2.6 billion ($20 million)" is 130 shillings to the dollar: a Kenyan shilling, whatever the
story is about (a Ugandan one is some 3,700 to the dollar, a Tanzanian one some 2,300). The
same holds written the other way round ("$20 million (Sh2.6 billion)") or joined by "about",
"or", "equivalent to". The rates are the annual averages of ``lexicon/usd_rates.csv`` (World Bank
WDI ``PA.NUS.FCRF``, the file's header names the export): a conversion fits a candidate whose
yearly rates, widened by ``MARGIN`` each way (later years, an outlet's own rate of the day), hold
the rate the two amounts imply. Only a candidate that alone fits decides; a conversion fitting
none (a misprinted amount) or several decides nothing, and the page's other signals do
(``page_currency``).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.digits import Mention
from pipeline.lexicon import currencies
from pipeline.lexicon.fx import usd_rates

MARGIN = 1.3
"""How far beyond its 2017-2023 yearly range a candidate's rate may lie and still fit."""

# What joins an amount to its conversion: an opening bracket, or a comma/dash with "about",
# "or", "equivalent to" ("$4 million, about Sh520 million"), with an optional qualifier.
_JOIN = re.compile(
    r"\s*(?:[(\[]\s*|[,–—-]?\s*(?=(?:about|approximately|around|roughly|some|or|equivalent|i\.e)\b))"
    r"(?:(?:about|approximately|approx\.|around|roughly|some|nearly|almost|or|over|"
    r"equivalent\s+to|equal\s+to|i\.e\.,?)\s+)*$",
    re.IGNORECASE,
)


@cache
def _ranges() -> dict[str, tuple[float, float]]:
    """Each currency's lowest and highest yearly rate (units per US dollar)."""
    found: dict[str, tuple[float, float]] = {}
    for (code, _year), rate in usd_rates().items():
        low, high = found.get(code, (rate, rate))
        found[code] = (min(low, rate), max(high, rate))
    return found


@cache
def _usd_per_unit() -> dict[str, float]:
    cur = currencies()
    return {c.code: c.usd_per_unit for c in (*cur.by_symbol.values(), *cur.by_word.values())}


def _converted(sentence: str, m: Mention, mentions: list[Mention]) -> Mention | None:
    """The amount ``m`` is converted to or from in its sentence: the money amount right after
    it (in brackets, or after "about", "or") or right before it (``m`` in the brackets)."""
    i = next((k for k, x in enumerate(mentions) if (x.start, x.end) == (m.start, m.end)), None)
    if i is None:
        return None
    after = mentions[i + 1] if i + 1 < len(mentions) else None
    if after is not None and after.kind == "money" and _JOIN.match(sentence[m.end : after.start]):
        return after
    before = mentions[i - 1] if i > 0 else None
    if (
        before is not None
        and before.kind == "money"
        and _JOIN.match(sentence[before.end : m.start])
    ):
        return before
    return None


def fitted_currency(sentence: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The one choice of ``m``'s shared symbol whose exchange rate the sentence's conversion of
    it fits, else None."""
    other = _converted(sentence, m, mentions)
    if other is None or other.choices or other.value <= 0 or m.value <= 0:
        return None
    usd = _usd_per_unit().get(other.unit)
    if usd is None:
        return None
    rate = m.value / (other.value * usd)  # units of the shared symbol per US dollar
    fits = []
    for _iso, code in m.choices:
        bounds = _ranges().get(code)
        if bounds is None:
            continue
        low, high = bounds
        if low / MARGIN <= rate <= high * MARGIN:
            fits.append(code)
    if len(set(fits)) != 1:
        return None
    return fits[0]
