"""Faster case-insensitive regexes for the extractor: same matches, less time per sentence.

Python's ``re`` cannot scan ahead for a case-insensitive literal, so an ``IGNORECASE`` pattern
is tried at every position of the text. On ASCII text (nearly all sentences) a lower-case twin
of the pattern, compiled without ``IGNORECASE``, finds the same match starts in the lower-cased
text several times faster; the original pattern then re-matches at each start, so callers get
ordinary match objects (groups from the original text). The same holds for text whose other
characters lower-case to one character that no ASCII letter folds to ("–", "ü", "€", curly
quotes: ``lowers_exactly``); any other text uses the original pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from re._casefix import _EXTRA_CASES

# The characters re matches to more than their one case partner ("s", "ſ", "µ", "μ", "в", ...).
_SEVERAL_CASES = frozenset(_EXTRA_CASES).union(*_EXTRA_CASES.values())

# What ``_lower_pattern`` looks at, left to right: an escape (kept, with the character it
# escapes), a named group's ``(?P`` (kept), or an ASCII capital (lower-cased); every other
# character stays as it is.
_PATTERN_CASED = re.compile(r"\\.|\(\?P|[A-Z]", re.DOTALL)


def _lower_pattern(source: str) -> str:
    """``source`` with its literal letters lower-cased; escapes (``\\d``, ``\\S``, ``\\B``) and
    ``(?P`` are kept, so the twin means the same on lower-cased ASCII text."""
    return _PATTERN_CASED.sub(_lower_capital, source)


def _lower_capital(match: re.Match[str]) -> str:
    found = match.group()
    return found.lower() if len(found) == 1 else found


def _twin_is_exact(source: str) -> bool:
    """The twin is used only when no character of the pattern could match differently: no
    non-ASCII character with a case (a Kelvin sign or long s matches ASCII letters under
    ``IGNORECASE``) but plain lower-case letters (``_lower_twin_char``), and no numeric escape
    that might spell an upper-case letter."""
    if re.search(r"\\(?:[xuUN0-7])", source):
        return False
    return source.isascii() or all(
        c.isascii() or (c.lower() == c and c.upper() == c) or _lower_twin_char(c) for c in source
    )


def _lower_twin_char(char: str) -> bool:
    """A lower-case non-ASCII letter ("à" of "vis-[aà]-vis") whose one upper-case letter is
    its only case partner under ``IGNORECASE`` (not in ``re``'s extra cases: "ſ", "µ", Greek
    and Cyrillic letters with several forms) and both lower-case exactly: the twin keeps it
    and matches both cases in the lower-cased text, as the pattern does in the text."""
    upper = char.upper()
    return (
        char.islower()
        and len(upper) == 1
        and upper.lower() == char
        and ord(char) not in _SEVERAL_CASES
        and ord(upper) not in _SEVERAL_CASES
        and _char_lowers_exactly(char)
        and _char_lowers_exactly(upper)
    )


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@cache
def _char_lowers_exactly(char: str) -> bool:
    """A non-ASCII character that ``IGNORECASE`` and ``str.lower`` treat alike: it lower-cases
    to one character of the same classes (``\\w``, ``\\d``, ``\\s``), which is cased if it
    changed, and neither case of it is ASCII (as "K" Kelvin, "ſ", "ı", "İ" are: ``re`` matches
    them to ASCII letters). Computed per character seen, so any Unicode version is covered."""
    low = char.lower()
    if len(low) != 1 or ord(low) < 128 or any(c.isascii() for c in char.upper() + char.casefold()):
        return False
    if low != char and low.upper() == low:
        return False
    return (
        _is_word(low) == _is_word(char)
        and low.isdecimal() == char.isdecimal()
        and low.isspace() == char.isspace()
    )


@lru_cache(maxsize=8192)
def _non_ascii_lowers_exactly(text: str) -> bool:
    return all(_char_lowers_exactly(c) for c in set(text) if not c.isascii())


def lowers_exactly(text: str) -> bool:
    """Whether a lower-case twin on ``text.lower()`` finds what the ``IGNORECASE`` pattern finds
    on ``text``, at the same positions: ASCII text, or text whose every other character passes
    ``_char_lowers_exactly`` (cached per text: the rules ask about one sentence many times)."""
    return text.isascii() or _non_ascii_lowers_exactly(text)


# From this many cues on, one scan with a prefix-trie regex beats a substring test per cue
# (measured on synthetic and real-news sentences: 146 currency cues 38 -> 24 us, 46 product
# words 22 -> 10 us; with 6 cues or fewer the tests are as fast or faster).
_TRIE_FROM = 9


def substring_test(cues: Iterable[str]) -> Callable[[str], bool]:
    """``lambda text: any(cue in text for cue in cues)``, minus the cues that contain another
    cue (redundant) and the generator frame: these tests run on every sentence. Many cues are
    tested with one search of a case-sensitive trie of them (``literal_trie``): it finds a
    match exactly when some cue occurs in the text."""
    return _compiled_test("", _needed(cues))


def _needed(cues: Iterable[str]) -> tuple[str, ...]:
    """The cues, sorted, less those that contain another cue."""
    unique = set(cues)
    # Only a shorter cue can be inside another one (an equal-length one would be the cue).
    by_length = sorted(unique, key=len)
    lengths = [len(c) for c in by_length]
    return tuple(
        sorted(
            c
            for c in unique
            if not any(map(c.__contains__, by_length[: bisect_left(lengths, len(c))]))
        )
    )


def _compiled_test(
    prologue: str, needed: tuple[str, ...], **helpers: object
) -> Callable[[str], bool]:
    """The test of ``substring_test`` (after ``prologue``, which may set ``text`` anew) as one
    function: a few cues as ``cue in text or ...`` (no ``any``/``map`` objects, no method call
    per cue: a quarter faster on a sentence), many as one search of their trie. ``helpers``:
    names the prologue uses."""
    names: dict[str, object] = dict(helpers)
    if len(needed) >= _TRIE_FROM and "" not in needed:
        names["_search"] = re.compile(literal_trie(needed)).search
        body = "_search(text) is not None"
    else:
        names.update((f"_c{i}", cue) for i, cue in enumerate(needed))
        body = " or ".join(f"_c{i} in text" for i in range(len(needed))) or "False"
    source = f"def _test(text):\n{prologue}    return {body}\n"
    exec(source, names)  # (names hold the cues and helpers; nothing is read from outside)
    return names["_test"]  # type: ignore[return-value]


def literal_trie(phrases: Iterable[str]) -> str:
    """A case-sensitive regex alternation of literal phrases, factored by common prefixes
    ("Kyrgyz(?:stan| Republic)?"): the same matches as ``lexicon.alternation`` (longest first:
    of the phrases matching at a position, which form a chain of prefixes, the trie tries the
    longest first), but re tests each character once instead of once per phrase."""
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}  # a phrase ends here
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    # A run of nodes with one child and no phrase ending is the run's characters in a row:
    # walked in a loop, not one call per character (the trie of a long word is such a run).
    run: list[str] = []
    while len(node) == 1 and "" not in node:
        ((char, node),) = node.items()
        run.append(_escape(char))
    branches = [_escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return "".join(run)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "".join(run) + (f"(?:{body})?" if "" in node else body)


_escape = cache(re.escape)


def ascii_gate(cues: Iterable[str]) -> Callable[[str], bool]:
    """A necessary condition for a case-insensitive match that needs one of ``cues``: tested on
    the lower-cased text when ``lowers_exactly`` (exact there); other text always passes,
    because ``re`` also matches "K" (Kelvin), "ſ" and "İ" to ASCII letters."""
    return _lowered_test(_needed(cues))


def _lowered_test(needed: tuple[str, ...]) -> Callable[[str], bool]:
    """``lambda text: not lowers_exactly(text) or substring_test(needed)(text.lower())`` as one
    function (one call a test instead of two)."""
    prologue = (
        "    if not (text.isascii() or _exact(text)):\n"
        "        return True\n"
        "    text = text.lower()\n"
    )
    return _compiled_test(prologue, needed, _exact=_non_ascii_lowers_exactly)


def finditer_near(
    pattern: re.Pattern[str], text: str, pos: int, anchor: re.Pattern[str], lead: int
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, pos))`` for a pattern whose every match is non-empty and
    starts at most ``lead`` characters before the first ``anchor`` match at or after its start
    (an amount before its first digit): the scan jumps from one match's end to ``lead`` before
    the next anchor, so the text between amounts is not tried position by position."""
    search, next_anchor = pattern.search, anchor.search
    out = []
    while (at := next_anchor(text, pos)) is not None:
        # No match starts in [pos, at - lead): searching from there finds what a search from
        # pos would (re's look-behinds and \b still see the text before the search start).
        found = search(text, max(pos, at.start() - lead))
        if found is None:
            break
        out.append(found)
        pos = found.end()
    return out


class Caseless:
    """A pattern with a fast path for ASCII-like text (``lowers_exactly``) when it is
    ``IGNORECASE`` (see the module docstring); any other pattern is used as it is."""

    __slots__ = ("pattern", "_source", "_twin", "_gate")

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0, gate: bool = False) -> None:
        """``pattern`` compiled, or its source and ``flags``: then the pattern is compiled the
        first time it is needed (a scan through ``twin_finditer`` on ASCII text never needs it).

        ``gate``: on the twin's path, the lower-cased text (the part a call reads) is first
        tested for the phrases one of which every twin match holds (``literal_gate``); without
        them the twin cannot match and the call answers at once, as the twin would."""
        if isinstance(pattern, str):
            self._source = (pattern, flags)
            source = pattern
        else:
            self.pattern = pattern
            source, flags = pattern.pattern, pattern.flags
        self._twin = (
            re.compile(_lower_pattern(source), flags & ~re.IGNORECASE)
            if flags & re.IGNORECASE and _twin_is_exact(source)
            else None
        )
        self._gate: Callable[[str], bool] | None = None
        if gate and self._twin is not None:
            from pipeline.extract.regex_literals import required_literals  # (loaded when gated)

            phrases = required_literals(self._twin.pattern, self._twin.flags)
            self._gate = substring_test(phrases) if phrases is not None else None

    def __getattr__(self, name: str) -> re.Pattern[str]:
        # Called only while ``pattern`` is unset (a source given): compile it once.
        if name != "pattern":
            raise AttributeError(name)
        self.pattern = re.compile(*self._source)
        return self.pattern

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """``pattern.search(text)``; ``lowered`` is ``text.lower()`` if the caller has it."""
        if self._twin is None or not (text.isascii() or _non_ascii_lowers_exactly(text)):
            return self.pattern.search(text)
        lowered = text.lower() if lowered is None else lowered
        if self._gate is not None and not self._gate(lowered):
            return None
        found = self._twin.search(lowered)
        if found is None:
            return None
        match = self.pattern.match(text, found.start())
        return match if match is not None else self.pattern.search(text)  # (cannot happen)

    def search_between(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``: look-behinds see the text before ``pos``, as
        there; the twin on ``text.lower()`` sees the same characters at every position."""
        if self._twin is None or not (text.isascii() or _non_ascii_lowers_exactly(text)):
            return self.pattern.search(text, pos, endpos)
        lowered = text.lower()
        if self._gate is not None and not self._gate(lowered[max(pos, 0) : endpos]):
            return None
        found = self._twin.search(lowered, pos, endpos)
        if found is None:
            return None
        match = self.pattern.match(text, found.start(), endpos)
        return match if match is not None else self.pattern.search(text, pos, endpos)

    def twin_finditer(
        self,
        text: str,
        lowered: str | None = None,
        pos: int = 0,
        near: tuple[re.Pattern[str], int] | None = None,
    ) -> list[re.Match[str]] | None:
        """The lower-case twin's matches on ``text.lower()`` when they stand for the pattern's
        on ``text`` (same spans and group spans, since every character compares alike; the
        groups' text must be read from ``text`` by span), else None: callers then use
        ``pattern``. Saves re-matching each hit with the case-insensitive pattern.

        ``near=(anchor, lead)``: the scan of ``finditer_near`` (same matches, fewer positions
        tried); the anchor is searched in the lower-cased text, so it must match there as in
        ``text`` (digits do)."""
        if self._twin is None or not (text.isascii() or _non_ascii_lowers_exactly(text)):
            return None
        lowered = text.lower() if lowered is None else lowered
        if self._gate is not None and not self._gate(lowered[pos:] if pos > 0 else lowered):
            return []
        if near is None:
            return list(self._twin.finditer(lowered, pos))
        return finditer_near(self._twin, lowered, pos, *near)

    def finditer(
        self,
        text: str,
        lowered: str | None = None,
        pos: int = 0,
        near: tuple[re.Pattern[str], int] | None = None,
    ) -> list[re.Match[str]]:
        """``list(pattern.finditer(text, pos))``: in order, non-overlapping.

        ``near=(anchor, lead)``: the scan of ``finditer_near`` (same matches, fewer positions
        tried) for a pattern whose every match holds an anchor match at most ``lead``
        characters after its start; the anchor is searched in the lower-cased text, or in
        ``text`` for a pattern without ``IGNORECASE``."""
        if self._twin is None or not (text.isascii() or _non_ascii_lowers_exactly(text)):
            if near is not None and not self.pattern.flags & re.IGNORECASE:
                return finditer_near(self.pattern, text, pos, *near)
            return list(self.pattern.finditer(text, pos))
        lowered = text.lower() if lowered is None else lowered
        if self._gate is not None and not self._gate(lowered[pos:] if pos > 0 else lowered):
            return []
        twins = (
            self._twin.finditer(lowered, pos)
            if near is None
            else finditer_near(self._twin, lowered, pos, *near)
        )
        out = []
        for found in twins:
            match = self.pattern.match(text, found.start())
            if match is None or match.end() != found.end() or found.start() == found.end():
                return list(self.pattern.finditer(text, pos))  # cannot happen; stay correct
            out.append(match)
        return out
