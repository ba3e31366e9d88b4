"""The counterpart a turnover figure names with "with" ("trade with A reached $5m"), split out
of ``pairs`` (which would pass 400 lines).

NOTES (Fields: reporter/partner): a turnover row is between the two economies whose trade the
amount is. Two forms name another economy with "with" in the same clause that is not the
amount's counterpart:
- a run of amounts each followed by its own counterpart ("trade grew 10% with A, 15% with B and
  41% with C"): the "with" right after an amount is that amount's, not the one before it;
- a pair named with "between" before the amount and a comparison after it ("trade between A and
  B reached $2bn, surpassing A's trade with C at $1bn"): the "with" after the amount names the
  comparison's counterpart, the amount is the pair's (``named_between``).
"""

from __future__ import annotations

import re

from pipeline.extract.countries import CountrySpan
from pipeline.extract.numbers import Mention

# an amount followed directly by its counterpart: "15% with B" (no comma: ", with B" is an aside)
_RIGHT_AFTER = re.compile(r"\swith\s(?:the\s)?$")


def with_partner(
    order: list[str],
    roles: dict[str, list[str]],
    countries: list[CountrySpan],
    m: Mention,
    sentence: str,
) -> str | None:
    """The counterpart of a turnover figure named with "with" in its clause ("with A ... and
    with B"): the "with" country right after the amount ("15% with B"), else the one nearest
    before the figure, else the first one."""
    withs = [iso for iso in order if "with" in roles[iso]]
    if not withs:
        return None
    for c in countries:
        if c.start >= m.end:
            if c.iso3 in withs and _RIGHT_AFTER.match(sentence[m.end : c.start]):
                return c.iso3
            break
    before = [c.iso3 for c in countries if c.end <= m.start and c.iso3 in withs]
    return before[-1] if before else withs[0]


# "trade between A and B reached": both sides named before the amount, in its clause
_BETWEEN = re.compile(r"\bbetween\s(?:the\s)?$", re.IGNORECASE)
_AND = re.compile(r"^\s(?:and|&)\s(?:the\s)?$")


def named_between(
    countries: list[CountrySpan], partner: str, m: Mention, sentence: str, lo: int
) -> tuple[str, str] | None:
    """(A, B) when the figure's clause names "between A and B" before the amount and its "with"
    counterpart ``partner`` only after it ("trade between A and B reached $2bn, surpassing A's
    trade with C at $1bn"); else None."""
    if any(c.iso3 == partner and c.end <= m.start for c in countries):
        return None
    before = [c for c in countries if lo <= c.start and c.end <= m.start]
    for first, second in zip(before, before[1:], strict=False):
        if (
            _BETWEEN.search(sentence, max(0, first.start - 12), first.start)
            and _AND.match(sentence[first.end : second.start])
            and first.iso3 != second.iso3
        ):
            return first.iso3, second.iso3
    return None
