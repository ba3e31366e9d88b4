"""Literals a regex cannot match without (issue 15): the reader of a pattern's syntax tree that
``literal_gate`` turns into a substring test and ``caseless`` uses for its gated twins; split
out so that ``caseless`` imports it without importing ``literal_gate`` (which imports
``caseless``).

``required_literals(source, flags)`` reads a pattern's syntax tree (``re._parser``) and returns
phrases of which every match of the pattern contains at least one (a necessary condition, as
RE2's prefilter), or None when it finds no such set. ``gate(pattern)`` turns them into a test of
the text: when it is false the pattern cannot match anywhere in the text, so a search, match or
scan on it (or on any part of it: the phrase would be inside the part) finds nothing.

How a node is read: an ``exact`` set is every string the node can match (finite and small: a
literal, a small character class, an alternation of such, an optional one); ``needed`` is a set
of which every match holds one. A sequence joins runs of exact nodes into their products (zero-
width nodes, look-arounds and anchors, match the empty string and keep the run going), and takes
the best set among the runs' products and its other nodes' needed sets; an alternation needs the
union of its branches' sets; a repeat at least once needs its body's set; anything else (a class
with a category or a range, ``.``, a back-reference, a conditional, a group changing flags)
gives no set.

Case: for a pattern without ``IGNORECASE`` the phrases are tested on the text as it is. Under
``IGNORECASE`` the phrases (ASCII only; a pattern with a non-ASCII letter, or a numeric escape,
gives none) are tested on ``text.lower()``, and only when ``lowers_exactly(text)``: there every
character ``re`` matches to an ASCII letter lower-cases to that letter (``caseless``), so a match
of a phrase's letters in any case is the lower-case phrase in the lowered text; other text always
passes.
"""

from __future__ import annotations

import re
from itertools import product
from re import _constants as C  # noqa: N812
from re import _parser

_MAX_SET = 64  # phrases a product of sets may have (a larger one is not formed)
_MAX_UNION = 1024  # phrases an alternation's set may have (a lexicon's trie has hundreds)
_MAX_CLASS = 12  # characters of a class read as an exact set


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x, y in product(a, b))


def _score(phrases: frozenset[str]) -> tuple[int, int]:
    """Higher is a better gate: longer shortest phrase, then fewer phrases."""
    return (min(map(len, phrases)), -len(phrases))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    if a is None or "" in a:
        return b if b is not None and "" not in b else None
    if b is None or "" in b:
        return a
    return a if _score(a) >= _score(b) else b


class _Reader:
    def __init__(self, ignorecase: bool) -> None:
        self.ignorecase = ignorecase

    def char(self, code: int) -> str | None:
        c = chr(code)
        if not self.ignorecase:
            return c
        if not c.isascii():
            return None  # (a non-ASCII letter may have several case partners)
        return c.lower()

    def sequence(self, items) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        """(exact, needed) of a sequence of nodes."""
        run: frozenset[str] | None = frozenset({""})
        best: frozenset[str] | None = None
        whole: frozenset[str] | None = frozenset({""})
        for op, av in items:
            exact, needed = self.node(op, av)
            if exact is not None:
                if run is not None:
                    joined = _product(run, exact)
                    if joined is None:
                        best = _better(best, run)
                        run = exact
                    else:
                        run = joined
                else:
                    run = exact
                whole = _product(whole, exact) if whole is not None else None
                continue
            best = _better(best, run)
            best = _better(best, needed)
            run = frozenset({""})
            whole = None
        best = _better(best, run)
        return whole, best

    def node(self, op, av) -> tuple[frozenset[str] | None, frozenset[str] | None]:
        if op is C.LITERAL:
            c = self.char(av)
            return (frozenset({c}), frozenset({c})) if c is not None else (None, None)
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return frozenset({""}), None  # zero width: the run of literals goes on
        if op is C.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    c = self.char(iav)
                elif iop is C.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                    cs = [self.char(x) for x in range(iav[0], iav[1] + 1)]
                    if None in cs:
                        return None, None
                    chars.update(cs)  # type: ignore[arg-type]
                    continue
                else:
                    return None, None  # NEGATE, CATEGORY, a wide range
                if c is None:
                    return None, None
                chars.add(c)
            if not chars or len(chars) > _MAX_CLASS:
                return None, None
            exact = frozenset(chars)
            return exact, exact
        if op is C.BRANCH:
            exacts: set[str] | None = set()
            needs: set[str] | None = set()
            for branch in av[1]:
                exact, needed = self.sequence(branch)
                if exacts is not None and exact is not None:
                    exacts |= exact
                else:
                    exacts = None
                need = exact if exact is not None and "" not in exact else needed
                if needs is not None and need is not None and "" not in need:
                    needs |= need
                else:
                    needs = None
            exact_set = (
                frozenset(exacts) if exacts is not None and len(exacts) <= _MAX_UNION else None
            )
            need_set = frozenset(needs) if needs is not None and len(needs) <= _MAX_UNION else None
            return exact_set, need_set
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return None, None
            return self.sequence(sub)
        if op is C.ATOMIC_GROUP:
            return self.sequence(av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            exact, needed = self.sequence(sub)
            need = exact if exact is not None and "" not in exact else needed
            if low == 0:
                if high == 1 and exact is not None:
                    return exact | {""}, None
                return None, None
            if low == high == 1:
                return exact, need
            return None, need
        return None, None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, CATEGORY, ...


def required_literals(source: str, flags: int = 0) -> frozenset[str] | None:
    """Phrases one of which every match of the pattern holds (see the module docstring), or
    None. Under ``IGNORECASE`` they are lower case, to be looked for in ``text.lower()``."""
    if flags & (re.VERBOSE | re.LOCALE):
        return None
    if flags & re.IGNORECASE and re.search(r"\\(?:[xuUN0-7])", source):
        return None  # (a numeric escape may spell a letter)
    try:
        parsed = _parser.parse(source, flags)
    except re.error:
        return None
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    if ignorecase and not source.isascii():
        return None
    _exact, needed = _Reader(ignorecase).sequence(list(parsed))
    if needed is None or "" in needed:
        return None
    return needed
