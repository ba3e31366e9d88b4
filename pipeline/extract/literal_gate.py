"""A substring test that may skip a regex (issue 15): ``gate(pattern)`` is false only on text
where the pattern cannot match, read from the literals every match holds
(:func:`~pipeline.extract.regex_literals.required_literals`); ``gated(pattern)`` wraps a pattern
so its calls ask the gate first.

Case: for a pattern without ``IGNORECASE`` the phrases are tested on the text as it is. Under
``IGNORECASE`` the phrases are tested on ``text.lower()``, and only when ``lowers_exactly(text)``
(``caseless``); other text always passes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline.extract.caseless import ascii_gate, substring_test
from pipeline.extract.regex_literals import required_literals


def gate(pattern: re.Pattern[str]) -> Callable[[str], bool] | None:
    """A test that is false only on text where ``pattern`` matches nowhere, or None (no
    phrases found). Under ``IGNORECASE`` text that does not lower-case exactly passes."""
    phrases = required_literals(pattern.pattern, pattern.flags)
    if phrases is None:
        return None
    if not pattern.flags & re.IGNORECASE:
        return substring_test(phrases)
    return ascii_gate(phrases)  # (the same test on ``text.lower()`` when ``lowers_exactly``)


_WHOLE = 1 << 62  # an endpos past any text's end


class Gated:
    """A compiled pattern behind its literal gate (``gate``): each method answers what the
    pattern's method answers. When the gate is false on the part of the text a call reads
    (``text[pos:endpos]``: every character a match consumes is in it) the pattern cannot match
    there, and the empty answer is returned without running it. Attributes other than the
    methods (``pattern``, ``flags``, ``groupindex``) are the pattern's."""

    __slots__ = ("regex", "_test")

    def __init__(self, regex: re.Pattern[str], test: Callable[[str], bool]) -> None:
        self.regex = regex
        self._test = test

    def __getattr__(self, name: str) -> object:
        return getattr(self.regex, name)

    def _may(self, text: str, pos: int, endpos: int) -> bool:
        if pos <= 0 and endpos >= len(text):
            return self._test(text)
        return self._test(text[max(pos, 0) : endpos])

    def search(self, text: str, pos: int = 0, endpos: int = _WHOLE) -> re.Match[str] | None:
        if not self._may(text, pos, endpos):
            return None
        return self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _WHOLE) -> re.Match[str] | None:
        if not self._may(text, pos, endpos):
            return None
        return self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _WHOLE) -> re.Match[str] | None:
        if not self._may(text, pos, endpos):
            return None
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _WHOLE) -> Iterator[re.Match[str]]:
        if not self._may(text, pos, endpos):
            return iter(())
        return self.regex.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _WHOLE) -> list:
        if not self._may(text, pos, endpos):
            return []
        return self.regex.findall(text, pos, endpos)


def gated(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind its literal gate (``Gated``), or ``regex`` itself when no phrases are
    found. Worth it for a pattern tried at many positions (one opening with ``\\b``, a
    look-behind or a class) whose phrases most texts lack; typed as the pattern it stands for."""
    test = gate(regex)
    return regex if test is None else Gated(regex, test)  # type: ignore[return-value]
