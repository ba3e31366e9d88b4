"""Each number's share of its sentence: the clause text on its left and right.

A figure owns the text between its neighbouring numbers; most rules look only at the part of
that text inside the figure's own clause (``Slot.tail``/``Slot.head``). Trigger lookups that
every rule uses (``trigger``) live here too, compiled once per trigger kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from pipeline.extract.caseless import Caseless, literal_trie
from pipeline.extract.numbers import Mention
from pipeline.lexicon import triggers

# Clause boundaries; an "and" closing a figure's window ("$22 million is exports and $46M...")
# also separates the two figures' contexts.
# ", plus $647m of exports": a next item of its own, as after ", and"; ", then rose to $X": the
# next step of a series (round 42)
_CLAUSE_END = re.compile(
    r"[;:]|,\s(?:and|but|while|which|of which|where|plus|then)\b|\s(?:while|whereas)\s|\sand\s*$"
    # ", yet exports to B rose": a contrast as ", but" ("a deal, yet to be signed" is no clause)
    r"|,\syet\b(?!\sto\b)"
    # ", although the exports rose": a clause with its own subject ("though grown by 40%" is
    # an aside of the clause it is in)
    r"|,\s(?:although|even\sthough)\s(?=(?:the|its|their|it|they|this|these)\b)"
)


@cache
def trigger(kind: str) -> Caseless:
    """``trigger_pattern(kind)`` with the fast path for ASCII text, its phrases as a prefix
    trie (the same matches and group: ``literal_trie``; the phrases are lower-case, so no two
    branches differ by case only), which re tries once per position instead of per phrase."""
    trie = literal_trie(triggers(kind))
    # ``trigger_pattern``'s flag, without compiling its flat alternation only to read it
    pattern = re.compile(r"(?<!\w)(" + trie + r")(?!\w)", re.IGNORECASE)
    # Kinds most clauses lack are tested for their phrases first: a trie with no look-behind,
    # which re scans from the phrases' first letters only (``Caseless``'s gate)
    return Caseless(pattern, gate=kind in _GATED_KINDS)


_GATED_KINDS = frozenset({"partner_ref"})


def flow_at(text: str) -> str | None:
    """The flow named by the first flow trigger in ``text``, if any."""
    match = trigger("flow").search(text)
    return triggers("flow")[match.group(1).lower()] if match else None


def may_have_boundary(text: str) -> bool:
    """Cheap necessary condition for ``_CLAUSE_END``/``_SCOPE_END``: a ";", ":" or ",", a
    "while"/"whereas" or a trailing "and"."""
    return (
        "," in text or ";" in text or ":" in text or "wh" in text or text.rstrip().endswith("and")
    )  # ``in`` tests: several times faster than a search for ``[;:,]`` on short texts


def clause_tail(text: str) -> str:
    """Text after the last clause boundary: a figure's left context."""
    cut = 0
    for match in _CLAUSE_END.finditer(text) if may_have_boundary(text) else ():
        cut = match.end()
    return text[cut:]


def _clause_head(text: str) -> str:
    match = _CLAUSE_END.search(text) if may_have_boundary(text) else None
    return text[: match.start()] if match else text


_T = TypeVar("_T")


class _Once(Generic[_T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one on every first
    read; the extractor reads a slot in one thread): the first read computes the value and
    stores it in the instance's ``__dict__``, where later reads find it without a call."""

    def __init__(self, func: Callable[[Slot], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, instance: Slot | None, owner: type | None = None) -> _T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = instance.__dict__[self.name] = self.func(instance)
        return value


@dataclass
class Slot:
    """A mention with the sentence text it owns on each side.

    ``tail``, ``head`` and ``tail_flows`` are computed on first use and then stored on the
    instance (``_Once``, as ``cached_property``): later reads are plain attribute lookups, with
    no call (the rules read ``tail`` some twenty times per figure)."""

    mention: Mention
    left: str
    right: str
    left_offset: int
    sentence: str

    @_Once
    def tail(self) -> str:
        """The left context's own clause (asked for by several rules: computed once)."""
        return clause_tail(self.left)

    @_Once
    def clause_start(self) -> int:
        """Where ``tail``, the figure's own clause, begins in ``sentence`` (computed once)."""
        return self.mention.start - len(self.tail)

    @_Once
    def head(self) -> str:
        """The right context's own clause (computed once)."""
        return _clause_head(self.right)

    @_Once
    def tail_flows(self) -> list[re.Match[str]]:
        """The flow triggers of ``tail`` (``trigger("flow").finditer``), scanned once: the flow,
        balance, not-trade and flow-evidence rules all ask for them. Do not modify the list."""
        return trigger("flow").finditer(self.tail)


def slots(sentence: str, mentions: list[Mention]) -> list[Slot]:
    """One slot per mention: the sentence text between its neighbouring mentions."""
    found = []
    for i, m in enumerate(mentions):
        lo = mentions[i - 1].end if i else 0
        hi = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
        found.append(Slot(m, sentence[lo : m.start], sentence[m.end : hi], lo, sentence))
    return found


def paren_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level parenthesis of a sentence, brackets included."""
    spans, depth, start = [], 0, 0
    for i, char in enumerate(sentence):
        if char == "(":
            if depth == 0:
                start = i
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans
