"""Hedge words written before an amount or a change ("about $5m", "fell by almost $1bn"), as regex
alternations with ``\\s`` between words, for the patterns of ``measure``, ``follow_up`` and
``spelled`` that named the same words each (moved here, a move: every pattern matches as before).

The approx cues of ``triggers.csv`` (``triggers("approx")``) are a wider list ("exceeding",
"topped", "≈") that says whether a figure is approximate; these only let a pattern step over a
hedge between its words and the number.
"""

from __future__ import annotations

# The hedges all of these lists share
HEDGE = r"almost|nearly|about|around|roughly|some|over|more\sthan|less\sthan"
# ... before an amount a verb reaches or a change states ("earned approximately $5m",
# "down approximately $700 million", "it has been approximately $307m")
HEDGE_AMOUNT = HEDGE + r"|approximately"
# ... after "by" before a change ("fell by close to $1bn", "grew by just over a third")
HEDGE_CHANGE = HEDGE + r"|close\sto|(?:just|well|[a-z]+ly)\s(?:over|under)"
