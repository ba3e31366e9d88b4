"""Amounts that are prices or rates, not trade figures: an amount per unit of time or per item
right after the number ("$5,000 a tonne", "$80 per barrel", "$2m a day"; NOTES.md: prices are no
figures). Moved out of ``flow.py`` (module size)."""

from __future__ import annotations

import re

from pipeline.extract.caseless import substring_test
from pipeline.extract.slots import Slot

# "$2.7bn a day", "SR3.5bn (about $1bn) per month", "R350m per project": a rate, not a figure
# (NOTES: per-day or per-month rates are not annotated); a bracketed restatement may come first
_RATE_AFTER = re.compile(
    r"\s?(?:\([^()]{0,40}\)\s?)?(?:per|a|an|each)\s(?:day|week|month|project|capita|person|"
    r"tonnes?|tons?|barrel|kg|kilogram|ounce|litre|liter)\b",
    re.IGNORECASE,
)


# a price per unit of quantity ("$5,000 a tonne", "$80 per barrel": NOTES, prices are no figures)
_RATE_UNITS = ("day", "week", "month", "project", "capita", "person", "ton", "barrel", "kg")
_RATE_UNITS += ("kilogram", "ounce", "litre", "liter")


_may_name_rate_unit = substring_test(_RATE_UNITS)  # (no generator frame per test)


def is_rate(slot: Slot) -> bool:
    """An amount per unit of time or per item right after the number."""
    end = slot.mention.end
    near = slot.sentence[end : end + 60].lower()
    if not _may_name_rate_unit(near):
        return False  # (the cheap test first: most amounts have none of these words after them)
    return _RATE_AFTER.match(slot.sentence, end) is not None
