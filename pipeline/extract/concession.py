"""Periods inside a concession are not the period of a figure after it ("Trade slipped in 2030,
in spite of brisk expansion through 2028, with trade volume reaching EUR 1.21bn": 2030, not
2028). The concession runs from "in spite of", "despite" or "notwithstanding" to the next comma
or semicolon; a figure inside it keeps the concession's period ("despite a 5% fall in 2028").
"""

from __future__ import annotations

import re

from pipeline.extract.period_record import Period

_CONCESSION = re.compile(r"\b(?:in\sspite\sof|despite|notwithstanding)\b[^,;]*", re.IGNORECASE)


def outside_concessions(sentence: str, periods: list[Period], figure_start: int) -> list[Period]:
    """``periods`` less those inside a concession that closes before ``figure_start``."""
    if "spite" not in sentence and "espite" not in sentence and "otwithstanding" not in sentence:
        return periods
    closed = [
        (found.start(), found.end())
        for found in _CONCESSION.finditer(sentence, 0, figure_start)
        if found.end() <= figure_start
    ]
    if not closed:
        return periods
    return [p for p in periods if not any(start <= p.start < end for start, end in closed)]
